#pragma once
// An Excel workbook (.xlsx, through libxlsxwriter) for people who work in
// spreadsheets: a sheet "Organisations" (id, name, type in words and as a
// code, country, region, themes, Net-Map fields, position, every attribute,
// then any measures given) and a sheet "Relationships" (from, to, type,
// weight, directed, attributes). Every cell is written as text or a number,
// never as a formula, whatever it starts with. The workbook reads back
// through the workbook reader. Replaced atomically.

#include <string>
#include <vector>

#include "graph/map_source.hpp"

namespace stakemap {

struct ExtraColumn {
    std::string name;             // e.g. "betweenness"
    std::vector<double> values;   // one per organisation; NaN: left blank
};

void save_xlsx(const MapSource& map, const std::string& path, const std::vector<ExtraColumn>& measures = {});

}  // namespace stakemap
