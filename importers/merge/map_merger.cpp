#include "importers/merge/map_merger.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <numeric>
#include <optional>
#include <set>
#include <unordered_map>

namespace stakemap {
namespace {

// "Maravia Legal Aid Clinic" -> "maravia_legal_aid_clinic" (ASCII letters and digits only).
std::string slug_of(const std::string& name) {
    std::string slug;
    for (const char c : name_key(name).folded) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) && byte < 0x80) slug += c;
        else if (c == ' ' && !slug.empty() && slug.back() != '_') slug += '_';
    }
    return slug.empty() ? name : slug;
}

// "line 12", "nodes/3", or nothing, then what the source called it.
std::string place_in_source(const std::vector<SourceLocation>& locations, std::size_t index, const std::string& name) {
    std::string place;
    if (index < locations.size()) {
        if (locations[index].line > 0) place = "line " + std::to_string(locations[index].line);
        else place = locations[index].field;
    }
    return place.empty() ? name : place + ", " + name;
}

std::string record_key(const std::string& file, const std::string& id) { return file + '\x1f' + id; }

std::pair<std::string, std::string> pair_key(std::string a, std::string b) {
    if (b < a) std::swap(a, b);
    return {std::move(a), std::move(b)};
}

// Union-find over records, each set knowing its members.
class Groups {
public:
    explicit Groups(std::size_t n) : parent_(n), members_(n) {
        std::iota(parent_.begin(), parent_.end(), 0);
        for (std::size_t r = 0; r < n; ++r) members_[r] = {r};
    }
    std::size_t find(std::size_t r) {
        while (parent_[r] != r) r = parent_[r] = parent_[parent_[r]];
        return r;
    }
    const std::vector<std::size_t>& members(std::size_t root) const { return members_[root]; }
    void join(std::size_t a, std::size_t b) {
        a = find(a);
        b = find(b);
        if (a == b) return;
        if (members_[a].size() < members_[b].size()) std::swap(a, b);
        parent_[b] = a;
        members_[a].insert(members_[a].end(), members_[b].begin(), members_[b].end());
        members_[b].clear();
    }

private:
    std::vector<std::size_t> parent_;
    std::vector<std::vector<std::size_t>> members_;
};

// Collects the values sources give for one field; the first stays, all are kept when they differ.
struct FieldValues {
    std::vector<SourcedValue> values;
    void add(const AttributeValue& value, const std::string& source) { values.push_back({value, source}); }
    bool disagree() const {
        for (const auto& v : values) {
            if (!(v.value == values.front().value)) return true;
        }
        return false;
    }
};

// The merge in named phases, sharing the records and their groups.
class MapMerger {
public:
    MapMerger(const std::vector<MergeSource>& sources, const AliasTable& aliases, const std::vector<ReviewRow>& decisions)
        : sources_(sources), aliases_(aliases), decisions_(decisions) {}

    MergeResult run() {
        read_records();
        read_decisions();
        groups_.emplace(records_.size());
        join_decided_pairs();
        find_candidates();
        join_sure_matches();
        list_for_review();
        build_organisations();
        merge_relationships();
        describe_map();
        return std::move(result_);
    }

private:
    struct Where {
        std::size_t source;
        StakeholderMap::OrgIndex index;
    };

    // 1. One record per organisation of every source.
    void read_records() {
        for (std::size_t s = 0; s < sources_.size(); ++s) {
            const StakeholderMap& map = sources_[s].map;
            for (StakeholderMap::OrgIndex v = 0; v < map.organisation_count(); ++v) {
                const Organisation& organisation = map.organisation(v);
                record_by_key_[record_key(sources_[s].file, organisation.id)] = records_.size();
                records_.push_back(record_of(s, organisation));
                where_.push_back({s, v});
            }
        }
        result_.records = records_.size();
    }

