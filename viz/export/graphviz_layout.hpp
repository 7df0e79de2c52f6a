#pragma once
// One-shot layouts by Graphviz (sfdp, neato, dot, ...) through gvc, for the
// window: positions per organisation in the window's world units (points,
// y pointing down), with node sizes given so Graphviz keeps them apart.

#include <cstdint>
#include <string>
#include <vector>

#include "graph/stakeholder_map.hpp"

namespace stakemap::viz {

// `radii` per organisation in world units (empty: all 6). Throws
// std::runtime_error for an unknown engine or a Graphviz failure.
std::vector<Position> graphviz_positions(const StakeholderMap& map, const std::string& engine,
                                         const std::vector<double>& radii = {}, std::uint64_t seed = 1);

}  // namespace stakemap::viz
