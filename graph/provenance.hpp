#pragma once
// Where an organisation or relationship came from when a map is merged from
// several sources (stakemap merge), and the values the sources disagreed on.
// Empty for a map read from one file.

#include <map>
#include <string>
#include <vector>

#include "graph/attribute_value.hpp"

namespace stakemap {

// One source record: the file, where in it (line or element), the source's date,
// the name it used, and the rule that matched it to the others (empty for the first).
struct SourceRecord {
    std::string file;
    std::string at;     // e.g. "line 12", "nodes/3", "node 'mol'"
    std::string date;   // the source's own date (its metadata), if it gave one
    std::string name;   // the organisation's name in that source (organisations only)
    std::string match;  // why it was merged: "same name", "acronym", "alias table", "review: same", ...
    bool operator==(const SourceRecord&) const = default;
};

// A value one source gave for a field that another source gave differently.
struct SourcedValue {
    AttributeValue value;
    std::string source;  // "file at"
    bool operator==(const SourcedValue&) const = default;
};

struct Provenance {
    std::vector<SourceRecord> sources;
    // Field name ("type", "country", "influence", "attributes.founded", ...) -> every value given, with its source.
    std::map<std::string, std::vector<SourcedValue>> conflicts;
    bool empty() const { return sources.empty() && conflicts.empty(); }
    bool operator==(const Provenance&) const = default;
};

}  // namespace stakemap
