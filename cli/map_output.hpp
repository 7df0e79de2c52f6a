#pragma once
// Saving a map in the format its file name asks for.

#include <string>

#include <vector>

#include "graph/map_source.hpp"
#include "importers/formats/xlsx_writer.hpp"

namespace stakemap::cli {

enum class JsonFlavour { stakemap, node_link, kumu };

// By extension, through the format registry (importers/formats.hpp): .json
// (stakemap format, or NetworkX node-link), .csv (edges
// plus <stem>.nodes.csv), .graphml, .gexf, .gml. Returns a description of what
// was written; throws std::runtime_error otherwise.
std::string save_map(const MapSource& map, const std::string& path, JsonFlavour json = JsonFlavour::stakemap,
                     std::vector<ExtraColumn> measures = {});

// Throws the same error save_map would for an unsupported extension, before any work is done.
// (Graphviz outputs are viz/'s; this covers the interchange formats.)
void check_map_output(const std::string& path);

}  // namespace stakemap::cli
