#pragma once
// GraphML, as the GraphML reader reads it back: organisations with every field
// and attribute as typed keys (themes joined with ';', positions in keys x and y),
// relationships with type, weight and attributes. Replaced atomically.

#include <string>

#include "graph/map_source.hpp"

namespace stakemap {

void save_graphml(const MapSource& map, const std::string& path);

}  // namespace stakemap
