#pragma once
// A Kumu blueprint (JSON) that Kumu imports and stakemap reads back:
// elements with id, label, type, tags (the themes), country, region, the
// Net-Map fields and every attribute; connections from/to by id with type,
// direction and strength (the weight). An attribute whose name is one of
// these fields is written as "attribute NAME", never dropped.

#include <string>

#include "graph/map_source.hpp"

namespace stakemap {

void save_kumu_blueprint(const MapSource& map, const std::string& path);

}  // namespace stakemap
