#include "viz/interactive/change_effect.hpp"

#include <algorithm>

namespace stakemap::interactive {

std::optional<WatchedFigures> watched_figures(const AnalysisResults* results) {
    if (!results || !results->gaps) return std::nullopt;
    const GapReport& gaps = *results->gaps;
    WatchedFigures figures;
    figures.parts = gaps.components.sizes.size();
    for (const auto size : gaps.components.sizes) figures.largest = std::max(figures.largest, size);
    figures.isolated = gaps.isolated.size();
    figures.cells_filled = gaps.coverage.cells_filled;
    figures.cells_required = gaps.coverage.cells_required;
    figures.never_meet = gaps.never_meet.size();
    return figures;
}

std::string describe_change(const WatchedFigures& before, const WatchedFigures& after) {
    const auto change = [](const char* what, std::size_t from, std::size_t to) {
        return std::string(what) + " " + std::to_string(from) + (from == to ? " (unchanged)" : " -> " + std::to_string(to));
    };
    return change("parts", before.parts, after.parts) + "; " + change("largest part", before.largest, after.largest) + "; " +
           change("isolated", before.isolated, after.isolated) + "; " +
           change("coverage cells filled", before.cells_filled, after.cells_filled) + " of " + std::to_string(after.cells_required) +
           "; " + change("community pairs that never meet", before.never_meet, after.never_meet);
}

}  // namespace stakemap::interactive
