#pragma once
// Saving a map in the format its file name asks for.

#include <string>

#include "importers/map_source.hpp"

namespace stakemap::cli {

// .json (stakemap format) or .csv (edges plus <stem>.nodes.csv). Returns a
// description of what was written; throws std::runtime_error otherwise.
std::string save_map(const MapSource& map, const std::string& path);

// Throws the same error save_map would for an unsupported extension, before any work is done.
void check_map_output(const std::string& path);

}  // namespace stakemap::cli
