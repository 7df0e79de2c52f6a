#include "importers/merge/duplicate_finder.hpp"

#include <algorithm>
#include <cstdio>
#include <tuple>
#include <unordered_map>

#include "graph/support/text_fold.hpp"
#include "graph/vocabulary.hpp"

namespace stakemap {
namespace {

std::string alias_form(const std::string& name) { return name_key(name).folded; }

std::string percent(double value) {
    char text[16];
    std::snprintf(text, sizeof text, "%.0f%%", 100.0 * value);
    return text;
}

// The best name evidence between any of a's names and any of b's.
PairScore name_evidence(const OrganisationRecord& a, const OrganisationRecord& b) {
    PairScore best;
    for (const NameKey& x : a.keys) {
        for (const NameKey& y : b.keys) {
            PairScore candidate;
            const NameSimilarity similarity = compare_names(x, y);
            std::vector<std::string> sorted_x = x.words, sorted_y = y.words;
            std::sort(sorted_x.begin(), sorted_x.end());
            std::sort(sorted_y.begin(), sorted_y.end());
            if (!x.words.empty() && x.folded == y.folded) {
                candidate = {1.0, "same name"};
            } else if (!x.words.empty() && x.words == y.words) {
                candidate = {1.0, "same name once abbreviations, spelling, language and small words are set aside"};
            } else if (!x.words.empty() && sorted_x == sorted_y) {
                candidate = {1.0, "same words in another order"};
            } else if (similarity.acronym) {
                candidate = {0.89, "acronym of the other name"};
            } else if (similarity.dice > 0.0) {
                candidate.score = similarity.dice;
                candidate.evidence = "names " + percent(similarity.dice) + " alike word for word";
                if (similarity.containment >= 0.999 && similarity.dice < 1.0) {
                    candidate.score = std::max(similarity.dice, 0.7);
                    candidate.evidence = "one name contains the other";
                }
                if (similarity.typos > 0) {
                    candidate.evidence += similarity.typos == 1 ? " (one word differs by a typo)"
                                                                : " (" + std::to_string(similarity.typos) + " words differ by a typo)";
                }
            }
            if (candidate.score > best.score) best = candidate;
        }
    }
    return best;
}

}  // namespace

OrganisationRecord make_record(std::size_t source, std::string id, std::string name, std::string type,
                               std::string country, const std::vector<std::string>& other_names) {
    OrganisationRecord record;
    record.source = source;
    record.id = std::move(id);
    record.name = std::move(name);
    record.type = std::move(type);
    record.country = fold_case_and_accents(country);
    record.keys.push_back(name_key(record.name));
    for (const auto& other : other_names) {
        if (!other.empty()) record.keys.push_back(name_key(other));
    }
    return record;
}

OrganisationRecord record_of(std::size_t source, const Organisation& organisation) {
    std::vector<std::string> other_names;
    for (const auto& [field, value] : organisation.attributes) {
        if (vocabulary::names_another_name(field)) other_names.push_back(to_display_string(value));
    }
    return make_record(source, organisation.id, organisation.label.empty() ? organisation.id : organisation.label, organisation.type,
                       organisation.country, other_names);
}

void AliasTable::add_group(const std::vector<std::string>& names) {
    // Joining a name already in a group joins the groups.
    std::size_t group = groups_++;
    std::vector<std::size_t> joined;
    for (const auto& name : names) {
        if (const auto found = group_of_.find(alias_form(name)); found != group_of_.end()) joined.push_back(found->second);
    }
    for (auto& [name, g] : group_of_) {
        if (std::find(joined.begin(), joined.end(), g) != joined.end()) g = group;
    }
    for (const auto& name : names) {
        if (!alias_form(name).empty()) group_of_[alias_form(name)] = group;
    }
}

std::vector<std::size_t> AliasTable::groups_of(const OrganisationRecord& record) const {
    std::vector<std::size_t> groups;
    for (const NameKey& key : record.keys) {
        if (const auto found = group_of_.find(key.folded); found != group_of_.end()) groups.push_back(found->second);
    }
    return groups;
}

bool AliasTable::same(const OrganisationRecord& a, const OrganisationRecord& b) const {
    for (const NameKey& x : a.keys) {
        const auto ga = group_of_.find(x.folded);
        if (ga == group_of_.end()) continue;
        for (const NameKey& y : b.keys) {
            const auto gb = group_of_.find(y.folded);
            if (gb != group_of_.end() && gb->second == ga->second) return true;
        }
    }
    return false;
}

PairScore score_pair(const OrganisationRecord& a, const OrganisationRecord& b, const AliasTable& aliases) {
    if (aliases.same(a, b)) return {1.0, "alias table", 1.2};
    PairScore result = name_evidence(a, b);
    if (result.score <= 0.0) return result;
    const auto note = [&](const std::string& text) { result.evidence += "; " + text; };
    if (!a.type.empty() && !b.type.empty()) {
        if (a.type == b.type) {
            result.score += 0.05;
            note("same type (" + a.type + ")");
        } else {
            result.score -= 0.15;
            note("different types (" + a.type + ", " + b.type + ")");
        }
    }
    if (!a.country.empty() && !b.country.empty()) {
        if (a.country == b.country) {
            result.score += 0.03;
            note("same country");
        } else {
            result.score = std::min(result.score, 0.5);
            note("different countries (" + a.country + ", " + b.country + ")");
        }
    }
    if (a.source == b.source) {
        // One source listing two entries means two organisations unless a person says otherwise.
        result.score = std::min(result.score, kSureMatch - 0.01);
        note("both listed by the same source");
    }
    result.strength = result.score;
    result.score = std::clamp(result.score, 0.0, 1.0);
    return result;
}

namespace {

// Blocking keys: no pair is scored unless it shares one. A key shared by more than
// kFullBlock records ("ministry" in a national map, "nepal" in Nepal's) is too common
// to pair its records all with all; they are paired through that key together with
// another of theirs ("ministry" + "labour"). The work is then bounded by the records'
// keys times kFullBlock, whatever the names look like.
constexpr std::size_t kFullBlock = 200;
constexpr std::size_t kKeysPerRecord = 48;     // a record's keys beyond this (very long names) add nothing
constexpr std::size_t kCombinedPerRecord = 96; // combined keys for one record's common keys

std::vector<std::string> blocking_keys(const OrganisationRecord& record, const AliasTable& aliases) {
    std::vector<std::string> keys;  // in this order, so a long name's last words are what is left out
    const auto add = [&](std::string key) {
        if (keys.size() < kKeysPerRecord && std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
    };
    // Alias-table groups need no shared word ("UNICEF" / "United Nations Children's Fund").
    for (const std::size_t group : aliases.groups_of(record)) add("g:" + std::to_string(group));
    for (const NameKey& key : record.keys) {
        add("n:" + key.folded);
        for (const auto& acronym : key.acronyms) add("a:" + acronym);
        if (key.words.size() >= 2) {
            add("a:" + key.initials);
            add("a:" + key.written_initials);
        }
    }
    for (const NameKey& key : record.keys) {
        for (const auto& word : key.words) {
            if (keys.size() == kKeysPerRecord) return keys;
            add("w:" + word);
            if (word.size() >= 4 && word.find_first_of("0123456789") == std::string::npos) add("p:" + word.substr(0, 3));
        }
    }
    return keys;
}

class KeyIndex {
public:
    std::size_t id_of(const std::string& key) {
        const auto [found, added] = ids_.try_emplace(key, members_.size());
        if (added) {
            members_.emplace_back();
            whole_name_.push_back(key.rfind("n:", 0) == 0 || key.rfind("g:", 0) == 0);
        }
        return found->second;
    }
    // A whole name or an alias group: every member is the same name to the matcher.
    bool is_whole_name(std::size_t key) const { return whole_name_[key]; }
    void add(std::size_t key, std::size_t record) {
        auto& members = members_[key];
        if (members.empty() || members.back() != record) members.push_back(record);
    }
    const std::vector<std::size_t>& members(std::size_t key) const { return members_[key]; }

private:
    std::unordered_map<std::string, std::size_t> ids_;
    std::vector<std::vector<std::size_t>> members_;  // records in increasing order
    std::vector<bool> whole_name_;
};

}  // namespace

std::vector<CandidatePair> find_duplicates(const std::vector<OrganisationRecord>& records, const AliasTable& aliases) {
    KeyIndex index;
    std::vector<std::vector<std::size_t>> keys_of(records.size());
    for (std::size_t r = 0; r < records.size(); ++r) {
        for (const auto& key : blocking_keys(records[r], aliases)) {
            const std::size_t id = index.id_of(key);
            keys_of[r].push_back(id);
            index.add(id, r);
        }
    }
    // Records under a common key also get combined keys: the common key with each other key of theirs.
    std::vector<std::vector<std::size_t>> combined_of(records.size());
    for (std::size_t r = 0; r < records.size(); ++r) {
        for (const std::size_t common : keys_of[r]) {
            if (index.members(common).size() <= kFullBlock) continue;
            for (const std::size_t other : keys_of[r]) {
                if (other == common || combined_of[r].size() == kCombinedPerRecord) continue;
                const std::size_t id = index.id_of(std::to_string(std::min(common, other)) + "+" + std::to_string(std::max(common, other)));
                combined_of[r].push_back(id);
                index.add(id, r);
            }
        }
    }
    // Many records with one same whole name: each is paired with the first such record of
    // every source rather than with all of them, which links them all the same.
    const auto star_partners = [&](const std::vector<std::size_t>& members, std::size_t r, auto&& visit) {
        std::vector<std::size_t> first_of_source;
        std::vector<std::size_t> seen_sources;
        for (const std::size_t m : members) {
            if (std::find(seen_sources.begin(), seen_sources.end(), records[m].source) != seen_sources.end()) continue;
            seen_sources.push_back(records[m].source);
            first_of_source.push_back(m);
            if (m != r) visit(m);
        }
        if (std::find(first_of_source.begin(), first_of_source.end(), r) == first_of_source.end()) return;
        for (const std::size_t m : members) {  // a first record also meets all of its block
            if (m != r) visit(m);
        }
    };

    std::vector<CandidatePair> candidates;
    std::vector<std::size_t> last_seen(records.size(), records.size());
    for (std::size_t r = 0; r < records.size(); ++r) {
        const auto visit = [&](std::size_t s) {
            if (last_seen[s] == r) return;
            last_seen[s] = r;
            const std::size_t a = std::min(r, s), b = std::max(r, s);
            PairScore score = score_pair(records[a], records[b], aliases);
            if (score.score >= kPossibleMatch) candidates.push_back({a, b, std::move(score)});
        };
        const auto blocks = [&](const std::vector<std::size_t>& keys) {
            for (const std::size_t key : keys) {
                const auto& members = index.members(key);
                if (members.size() < 2) continue;
                if (members.size() <= kFullBlock) {
                    for (auto m = std::upper_bound(members.begin(), members.end(), r); m != members.end(); ++m) visit(*m);
                } else if (index.is_whole_name(key)) {
                    star_partners(members, r, visit);
                }
            }
        };
        blocks(keys_of[r]);
        blocks(combined_of[r]);
    }
    // Stars can reach a pair from both ends; keep each pair once.
    std::sort(candidates.begin(), candidates.end(), [](const CandidatePair& x, const CandidatePair& y) {
        return std::tie(x.a, x.b) < std::tie(y.a, y.b);
    });
    candidates.erase(std::unique(candidates.begin(), candidates.end(),
                                 [](const CandidatePair& x, const CandidatePair& y) { return x.a == y.a && x.b == y.b; }),
                     candidates.end());
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const CandidatePair& x, const CandidatePair& y) { return x.score.strength > y.score.strength; });
    return candidates;
}

}  // namespace stakemap
