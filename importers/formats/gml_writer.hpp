#pragma once
// GML as NetworkX reads it: integer node ids with the stakemap id in
// stakemap_id, text outside ASCII as &#NNNN;, attribute names made safe
// ([A-Za-z][A-Za-z0-9_]*). Replaced atomically.

#include <string>

#include "graph/map_source.hpp"

namespace stakemap {

void save_gml(const MapSource& map, const std::string& path);

}  // namespace stakemap
