#include "analysis/planning/whatif.hpp"

#include "analysis/snapshot/both_at_once.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>
#include <cstdio>
#include <stdexcept>
#include <tuple>
#include <unordered_set>

#include "analysis/map_analysis.hpp"
#include "analysis/ranking.hpp"
#include "analysis/snapshot/analysis_graph.hpp"
#include "analysis/measures/betweenness.hpp"
#include "analysis/planning/coverage.hpp"
#include "analysis/planning/gap_report.hpp"
#include "analysis/snapshot/multi_source_bfs.hpp"
#include "analysis/snapshot/parallel_sources.hpp"
#include "analysis/measures/structure.hpp"

namespace stakemap {
namespace {

// Mean hop distance over ordered pairs that are connected, by multi-source BFS
// (64 sources per search) on all cores.
// Also within the largest part alone: when a change splits the map, the mean over all
// connected pairs falls just because far-apart pairs are no longer connected.
// Above kExactDistancesUpTo, from kDistanceSources sources at an even stride (by index, so a map and
// its changed copy share them): a ratio estimate of the same means, in a fixed number of searches.
std::pair<double, double> average_distances(const AnalysisGraph& graph, const ComponentResult& components, std::size_t& sources_used) {
    std::size_t largest = 0;
    for (std::size_t c = 1; c < components.sizes.size(); ++c) {
        if (components.sizes[c] > components.sizes[largest]) largest = c;
    }
    const std::size_t n = graph.node_count();
    const bool sampled = n > kExactDistancesUpTo;
    const std::size_t count = sampled ? kDistanceSources : n;
    sources_used = sampled ? count : 0;
    const std::size_t stride = sampled ? n / count : 1;
    struct Worker {
        const ComponentResult* components;
        std::size_t largest, count, stride;
        MultiSourceBfs search;
        double total = 0.0, pairs = 0.0;
        double total_largest = 0.0, pairs_largest = 0.0;

        void visit(std::size_t batch) {
            const auto sources = MultiSourceBfs::batch(batch, count, stride);
            MultiSourceBfs::Mask in_largest = 0;  // the sources in the largest part
            for (std::size_t b = 0; b < sources.size; ++b) {
                if (components->component[sources.nodes[b]] == largest) in_largest |= MultiSourceBfs::Mask{1} << b;
            }
            search.run(sources.sources());
            for (std::size_t d = 1; d < search.level_count(); ++d) {
                for (const auto& entry : search.level(d)) {
                    const auto reached = static_cast<double>(std::popcount(entry.sources));
                    const auto reached_largest = static_cast<double>(std::popcount(entry.sources & in_largest));
                    pairs += reached;
                    total += reached * static_cast<double>(d);
                    pairs_largest += reached_largest;
                    total_largest += reached_largest * static_cast<double>(d);
                }
            }
        }
    };
    const auto workers = for_each_task(count, MultiSourceBfs::kWidth, [&] {
        return Worker{&components, largest, count, stride, MultiSourceBfs(graph.out_rows(), n)};
    });
    double total = 0.0, pairs = 0.0, total_largest = 0.0, pairs_largest = 0.0;
    for (const auto& worker : workers) {
        total += worker.total;
        pairs += worker.pairs;
        total_largest += worker.total_largest;
        pairs_largest += worker.pairs_largest;
    }
    return {pairs > 0 ? total / pairs : 0.0, pairs_largest > 0 ? total_largest / pairs_largest : 0.0};
}

std::string rounded(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    return text;
}

std::size_t require(const StakeholderMap& map, const std::string& id) {
    const auto index = map.find(id);
    if (!index) throw std::invalid_argument("no organisation with id '" + id + "' in the map");
    return *index;
}

}  // namespace

MapFigures compute_map_figures(MapAnalysis& analysis) {
    GraphMeasures& measures = analysis.measures();
    MapFigures figures;
    figures.organisations = analysis.map().organisation_count();
    figures.ties = measures.graph().tie_count();
    const ComponentResult& components = measures.components();
    figures.components = components.sizes.size();
    figures.largest_component = components.sizes.empty() ? 0 : *std::max_element(components.sizes.begin(), components.sizes.end());
    figures.isolated = static_cast<std::size_t>(std::count(components.sizes.begin(), components.sizes.end(), std::size_t{1}));
    std::tie(figures.average_distance, figures.average_distance_in_largest) = average_distances(measures.graph(), components, figures.distance_sources);
    const CoverageResult& covered = analysis.coverage();
    figures.coverage_filled = covered.cells_filled;
    figures.coverage_required = covered.cells_required;
    const std::vector<std::size_t>& cut_off = measures.cut_off();
    std::vector<std::size_t> fragile;
    for (std::size_t v = 0; v < cut_off.size(); ++v) {
        if (cut_off[v] > 0) fragile.push_back(v);
    }
    figures.fragile_points = fragile.size();
    std::stable_sort(fragile.begin(), fragile.end(), [&](std::size_t a, std::size_t b) { return cut_off[a] > cut_off[b]; });
    for (std::size_t k = 0; k < fragile.size() && k < 3; ++k) {
        figures.most_fragile.push_back(analysis.map().organisation(fragile[k]).label + " (cuts off " + std::to_string(cut_off[fragile[k]]) + ")");
    }
    figures.bridges = measures.fragility().bridges.size();
    figures.groups_never_meeting = community_meetings(measures, analysis.settings().rules).never_meet.size();
    figures.rare_type_pairs = analysis.type_mixing().flags.size();
    return figures;
}

MapFigures map_figures(const StakeholderMap& map, const CoverageProfile& profile) {
    MapAnalysisSettings settings;
    settings.profile = profile;
    MapAnalysis analysis(map, settings);
    return analysis.figures();
}

namespace {

// What both ways of applying a change (a copy of the map, or its snapshot) say about a pair.
std::string already_tied(const std::string& a, const std::string& b) {
    return "'" + a + "' and '" + b + "' are already tied; the relationship is added again";
}
std::invalid_argument not_tied(const std::string& a, const std::string& b) {
    return std::invalid_argument("'" + a + "' and '" + b + "' are not tied; expected a relationship that exists to remove");
}

// The map with the change applied; notes say what did not need doing.
StakeholderMap changed_map(const StakeholderMap& map, const WhatIfChange& change, std::vector<std::string>& notes) {
    StakeholderMap changed = map;
    for (const auto& [a, b] : change.add) {
        const std::size_t u = require(changed, a), v = require(changed, b);
        if (u == v) throw std::invalid_argument("a tie from '" + a + "' to itself; expected two different organisations");
        bool exists = false;
        for (const auto handle : changed.relationship_handles()) {
            const auto tie = changed.relationship(handle);
            if ((tie.source == u && tie.target == v) || (!changed.directed() && tie.source == v && tie.target == u)) exists = true;
        }
        if (exists) notes.push_back(already_tied(a, b));
        Relationship relationship;
        relationship.type = "proposed";
        relationship.directed = changed.directed();
        changed.add_relationship(u, v, relationship);
    }
    for (const auto& [a, b] : change.cut) {
        const std::size_t u = require(changed, a), v = require(changed, b);
        StakeholderMap kept(changed.directed());
        kept.metadata = changed.metadata;
        for (std::size_t k = 0; k < changed.organisation_count(); ++k) kept.add_organisation(changed.organisation(k));
        std::size_t removed = 0;
        for (const auto handle : changed.relationship_handles()) {
            const auto tie = changed.relationship(handle);
            const bool between = (tie.source == u && tie.target == v) || (!changed.directed() && tie.source == v && tie.target == u);
            if (between) ++removed;
            else kept.add_relationship(tie.source, tie.target, tie.data);
        }
        if (removed == 0) throw not_tied(a, b);
        changed = std::move(kept);
    }
    for (const auto& id : change.remove) changed.remove_organisation(require(changed, id));
    return changed;
}

// The snapshot of the map with ties added and cut, and the same notes and refusals as
// changed_map: the organisations stay as they are, so the map itself is not copied.
AnalysisGraph changed_snapshot(const StakeholderMap& map, const WhatIfChange& change, std::vector<std::string>& notes) {
    AnalysisGraph::TieChange ties;
    const auto key = [&](NodeIndex u, NodeIndex v) { return AnalysisGraph::TieChange::pair_key(map.directed(), u, v); };
    std::unordered_set<std::uint64_t> added, cut;
    for (const auto& [a, b] : change.add) {
        const auto u = static_cast<NodeIndex>(require(map, a)), v = static_cast<NodeIndex>(require(map, b));
        if (u == v) throw std::invalid_argument("a tie from '" + a + "' to itself; expected two different organisations");
        const bool added_before = !added.insert(key(u, v)).second;
        if (added_before || !map.relationships_between(u, v, !map.directed()).empty()) {
            notes.push_back(already_tied(a, b));
        }
        ties.added.push_back({u, v, Relationship{}.weight});
    }
    for (const auto& [a, b] : change.cut) {
        const auto u = static_cast<NodeIndex>(require(map, a)), v = static_cast<NodeIndex>(require(map, b));
        const bool tied = !map.relationships_between(u, v, !map.directed()).empty() || added.count(key(u, v)) > 0;
        if (!tied || !cut.insert(key(u, v)).second) {
            throw not_tied(a, b);
        }
        ties.cut.emplace_back(u, v);
    }
    return AnalysisGraph::from_map(map, ties);
}

// The communities of `before` on the changed map: the same organisation, the same community
// (the numbers of communities left empty by removed organisations stay unused).
Communities communities_carried_over(MapAnalysis& before, const StakeholderMap& changed, bool renumbered) {
    const Communities& found = before.measures().communities();
    Communities carried;
    carried.count = found.count;
    carried.levels = found.levels;
    if (!renumbered) {
        carried.community = found.community;
        return carried;
    }
    carried.community.resize(changed.organisation_count());
    for (std::size_t v = 0; v < changed.organisation_count(); ++v) {
        carried.community[v] = found.community[require(before.map(), changed.organisation(v).id)];
    }
    return carried;
}

}  // namespace

WhatIfResult what_if(MapAnalysis& before, const WhatIfChange& change, std::size_t brokers) {
    WhatIfResult result;
    const StakeholderMap& map = before.map();
    // Removing organisations renumbers the rest: that takes a changed copy of the map.
    // Adding and cutting ties leaves every organisation where it is: only the snapshot
    // changes, and the map (1.8 GiB at a million organisations) is not copied.
    std::optional<StakeholderMap> changed_copy;
    std::optional<AnalysisGraph> changed_ties;
    if (change.remove.empty()) changed_ties.emplace(changed_snapshot(map, change, result.notes));
    else changed_copy.emplace(changed_map(map, change, result.notes));
    const StakeholderMap& changed = changed_copy ? *changed_copy : map;
    MapAnalysis after = changed_ties ? MapAnalysis(map, *changed_ties, before.settings()) : MapAnalysis(changed, before.settings());
    // The groups after the change are the communities found before it: Louvain run again on the
    // changed map finds another partition (at a million organisations one added tie moved "groups
    // that never meet" from 974 to 852), and the figure would follow the partition, not the change.
    // Louvain on the map before runs beside the after map's parts and fragile points.
    both_at_once([&] { before.measures().communities(); },
                 [&] {
                     after.measures().weighted_partners();
                     after.measures().cut_off();
                     after.measures().fragility();
                 });
    after.measures().use_communities(communities_carried_over(before, changed, changed_copy.has_value()));
    // The two analyses share nothing: the figures and betweenness of both at once.
    both_at_once(
        [&] {
            result.after = after.figures();
            after.measures().betweenness();
        },
        [&] {
            result.before = before.figures();
            before.measures().betweenness();
        });
    if (result.after.components > result.before.components && result.after.average_distance < result.before.average_distance) {
        result.notes.push_back("The change splits the map (from " + std::to_string(result.before.components) + " to " + std::to_string(result.after.components) +
                               " parts): the average distance falls because organisations that were far from each other are no longer "
                               "connected at all, not because the rest came closer; the largest part has " +
                               std::to_string(result.after.largest_component) + " organisations (" + std::to_string(result.before.largest_component) +
                               " before), " + rounded(result.after.average_distance_in_largest) + " steps apart on average (" +
                               rounded(result.before.average_distance_in_largest) + " before)");
    }

    const std::vector<double>& was = before.measures().betweenness();
    const std::vector<double>& now = after.measures().betweenness();
    for (const std::size_t v : ranked_by(was, map, brokers)) {
        const Organisation& organisation = map.organisation(v);
        const auto index = changed.find(organisation.id);
        result.brokers.push_back({organisation.id, organisation.label, was[v], index ? now[*index] : std::numeric_limits<double>::quiet_NaN()});
    }
    return result;
}

WhatIfResult what_if(const StakeholderMap& map, const WhatIfChange& change, const CoverageProfile& profile, std::size_t brokers) {
    MapAnalysisSettings settings;
    settings.profile = profile;
    MapAnalysis before(map, settings);
    return what_if(before, change, brokers);
}

}  // namespace stakemap
