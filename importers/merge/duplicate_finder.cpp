#include "importers/merge/duplicate_finder.hpp"

#include <algorithm>
#include <cstdio>
#include <unordered_map>

#include "graph/support/text_fold.hpp"

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

std::vector<CandidatePair> find_duplicates(const std::vector<OrganisationRecord>& records, const AliasTable& aliases) {
    // Blocking keys: no pair is scored unless it shares one.
    constexpr std::size_t kLargestBlock = 5000;  // a key shared by more records says nothing
    std::unordered_map<std::string, std::vector<std::size_t>> blocks;
    for (std::size_t r = 0; r < records.size(); ++r) {
        std::vector<std::string> keys;
        for (const NameKey& key : records[r].keys) {
            for (const auto& word : key.words) {
                keys.push_back("w:" + word);
                if (word.size() >= 4) keys.push_back("p:" + word.substr(0, 3));
            }
            for (const auto& acronym : key.acronyms) keys.push_back("a:" + acronym);
            if (key.words.size() >= 2) {
                keys.push_back("a:" + key.initials);
                keys.push_back("a:" + key.written_initials);
            }
            keys.push_back("n:" + key.folded);
        }
        // Alias-table groups need no shared word ("UNICEF" / "United Nations Children's Fund").
        for (const std::size_t group : aliases.groups_of(records[r])) keys.push_back("g:" + std::to_string(group));
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (auto& key : keys) blocks[std::move(key)].push_back(r);
    }
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    for (const auto& [key, members] : blocks) {
        if (members.size() < 2 || members.size() > kLargestBlock) continue;
        for (std::size_t i = 0; i < members.size(); ++i) {
            for (std::size_t j = i + 1; j < members.size(); ++j) pairs.emplace_back(members[i], members[j]);
        }
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    std::vector<CandidatePair> candidates;
    for (const auto& [a, b] : pairs) {
        PairScore score = score_pair(records[a], records[b], aliases);
        if (score.score >= kPossibleMatch) candidates.push_back({a, b, std::move(score)});
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const CandidatePair& x, const CandidatePair& y) { return x.score.strength > y.score.strength; });
    return candidates;
}

}  // namespace stakemap
