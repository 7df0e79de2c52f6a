#include "importers/support/table.hpp"

namespace stakemap {

std::string column_letters(std::size_t column) {
    std::string letters;
    for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    return letters;
}

SourceLocation Table::at(const TableRow& row, std::optional<std::size_t> column, std::string_view header) const {
    if (sheet.empty()) {
        SourceLocation where{file, row.number, 0, {}};
        if (column) where.field = "field " + std::to_string(*column + 1) + (header.empty() ? "" : " '" + std::string(header) + "'");
        return where;
    }
    std::string place = "sheet '" + sheet + "' row " + std::to_string(row.number);
    if (column) place += " column " + column_letters(*column) + (header.empty() ? "" : " ('" + std::string(header) + "')");
    return {file, 0, 0, place};
}

std::string Table::name() const { return sheet.empty() ? file : file + " (sheet '" + sheet + "')"; }

}  // namespace stakemap
