#pragma once
// What a user can tell an importer beyond the file itself.

#include <optional>
#include <string>
#include <vector>

#include "graph/stakeholder_map.hpp"
#include "importers/support/import_error.hpp"

namespace stakemap {

struct ImportOptions {
    // Fail on relationships naming organisations the file never declared,
    // instead of creating them with a warning.
    bool strict = false;
    // A CSV node table to go with a CSV edge list.
    std::optional<std::string> nodes_path;
    // Overrides the file's own (or the format's default) directedness.
    std::optional<bool> directed;
    // Keep where in the file each organisation and relationship was read (stakemap merge's provenance).
    bool record_locations = false;
};

struct ImportResult {
    StakeholderMap map;
    std::vector<std::string> warnings;  // each already "FILE:LINE: message"
    // With ImportOptions::record_locations: where each organisation (by index) and each
    // relationship (in the map's order) was read; an organisation created by a relationship
    // has that relationship's location.
    std::vector<SourceLocation> organisation_locations;
    std::vector<SourceLocation> relationship_locations;
};

}  // namespace stakemap
