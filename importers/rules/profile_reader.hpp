#pragma once
// Reads an expected-coverage profile (docs/coverage-profile.md):
// {"name": "...", "description": "...",
//  "themes":  {"forced_labour": {"union": 2}, "*": {"government": 1, ...}},
//  "regions": {"*": {"government": 1, "cso": 1}}}
// Errors name the file and the path of the offending value.

#include <string>

#include "graph/coverage_profile.hpp"

namespace stakemap {

CoverageProfile read_coverage_profile(const std::string& path);

}  // namespace stakemap
