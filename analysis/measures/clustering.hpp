#pragma once
// Local clustering coefficient and its average, as NetworkX defines them.
// Undirected: the share of an organisation's partner pairs that are tied
// themselves. Directed: Fagiolo's (2007) directed-triangle coefficient
// T / (2 (d(d-1) - 2 d_recip)), d = in + out degree. 0 for degree < 2.
// Unweighted. The average is over every organisation, zeros included.
// O(sum of squared degrees).

#include <vector>

#include "analysis/snapshot/analysis_graph.hpp"

namespace stakemap {

std::vector<double> clustering_coefficients(const AnalysisGraph& graph);
double average_clustering(const std::vector<double>& coefficients);

}  // namespace stakemap
