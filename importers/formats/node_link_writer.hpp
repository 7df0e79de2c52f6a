#pragma once
// NetworkX node-link JSON (json_graph.node_link_data), read back by the JSON
// reader. Replaced atomically.

#include <string>

#include "graph/map_source.hpp"

namespace stakemap {

void save_node_link_json(const MapSource& map, const std::string& path);

}  // namespace stakemap
