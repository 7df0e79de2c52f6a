#pragma once
// JSON maps: stakemap's own format (docs/map-format.md) and NetworkX's
// node-link format (json_graph.node_link_data). The format is recognised from
// the document: node-link has "links" (or "multigraph"/"graph" keys).

#include <string>

#include "importers/import_options.hpp"

namespace stakemap {

ImportResult read_json_map(const std::string& path, const ImportOptions& options);

// The stakemap format version this build reads and writes.
inline constexpr int kMapFormatVersion = 1;

}  // namespace stakemap