    // 2. Decisions a person made in the review file.
    void read_decisions() {
        for (const ReviewRow& row : decisions_) {
            if (row.decision == Decision::undecided) continue;
            const auto a = record_by_key_.find(record_key(row.file_a, row.id_a));
            const auto b = record_by_key_.find(record_key(row.file_b, row.id_b));
            if (a == record_by_key_.end() || b == record_by_key_.end()) {
                result_.notes.push_back("review decision on " + row.file_a + " '" + row.id_a + "' / " + row.file_b + " '" + row.id_b +
                                        "' names an organisation no source has now; ignored");
                continue;
            }
            decided_[pair_key(record_key(row.file_a, row.id_a), record_key(row.file_b, row.id_b))] = row.decision;
            if (row.decision == Decision::same) forced_same_.emplace_back(a->second, b->second);
        }
    }

    Decision decision_between(std::size_t a, std::size_t b) const {
        const auto found = decided_.find(pair_key(record_key(sources_[records_[a].source].file, records_[a].id),
                                                  record_key(sources_[records_[b].source].file, records_[b].id)));
        return found == decided_.end() ? Decision::undecided : found->second;
    }

    // Two records that cannot be one organisation without a person saying so.
    bool incompatible(std::size_t x, std::size_t y) const {
        return records_[x].source == records_[y].source ||
               (!records_[x].country.empty() && !records_[y].country.empty() && records_[x].country != records_[y].country);
    }

    // A `different` decision is never overruled, and a sure match never puts two records of one source together.
    bool can_join(std::size_t a, std::size_t b, bool forced) {
        for (const std::size_t x : groups_->members(groups_->find(a))) {
            for (const std::size_t y : groups_->members(groups_->find(b))) {
                if (decision_between(x, y) == Decision::different) return false;
                if (!forced && incompatible(x, y)) return false;
            }
        }
        return true;
    }

    // 3a. Pairs a person marked `same` first.
    void join_decided_pairs() {
        for (const auto& [a, b] : forced_same_) {
            if (groups_->find(a) != groups_->find(b) && can_join(a, b, true)) {
                groups_->join(a, b);
                evidence_of_[std::max(a, b)] = "review: same";
            }
        }
    }

    // 3b. The duplicate finder's pairs. A record whose best sure matches are two records that
    //     cannot be one ("Ministry of Justice" without a country, against the ministries of two
    //     countries) is ambiguous: its pairs go to review. A clearly stronger match (same country
    //     too) is not ambiguous.
    void find_candidates() {
        candidates_ = find_duplicates(records_, aliases_);
        constexpr double kAsStrong = 0.02;
        std::vector<std::vector<std::pair<std::size_t, double>>> sure_with(records_.size());
        for (const CandidatePair& pair : candidates_) {
            if (pair.score.score < kSureMatch) continue;
            sure_with[pair.a].emplace_back(pair.b, pair.score.strength);
            sure_with[pair.b].emplace_back(pair.a, pair.score.strength);
        }
        std::vector<bool> ambiguous(records_.size(), false);
        for (std::size_t r = 0; r < records_.size(); ++r) {
            double best = 0.0;
            for (const auto& [other, strength] : sure_with[r]) best = std::max(best, strength);
            std::vector<std::size_t> strongest;
            for (const auto& [other, strength] : sure_with[r]) {
                if (strength >= best - kAsStrong) strongest.push_back(other);
            }
            // Two of the strongest that cannot be one are found among the first few just as well.
            constexpr std::size_t kStrongestChecked = 64;
            if (strongest.size() > kStrongestChecked) strongest.resize(kStrongestChecked);
            for (std::size_t i = 0; i < strongest.size() && !ambiguous[r]; ++i) {
                for (std::size_t j = i + 1; j < strongest.size() && !ambiguous[r]; ++j) {
                    ambiguous[r] = incompatible(strongest[i], strongest[j]);
                }
            }
        }
        for (CandidatePair& pair : candidates_) {
            if (pair.score.score >= kSureMatch && (ambiguous[pair.a] || ambiguous[pair.b])) {
                pair.score.score = kSureMatch - 0.01;
                pair.score.evidence += "; ambiguous: as sure a match for two organisations that cannot be one";
            }
        }
    }

