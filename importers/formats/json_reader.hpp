#pragma once
// JSON maps: stakemap's own format (docs/map-format.md) and NetworkX's
// node-link format (json_graph.node_link_data). The format is recognised from
// the document: node-link has "links" (or "multigraph"/"graph" keys).
// The document is checked against the structure rules in map_rules.hpp first;
// the first error is reported with the path of the offending value.

#include <string>

#include <nlohmann/json_fwd.hpp>

#include "importers/support/import_options.hpp"
#include "importers/support/text_file.hpp"

namespace stakemap {

ImportResult read_json_map(const std::string& path, const ImportOptions& options);

// Parses JSON text; a syntax error is an ImportError at its line and column.
nlohmann::json parse_json_file(const TextFile& file);

// The stakemap format version this build reads and writes.
// Version 2 (stakemap 0.2) added influence, stance, sources and conflicts; version 1
// maps are read and upgraded (see upgrade_from_version_1 in json_reader.cpp).
inline constexpr int kMapFormatVersion = 2;

}  // namespace stakemap
