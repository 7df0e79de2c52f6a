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
    // What the data cannot rule out: organisations here whose type stakemap does not recognise
    // (they could be of `type`), by the value written ("" when none was), and organisations of
    // `type` with no recognised theme (no region) recorded, who could be working here.
    std::size_t unrecognised_type_here = 0;
    std::vector<std::pair<std::string, std::size_t>> unrecognised_type_values;
    std::size_t of_type_without_place = 0;
    bool certain() const { return unrecognised_type_here == 0 && of_type_without_place == 0; }
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
    // Values outside the vocabulary, with how many organisations have them ("" type: none given).
    std::map<std::string, std::size_t> unrecognised_types;
    std::map<std::string, std::size_t> unrecognised_themes;
    std::size_t without_themes = 0;
    std::vector<std::string> caveats;  // coverage_caveats(): what the counts cannot see, in sentences
};

// What the coverage counts cannot see, in sentences: organisations of types or with themes
// outside the vocabulary, and organisations with no theme recorded. Empty when nothing is unknown.
std::vector<std::string> coverage_caveats(const CoverageResult& coverage);

// One cell of the type x theme matrix: how many organisations of `type` work on `theme`, and how
// many the profile asks for there (0 when it asks for none or the cell is not below it).
struct CoverageCell {
    std::size_t have = 0, need = 0;
};
CoverageCell theme_cell(const CoverageResult& coverage, const std::string& type, const std::string& theme);

// Whether a type is one of stakemap's (an empty or unknown type is not recognised).
bool is_recognised_type(const std::string& type);

CoverageResult coverage(const StakeholderMap& map, const CoverageProfile& profile);

}  // namespace stakemap
