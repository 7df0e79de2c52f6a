#pragma once
// Small pieces the interchange writers share: themes joined into one value,
// numbers as JSON writes them, ids by index, and whether ties repeat a pair.

#include <string>
#include <vector>

#include "graph/map_source.hpp"

namespace stakemap {

std::string joined_themes(const Organisation& organisation);
std::string number_text(double value);
// Collects organisation ids once, since relationships name their ends by index.
std::vector<std::string> organisation_ids(const MapSource& map);
// Whether two relationships join the same pair (NetworkX then needs to be told "multigraph").
bool has_parallel_relationships(const MapSource& map);

}  // namespace stakemap