    // 3c. Sure matches, best first.
    void join_sure_matches() {
        for (const CandidatePair& pair : candidates_) {
            if (pair.score.score < kSureMatch || groups_->find(pair.a) == groups_->find(pair.b)) continue;
            if (decision_between(pair.a, pair.b) != Decision::undecided) continue;
            if (!can_join(pair.a, pair.b, false)) {
                blocked_.insert({pair.a, pair.b});
                continue;
            }
            groups_->join(pair.a, pair.b);
            evidence_of_[std::max(pair.a, pair.b)] = pair.score.evidence;
        }
    }

    // 4. The review file: pairs decided before, and for each two groups that might be one, their
    //    best-scoring pair - unless joining them would put two entries of one source together
    //    (kept when that pair itself scores high: one list can name an organisation twice).
    void list_for_review() {
        std::set<std::pair<std::size_t, std::size_t>> groups_listed;
        for (const CandidatePair& pair : candidates_) {
            const Decision decision = decision_between(pair.a, pair.b);
            if (decision == Decision::undecided) {
                const std::size_t ga = groups_->find(pair.a), gb = groups_->find(pair.b);
                const bool uncertain = pair.score.score < kSureMatch || blocked_.count({pair.a, pair.b});
                if (ga == gb || !uncertain) continue;
                const bool plausible = can_join(pair.a, pair.b, false) || pair.score.score >= 0.85;
                if (!plausible || !groups_listed.insert({std::min(ga, gb), std::max(ga, gb)}).second) continue;
            }
            const auto& a = records_[pair.a];
            const auto& b = records_[pair.b];
            std::string evidence = pair.score.evidence;
            if (blocked_.count({pair.a, pair.b})) evidence += "; not merged: would join two entries of one source";
            result_.review.push_back({decision, pair.score.score, evidence, sources_[a.source].file, a.id, a.name,
                                      sources_[b.source].file, b.id, b.name});
        }
        std::set<decltype(pair_key(record_key("", ""), record_key("", "")))> listed;
        for (const ReviewRow& r : result_.review) listed.insert(pair_key(record_key(r.file_a, r.id_a), record_key(r.file_b, r.id_b)));
        for (const ReviewRow& row : decisions_) {  // decided pairs the finder no longer proposes stay on record
            if (row.decision == Decision::undecided) continue;
            if (listed.insert(pair_key(record_key(row.file_a, row.id_a), record_key(row.file_b, row.id_b))).second) result_.review.push_back(row);
        }
    }

    const Organisation& organisation_of(std::size_t r) const { return sources_[where_[r].source].map.organisation(where_[r].index); }

    std::string unique_id(std::size_t first) {
        const Organisation& primary = organisation_of(first);
        std::string id = primary.id;
        if (id.find(' ') != std::string::npos) id = slug_of(id);  // a name used as id (edge lists)
        if (ids_used_.count(id)) {
            const std::string& file = sources_[where_[first].source].file;
            id = primary.id + "-" + file.substr(0, file.find('.'));
            for (int k = 2; ids_used_.count(id); ++k) id = primary.id + "-" + std::to_string(k);
        }
        ids_used_.insert(id);
        return id;
    }

    // One merged organisation from its group's records (sorted, the first read first).
    Organisation merge_group(const std::vector<std::size_t>& members, MergedGroup& group) {
        const std::size_t first = members.front();
        const Organisation& primary = organisation_of(first);
        Organisation organisation;
        organisation.id = unique_id(first);
        organisation.label = primary.label.empty() ? primary.id : primary.label;
        organisation.position = primary.position;
        group.id = organisation.id;

        std::map<std::string, FieldValues> fields;  // type, country, region, stance, attributes.NAME
        FieldValues influence;
        for (const std::size_t r : members) {
            const MergeSource& source = sources_[where_[r].source];
            const Organisation& part = organisation_of(r);
            const std::string label = source.file + " '" + part.id + "'";
            for (const auto& [name, value] : std::initializer_list<std::pair<const char*, const std::string*>>{
                     {"type", &part.type}, {"country", &part.country}, {"region", &part.region}, {"stance", &part.stance}}) {
                if (!value->empty()) fields[name].add(*value, label);
            }
            for (const auto& [name, value] : part.attributes) fields["attributes." + name].add(value, label);
            if (part.influence) influence.add(*part.influence, label);
            for (const auto& theme : part.themes) {
                if (std::find(organisation.themes.begin(), organisation.themes.end(), theme) == organisation.themes.end()) {
                    organisation.themes.push_back(theme);
                }
            }
            if (!organisation.position) organisation.position = part.position;
            const std::string match = r == first ? "" : evidence_of_.count(r) ? evidence_of_[r] : "same group";
            add_provenance(organisation, source, r, part, match);
            group.members.push_back(source.file + ": " + (part.label.empty() ? part.id : part.label) + " (" + part.id + ")");
            if (r != first) group.evidence.push_back(match);
        }
        choose_fields(organisation, fields);
        average_influence(organisation, influence);
        return organisation;
    }

