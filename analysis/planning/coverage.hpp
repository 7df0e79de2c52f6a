#pragma once
// Coverage: who works on what, and where. Counts organisations by type and
// theme (and by type and region), and holds the counts against an
// expected-coverage profile, naming every empty or under-filled cell in words.

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "graph/coverage_profile.hpp"
#include "graph/stakeholder_map.hpp"

namespace stakemap {

struct CoverageGap {
    std::string dimension;  // "theme" or "region"
    std::string where;      // the theme or region
    std::string type;
    std::size_t have = 0;
    std::size_t need = 0;
    std::vector<std::string> organisations;  // ids of those present (under-filled cells)
    std::string text;       // e.g. "No union works on forced labour (the profile asks for 1)."
};

struct CoverageResult {
    std::vector<std::string> types;    // rows: known types present or required, then others
    std::vector<std::string> themes;   // columns of the theme matrix
    std::vector<std::string> regions;  // columns of the region matrix (empty if the map has none)
    std::map<std::string, std::map<std::string, std::size_t>> by_theme;   // type -> theme -> count
    std::map<std::string, std::map<std::string, std::size_t>> by_region;  // type -> region -> count
    std::vector<CoverageGap> gaps;     // themes first, then regions, in table order
    std::size_t cells_required = 0;
    std::size_t cells_filled = 0;
};

CoverageResult coverage(const StakeholderMap& map, const CoverageProfile& profile);

}  // namespace stakemap
