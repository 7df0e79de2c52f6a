#pragma once
// Duplicates in the open map: the merge's duplicate finder
// (importers/merge/duplicate_finder.hpp) run over the map's own
// organisations, each taken as if from its own source (in one file, two
// entries are two organisations only until a person looks), and a merge of
// one into another as one undoable edit: the kept organisation takes the
// other's ties (none doubled, none turned into a tie to itself), fills its
// empty fields from it, gains its themes and fields, and records where it
// came from in `merged_from`; the other is removed.

#include <memory>
#include <string>
#include <vector>

#include "graph/stakeholder_map.hpp"
#include "viz/interactive/map_edits.hpp"

namespace stakemap::interactive {

struct DuplicatePair {
    std::string a, b;  // ids; a is the one kept by a merge
    double score = 0;  // 0..1, as stakemap merge scores it
    std::string evidence;
};

// Pairs scoring at least the merge's "possible match", best first.
std::vector<DuplicatePair> duplicates_in(const StakeholderMap& map);

// Merges organisation `gone` into `keep` (both must exist and differ).
std::unique_ptr<MapEdit> merge_organisations_edit(const StakeholderMap& map, const std::string& keep, const std::string& gone);

}  // namespace stakemap::interactive
