#pragma once
// Which column of a team's table holds what: the header's own words in
// English, French, Spanish or Portuguese ("Organisation", "Nombre", "Tipo",
// "Thèmes", "Partner 1"), matched case-, accent- and punctuation-blind, or
// the user's --columns role=Header. Columns nobody recognises stay as
// attributes, so nothing is lost. Every choice is kept in words for
// `stakemap validate`.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stakemap {

enum class ColumnRole {
    attribute,  // kept under its header's name
    // organisations
    id, label, type, themes, country, region, acronym, description, x, y,
    // relationships
    source, target, pair, tie_type, weight, direction,
};

enum class TableKind { organisations, relationships };

std::string_view role_name(ColumnRole role);
std::optional<ColumnRole> role_named(std::string_view name);  // as --columns writes it: label, type, from, to, ties, ...

// The role a header's words ask for in a table of that kind, or attribute.
ColumnRole role_of_header(std::string_view header, TableKind kind);

// Writers of tables (CSV, workbooks): the column each attribute goes under, so that
// the reader takes it back as that attribute. A name a fixed column has or that the
// reader would take for a role (case- and accent-blind, in four languages: "Type",
// "Name", "Catégorie") becomes "attribute NAME" (then "attribute NAME 2", ...).
// Renamed, never dropped.
std::map<std::string, std::string> attribute_columns(const std::vector<std::string>& attributes, const std::vector<std::string>& fixed,
                                                     TableKind kind);

// --columns "label=Organisation,type=Category,from=Partner A": role -> header.
struct ColumnOverrides {
    std::map<ColumnRole, std::string> header_of;
    // Throws std::invalid_argument naming the bad part.
    static ColumnOverrides parse(std::string_view spec);
    bool empty() const { return header_of.empty(); }
};

struct ColumnPlan {
    std::vector<ColumnRole> roles;      // one per column
    std::vector<std::string> decisions;  // "column 'Organisation' read as the label (header)"
    std::optional<std::size_t> find(ColumnRole role) const;
};

// Roles for a header row. Each role goes to one column (the first that asks
// for it); an override names its column by header, case- and accent-blind.
// Throws std::invalid_argument when an override names a header the table lacks.
ColumnPlan plan_columns(const std::vector<std::string>& header, TableKind kind, const ColumnOverrides& overrides);

// Whether a first row reads as a header: it names at least one role.
bool names_a_role(const std::vector<std::string>& row, TableKind kind);

// "Ministry of Labour — ILO" -> ("Ministry of Labour", "ILO"): one cell holding a
// pair of organisations, joined by —, –, ↔, <->, <=>, or a spaced - or /.
std::optional<std::pair<std::string, std::string>> split_pair(std::string_view cell);

// Kumu writes several organisations in one cell with |.
std::vector<std::string> split_names(std::string_view cell);

}  // namespace stakemap
