#include "importers/merge/map_merger.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

namespace stakemap {
namespace {

bool is_alias_attribute(const std::string& name) {
    return name.find("alias") != std::string::npos || name.find("acronym") != std::string::npos ||
           name == "short_name" || name == "abbreviation";
}

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

}  // namespace

MergeResult merge_maps(const std::vector<MergeSource>& sources, const AliasTable& aliases, const std::vector<ReviewRow>& decisions) {
    MergeResult result;
    // 1. One record per organisation of every source.
    struct Where {
        std::size_t source;
        StakeholderMap::OrgIndex index;
    };
    std::vector<OrganisationRecord> records;
    std::vector<Where> where;
    std::unordered_map<std::string, std::size_t> record_by_key;
    for (std::size_t s = 0; s < sources.size(); ++s) {
        const StakeholderMap& map = sources[s].map;
        for (StakeholderMap::OrgIndex v = 0; v < map.organisation_count(); ++v) {
            const Organisation& organisation = map.organisation(v);
            std::vector<std::string> other_names;
            for (const auto& [name, value] : organisation.attributes) {
                if (is_alias_attribute(name)) other_names.push_back(to_display_string(value));
            }
            record_by_key[record_key(sources[s].file, organisation.id)] = records.size();
            records.push_back(make_record(s, organisation.id, organisation.label.empty() ? organisation.id : organisation.label,
                                          organisation.type, organisation.country, other_names));
            where.push_back({s, v});
        }
    }
    result.records = records.size();

    // 2. Decisions a person made in the review file.
    std::map<std::pair<std::string, std::string>, Decision> decided;
    std::vector<std::pair<std::size_t, std::size_t>> forced_same;
    for (const ReviewRow& row : decisions) {
        if (row.decision == Decision::undecided) continue;
        const auto a = record_by_key.find(record_key(row.file_a, row.id_a));
        const auto b = record_by_key.find(record_key(row.file_b, row.id_b));
        if (a == record_by_key.end() || b == record_by_key.end()) {
            result.notes.push_back("review decision on " + row.file_a + " '" + row.id_a + "' / " + row.file_b + " '" + row.id_b +
                                   "' names an organisation no source has now; ignored");
            continue;
        }
        decided[pair_key(record_key(row.file_a, row.id_a), record_key(row.file_b, row.id_b))] = row.decision;
        if (row.decision == Decision::same) forced_same.emplace_back(a->second, b->second);
    }
    const auto decision_between = [&](std::size_t a, std::size_t b) {
        const auto found = decided.find(pair_key(record_key(sources[records[a].source].file, records[a].id),
                                                 record_key(sources[records[b].source].file, records[b].id)));
        return found == decided.end() ? Decision::undecided : found->second;
    };

    // 3. Groups: decisions first, then sure matches, best first. A `different` decision is never
    //    overruled, and a sure match never puts two records of one source together.
    Groups groups(records.size());
    std::map<std::size_t, std::string> evidence_of;  // record -> why it joined its group
    // Two records that cannot be one organisation without a person saying so.
    const auto incompatible = [&](std::size_t x, std::size_t y) {
        return records[x].source == records[y].source ||
               (!records[x].country.empty() && !records[y].country.empty() && records[x].country != records[y].country);
    };
    const auto can_join = [&](std::size_t a, std::size_t b, bool forced) {
        for (const std::size_t x : groups.members(groups.find(a))) {
            for (const std::size_t y : groups.members(groups.find(b))) {
                if (decision_between(x, y) == Decision::different) return false;
                if (!forced && incompatible(x, y)) return false;
            }
        }
        return true;
    };
    for (const auto& [a, b] : forced_same) {
        if (groups.find(a) != groups.find(b) && can_join(a, b, true)) {
            groups.join(a, b);
            evidence_of[std::max(a, b)] = "review: same";
        }
    }
    std::vector<CandidatePair> candidates = find_duplicates(records, aliases);
    // A record whose best sure matches are two records that cannot be one ("Ministry of Justice"
    // without a country, against the ministries of two countries) is ambiguous: its pairs go to
    // review. A clearly stronger match (same country too) is not ambiguous.
    constexpr double kAsStrong = 0.02;
    std::vector<std::vector<std::pair<std::size_t, double>>> sure_with(records.size());
    for (const CandidatePair& pair : candidates) {
        if (pair.score.score < kSureMatch) continue;
        sure_with[pair.a].emplace_back(pair.b, pair.score.strength);
        sure_with[pair.b].emplace_back(pair.a, pair.score.strength);
    }
    std::vector<bool> ambiguous(records.size(), false);
    for (std::size_t r = 0; r < records.size(); ++r) {
        double best = 0.0;
        for (const auto& [other, strength] : sure_with[r]) best = std::max(best, strength);
        std::vector<std::size_t> strongest;
        for (const auto& [other, strength] : sure_with[r]) {
            if (strength >= best - kAsStrong) strongest.push_back(other);
        }
        for (std::size_t i = 0; i < strongest.size() && !ambiguous[r]; ++i) {
            for (std::size_t j = i + 1; j < strongest.size() && !ambiguous[r]; ++j) {
                ambiguous[r] = incompatible(strongest[i], strongest[j]);
            }
        }
    }
    for (CandidatePair& pair : candidates) {
        if (pair.score.score >= kSureMatch && (ambiguous[pair.a] || ambiguous[pair.b])) {
            pair.score.score = kSureMatch - 0.01;
            pair.score.evidence += "; ambiguous: as sure a match for two organisations that cannot be one";
        }
    }
    std::set<std::pair<std::size_t, std::size_t>> blocked;
    for (const CandidatePair& pair : candidates) {
        if (pair.score.score < kSureMatch || groups.find(pair.a) == groups.find(pair.b)) continue;
        if (decision_between(pair.a, pair.b) != Decision::undecided) continue;
        if (!can_join(pair.a, pair.b, false)) {
            blocked.insert({pair.a, pair.b});
            continue;
        }
        groups.join(pair.a, pair.b);
        evidence_of[std::max(pair.a, pair.b)] = pair.score.evidence;
    }

    // 4. The review file: pairs decided before, and for each two groups that might be one, their
    //    best-scoring pair - unless joining them would put two entries of one source together
    //    (kept when that pair itself scores high: one list can name an organisation twice).
    std::set<std::pair<std::size_t, std::size_t>> groups_listed;
    for (const CandidatePair& pair : candidates) {
        const Decision decision = decision_between(pair.a, pair.b);
        if (decision == Decision::undecided) {
            const std::size_t ga = groups.find(pair.a), gb = groups.find(pair.b);
            const bool uncertain = pair.score.score < kSureMatch || blocked.count({pair.a, pair.b});
            if (ga == gb || !uncertain) continue;
            const bool plausible = can_join(pair.a, pair.b, false) || pair.score.score >= 0.85;
            if (!plausible || !groups_listed.insert({std::min(ga, gb), std::max(ga, gb)}).second) continue;
        }
        const auto& a = records[pair.a];
        const auto& b = records[pair.b];
        std::string evidence = pair.score.evidence;
        if (blocked.count({pair.a, pair.b})) evidence += "; not merged: would join two entries of one source";
        result.review.push_back({decision, pair.score.score, evidence, sources[a.source].file, a.id, a.name,
                                 sources[b.source].file, b.id, b.name});
    }
    for (const ReviewRow& row : decisions) {  // decided pairs the finder no longer proposes stay on record
        if (row.decision == Decision::undecided) continue;
        const bool listed = std::any_of(result.review.begin(), result.review.end(), [&](const ReviewRow& r) {
            return pair_key(record_key(r.file_a, r.id_a), record_key(r.file_b, r.id_b)) ==
                   pair_key(record_key(row.file_a, row.id_a), record_key(row.file_b, row.id_b));
        });
        if (!listed) result.review.push_back(row);
    }

    // 5. Merged organisations, in the order their first record was read.
    bool all_directed = !sources.empty();
    for (const auto& source : sources) all_directed = all_directed && source.map.directed();
    StakeholderMap& merged = result.map;
    merged.set_directed(all_directed);
    std::vector<StakeholderMap::OrgIndex> merged_index(records.size());
    std::set<std::string> ids_used;
    const auto source_label = [&](std::size_t r) {
        const Organisation& organisation = sources[where[r].source].map.organisation(where[r].index);
        return sources[where[r].source].file + " '" + organisation.id + "'";
    };
    for (std::size_t first = 0; first < records.size(); ++first) {
        const std::size_t root = groups.find(first);
        std::vector<std::size_t> members = groups.members(root);
        std::sort(members.begin(), members.end());
        if (members.front() != first) continue;  // built when its first member came up

        Organisation organisation;
        const Organisation& primary = sources[where[first].source].map.organisation(where[first].index);
        organisation.id = primary.id;
        if (organisation.id.find(' ') != std::string::npos) organisation.id = slug_of(organisation.id);  // a name used as id (edge lists)
        if (ids_used.count(organisation.id)) {
            const std::string& file = sources[where[first].source].file;
            organisation.id = primary.id + "-" + file.substr(0, file.find('.'));
            for (int k = 2; ids_used.count(organisation.id); ++k) organisation.id = primary.id + "-" + std::to_string(k);
        }
        ids_used.insert(organisation.id);
        organisation.label = primary.label.empty() ? primary.id : primary.label;
        organisation.position = primary.position;

        std::map<std::string, FieldValues> fields;  // type, country, region, stance, attributes.NAME
        FieldValues influence;
        MergedGroup group{organisation.id, {}, {}};
        for (const std::size_t r : members) {
            const MergeSource& source = sources[where[r].source];
            const Organisation& part = source.map.organisation(where[r].index);
            const std::string label = source_label(r);
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
            // Provenance: a record that was itself merged brings its own sources.
            const std::string match = r == first ? "" : evidence_of.count(r) ? evidence_of[r] : "same group";
            if (!part.provenance.sources.empty()) {
                for (SourceRecord record : part.provenance.sources) {
                    if (r != first && record.match.empty()) record.match = match;
                    organisation.provenance.sources.push_back(std::move(record));
                }
                for (const auto& [field, values] : part.provenance.conflicts) {
                    auto& kept = organisation.provenance.conflicts[field];
                    kept.insert(kept.end(), values.begin(), values.end());
                }
            } else {
                organisation.provenance.sources.push_back({source.file,
                                                           place_in_source(source.organisation_locations, where[r].index, "id '" + part.id + "'"),
                                                           source.date, part.label.empty() ? part.id : part.label, match});
            }
            group.members.push_back(source.file + ": " + (part.label.empty() ? part.id : part.label) + " (" + part.id + ")");
            if (r != first) group.evidence.push_back(match);
        }
        for (auto& [field, values] : fields) {
            const AttributeValue& chosen = values.values.front().value;
            if (field.starts_with("attributes.")) organisation.attributes[field.substr(11)] = chosen;
            else if (field == "type") organisation.type = to_display_string(chosen);
            else if (field == "country") organisation.country = to_display_string(chosen);
            else if (field == "region") organisation.region = to_display_string(chosen);
            else if (field == "stance") organisation.stance = to_display_string(chosen);
            if (values.disagree()) {
                organisation.provenance.conflicts[field] = values.values;
                ++result.conflicting_fields;
            }
        }
        if (!influence.values.empty()) {
            double sum = 0.0;
            for (const auto& v : influence.values) sum += std::get<double>(v.value);
            organisation.influence = sum / static_cast<double>(influence.values.size());
            // Every respondent's score is kept, agreeing or not: the spread is the point.
            if (influence.values.size() > 1) organisation.provenance.conflicts["influence"] = influence.values;
        }
        const auto index = merged.add_organisation(std::move(organisation));
        for (const std::size_t r : members) merged_index[r] = index;
        if (members.size() > 1) result.merged.push_back(std::move(group));
    }

    // 6. Relationships: one per pair and type; each source naming it is listed.
    std::map<std::tuple<StakeholderMap::OrgIndex, StakeholderMap::OrgIndex, std::string>, StakeholderMap::RelationshipHandle> ties;
    std::size_t first_record_of_source = 0;
    for (std::size_t s = 0; s < sources.size(); ++s) {
        const MergeSource& source = sources[s];
        std::size_t tie_index = 0;
        for (const auto handle : source.map.relationship_handles()) {
            const auto tie = source.map.relationship(handle);
            const std::size_t this_tie = tie_index++;
            ++result.ties_read;
            auto u = merged_index[first_record_of_source + tie.source];
            auto v = merged_index[first_record_of_source + tie.target];
            if (u == v) {
                ++result.ties_inside_merged;
                continue;
            }
            if (!all_directed && v < u) std::swap(u, v);
            const std::string at = place_in_source(source.relationship_locations, this_tie,
                                                   "tie '" + source.map.organisation(tie.source).id + "' - '" +
                                                       source.map.organisation(tie.target).id + "'");
            const SourceRecord record{source.file, at, source.date, "", ""};
            const auto key = std::make_tuple(u, v, tie.data.type);
            if (const auto found = ties.find(key); found != ties.end()) {
                Relationship& kept = merged.relationship_data(found->second);
                const bool named_already = std::any_of(kept.provenance.sources.begin(), kept.provenance.sources.end(),
                                                       [&](const SourceRecord& r) { return r.file == source.file; });
                if (!named_already) kept.provenance.sources.push_back(record);
                if (kept.weight != tie.data.weight) {
                    auto& weights = kept.provenance.conflicts["weight"];
                    if (weights.empty()) weights.push_back({kept.weight, kept.provenance.sources.front().file + " " + kept.provenance.sources.front().at});
                    weights.push_back({tie.data.weight, source.file + " " + at});
                }
                continue;
            }
            Relationship relationship = tie.data;
            if (relationship.provenance.sources.empty()) relationship.provenance.sources.push_back(record);
            ties[key] = merged.add_relationship(u, v, std::move(relationship));
        }
        first_record_of_source += source.map.organisation_count();
    }

    // 7. What the map is.
    std::string files;
    for (const auto& source : sources) files += (files.empty() ? "" : "; ") + source.file;
    merged.metadata["title"] = "Merged map (" + std::to_string(sources.size()) + " sources)";
    merged.metadata["merged_from"] = files;
    for (const auto& source : sources) {
        if (const auto country = source.map.metadata.find("country"); country != source.map.metadata.end()) {
            merged.metadata.emplace("country", country->second);
        }
        if (const auto kind = source.map.metadata.find("provenance"); kind != source.map.metadata.end()) {
            merged.metadata.emplace("provenance", kind->second);
        }
    }
    return result;
}

}  // namespace stakemap
