#pragma once
// The options every command that reads a map shares: --nodes, --strict,
// --directed/--undirected, and how import warnings are shown.

#include <iosfwd>
#include <optional>
#include <string>

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
    // What was decided while reading (column roles, value mappings, encoding), for --show-decisions.
    bool show_decisions = false;
};

}  // namespace stakemap::cli
