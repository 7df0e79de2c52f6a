#pragma once
// What a user can tell an importer beyond the file itself.

#include <optional>
#include <string>
#include <vector>

#include "graph/stakeholder_map.hpp"

namespace stakemap {

struct ImportOptions {
    // Fail on relationships naming organisations the file never declared,
    // instead of creating them with a warning.
    bool strict = false;
    // A CSV node table to go with a CSV edge list.
    std::optional<std::string> nodes_path;
    // Overrides the file's own (or the format's default) directedness.
    std::optional<bool> directed;
};

struct ImportResult {
    StakeholderMap map;
    std::vector<std::string> warnings;  // each already "FILE:LINE: message"
};

}  // namespace stakemap
