#pragma once
// The one way stakemap ranks organisations by a measure: highest first (or
// lowest, for constraint), equal values in order of id, undefined values
// (NaN) last. Every table, list and panel uses it, so the same map ranks the
// same everywhere and on every run.

#include <cstddef>
#include <limits>
#include <vector>

#include "graph/stakeholder_map.hpp"

namespace stakemap {

enum class RankOrder { highest_first, lowest_first };

// Indices of `values` (one per organisation of `map`), best first; at most `limit`.
std::vector<std::size_t> ranked_by(const std::vector<double>& values, const StakeholderMap& map,
                                   std::size_t limit = std::numeric_limits<std::size_t>::max(),
                                   RankOrder order = RankOrder::highest_first);

// The same for values keyed by a list of ids (results whose map is gone, e.g. in the window).
std::vector<std::size_t> ranked_by(const std::vector<double>& values, const std::vector<std::string>& ids,
                                   std::size_t limit = std::numeric_limits<std::size_t>::max(),
                                   RankOrder order = RankOrder::highest_first);

}  // namespace stakemap
