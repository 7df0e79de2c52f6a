#include "importers/formats/csv_reader.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>

#include "graph/support/text_safety.hpp"
#include "importers/formats.hpp"
#include "importers/support/csv_table.hpp"
#include "importers/support/map_builder.hpp"
#include "importers/support/table_import.hpp"
#include "importers/support/text_file.hpp"

namespace stakemap {
namespace {

Table table_of(const TextFile& file, MapBuilder& builder) {
    const CsvTable csv = parse_csv(file);
    if (csv.comment_lines > 0) builder.decide(file.path() + ": " + std::to_string(csv.comment_lines) + " comment line(s) (starting with # or %) skipped");
    Table table;
    table.file = file.path();
    table.delimiter = csv.delimiter;
    for (const CsvRecord& record : csv.records) table.rows.push_back({record.line, record.fields});
    // A space- or tab-delimited list may leave its last columns out on some lines (igraph's NCOL:
    // a weight on some lines only): those cells are empty, as a spreadsheet's would be.
    if (csv.delimiter == ' ' || csv.delimiter == '\t') {
        std::size_t widest = 0;
        for (const TableRow& row : table.rows) widest = std::max(widest, row.cells.size());
        for (TableRow& row : table.rows) {
            if (row.cells.size() >= 2) row.cells.resize(widest);
        }
    }
    // stakemap writes a cell that a spreadsheet would run as a formula with a leading ' (and so do
    // careful people): the guard is not part of the value.
    for (TableRow& row : table.rows) {
        for (std::string& cell : row.cells) {
            if (has_formula_guard(cell)) cell.erase(0, 1);
        }
    }
    return table;
}

TextFile read_text(const std::string& path, const ImportOptions& options, MapBuilder& builder) {
    TextFile file = TextFile::read(path, options.encoding);
    if (!file.encoding_note().empty()) builder.warn({path, 0, 0, {}}, file.encoding_note());
    return file;
}

// The node table to go with an edge list: --nodes, else <stem>.nodes.csv beside it (as stakemap writes pairs).
std::optional<std::string> node_table_for(const std::string& path, const ImportOptions& options) {
    if (options.nodes_path) return options.nodes_path;
    const std::string companion = companion_path(path, "nodes", "csv");
    std::error_code error;
    if (companion != path && std::filesystem::is_regular_file(companion, error)) return companion;
    return std::nullopt;
}

}  // namespace

ImportResult read_csv(const std::string& path, const ImportOptions& options) {
    const std::optional<std::string> nodes = node_table_for(path, options);
    // Without a node table the edges are the only declaration of organisations.
    MapBuilder builder(path, options, /*edges_declare_nodes=*/!nodes);
    const Table table = table_of(read_text(path, options, builder), builder);
    // Found by the fuzzer: a file of blank rows (or just "") has no record at all.
    if (table.rows.empty()) throw ImportError({path, 1, 0, {}}, "no rows; expected source,target lines (or a header naming them)");
    if (nodes) {
        if (!options.nodes_path) builder.decide("organisations read from " + *nodes + ", found beside " + path);
        import_organisations(table_of(read_text(*nodes, options, builder), builder), builder, options);
    } else if (kind_of_table(table) == TableKind::organisations) {
        // A table of organisations on its own (a Kumu elements sheet, a team's list): a map without ties.
        builder.decide(path + " holds organisations (its header names no ties)");
        import_organisations(table, builder, options);
        return builder.finish();
    }
    builder.set_directed(import_ties(table, builder, options));
    return builder.finish();
}

}  // namespace stakemap
