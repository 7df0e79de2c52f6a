#pragma once
// Closeness and harmonic closeness: how near each organisation is to all the
// others. Both use distances *to* the organisation (incoming paths in a
// directed map), as NetworkX does.
//
// closeness(u) = (r-1)/S * (r-1)/(n-1), where r counts the organisations that
// can reach u (u included) and S is the sum of their distances: the
// Wasserman-Faust form for disconnected maps, NetworkX's default
// (wf_improved=True). 0 when nothing reaches u, or n = 1.
// harmonic(u) = sum over v != u of 1/d(v, u), with 1/inf = 0; not normalised,
// as NetworkX.
// Unweighted: one bit-parallel BFS per 64 organisations; weighted: one
// Dijkstra per organisation; spread over all cores:
// O(nm) / O(n(m + n log n)) work.

#include <vector>

#include "analysis/snapshot/analysis_graph.hpp"
#include "analysis/measures/betweenness.hpp"

namespace stakemap {

struct ClosenessResult {
    std::vector<double> closeness;
    std::vector<double> harmonic;
};

ClosenessResult closeness_centrality(const AnalysisGraph& graph, PathLength length = PathLength::hops);

}  // namespace stakemap
