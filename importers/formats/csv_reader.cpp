#include "importers/formats/csv_reader.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <span>

#include "importers/support/csv_table.hpp"
#include "importers/support/field_mapping.hpp"
#include "importers/support/map_builder.hpp"

namespace stakemap {
namespace {

constexpr std::array<std::string_view, 5> kSourceNames = {"source", "from", "src", "source_id", "node1"};
constexpr std::array<std::string_view, 5> kTargetNames = {"target", "to", "dst", "target_id", "node2"};

std::optional<std::size_t> find_column(const std::vector<std::string>& header,
                                       std::span<const std::string_view> names) {
    for (std::size_t c = 0; c < header.size(); ++c) {
        const std::string name = to_lower_ascii(trim(header[c]));
        if (std::find(names.begin(), names.end(), name) != names.end()) return c;
    }
    return std::nullopt;
}

// Spreadsheets that export with ';' write numbers with a decimal comma: "1,5".
std::string with_decimal_point(const std::string& value, char delimiter) {
    if (delimiter != ';') return value;
    const auto comma = value.find(',');
    if (comma == std::string::npos || comma == 0 || comma + 1 == value.size()) return value;
    if (value.find(',', comma + 1) != std::string::npos) return value;
    const auto digits = [](std::string_view part) {
        if (!part.empty() && part[0] == '-') part.remove_prefix(1);
        return !part.empty() && part.find_first_not_of("0123456789") == std::string_view::npos;
    };
    const std::string_view text(value);
    if (!digits(text.substr(0, comma)) || !digits(text.substr(comma + 1))) return value;
    std::string converted = value;
    converted[comma] = '.';
    return converted;
}

std::string delimiter_name(char delimiter) {
    if (delimiter == '\t') return "tab";
    if (delimiter == ' ') return "space";
    return std::string("'") + delimiter + "'";
}

void check_width(const TextFile& file, const CsvTable& table, const CsvRecord& record, std::size_t width) {
    if (record.fields.size() == width) return;
    throw ImportError(file.at_line(record.line),
                      "row has " + std::to_string(record.fields.size()) + " fields; expected " +
                          std::to_string(width) + " as in the header (delimiter " +
                          delimiter_name(table.delimiter) + ")");
}

SourceLocation field_location(const TextFile& file, const CsvRecord& record, std::size_t column,
                              const std::string& name) {
    SourceLocation where = file.at_line(record.line, 0);
    where.field = "field " + std::to_string(column + 1) + " '" + name + "'";
    return where;
}

// Gephi writes edge direction in a "Type" column; it is not a relationship type.
bool is_direction_column(const CsvTable& table, std::size_t first_row, std::size_t column) {
    bool any = false;
    for (std::size_t r = first_row; r < table.records.size(); ++r) {
        const auto& fields = table.records[r].fields;
        if (column >= fields.size()) continue;
        const std::string value = to_lower_ascii(trim(fields[column]));
        if (value.empty()) continue;
        if (value != "directed" && value != "undirected" && value != "mutual") return false;
        any = true;
    }
    return any;
}

void read_node_table(const std::string& path, MapBuilder& builder) {
    const TextFile file = TextFile::read(path);
    const CsvTable table = parse_csv(file);
    if (table.records.empty()) throw ImportError(file.at_line(1), "no rows; expected a header id,label,type,... and one row per organisation");
    const auto& header = table.records.front().fields;
    std::optional<std::size_t> id_column = find_column(header, std::array<std::string_view, 2>{"id", "node"});
    if (!id_column) {
        throw ImportError(file.at_line(table.records.front().line),
                          "no 'id' column in the node table header; expected id,label,type,... (delimiter " +
                              delimiter_name(table.delimiter) + ")");
    }
    for (std::size_t r = 1; r < table.records.size(); ++r) {
        const CsvRecord& record = table.records[r];
        check_width(file, table, record, header.size());
        Organisation organisation;
        organisation.id = trim(record.fields[*id_column]);
        if (organisation.id.empty()) {
            throw ImportError(field_location(file, record, *id_column, header[*id_column]),
                              "empty id; expected an organisation id");
        }
        std::optional<double> x, y;
        for (std::size_t c = 0; c < header.size(); ++c) {
            if (c == *id_column || record.fields[c].empty()) continue;
            const std::string name = to_lower_ascii(trim(header[c]));
            if (name == "x" || name == "y") {  // a saved layout position
                const auto value = parse_number(with_decimal_point(record.fields[c], table.delimiter));
                if (!value) {
                    throw ImportError(field_location(file, record, c, header[c]),
                                      "expected a number for the position, got \"" + record.fields[c] + "\"");
                }
                (name == "x" ? x : y) = value;
                continue;
            }
            assign_organisation_field(organisation, trim(header[c]),
                                      guess_value(with_decimal_point(record.fields[c], table.delimiter)));
        }
        if (x && y) organisation.position = Position{*x, *y};
        builder.add_organisation(std::move(organisation), file.at_line(record.line));
    }
}

}  // namespace

ImportResult read_csv(const std::string& path, const ImportOptions& options) {
    const TextFile file = TextFile::read(path);
    const CsvTable table = parse_csv(file);
    // Found by the fuzzer: a file of blank rows (or just "") has no record at all.
    if (table.records.empty()) throw ImportError(file.at_line(1), "no rows; expected source,target lines (or a header naming them)");
    MapBuilder builder(path, options, /*edges_declare_nodes=*/!options.nodes_path);
    if (options.nodes_path) read_node_table(*options.nodes_path, builder);

    std::vector<std::string> header = table.records.front().fields;
    auto source_column = find_column(header, kSourceNames);
    auto target_column = find_column(header, kTargetNames);
    std::size_t first_row = 1;
    if (!source_column || !target_column) {
        if (header.size() < 2) {
            throw ImportError(file.at_line(table.records.front().line),
                              "found 1 field; expected at least source and target separated by "
                              "',' ';' or a tab (or a header naming 'source' and 'target')");
        }
        // No header: source,target[,type[,weight]], extra columns kept by position;
        // source,target,NUMBER is read as a weighted edge list (NetworkX's write_weighted_edgelist).
        first_row = 0;
        source_column = 0;
        target_column = 1;
        std::vector<std::string> names = {"source", "target", "type", "weight"};
        const bool third_is_weight = header.size() == 3 && std::all_of(table.records.begin(), table.records.end(), [](const CsvRecord& r) {
            return r.fields.size() == 3 && parse_number(r.fields[2]).has_value();
        });
        if (third_is_weight) names[2] = "weight";
        for (std::size_t c = names.size(); c < header.size(); ++c) names.push_back("column" + std::to_string(c + 1));
        names.resize(header.size());
        header = names;
    }

    std::optional<std::size_t> direction_column;
    for (std::size_t c = 0; c < header.size(); ++c) {
        if (to_lower_ascii(trim(header[c])) == "type" && is_direction_column(table, first_row, c)) direction_column = c;
    }

    bool any_directed = false;
    for (std::size_t r = first_row; r < table.records.size(); ++r) {
        const CsvRecord& record = table.records[r];
        check_width(file, table, record, header.size());
        Relationship relationship;
        for (std::size_t c = 0; c < header.size(); ++c) {
            if (c == *source_column || c == *target_column) continue;
            const std::string& value = record.fields[c];
            if (c == direction_column) {
                relationship.directed = to_lower_ascii(trim(value)) == "directed";
                any_directed = any_directed || relationship.directed;
                continue;
            }
            if (value.empty()) continue;
            const std::string name = trim(header[c]);
            assign_relationship_field(relationship, name, guess_value(with_decimal_point(value, table.delimiter)),
                                      field_location(file, record, c, name));
        }
        const std::string source = trim(record.fields[*source_column]);
        const std::string target = trim(record.fields[*target_column]);
        if (source.empty() || target.empty()) {
            const std::size_t column = source.empty() ? *source_column : *target_column;
            throw ImportError(field_location(file, record, column, header[column]),
                              "empty value; expected an organisation id");
        }
        any_directed = any_directed || relationship.directed;
        builder.add_relationship(source, target, std::move(relationship), file.at_line(record.line));
    }
    builder.set_directed(any_directed);
    return builder.finish();
}

}  // namespace stakemap
