#pragma once
// The free-form attributes of a map as typed columns, for formats that declare
// attributes up front (GraphML keys, GEXF attributes): every name used, in
// name order, with one type that holds all its values (integers and reals
// become real; any other mix becomes text).

#include <string>
#include <vector>

#include "graph/map_source.hpp"

namespace stakemap {

enum class ValueKind { integer, real, boolean, text };

struct AttributeColumn {
    std::string name;
    ValueKind kind;
};

struct AttributeSchema {
    std::vector<AttributeColumn> organisation;
    std::vector<AttributeColumn> relationship;
    std::vector<AttributeColumn> map;  // metadata
};

AttributeSchema attribute_schema(const MapSource& source);

std::vector<std::string> names_of(const std::vector<AttributeColumn>& columns);

// The type name GraphML's attr.type and GEXF's attribute type both use: long, double, boolean, string.
const char* declared_type_name(ValueKind kind);

// A value written under a column of the given kind (integers under a real column print as reals).
std::string value_text(const AttributeValue& value, ValueKind kind);

}  // namespace stakemap
