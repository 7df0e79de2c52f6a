#pragma once
// Shared by every importer: which named value of a file becomes which field of
// an organisation or relationship. Names are matched case-insensitively;
// anything not recognised becomes a free-form attribute, so nothing is lost.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/organisation.hpp"
#include "graph/relationship.hpp"
#include "importers/support/import_error.hpp"

namespace stakemap {

std::string to_lower_ascii(std::string_view text);
std::string trim(std::string_view text);

// A number written in text, or nullopt. Accepts what spreadsheets and
// Python write: "3", "-2.5", "1e-3", "inf" is refused.
std::optional<double> parse_number(std::string_view text);
std::optional<std::int64_t> parse_integer(std::string_view text);
std::optional<bool> parse_boolean(std::string_view text);

// Known types/themes written loosely ("UN Agency", "Forced labour") become
// their canonical spelling; anything else is kept as written (trimmed).
std::string canonical_organisation_type(std::string_view type);
std::string canonical_theme(std::string_view theme);

// Splits a theme list written in one field: "a;b", "a|b" or "a, b".
std::vector<std::string> split_themes(std::string_view text);

// A Net-Map influence score: a number from 0 to 10, else nullopt.
std::optional<double> influence_score(const AttributeValue& value);

// Stores `value` under `name` on an organisation: label, type, country, region,
// themes, influence (0..10) and stance (also "goals") go to their fields, all else to attributes. `id` is not handled
// here: each importer decides identity.
void assign_organisation_field(Organisation& organisation, const std::string& name,
                               const AttributeValue& value);

// Stores `value` under `name` on a relationship: type, weight and directed go to
// their fields, all else to attributes. A weight that is not a finite number
// is an ImportError at `where`.
void assign_relationship_field(Relationship& relationship, const std::string& name,
                               const AttributeValue& value, const SourceLocation& where);

// Formats without a place for layout keep it in attributes x and y; when both
// are numbers they become the organisation's position.
void take_position_from_attributes(Organisation& organisation);

// A text value read under a declared type (GraphML attr.type, GEXF type):
// "int"/"long"/"integer", "float"/"double", "boolean", else string.
// A value that does not fit its declared type is an ImportError at `where`.
AttributeValue typed_value(std::string_view declared_type, const std::string& text,
                           const SourceLocation& where);

// A value whose type the file does not declare (CSV, DOT): numbers stay text
// unless they look like numbers, so "007" or "+44" keep their spelling.
AttributeValue guess_value(const std::string& text);

}  // namespace stakemap
