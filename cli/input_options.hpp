#pragma once
// The options every command that reads a map shares: --nodes, --strict,
// --directed/--undirected, and how import warnings are shown.

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "importers/importer.hpp"

namespace stakemap::cli {

struct InputOptions {
    std::string path;
    std::string nodes_path;
    bool strict = false;
    bool directed = false;
    bool undirected = false;
    bool quiet = false;
    std::string columns;     // --columns role=Header,...
    std::string vocabulary;  // --vocabulary FILE
    std::string encoding;    // --encoding NAME
    std::string profile_path;  // set by commands with --profile: its "vocabulary" applies too

    void add_to(CLI::App& command);
    // Imports the map; warnings go to `warnings` unless --quiet.
    ImportResult load(std::ostream& warnings) const;
    ImportOptions import_options() const;
    // The files read: the map, its node table (given, or found beside it), the vocabulary, the profile.
    std::vector<std::string> files_read() const;
    // Refuses outputs that are one of files_read() or each other (output_guard.hpp).
    void check_outputs(const std::vector<std::string>& outputs) const;
    // What was decided while reading (column roles, value mappings, encoding), for --show-decisions.
    bool show_decisions = false;
};

}  // namespace stakemap::cli
