#pragma once
// The single entry point for reading a map: the format is chosen by the file's
// extension, and every reader returns the same ImportResult or throws an
// ImportError carrying the file and location.

#include <string>
#include <string_view>

#include "importers/support/import_options.hpp"

namespace stakemap {

// The reader is chosen by extension in the format registry (importers/formats.hpp).
ImportResult import_map(const std::string& path, const ImportOptions& options = {});

// The same without the content rules' warnings (validate lists every problem itself).
ImportResult read_map_file(const std::string& path, const ImportOptions& options = {});

// "orgs.csv:5: type:" - where a content problem (rules/map_rules.hpp) of an imported map is.
struct Problem;
std::string place_of(const ImportResult& result, const std::string& path, const Problem& problem);

// Whether import_map reads `path` as a CSV-style edge list.
bool is_edge_list_path(const std::string& path);

// The extensions import_map understands, for help texts and error messages.
std::string supported_extensions();

}  // namespace stakemap
