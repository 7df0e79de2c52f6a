#pragma once
// Betweenness centrality (Brandes 2001): the share of
// shortest paths between other organisations that pass through each one.
//
// Normalised as NetworkX's default (normalized=True, endpoints=False): divided
// by (n-1)(n-2)/2 pairs in an undirected map, (n-1)(n-2) ordered pairs in a
// directed one; all zeros when n <= 2. Disconnected maps need no special case:
// pairs with no path contribute nothing.
// Unweighted by default (hops; own Brandes for 64 sources at a time over a
// bit-parallel multi-source BFS, batches spread over all cores); weighted, a
// tie's length is 1/weight (Brandes with Dijkstra, sources spread over all cores).
// O(nm) unweighted, O(nm + n^2 log n) weighted; O(64 n + m) memory per core
// (O(n + m), one source at a time, above 250,000 organisations).

#include <vector>

#include "analysis/snapshot/analysis_graph.hpp"

namespace stakemap {

enum class PathLength {
    hops,             // every tie has length 1
    inverse_weight,   // a tie of weight w has length 1/w: strong ties are short
};

std::vector<double> betweenness_centrality(const AnalysisGraph& graph, PathLength length = PathLength::hops);

}  // namespace stakemap
