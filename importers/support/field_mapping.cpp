#include "importers/support/field_mapping.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

#include "graph/vocabulary.hpp"

namespace stakemap {

std::string to_lower_ascii(std::string_view text) {
    std::string lower(text);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower;
}

std::string trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

std::optional<double> parse_number(std::string_view text) {
    const std::string trimmed = trim(text);
    if (trimmed.empty()) return std::nullopt;
    const char* begin = trimmed.data();
    const char* end = begin + trimmed.size();
    if (*begin == '+') ++begin;
    double value = 0.0;
    const auto [ptr, error] = std::from_chars(begin, end, value);
    if (error != std::errc() || ptr != end || !std::isfinite(value)) return std::nullopt;
    return value;
}

std::optional<std::int64_t> parse_integer(std::string_view text) {
    const std::string trimmed = trim(text);
    if (trimmed.empty()) return std::nullopt;
    const char* begin = trimmed.data();
    const char* end = begin + trimmed.size();
    if (*begin == '+') ++begin;
    std::int64_t value = 0;
    const auto [ptr, error] = std::from_chars(begin, end, value);
    if (error != std::errc() || ptr != end) return std::nullopt;
    return value;
}

std::optional<bool> parse_boolean(std::string_view text) {
    const std::string lower = to_lower_ascii(trim(text));
    if (lower == "true" || lower == "1" || lower == "yes") return true;
    if (lower == "false" || lower == "0" || lower == "no") return false;
    return std::nullopt;
}

namespace {

// "UN Agency" -> "un_agency": lower case, runs of spaces/hyphens as one underscore.
std::string loose_key(std::string_view text) {
    std::string key;
    for (char c : trim(text)) {
        if (c == ' ' || c == '-' || c == '_') {
            if (!key.empty() && key.back() != '_') key += '_';
        } else {
            key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    return key;
}

}  // namespace

std::string canonical_organisation_type(std::string_view type) {
    const std::string key = loose_key(type);
    return vocabulary::is_known_organisation_type(key) ? key : trim(type);
}

std::string canonical_theme(std::string_view theme) {
    std::string key = loose_key(theme);
    if (key == "child_labor") key = "child_labour";  // US spelling
    if (key == "forced_labor") key = "forced_labour";
    return vocabulary::is_known_theme(key) ? key : trim(theme);
}

std::vector<std::string> split_themes(std::string_view text) {
    std::vector<std::string> themes;
    std::string current;
    auto flush = [&] {
        std::string theme = trim(current);
        if (!theme.empty()) themes.push_back(canonical_theme(theme));
        current.clear();
    };
    for (char c : text) {
        if (c == ';' || c == '|' || c == ',') flush();
        else current += c;
    }
    flush();
    return themes;
}

std::optional<double> influence_score(const AttributeValue& value) {
    std::optional<double> number;
    if (const auto* d = std::get_if<double>(&value)) number = *d;
    else if (const auto* i = std::get_if<std::int64_t>(&value)) number = static_cast<double>(*i);
    else if (const auto* s = std::get_if<std::string>(&value)) number = parse_number(*s);
    if (!number || !(*number >= 0.0 && *number <= 10.0)) return std::nullopt;
    return number;
}

void assign_organisation_field(Organisation& organisation, const std::string& name,
                               const AttributeValue& value) {
    const std::string key = to_lower_ascii(name);
    const std::string text = to_display_string(value);
    if (key == "label" || key == "name") {
        // "name" is igraph's and many spreadsheets' label; a real label wins.
        if (key == "label" || organisation.label.empty()) organisation.label = text;
        if (key == "name") organisation.attributes[name] = value;
    } else if (key == "type") {
        organisation.type = canonical_organisation_type(text);
    } else if (key == "country") {
        organisation.country = trim(text);
    } else if (key == "region") {
        organisation.region = trim(text);
    } else if (key == "themes" || key == "theme") {
        organisation.themes = split_themes(text);
    } else if (key == "influence" && influence_score(value)) {
        organisation.influence = influence_score(value);
    } else if (key == "stance" || key == "goals" || key == "goal") {
        organisation.stance = trim(text);
    } else {
        organisation.attributes[name] = value;  // an influence outside 0..10 stays here, as written
    }
}

void assign_relationship_field(Relationship& relationship, const std::string& name,
                               const AttributeValue& value, const SourceLocation& where) {
    const std::string key = to_lower_ascii(name);
    if (key == "weight") {
        std::optional<double> weight;
        if (const auto* d = std::get_if<double>(&value)) weight = *d;
        else if (const auto* i = std::get_if<std::int64_t>(&value)) weight = static_cast<double>(*i);
        else if (const auto* s = std::get_if<std::string>(&value)) weight = parse_number(*s);
        if (!weight || !std::isfinite(*weight)) {
            SourceLocation at = where;
            if (at.field.empty()) at.field = name;
            throw ImportError(at, "expected a number for the weight, got \"" + to_display_string(value) + "\"");
        }
        relationship.weight = *weight;
    } else if (key == "type" || key == "relationship" || key == "relation") {
        relationship.type = trim(to_display_string(value));
    } else if (key == "directed") {
        const auto directed = std::holds_alternative<bool>(value)
                                  ? std::optional<bool>(std::get<bool>(value))
                                  : parse_boolean(to_display_string(value));
        relationship.directed = directed.value_or(false);
    } else {
        relationship.attributes[name] = value;
    }
}

void take_position_from_attributes(Organisation& organisation) {
    auto number = [&](const char* name) -> std::optional<double> {
        const auto found = organisation.attributes.find(name);
        if (found == organisation.attributes.end()) return std::nullopt;
        if (const auto* real = std::get_if<double>(&found->second)) return *real;
        if (const auto* integer = std::get_if<std::int64_t>(&found->second)) return static_cast<double>(*integer);
        return std::nullopt;
    };
    const auto x = number("x"), y = number("y");
    if (!x || !y) return;
    organisation.position = Position{*x, *y};
    organisation.attributes.erase("x");
    organisation.attributes.erase("y");
}

AttributeValue typed_value(std::string_view declared_type, const std::string& text,
                           const SourceLocation& where) {
    const std::string type = to_lower_ascii(declared_type);
    if (type == "int" || type == "long" || type == "integer") {
        if (const auto value = parse_integer(text)) return *value;
        throw ImportError(where, "expected an integer (declared " + type + "), got \"" + text + "\"");
    }
    if (type == "float" || type == "double") {
        if (const auto value = parse_number(text)) return *value;
        const std::string lower = to_lower_ascii(trim(text));
        if (lower == "nan" || lower == "inf" || lower == "-inf" || lower == "infinity") return text;
        throw ImportError(where, "expected a number (declared " + type + "), got \"" + text + "\"");
    }
    if (type == "boolean" || type == "bool") {
        if (const auto value = parse_boolean(text)) return *value;
        throw ImportError(where, "expected true or false (declared boolean), got \"" + text + "\"");
    }
    return text;
}

AttributeValue guess_value(const std::string& text) {
    const std::string trimmed = trim(text);
    const bool plain_number = !trimmed.empty() && trimmed == text && trimmed[0] != '+' &&
                              !(trimmed.size() > 1 && trimmed[0] == '0' && std::isdigit(static_cast<unsigned char>(trimmed[1])));
    if (plain_number) {
        if (const auto integer = parse_integer(trimmed)) return *integer;
        if (const auto number = parse_number(trimmed)) return *number;
    }
    return text;
}

}  // namespace stakemap
