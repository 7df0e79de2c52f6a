#pragma once
// How the planners' results read: Markdown for people, JSON for programs.

#include <string>
#include <vector>

#include "analysis/planning/gap_report.hpp"
#include "analysis/planning/coverage_answers.hpp"
#include "analysis/planning/suggestions.hpp"
#include "analysis/planning/whatif.hpp"

namespace stakemap::cli {

std::string gaps_markdown(const StakeholderMap& map, const GapReport& report, const CoverageProfile& profile,
                          const std::string& title);
std::string gaps_json(const StakeholderMap& map, const GapReport& report, const CoverageProfile& profile);

std::string suggestions_table(const StakeholderMap& map, const std::vector<Suggestion>& suggestions,
                              const std::vector<CoverageAnswer>& coverage = {});
std::string suggestions_json(const StakeholderMap& map, const std::vector<Suggestion>& suggestions,
                             const std::vector<CoverageAnswer>& coverage = {});

// `suggest --portfolio K`: the K ties, then what adding all of them does (what-if's figures).
std::string portfolio_table(const StakeholderMap& map, const std::vector<Suggestion>& suggestions, const WhatIfResult& together);
std::string portfolio_json(const StakeholderMap& map, const std::vector<Suggestion>& suggestions, const WhatIfResult& together);

std::string whatif_markdown(const WhatIfResult& result);
std::string whatif_json(const WhatIfResult& result);

}  // namespace stakemap::cli
