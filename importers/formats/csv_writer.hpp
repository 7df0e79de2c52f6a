#pragma once
// Writes a map as two CSV files that read back with `--nodes`: the edge list
// at `path` (source,target,type,weight,attributes...) and the node table
// beside it, `<stem>.nodes.csv` (id,label,type,country,region,themes,x,y,attributes...).
// Themes are joined with ';'; an attribute named like a fixed column is written as
// "attribute NAME". Both files are replaced atomically, as a pair.

#include <string>
#include <string_view>

#include "graph/stakeholder_map.hpp"
#include "graph/map_source.hpp"

namespace stakemap {

struct CsvWriteOptions {
    // Cells a spreadsheet would run as formulas (starting with = + - @ TAB CR, not plain
    // numbers) get a leading ' (the reader takes it off). Off for machines that want them raw.
    bool spreadsheet_safe = true;
    bool byte_order_mark = false;  // UTF-8 BOM, so Excel on Windows shows accents right
};

// Returns the node table's path.
std::string save_csv_map(const MapSource& map, const std::string& path, const CsvWriteOptions& options = {});
std::string save_csv_map(const StakeholderMap& map, const std::string& path, const CsvWriteOptions& options = {});
std::string node_table_path(const std::string& edges_path);

// One RFC 4180 cell: quoted (quotes doubled) when it holds a comma, quote or line break;
// guarded against formulas unless `spreadsheet_safe` is false.
void append_csv_cell(std::string& out, std::string_view text, bool spreadsheet_safe = true);

}  // namespace stakemap
