#pragma once
// What changed between two versions of a map (stakemap diff): organisations
// and relationships added, removed or changed, and what that did to the
// measures a national network is tracked by - coverage cells filled,
// components, and who the top brokers are.

#include <string>
#include <vector>

#include "analysis/planning/whatif.hpp"
#include "graph/coverage_profile.hpp"
#include "graph/stakeholder_map.hpp"

namespace stakemap {

struct FieldChange {
    std::string field;   // "label", "type", "country", "region", "themes", "influence", "stance", "attributes.NAME", "weight"
    std::string before;  // as displayed; empty when absent
    std::string after;
};

struct OrganisationChange {
    std::string id;
    std::string label;
    std::vector<FieldChange> fields;
};

struct TieKey {
    std::string source, target, type;  // ids; for an undirected map source <= target
    auto operator<=>(const TieKey&) const = default;
};

struct TieChange {
    TieKey tie;
    std::vector<FieldChange> fields;
};

struct RankedBroker {
    std::string id, label;
    double betweenness = 0.0;
};

struct MapDiff {
    std::vector<std::string> added, removed;  // organisation ids (NEW only / OLD only)
    std::vector<OrganisationChange> changed;
    std::vector<TieKey> ties_added, ties_removed;
    std::vector<TieChange> ties_changed;
    MapFigures before, after;
    std::vector<RankedBroker> brokers_before, brokers_after;  // top by betweenness
    // Coverage gaps, matched by (dimension, place, type): gone, new, and still open but changed.
    std::vector<std::string> coverage_filled, coverage_emptied;
    struct GapChange {
        std::string before, after;  // e.g. "Only 1 UN agency works on ..." -> "No UN agency works on ..."
    };
    std::vector<GapChange> coverage_changed;
};

class MapAnalysis;  // map_analysis.hpp

// Organisations are matched by id; relationships by their ends and type.
MapDiff diff_maps(MapAnalysis& old_analysis, MapAnalysis& new_analysis, std::size_t brokers = 5);
MapDiff diff_maps(const StakeholderMap& old_map, const StakeholderMap& new_map, const CoverageProfile& profile,
                  std::size_t brokers = 5);

}  // namespace stakemap
