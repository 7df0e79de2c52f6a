#pragma once
// A table as a team's spreadsheet holds it, whatever the file: a CSV file, or
// one sheet of an .xlsx/.ods workbook. Rows keep their number in the file so
// every error names the line (CSV) or the sheet, row and column (workbooks).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "importers/support/import_error.hpp"

namespace stakemap {

struct TableRow {
    std::size_t number = 0;          // line (CSV) or row (sheet), 1-based
    std::vector<std::string> cells;
};

struct Table {
    std::string file;
    std::string sheet;               // "" for a CSV file
    char delimiter = ',';            // CSV only, for messages
    std::vector<TableRow> rows;      // blank rows left out

    // Where a cell is: "file:12: field 3 'Type'" or "file: sheet 'Ties' row 12 column C ('Type')".
    SourceLocation at(const TableRow& row, std::optional<std::size_t> column = std::nullopt, std::string_view header = {}) const;
    // "sheet 'Ties'" or the file's name, for messages about the whole table.
    std::string name() const;
};

// "A", "B", ..., "Z", "AA": a spreadsheet's column letters for a 0-based column.
std::string column_letters(std::size_t column);

}  // namespace stakemap
