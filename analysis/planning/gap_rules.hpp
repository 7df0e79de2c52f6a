#pragma once
// Every threshold and weight behind the gap report and the suggestions, in
// one named struct, so a planner (or a test) can see and change them and no
// rule hides as a number in the code. The defaults are those documented in
// docs/gaps.md.

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace stakemap {

struct GapRules {
    // Pairs of types whose absence the report names: "N of the M CSOs have no union partner".
    std::vector<std::pair<std::string, std::string>> link_pairs = {
        {"government", "cso"}, {"cso", "union"}, {"cso", "government"}, {"union", "cso"}, {"employer", "union"}, {"cso", "un_agency"},
    };
    // A region is named when at least this many organisations of a type there have no partner of the other type.
    std::size_t regional_group_at_least = 3;

    // Cross-sector ties: a type pair is flagged when at least `mixing_min_expected`
    // ties were expected (configuration model) and fewer than `mixing_ratio` of them occur.
    double mixing_min_expected = 1.0;
    double mixing_ratio = 0.5;

    // Communities that never (or barely) meet: both of at least this many organisations ...
    std::size_t community_at_least = 3;
    // ... and "barely" is at most this many ties where at least `barely_meet_expected` were expected.
    double barely_meet_at_most = 1.0;
    double barely_meet_expected = 3.0;

    // Suggestions: the overall score and its parts (each part in [0, 1]).
    struct SuggestionWeights {
        double structure = 0.5;        // shared partners (1 - exp(-2 x resource allocation))
        double complementarity = 0.3;  // rare type pair, shared themes, same country or region
        double bridging = 0.2;         // joins parts or groups that never meet, relieves constraint
        // Inside complementarity:
        double rare_type_pair = 0.4;
        double shared_themes = 0.3;
        double same_country = 0.15;
        double same_region = 0.15;
        // Inside bridging:
        double joins_parts = 1.0;
        double joins_groups_that_never_meet = 0.6;
        double joins_groups_that_barely_meet = 0.3;
        double barely_meet_at_most_ties = 2.0;
        double constraint_relief = 0.4;  // times the share of the focal organisation's constraint removed
    } weights;

    // How many candidates the suggestion search generates per gap, so the work stays bounded.
    struct CandidateLimits {
        std::size_t partners_per_rare_pair = 3;  // best-connected of the other type sharing a theme
        std::size_t leaders_per_group = 2;       // best-connected members of a part or community
        std::size_t largest_parts = 20;          // parts considered for joining
        std::size_t communities = 50;            // communities considered for meeting
        std::size_t partners_named = 3;          // shared partners named in a reason
        std::size_t partners_paired_through_one = 64;  // a hub's best-connected partners paired as "sharing" it
    } candidates;
};

}  // namespace stakemap
