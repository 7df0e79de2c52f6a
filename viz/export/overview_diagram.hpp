#pragma once
// The overview of a map too big to draw organisation by organisation: one box
// per community (the largest ones), named by its best-connected members and
// coloured by its most common type, with a line between two communities
// whose width grows with the ties between them. Communities, ties and the
// ranking come from the map's analysis.

#include <cstddef>
#include <string>

#include "analysis/map_analysis.hpp"

namespace stakemap::viz {

struct OverviewOptions {
    std::size_t communities = 40;  // the largest this many; the rest are counted in the title
    std::size_t names_per_box = 3;
    std::string title;             // default: the map's metadata title
};

// In a Graphviz output format ("svg", "png", "pdf", "dot").
std::string render_overview_data(MapAnalysis& analysis, const OverviewOptions& options, const std::string& format);

}  // namespace stakemap::viz
