#pragma once
// Writes a map as two CSV files that read back with `--nodes`: the edge list
// at `path` (source,target,type,weight,attributes...) and the node table
// beside it, `<stem>.nodes.csv` (id,label,type,country,region,themes,x,y,attributes...).
// Themes are joined with ';'. Both files are replaced atomically.

#include <string>
#include <string_view>

#include "graph/stakeholder_map.hpp"
#include "graph/map_source.hpp"

namespace stakemap {

// Returns the node table's path.
std::string save_csv_map(const MapSource& map, const std::string& path);
std::string save_csv_map(const StakeholderMap& map, const std::string& path);
std::string node_table_path(const std::string& edges_path);

// One RFC 4180 cell: quoted (quotes doubled) when it holds a comma, quote or line break.
void append_csv_cell(std::string& out, std::string_view text);

}  // namespace stakemap
