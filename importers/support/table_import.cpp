#include "importers/support/table_import.hpp"

#include <algorithm>

#include "importers/support/field_mapping.hpp"

namespace stakemap {
namespace {

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

// The cells of a row laid against the header: a CSV row must have as many fields (a
// shifted column would put values under the wrong names); a sheet row may stop early.
std::vector<std::string> cells_of(const Table& table, const TableRow& row, std::size_t width) {
    if (table.sheet.empty()) {
        if (row.cells.size() != width) {
            throw ImportError(table.at(row), "row has " + std::to_string(row.cells.size()) + " fields; expected " + std::to_string(width) +
                                                 " as in the header (delimiter " + delimiter_name(table.delimiter) + ")");
        }
        return row.cells;
    }
    std::vector<std::string> cells = row.cells;
    for (std::size_t c = width; c < cells.size(); ++c) {
        if (!trim(cells[c]).empty()) {
            throw ImportError(table.at(row, c), "a value beyond the last headed column; expected a header for column " + column_letters(c));
        }
    }
    cells.resize(width);
    return cells;
}

std::string header_name(const Table& table, const std::vector<std::string>& header, std::size_t column) {
    const std::string name = trim(header[column]);
    return name.empty() ? (table.sheet.empty() ? "column" + std::to_string(column + 1) : "column " + column_letters(column)) : name;
}

// Gephi writes edge direction in a "Type" column; Kumu in "Direction". Values, not the header, tell.
bool holds_directions(const Table& table, std::size_t first_row, std::size_t column) {
    bool any = false;
    for (std::size_t r = first_row; r < table.rows.size(); ++r) {
        const auto& cells = table.rows[r].cells;
        if (column >= cells.size()) continue;
        const std::string value = to_lower_ascii(trim(cells[column]));
        if (value.empty()) continue;
        if (value != "directed" && value != "undirected" && value != "mutual") return false;
        any = true;
    }
    return any;
}

bool holds_pairs(const Table& table, std::size_t first_row, std::size_t column) {
    std::size_t filled = 0, pairs = 0;
    for (std::size_t r = first_row; r < table.rows.size(); ++r) {
        const auto& cells = table.rows[r].cells;
        if (column >= cells.size() || trim(cells[column]).empty()) continue;
        ++filled;
        pairs += split_pair(cells[column]).has_value();
    }
    return filled > 0 && pairs * 2 >= filled;
}

void tell(MapBuilder& builder, const Table& table, const std::vector<std::string>& decisions) {
    for (const auto& decision : decisions) builder.decide(table.name() + ": " + decision);
}

}  // namespace

std::optional<TableKind> kind_of_table(const Table& table) {
    if (table.rows.empty()) return std::nullopt;
    const auto& header = table.rows.front().cells;
    const ColumnPlan ties = plan_columns(header, TableKind::relationships, {});
    if ((ties.find(ColumnRole::source) && ties.find(ColumnRole::target)) || ties.find(ColumnRole::pair)) return TableKind::relationships;
    const ColumnPlan organisations = plan_columns(header, TableKind::organisations, {});
    if (organisations.find(ColumnRole::id) || organisations.find(ColumnRole::label)) return TableKind::organisations;
    return std::nullopt;
}

void import_organisations(const Table& table, MapBuilder& builder, const ImportOptions& options) {
    if (table.rows.empty()) {
        throw ImportError({table.file, 1, 0, table.sheet.empty() ? "" : "sheet '" + table.sheet + "'"},
                          "no rows; expected a header (id, name, type, ...) and one row per organisation");
    }
    const TableRow& header_row = table.rows.front();
    const std::vector<std::string>& header = header_row.cells;
    const ColumnPlan plan = plan_columns(header, TableKind::organisations, options.columns);
    tell(builder, table, plan.decisions);
    const auto id_column = plan.find(ColumnRole::id);
    const auto label_column = plan.find(ColumnRole::label);
    if (!id_column && !label_column) {
        throw ImportError(table.at(header_row), "no id or name column in the organisations' header; expected a column such as id, "
                                                "name, Organisation, Nom or Nombre (delimiter " + delimiter_name(table.delimiter) +
                                                "), or say which with --columns id=HEADER or --columns label=HEADER");
    }
    if (!id_column) tell(builder, table, {"no id column: ids made from the names (lower case, words joined by '-')"});
    for (std::size_t r = 1; r < table.rows.size(); ++r) {
        const TableRow& row = table.rows[r];
        const std::vector<std::string> cells = cells_of(table, row, header.size());
        Organisation organisation;
        const std::string label = label_column ? trim(cells[*label_column]) : "";
        std::string id = id_column ? trim(cells[*id_column]) : "";
        if (id.empty() && label.empty()) {
            if (std::all_of(cells.begin(), cells.end(), [](const std::string& cell) { return trim(cell).empty(); })) continue;
            const std::size_t key = id_column.value_or(*label_column);
            throw ImportError(table.at(row, key, header[key]), "empty " + std::string(id_column ? "id" : "name") + "; expected the organisation's");
        }
        if (id.empty()) {
            id = builder.id_from_name(label, table.at(row));
            if (id_column) tell(builder, table, {"rows without an id get one made from their name"});
        }
        organisation.id = id;
        organisation.label = label;
        std::optional<double> x, y;
        for (std::size_t c = 0; c < header.size(); ++c) {
            const std::string value = trim(cells[c]);
            if (value.empty() || c == id_column || c == label_column) continue;
            const std::string name = header_name(table, header, c);
            switch (plan.roles[c]) {
                case ColumnRole::type: organisation.type = value; break;
                case ColumnRole::themes: organisation.themes = split_themes(value); break;
                case ColumnRole::country: organisation.country = value; break;
                case ColumnRole::region: organisation.region = value; break;
                case ColumnRole::acronym: organisation.attributes["acronym"] = value; break;
                case ColumnRole::description: organisation.attributes[name] = value; break;
                case ColumnRole::x:
                case ColumnRole::y: {
                    const auto number = parse_number(with_decimal_point(value, table.delimiter));
                    if (!number) throw ImportError(table.at(row, c, name), "expected a number for the position, got \"" + value + "\"");
                    (plan.roles[c] == ColumnRole::x ? x : y) = number;
                    break;
                }
                default: assign_organisation_field(organisation, name, guess_value(with_decimal_point(cells[c], table.delimiter)));
            }
        }
        if (x && y) organisation.position = Position{*x, *y};
        const std::string acronym = organisation.attributes.count("acronym") ? to_display_string(organisation.attributes.at("acronym")) : "";
        builder.add_organisation(std::move(organisation), table.at(row));
        if (!label.empty() && label != id) builder.add_alias(label, id);
        if (!acronym.empty()) builder.add_alias(acronym, id);
    }
}

namespace {

// Whether a tie table's first row is its header. Bare edge lists start with data, and an
// organisation may well be called "a" (Spanish for "to"): one word that could be a header
// is not enough unless it is one no organisation is likely to be called.
bool reads_as_tie_header(const std::vector<std::string>& row) {
    const ColumnPlan plan = plan_columns(row, TableKind::relationships, {});
    if ((plan.find(ColumnRole::source) && plan.find(ColumnRole::target))) return true;
    std::size_t named = 0;
    bool telling = false;
    for (const ColumnRole role : plan.roles) {
        if (role == ColumnRole::attribute) continue;
        ++named;
        telling = telling || role == ColumnRole::weight || role == ColumnRole::direction || role == ColumnRole::description;
    }
    return named >= 2 || telling;
}

// The roles of a tie table's columns, and where its data starts.
struct TieColumns {
    std::vector<std::string> header;
    ColumnPlan plan;
    std::size_t first_row = 1;
    std::optional<std::size_t> source, target, pair, direction;
};

TieColumns plan_ties(const Table& table, const ImportOptions& options, MapBuilder& builder) {
    TieColumns columns;
    const std::vector<std::string>& first = table.rows.front().cells;
    // A column of "A — B" pairs under a first row that is no pair: that row is a header.
    bool pairs_under_header = false;
    for (std::size_t c = 0; c < first.size() && !pairs_under_header; ++c) {
        pairs_under_header = !split_pair(first[c]) && holds_pairs(table, 1, c);
    }
    const bool headed = reads_as_tie_header(first) || pairs_under_header || !options.columns.empty();
    if (headed) {
        columns.header = first;
        columns.plan = plan_columns(first, TableKind::relationships, options.columns);
    } else {
        // No header: source,target[,type[,weight]], extra columns kept by position;
        // source,target,NUMBER is a weighted edge list (NetworkX's write_weighted_edgelist).
        columns.first_row = 0;
        if (first.size() < 2 && !split_pair(first.empty() ? "" : first[0])) {
            throw ImportError(table.at(table.rows.front()), "found 1 field; expected at least source and target separated by "
                                                            "',' ';' or a tab (or a header naming 'source' and 'target')");
        }
        std::vector<std::string> names = {"source", "target", "type", "weight"};
        // (igraph's NCOL may leave the weight out on some lines: an empty cell there is no weight.)
        const bool third_is_weight = first.size() == 3 && std::all_of(table.rows.begin(), table.rows.end(), [](const TableRow& r) {
            return r.cells.size() == 3 && (parse_number(r.cells[2]).has_value() || trim(r.cells[2]).empty());
        });
        if (third_is_weight) names[2] = "weight";
        for (std::size_t c = names.size(); c < first.size(); ++c) names.push_back("column" + std::to_string(c + 1));
        names.resize(first.size());
        columns.header = names;
        columns.plan = plan_columns(names, TableKind::relationships, {});
        if (first.size() == 1) columns.plan.roles[0] = ColumnRole::pair;
    }
    auto& roles = columns.plan.roles;
    // A column named like a list of ties that holds no "A — B" pairs is something else.
    if (const auto pair = columns.plan.find(ColumnRole::pair); pair && !holds_pairs(table, columns.first_row, *pair)) {
        roles[*pair] = columns.plan.find(ColumnRole::tie_type) ? ColumnRole::attribute : ColumnRole::tie_type;
    }
    columns.source = columns.plan.find(ColumnRole::source);
    columns.target = columns.plan.find(ColumnRole::target);
    columns.pair = columns.plan.find(ColumnRole::pair);
    if (!columns.pair && (!columns.source || !columns.target)) {
        // One column of pairs nobody named, else the first two columns (Kumu puts From, To there).
        for (std::size_t c = 0; c < roles.size() && !columns.pair; ++c) {
            const bool free = roles[c] == ColumnRole::attribute || roles[c] == ColumnRole::tie_type || roles[c] == ColumnRole::description;
            if (free && holds_pairs(table, columns.first_row, c)) columns.pair = c;
        }
        if (columns.pair) {
            roles[*columns.pair] = ColumnRole::pair;
            columns.plan.decisions.push_back("column '" + columns.header[*columns.pair] + "' holds pairs of organisations (\"A — B\")");
        } else if (roles.size() >= 2 && !columns.source && !columns.target) {
            columns.source = 0;
            columns.target = 1;
            roles[0] = ColumnRole::source;
            roles[1] = ColumnRole::target;
            if (headed) columns.plan.decisions.push_back("the first two columns read as the two organisations of each tie");
        } else {
            throw ImportError(table.at(table.rows.front()), "cannot tell which columns name the two organisations of each tie; expected "
                                                            "headers such as from/to, source/target, Partner 1/Partner 2, or --columns from=HEADER,to=HEADER");
        }
    }
    for (std::size_t c = 0; c < roles.size(); ++c) {
        if ((roles[c] == ColumnRole::tie_type || roles[c] == ColumnRole::direction) && holds_directions(table, columns.first_row, c)) {
            roles[c] = ColumnRole::direction;
            columns.direction = c;
        } else if (roles[c] == ColumnRole::direction) {
            columns.direction = c;
        }
    }
    tell(builder, table, columns.plan.decisions);
    return columns;
}

}  // namespace

bool import_ties(const Table& table, MapBuilder& builder, const ImportOptions& options) {
    if (table.rows.empty()) {
        throw ImportError({table.file, 1, 0, table.sheet.empty() ? "" : "sheet '" + table.sheet + "'"},
                          "no rows; expected source,target lines (or a header naming them)");
    }
    const TieColumns columns = plan_ties(table, options, builder);
    bool any_directed = false;
    for (std::size_t r = columns.first_row; r < table.rows.size(); ++r) {
        const TableRow& row = table.rows[r];
        const std::vector<std::string> cells = cells_of(table, row, columns.header.size());
        Relationship relationship;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const ColumnRole role = columns.plan.roles[c];
            if (c == columns.source || c == columns.target || c == columns.pair) continue;
            const std::string& value = cells[c];
            if (c == columns.direction) {
                const std::string direction = to_lower_ascii(trim(value));
                relationship.directed = direction == "directed" || direction == "true" || direction == "1" || direction == "yes";
                any_directed = any_directed || relationship.directed;
                continue;
            }
            if (trim(value).empty()) continue;
            const std::string name = header_name(table, columns.header, c);
            const SourceLocation where = table.at(row, c, name);
            if (role == ColumnRole::tie_type) relationship.type = trim(value);
            else if (role == ColumnRole::weight) assign_relationship_field(relationship, "weight", guess_value(with_decimal_point(value, table.delimiter)), where);
            else assign_relationship_field(relationship, name, guess_value(with_decimal_point(value, table.delimiter)), where);
        }
        std::vector<std::string> sources, targets;
        if (columns.pair) {
            const auto pair = split_pair(cells[*columns.pair]);
            if (!pair) {
                if (trim(cells[*columns.pair]).empty()) continue;
                throw ImportError(table.at(row, *columns.pair, columns.header[*columns.pair]),
                                  "expected two organisations joined by —, –, ↔, <-> or a spaced - or /, got \"" + cells[*columns.pair] + "\"");
            }
            sources = {pair->first};
            targets = {pair->second};
        } else {
            // "A | B" names two organisations, unless the node table has one called that.
            const auto names_in = [&](const std::string& cell) {
                const std::string whole = trim(cell);
                return builder.has_organisation(whole) ? std::vector<std::string>{whole} : split_names(cell);
            };
            sources = names_in(cells[*columns.source]);
            targets = names_in(cells[*columns.target]);
            if (sources.empty() || targets.empty()) {
                if (std::all_of(cells.begin(), cells.end(), [](const std::string& cell) { return trim(cell).empty(); })) continue;
                const std::size_t column = sources.empty() ? *columns.source : *columns.target;
                throw ImportError(table.at(row, column, columns.header[column]), "empty value; expected an organisation");
            }
            if (sources.size() > 1 || targets.size() > 1) tell(builder, table, {"cells naming several organisations with | make one tie each (Kumu's way)"});
        }
        any_directed = any_directed || relationship.directed;
        for (const auto& source : sources) {
            for (const auto& target : targets) builder.add_relationship(source, target, relationship, table.at(row));
        }
    }
    return any_directed;
}

}  // namespace stakemap
