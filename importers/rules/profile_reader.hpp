#pragma once
// Reads an expected-coverage profile (docs/coverage-profile.md):
// {"name": "...", "description": "...",
//  "themes":  {"forced_labour": {"union": 2}, "*": {"government": 1, ...}},
//  "regions": {"*": {"government": 1, "cso": 1}}}
// Errors name the file and the path of the offending value.

#include <string>

#include "graph/coverage_profile.hpp"
#include "importers/support/vocabulary_mapping.hpp"

namespace stakemap {

CoverageProfile read_coverage_profile(const std::string& path);

// A profile may also carry the team's own words: "vocabulary": {"type": {"Consultora": "other"},
// "theme": {"Migración laboral": "forced_labour"}}. Added to `vocabulary`; errors name the path.
void read_profile_vocabulary(const std::string& path, VocabularyMapping& vocabulary);

}  // namespace stakemap
