#pragma once
// What an edit did to the whole-map figures the planner watches (parts,
// largest part, isolated organisations, coverage cells, groups that never
// meet), in words, from the analysis before and after the edit.

#include <cstddef>
#include <optional>
#include <string>

#include "viz/interactive/analysis_worker.hpp"

namespace stakemap::interactive {

struct WatchedFigures {
    std::size_t parts = 0, largest = 0, isolated = 0, cells_filled = 0, cells_required = 0, never_meet = 0;
};

// nullopt until the results have their gap report.
std::optional<WatchedFigures> watched_figures(const AnalysisResults* results);

// "parts 3 -> 2; largest part 30 -> 33; isolated 1 (unchanged); ..."
std::string describe_change(const WatchedFigures& before, const WatchedFigures& after);

}  // namespace stakemap::interactive
