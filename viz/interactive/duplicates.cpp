#include "viz/interactive/duplicates.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>
#include <tuple>

#include "importers/merge/duplicate_finder.hpp"

namespace stakemap::interactive {
std::vector<DuplicatePair> duplicates_in(const StakeholderMap& map) {
    std::vector<OrganisationRecord> records;
    records.reserve(map.organisation_count());
    // Each organisation as if from its own source: in one file two entries stay two only until a person looks.
    for (std::size_t v = 0; v < map.organisation_count(); ++v) records.push_back(record_of(v, map.organisation(v)));
    std::vector<std::size_t> degree(map.organisation_count(), 0);
    for (const auto handle : map.relationship_handles()) {
        const auto tie = map.relationship(handle);
        ++degree[tie.source];
        ++degree[tie.target];
    }
    std::vector<DuplicatePair> pairs;
    for (const CandidatePair& candidate : find_duplicates(records, AliasTable())) {
        const Organisation& a = map.organisation(candidate.a);
        const Organisation& b = map.organisation(candidate.b);
        // The better-connected (else the first listed) is kept, so fewer ties move.
        const bool a_kept = degree[candidate.a] >= degree[candidate.b];
        pairs.push_back({a_kept ? a.id : b.id, a_kept ? b.id : a.id, candidate.score.score, candidate.score.evidence});
    }
    std::stable_sort(pairs.begin(), pairs.end(), [](const DuplicatePair& x, const DuplicatePair& y) { return x.score > y.score; });
    return pairs;
}

std::unique_ptr<MapEdit> merge_organisations_edit(const StakeholderMap& map, const std::string& keep, const std::string& gone) {
    const auto kept_index = map.find(keep), gone_index = map.find(gone);
    if (!kept_index || !gone_index) throw std::invalid_argument("merge: the map has no organisation '" + (kept_index ? gone : keep) + "'");
    if (*kept_index == *gone_index) throw std::invalid_argument("merge: an organisation cannot be merged into itself");
    const Organisation& kept = map.organisation(*kept_index);
    const Organisation& other = map.organisation(*gone_index);

    OrganisationFields before = OrganisationFields::of(kept), after = before;
    for (auto [mine, theirs] : {std::tie(after.type, other.type), std::tie(after.country, other.country), std::tie(after.region, other.region)}) {
        if (mine.empty() || (mine == "other" && !theirs.empty())) mine = theirs;
    }
    for (const auto& theme : other.themes) {
        if (std::find(after.themes.begin(), after.themes.end(), theme) == after.themes.end()) after.themes.push_back(theme);
    }
    for (const auto& [field, value] : other.attributes) after.attributes.emplace(field, value);  // the kept one's values win
    const std::string trace = other.id + " (" + other.label + ")";
    const auto earlier = after.attributes.find("merged_from");
    after.attributes["merged_from"] = earlier == after.attributes.end() ? trace : to_display_string(earlier->second) + "; " + trace;

    std::vector<std::unique_ptr<MapEdit>> edits;
    edits.push_back(edit_organisation_edit(keep, std::move(before), std::move(after)));
    // The other's ties, re-pointed; one the kept organisation already has (same partner, type and
    // direction) is not doubled, and a tie between the two would become a loop, so it goes.
    std::set<std::tuple<std::string, std::string, std::string>> existing;
    for (const auto handle : map.relationship_handles()) {
        const auto tie = map.relationship(handle);
        if (tie.source == *kept_index || tie.target == *kept_index) {
            existing.emplace(map.organisation(tie.source).id, map.organisation(tie.target).id, tie.data.type);
        }
    }
    for (const auto handle : map.relationship_handles()) {
        const auto tie = map.relationship(handle);
        if (tie.source != *gone_index && tie.target != *gone_index) continue;
        const std::string source = tie.source == *gone_index ? keep : map.organisation(tie.source).id;
        const std::string target = tie.target == *gone_index ? keep : map.organisation(tie.target).id;
        if (source == target) continue;
        const bool doubled = existing.count({source, target, tie.data.type}) || (!map.directed() && existing.count({target, source, tie.data.type}));
        if (doubled) continue;
        existing.emplace(source, target, tie.data.type);
        edits.push_back(add_relationship_edit(source, target, tie.data));
    }
    edits.push_back(remove_organisation_edit(gone));  // with its own ties; undo restores it and them
    return compound_edit("merged " + other.label + " into " + kept.label, std::move(edits));
}

}  // namespace stakemap::interactive
