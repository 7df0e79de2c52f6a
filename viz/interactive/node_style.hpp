#pragma once
// How each organisation looks in the window: its colour (from the same
// colouring as the Graphviz diagrams) and its radius in world units (from a
// measure, area proportional to the value), plus the legend.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "graph/stakeholder_map.hpp"

namespace stakemap::interactive {

struct NodeStyle {
    std::vector<std::uint32_t> colour;  // 0xRRGGBB per organisation
    std::vector<double> radius;         // world units per organisation
    std::vector<std::pair<std::string, std::uint32_t>> legend;
};

constexpr double kMinRadius = 4.0;
constexpr double kMaxRadius = 16.0;

// `community` and `size` are analysis columns aligned to the map (empty when
// not available: everyone in one colour / the same size).
NodeStyle style_nodes(const StakeholderMap& map, const std::string& colour_by, const std::vector<double>& community,
                      const std::vector<double>& size, const std::vector<bool>& shown);

std::uint32_t parse_hex_colour(const std::string& text);  // "#rrggbb" -> 0xRRGGBB (grey if malformed)

}  // namespace stakemap::interactive
