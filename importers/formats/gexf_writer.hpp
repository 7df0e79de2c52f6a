#pragma once
// GEXF 1.3, as the GEXF reader (and Gephi) reads it back: organisations with
// fields and attributes as declared attributes, positions as viz:position.
// Replaced atomically.

#include <string>

#include "graph/map_source.hpp"

namespace stakemap {

void save_gexf(const MapSource& map, const std::string& path);

}  // namespace stakemap
