#pragma once
// Which organisations a diagram shows: a filter on fields, an ego network, or
// the most central organisations. Views combine: every one given must admit
// an organisation for it to be drawn.

#include <optional>
#include <string>
#include <vector>

#include "analysis/map_analysis.hpp"
#include "graph/stakeholder_map.hpp"

namespace stakemap::viz {

struct ViewOptions {
    // "type=cso,union theme=forced_labour country=KE": clauses separated by
    // spaces must all hold; values separated by commas are alternatives.
    // Fields: type, theme, country, region, id, or any attribute name.
    std::string filter;
    std::optional<std::string> ego;  // organisation id
    std::size_t radius = 1;          // steps from the ego, ties read both ways
    std::optional<std::size_t> top;  // the N highest by betweenness
    std::vector<bool> shown;         // if not empty: one flag per organisation (e.g. what a window shows)
};

// One flag per organisation. Throws std::invalid_argument for a malformed
// filter or an unknown ego id.
std::vector<bool> select_organisations(const StakeholderMap& map, const ViewOptions& options);
// The same, with the betweenness for `top` from the analysis.
std::vector<bool> select_organisations(MapAnalysis& analysis, const ViewOptions& options);

}  // namespace stakemap::viz
