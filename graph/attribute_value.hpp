#pragma once
// Free-form attribute values carried by organisations, relationships and maps.
// Kept typed (not stringified) so numbers and booleans survive a round trip.

#include <cstdint>
#include <map>
#include <string>
#include <variant>

namespace stakemap {

using AttributeValue = std::variant<std::string, std::int64_t, double, bool>;

// Ordered by name so every export and printout lists attributes in the same order.
using Attributes = std::map<std::string, AttributeValue>;

std::string to_display_string(const AttributeValue& value);

}  // namespace stakemap