    // A record that was itself merged brings its own sources.
    void add_provenance(Organisation& organisation, const MergeSource& source, std::size_t r, const Organisation& part,
                        const std::string& match) {
        if (!part.provenance->sources.empty()) {
            for (SourceRecord record : part.provenance->sources) {
                if (!match.empty() && record.match.empty()) record.match = match;
                organisation.provenance.edit().sources.push_back(std::move(record));
            }
            for (const auto& [field, values] : part.provenance->conflicts) {
                auto& kept = organisation.provenance.edit().conflicts[field];
                kept.insert(kept.end(), values.begin(), values.end());
            }
            return;
        }
        organisation.provenance.edit().sources.push_back({source.file,
                                                   place_in_source(source.organisation_locations, where_[r].index, "id '" + part.id + "'"),
                                                   source.date, part.label.empty() ? part.id : part.label, match});
    }

    // The first source's value fills each field; every value is kept when they differ.
    void choose_fields(Organisation& organisation, std::map<std::string, FieldValues>& fields) {
        for (auto& [field, values] : fields) {
            const AttributeValue& chosen = values.values.front().value;
            if (field.starts_with("attributes.")) organisation.attributes[field.substr(11)] = chosen;
            else if (field == "type") organisation.type = to_display_string(chosen);
            else if (field == "country") organisation.country = to_display_string(chosen);
            else if (field == "region") organisation.region = to_display_string(chosen);
            else if (field == "stance") organisation.stance = to_display_string(chosen);
            if (values.disagree()) {
                organisation.provenance.edit().conflicts[field] = values.values;
                ++result_.conflicting_fields;
            }
        }
    }

    // Influence is the respondents' mean; every score is kept, agreeing or not: the spread is the point.
    static void average_influence(Organisation& organisation, const FieldValues& influence) {
        if (influence.values.empty()) return;
        double sum = 0.0;
        for (const auto& v : influence.values) sum += std::get<double>(v.value);
        organisation.influence = sum / static_cast<double>(influence.values.size());
        if (influence.values.size() > 1) organisation.provenance.edit().conflicts["influence"] = influence.values;
    }

    // 5. Merged organisations, in the order their first record was read.
    void build_organisations() {
        all_directed_ = !sources_.empty();
        for (const auto& source : sources_) all_directed_ = all_directed_ && source.map.directed();
        StakeholderMap& merged = result_.map;
        merged.set_directed(all_directed_);
        merged_index_.assign(records_.size(), 0);
        for (std::size_t first = 0; first < records_.size(); ++first) {
            std::vector<std::size_t> members = groups_->members(groups_->find(first));
            std::sort(members.begin(), members.end());
            if (members.front() != first) continue;  // built when its first member came up
            MergedGroup group;
            const auto index = merged.add_organisation(merge_group(members, group));
            for (const std::size_t r : members) merged_index_[r] = index;
            if (members.size() > 1) result_.merged.push_back(std::move(group));
        }
    }

