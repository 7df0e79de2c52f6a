#pragma once
// The organisation types and themes stakemap knows by name. Unknown values are
// not errors: they are kept, and only flagged where a caller asks.

#include <span>
#include <string>
#include <string_view>

namespace stakemap::vocabulary {

std::span<const std::string_view> organisation_types();
std::span<const std::string_view> themes();
std::span<const std::string_view> relationship_types();

bool is_known_organisation_type(std::string_view type);
// Whether an attribute holds another name of the organisation (alias, aliases, acronym, short_name, abbreviation).
bool names_another_name(std::string_view field);
bool is_known_theme(std::string_view theme);
// Ties that work against each other (Net-Map's "obstructs"; also "conflict", "opposes").
bool is_negative_relationship_type(std::string_view type);

// Words for reports: "union" -> "union", "un_agency" -> "UN agency",
// "government" -> "government body"; unknown values as written (or
// "organisation of unspecified type" when empty). Plural adds the right ending.
std::string type_in_words(std::string_view type, bool plural = false);
// "forced_labour" -> "forced labour"; unknown themes with '_' as spaces.
std::string theme_in_words(std::string_view theme);

}  // namespace stakemap::vocabulary
