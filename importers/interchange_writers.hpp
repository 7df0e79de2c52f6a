#pragma once
// Writers for the interchange formats, beside their readers: GraphML, GEXF,
// GML and NetworkX node-link JSON. Each writes what its reader reads back:
// organisations (id, label, type, country, region, themes, position),
// relationships (type, weight) and free-form attributes. Files are replaced
// atomically. Conventions where a format has no place of its own:
//  - themes are one text value joined with ';';
//  - GraphML keeps positions in node keys x and y;
//  - GML needs integer node ids, so the stakemap id travels in stakemap_id,
//    and text outside ASCII is written as &#NNNN; (as NetworkX requires);
//    attribute names GML cannot hold are made safe ([A-Za-z][A-Za-z0-9_]*).

#include <string>

#include "importers/map_source.hpp"

namespace stakemap {

void save_graphml(const MapSource& map, const std::string& path);
void save_gexf(const MapSource& map, const std::string& path);
void save_gml(const MapSource& map, const std::string& path);
void save_node_link_json(const MapSource& map, const std::string& path);

}  // namespace stakemap
