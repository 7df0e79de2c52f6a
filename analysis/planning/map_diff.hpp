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

struct TieKey {
    std::string source, target, type;  // ids; for an undirected map source <= target
    auto operator<=>(const TieKey&) const = default;
};

struct RankedBroker {
    std::string id, label;
    double betweenness = 0.0;
};

// A diff names organisations and ties by their place in the two maps it compares (which
// must outlive it) and spells them out only when asked: at a million organisations, every
// id and changed field held as text took more than a GiB beside the two maps.
struct MapDiff {
    using OrgIndex = StakeholderMap::OrgIndex;
    using Handle = StakeholderMap::RelationshipHandle;
    struct SameOrganisation {
        OrgIndex before, after;  // in the old map, in the new map
    };
    struct SameTie {
        Handle before, after;
    };
    std::vector<OrgIndex> added;    // in the new map only, in its order
    std::vector<OrgIndex> removed;  // in the old map only, in its order
    std::vector<SameOrganisation> changed;  // same id, some field differs
    std::vector<Handle> ties_added;    // new map's, in key order
    std::vector<Handle> ties_removed;  // old map's, in key order
    std::vector<SameTie> ties_changed;
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

// What differs between two versions of one organisation or tie, field by field, as displayed.
std::vector<FieldChange> organisation_changes(const Organisation& before, const Organisation& after);
std::vector<FieldChange> tie_changes(const Relationship& before, const Relationship& after);
// A tie's ends (ids, in order for an undirected map) and type.
TieKey tie_key(const StakeholderMap& map, StakeholderMap::RelationshipHandle handle);

}  // namespace stakemap
