#pragma once
// What-if: change a map (add relationships, remove organisations) and see what
// changes: connectedness, distances, coverage, and the standing of the
// organisations that broker the most today. The input map is not touched.

#include <string>
#include <utility>
#include <vector>

#include "graph/coverage_profile.hpp"
#include "graph/stakeholder_map.hpp"

namespace stakemap {

struct WhatIfChange {
    std::vector<std::pair<std::string, std::string>> add;     // relationships to add, by id
    std::vector<std::pair<std::string, std::string>> cut;     // relationships to remove (all between the pair)
    std::vector<std::string> remove;                          // organisations to remove, by id
};

// All-pairs distances take one search per organisation: above this many they are estimated.
constexpr std::size_t kExactDistancesUpTo = 20000;
constexpr std::size_t kDistanceSources = 500;

struct MapFigures {
    std::size_t organisations = 0;
    std::size_t ties = 0;
    std::size_t components = 0;
    std::size_t largest_component = 0;
    std::size_t isolated = 0;
    double average_distance = 0.0;  // mean shortest path over connected pairs (hops); 0 if none
    double average_distance_in_largest = 0.0;  // the same within the largest part only
    // Above kExactDistancesUpTo organisations both are estimated from this many evenly spread
    // sources (the same ones for a map and its changed copy); 0: every organisation, exact.
    std::size_t distance_sources = 0;
    std::size_t coverage_filled = 0;
    std::size_t coverage_required = 0;
    std::size_t fragile_points = 0;              // organisations whose loss cuts others off
    std::vector<std::string> most_fragile;       // the three cutting off most, "label (cuts off N)"
    std::size_t bridges = 0;                     // ties whose loss splits the map
    std::size_t groups_never_meeting = 0;        // pairs of communities (of 3 or more) with no tie between them
    std::size_t rare_type_pairs = 0;             // sector pairs far below the ties expected
};

struct BrokerChange {
    std::string id;
    std::string label;
    double before = 0.0;
    double after = 0.0;     // NaN if removed
};

struct WhatIfResult {
    MapFigures before;
    MapFigures after;
    std::vector<BrokerChange> brokers;  // the top brokers (by betweenness) before the change
    std::vector<std::string> notes;     // e.g. which added relationships already existed
};

class MapAnalysis;  // map_analysis.hpp

// Compares the analysed map with the map changed. Throws std::invalid_argument
// naming an id the map does not have.
WhatIfResult what_if(MapAnalysis& before, const WhatIfChange& change, std::size_t brokers = 5);
WhatIfResult what_if(const StakeholderMap& map, const WhatIfChange& change, const CoverageProfile& profile,
                     std::size_t brokers = 5);

MapFigures compute_map_figures(MapAnalysis& analysis);
MapFigures map_figures(const StakeholderMap& map, const CoverageProfile& profile);

}  // namespace stakemap