    // 6. Relationships: one per pair and type; each source naming it is listed.
    void merge_relationships() {
        StakeholderMap& merged = result_.map;
        std::map<std::tuple<StakeholderMap::OrgIndex, StakeholderMap::OrgIndex, std::string>, StakeholderMap::RelationshipHandle> ties;
        std::size_t first_record_of_source = 0;
        for (const MergeSource& source : sources_) {
            std::size_t tie_index = 0;
            for (const auto handle : source.map.relationship_handles()) {
                const auto tie = source.map.relationship(handle);
                const std::size_t this_tie = tie_index++;
                ++result_.ties_read;
                auto u = merged_index_[first_record_of_source + tie.source];
                auto v = merged_index_[first_record_of_source + tie.target];
                if (u == v) {
                    ++result_.ties_inside_merged;
                    continue;
                }
                if (!all_directed_ && v < u) std::swap(u, v);
                const std::string at = place_in_source(source.relationship_locations, this_tie,
                                                       "tie '" + source.map.organisation(tie.source).id + "' - '" +
                                                           source.map.organisation(tie.target).id + "'");
                const SourceRecord record{source.file, at, source.date, "", ""};
                const auto key = std::make_tuple(u, v, tie.data.type);
                if (const auto found = ties.find(key); found != ties.end()) {
                    note_repeated_tie(merged.relationship_data(found->second), record, tie.data);
                    continue;
                }
                Relationship relationship = tie.data;
                if (relationship.provenance->sources.empty()) relationship.provenance.edit().sources.push_back(record);
                ties[key] = merged.add_relationship(u, v, std::move(relationship));
            }
            first_record_of_source += source.map.organisation_count();
        }
    }

    // A tie another source named too: that source is listed; a different weight or attribute (a survey
    // respondent's frequency, trust, their name) is kept beside the first as a conflict, each with its source.
    static void note_repeated_tie(Relationship& kept, const SourceRecord& record, const Relationship& again) {
        const bool named_already = std::any_of(kept.provenance->sources.begin(), kept.provenance->sources.end(),
                                               [&](const SourceRecord& r) { return r.file == record.file; });
        if (!named_already) kept.provenance.edit().sources.push_back(record);
        const std::string first = kept.provenance->sources.front().file + " " + kept.provenance->sources.front().at;
        const auto differ = [&](const std::string& field, const AttributeValue& had, const AttributeValue& now) {
            auto& values = kept.provenance.edit().conflicts[field];
            if (values.empty()) values.push_back({had, first});
            values.push_back({now, record.file + " " + record.at});
        };
        if (kept.weight != again.weight) differ("weight", kept.weight, again.weight);
        for (const auto& [key, value] : again.attributes) {
            const auto had = kept.attributes.find(key);
            if (had == kept.attributes.end()) kept.attributes[key] = value;
            else if (!(had->second == value)) differ("attributes." + key, had->second, value);
        }
    }

    // 7. What the map is.
    void describe_map() {
        StakeholderMap& merged = result_.map;
        std::string files;
        for (const auto& source : sources_) files += (files.empty() ? "" : "; ") + source.file;
        merged.metadata["title"] = "Merged map (" + std::to_string(sources_.size()) + " sources)";
        merged.metadata["merged_from"] = files;
        for (const auto& source : sources_) {
            if (const auto country = source.map.metadata.find("country"); country != source.map.metadata.end()) {
                merged.metadata.emplace("country", country->second);
            }
            if (const auto kind = source.map.metadata.find("provenance"); kind != source.map.metadata.end()) {
                merged.metadata.emplace("provenance", kind->second);
            }
        }
    }

    const std::vector<MergeSource>& sources_;
    const AliasTable& aliases_;
    const std::vector<ReviewRow>& decisions_;
    MergeResult result_;
    std::vector<OrganisationRecord> records_;
    std::vector<Where> where_;
    std::unordered_map<std::string, std::size_t> record_by_key_;
    std::map<std::pair<std::string, std::string>, Decision> decided_;
    std::vector<std::pair<std::size_t, std::size_t>> forced_same_;
    std::optional<Groups> groups_;
    std::map<std::size_t, std::string> evidence_of_;  // record -> why it joined its group
    std::vector<CandidatePair> candidates_;
    std::set<std::pair<std::size_t, std::size_t>> blocked_;
    std::vector<StakeholderMap::OrgIndex> merged_index_;
    std::set<std::string> ids_used_;
    bool all_directed_ = false;
};

}  // namespace

MergeResult merge_maps(const std::vector<MergeSource>& sources, const AliasTable& aliases, const std::vector<ReviewRow>& decisions) {
    return MapMerger(sources, aliases, decisions).run();
}

}  // namespace stakemap
