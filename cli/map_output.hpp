#pragma once
// Saving a map in the format its file name asks for.

#include <string>

#include "graph/map_source.hpp"
#include "importers/formats.hpp"

namespace stakemap::cli {

// By extension, through the format registry (importers/formats.hpp). Returns a description of
// what was written ("a.csv and a.nodes.csv"); throws std::runtime_error otherwise.
std::string save_map(const MapSource& map, const std::string& path, const WriteOptions& options = {});

// Throws the same error save_map would for an unsupported extension, before any work is done.
// (Graphviz outputs are viz/'s; this covers the interchange formats.)
void check_map_output(const std::string& path);

}  // namespace stakemap::cli
