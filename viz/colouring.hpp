#pragma once
// Colours of organisations for a diagram or the window: by type (fixed
// colours), or by country, region, community or any attribute (palette in
// order of first appearance), with the legend of the values shown.

#include <string>
#include <utility>
#include <vector>

#include "graph/stakeholder_map.hpp"

namespace stakemap::viz {

struct Colouring {
    std::vector<std::string> fill;                          // per organisation, "#rrggbb"
    std::vector<std::pair<std::string, std::string>> keys;  // legend: (words, colour), for shown organisations
};

// `community` is read only when colouring by community; `shown` limits the legend.
Colouring colour_organisations(const StakeholderMap& map, const std::string& by, const std::vector<std::size_t>& community,
                               const std::vector<bool>& shown);

}  // namespace stakemap::viz
