#pragma once
// UCINET DL (.dl): "DL N=n FORMAT=EDGELIST1", the organisations' names as
// quoted LABELS, then one "from to value" line per tie (both directions for an
// undirected map, as UCINET stores a symmetric matrix). Keeps names, ties and
// weights; types, attributes and positions have no place in DL.

#include <string>

#include "graph/map_source.hpp"

namespace stakemap {

void save_ucinet_dl(const MapSource& map, const std::string& path);

}  // namespace stakemap
