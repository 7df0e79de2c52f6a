#pragma once
// Writes a map in stakemap's JSON map format (docs/map-format.md), streaming,
// one organisation or relationship per line, so large maps need no second
// copy in memory and small ones diff well.

#include <functional>
#include <string>
#include <string_view>

#include "graph/stakeholder_map.hpp"
#include "graph/map_source.hpp"

namespace stakemap {

using TextSink = std::function<void(std::string_view)>;

void write_json_map(const MapSource& map, const TextSink& emit);

// Writes atomically to `path` (see atomic_file.hpp).
void save_json_map(const MapSource& map, const std::string& path);
void save_json_map(const StakeholderMap& map, const std::string& path);
std::string json_map_text(const StakeholderMap& map);

// JSON helpers shared with other writers.
void append_json_string(std::string& out, std::string_view text);
void append_json_number(std::string& out, double value);
void append_json_value(std::string& out, const AttributeValue& value);

}  // namespace stakemap
