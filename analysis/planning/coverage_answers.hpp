#pragma once
// A coverage cell (no government body works on forced labour) is not closed
// by a tie: an organisation of that type must take the theme up, or a new one
// join. For each theme cell the profile requires and the map lacks, the
// organisations of that type closest to it: those already working on the
// most themes (nearest in what they do), best connected first.

#include <cstddef>
#include <string>
#include <vector>

#include "analysis/planning/coverage.hpp"
#include "graph/stakeholder_map.hpp"

namespace stakemap {

struct CoverageAnswer {
    std::string type, theme;
    std::size_t have = 0, need = 0;
    std::vector<std::size_t> closest;  // organisations of `type` that could take the theme up (up to 3)
    std::string text;                  // the answer in words
};

std::vector<CoverageAnswer> coverage_answers(const StakeholderMap& map, const CoverageResult& coverage);

}  // namespace stakemap
