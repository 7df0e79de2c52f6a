#pragma once
// Organisations and ties from tables as teams keep them - a CSV file, a
// workbook sheet, a Kumu spreadsheet - whatever their headers' language:
// column roles from the header (column_roles.hpp) or --columns, ids made from
// names when there is no id column, ties that name organisations by id, name
// or acronym, one column of "A — B" pairs, and several organisations in one
// cell separated by | (Kumu). What the reader decided is told to the builder.

#include <optional>

#include "importers/support/column_roles.hpp"
#include "importers/support/import_options.hpp"
#include "importers/support/map_builder.hpp"
#include "importers/support/table.hpp"

namespace stakemap {

// What a table's header says it holds; nullopt when it names neither organisations nor ties.
std::optional<TableKind> kind_of_table(const Table& table);

// One organisation per row after the header. Throws ImportError at the cell that is wrong.
void import_organisations(const Table& table, MapBuilder& builder, const ImportOptions& options);

// One tie per row (more with | in a cell). A table whose first row names no column is read as
// source,target[,type|weight[,weight]], as plain edge lists are written.
// Returns whether any tie is directed.
bool import_ties(const Table& table, MapBuilder& builder, const ImportOptions& options);

}  // namespace stakemap
