#include "importers/support/attribute_schema.hpp"

#include <map>

#include "importers/formats/json_writer.hpp"

namespace stakemap {
namespace {

ValueKind kind_of(const AttributeValue& value) {
    if (std::holds_alternative<std::int64_t>(value)) return ValueKind::integer;
    if (std::holds_alternative<double>(value)) return ValueKind::real;
    if (std::holds_alternative<bool>(value)) return ValueKind::boolean;
    return ValueKind::text;
}

ValueKind unify(ValueKind a, ValueKind b) {
    if (a == b) return a;
    const bool numbers = (a == ValueKind::integer || a == ValueKind::real) && (b == ValueKind::integer || b == ValueKind::real);
    return numbers ? ValueKind::real : ValueKind::text;
}

void note(std::map<std::string, ValueKind>& kinds, const Attributes& attributes) {
    for (const auto& [name, value] : attributes) {
        const auto [found, inserted] = kinds.emplace(name, kind_of(value));
        if (!inserted) found->second = unify(found->second, kind_of(value));
    }
}

std::vector<AttributeColumn> columns(const std::map<std::string, ValueKind>& kinds) {
    std::vector<AttributeColumn> result;
    for (const auto& [name, kind] : kinds) result.push_back({name, kind});
    return result;
}

}  // namespace

AttributeSchema attribute_schema(const MapSource& source) {
    std::map<std::string, ValueKind> organisation, relationship, map;
    Organisation scratch;
    for (std::size_t v = 0; v < source.organisation_count(); ++v) note(organisation, source.organisation(v, scratch).attributes);
    source.for_each_relationship([&](std::size_t, std::size_t, const Relationship& data) { note(relationship, data.attributes); });
    note(map, source.metadata());
    return {columns(organisation), columns(relationship), columns(map)};
}

const char* declared_type_name(ValueKind kind) {
    switch (kind) {
        case ValueKind::integer: return "long";
        case ValueKind::real: return "double";
        case ValueKind::boolean: return "boolean";
        case ValueKind::text: return "string";
    }
    return "string";
}

std::string value_text(const AttributeValue& value, ValueKind kind) {
    if (kind == ValueKind::real) {
        double number = 0;
        if (const auto* integer = std::get_if<std::int64_t>(&value)) number = static_cast<double>(*integer);
        else if (const auto* real = std::get_if<double>(&value)) number = *real;
        else return to_display_string(value);
        std::string text;
        append_json_number(text, number);
        return text;
    }
    if (const auto* real = std::get_if<double>(&value)) {
        std::string text;
        append_json_number(text, *real);
        return text;
    }
    return to_display_string(value);
}

std::vector<std::string> names_of(const std::vector<AttributeColumn>& columns) {
    std::vector<std::string> names;
    for (const auto& column : columns) names.push_back(column.name);
    return names;
}

}  // namespace stakemap
