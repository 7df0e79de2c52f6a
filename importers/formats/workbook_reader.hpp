#pragma once
// Workbooks as teams keep them: Excel's .xlsx (Office Open XML) and
// LibreOffice's .ods (OpenDocument), unzipped by libzip and read by
// libxml2's streaming reader. A workbook holds an organisations sheet and a
// relationships sheet, recognised by their names in English, French, Spanish
// or Portuguese (Organisations/Relationships, Elements/Connections,
// Nodes/Edges, Organizaciones/Relaciones, ...) or else by their headers;
// sheets named "... (ignore)" are skipped, as Kumu does. Each sheet is then
// read by the table importer (support/table_import.hpp), so errors name the
// sheet, row and column: "orgs.xlsx: sheet 'Connections' row 7 column B: ...".

#include <string>
#include <vector>

#include "importers/support/import_options.hpp"
#include "importers/support/table.hpp"

namespace stakemap {

// Every sheet, in the workbook's order, blank rows left out. Throws ImportError.
std::vector<Table> read_workbook_tables(const std::string& path);

ImportResult read_workbook(const std::string& path, const ImportOptions& options);

}  // namespace stakemap
