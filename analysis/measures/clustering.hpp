#pragma once
// Local clustering coefficient and its average, as NetworkX defines them.
// Undirected: the share of an organisation's partner pairs that are tied
// themselves. Directed: Fagiolo's (2007) directed-triangle coefficient
// T / (2 (d(d-1) - 2 d_recip)), d = in + out degree. 0 for degree < 2.
// Unweighted. The average is over every organisation, zeros included.
// O(m^1.5) by the forward triangle algorithm: hubs cost their degree, not its square.

#include <vector>

#include "analysis/snapshot/analysis_graph.hpp"
#include "analysis/snapshot/symmetric_adjacency.hpp"

namespace stakemap {

std::vector<double> clustering_coefficients(const AnalysisGraph& graph);
// The same on partner lists already built (symmetric_adjacency(graph, false)).
std::vector<double> clustering_coefficients(const AnalysisGraph& graph, const SymmetricAdjacency& partners);
double average_clustering(const std::vector<double>& coefficients);

}  // namespace stakemap
