#pragma once
// Cohesion and fragility: k-core numbers, connected components, articulation
// points and bridges, on Boost.Graph. A directed map is read through its
// underlying undirected graph (weakly connected components), as NetworkX's
// connected_components, articulation_points and bridges require.

#include <cstddef>
#include <utility>
#include <vector>

#include "analysis/snapshot/analysis_graph.hpp"
#include "analysis/snapshot/symmetric_adjacency.hpp"

namespace stakemap {

// Largest k such that the organisation belongs to a subgraph where everyone
// has degree >= k. In a directed map degree is in + out (a reciprocated pair
// counts twice), as NetworkX's core_number. O(n + m).
std::vector<double> core_numbers(const AnalysisGraph& graph);

struct ComponentResult {
    std::vector<std::size_t> component;  // per node; numbered 0.. in order of each component's first node
    std::vector<std::size_t> sizes;      // per component
};
ComponentResult connected_components(const AnalysisGraph& graph);

struct FragilityResult {
    std::vector<bool> articulation;  // per node: removing it disconnects its component
    std::vector<std::pair<NodeIndex, NodeIndex>> bridges;  // ties whose loss disconnects; (low, high), sorted
};
FragilityResult fragility(const AnalysisGraph& graph);
FragilityResult fragility(const SymmetricAdjacency& partners);  // symmetric_adjacency(graph, false)

// For each organisation, how many others lose their connection to the main
// remaining part of its component if it drops out: (component size - 1) minus
// the largest piece left. 0 for organisations that are not articulation
// points. One depth-first search (Hopcroft-Tarjan with subtree sizes), O(n + m).
std::vector<std::size_t> cut_off_if_removed(const AnalysisGraph& graph);
std::vector<std::size_t> cut_off_if_removed(const SymmetricAdjacency& partners);

}  // namespace stakemap
