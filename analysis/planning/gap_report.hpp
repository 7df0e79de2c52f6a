#pragma once
// Everything `stakemap gaps` reports, computed in one place: coverage against
// a profile, cross-sector ties, fragility, brokerage and communities that
// never meet. Plain results keyed by organisation index; no formatting.
// The thresholds are GapRules (gap_rules.hpp); the measures come from a
// MapAnalysis (map_analysis.hpp), so nothing is computed twice.

#include <cstdint>
#include <string>
#include <vector>

#include "analysis/snapshot/analysis_graph.hpp"
#include "analysis/measures/brokerage.hpp"
#include "analysis/measures/communities.hpp"
#include "analysis/planning/coverage.hpp"
#include "analysis/planning/gap_rules.hpp"
#include "analysis/planning/mixing.hpp"
#include "analysis/measures/structure.hpp"

namespace stakemap {

enum class BrokerGroups { type, country, region };

struct GapOptions {
    BrokerGroups groups = BrokerGroups::type;  // groups for Gould-Fernandez roles
    std::uint64_t seed = 1;                    // Louvain
    std::size_t top = 10;                      // brokers listed
    GapRules rules;
};

class MapAnalysis;  // map_analysis.hpp

struct FragilePoint {
    std::size_t organisation;
    std::size_t cut_off;  // organisations that lose their connection if it drops out
};

struct CommunityPair {
    std::size_t a, b;
    double ties;      // between them
    double expected;  // if ties ignored communities (configuration model)
};

struct UnlinkedShare {
    std::string type, partner_type;
    std::size_t without = 0, of = 0;  // `without` of the `of` organisations of `type` have no `partner_type` partner
    std::size_t with_unrecognised_partners = 0;  // of the `without`: partners whose type is not recognised (could be one)
    std::string text;  // "3 of 5 CSOs have no union partner."
};

// A region where not one organisation of a type has a partner of another type.
struct RegionalUnlinked {
    std::string region, type, partner_type;
    std::size_t organisations = 0;
    std::size_t with_unrecognised_partners = 0;
    std::string text;  // "In Coast, none of the 4 CSOs has a union partner."
};

struct GapReport {
    CoverageResult coverage;
    MixingResult mixing;
    std::vector<UnlinkedShare> unlinked;
    std::vector<RegionalUnlinked> regional_unlinked;
    std::vector<std::size_t> isolated;
    ComponentResult components;
    std::vector<FragilePoint> fragile;  // most cut off first
    std::vector<std::pair<NodeIndex, NodeIndex>> bridges;
    StructuralHoles holes;
    BrokerageRoles roles;
    std::vector<std::size_t> top_brokers;  // by brokerage roles, then lowest constraint
    Communities communities;
    std::vector<std::size_t> community_size;
    std::vector<CommunityPair> never_meet;  // communities of >= 3 with no tie between them
    std::vector<CommunityPair> barely_meet; // one tie where several were expected
};

// Pairs of sizeable communities with no tie between them (never_meet), or one where several
// were expected (barely_meet), most expected first; what-if counts them without the whole report.
struct CommunityMeetings {
    std::vector<std::size_t> community_size;
    std::vector<CommunityPair> never_meet, barely_meet;
};
class GraphMeasures;
CommunityMeetings community_meetings(GraphMeasures& measures, const GapRules& rules);

// Computes the report from an analysis's (cached) measures.
GapReport compute_gap_report(MapAnalysis& analysis);

// The same on its own: builds a MapAnalysis for the map and snapshot.
GapReport gap_report(const StakeholderMap& map, const AnalysisGraph& graph, const CoverageProfile& profile,
                     const GapOptions& options = {});

}  // namespace stakemap
