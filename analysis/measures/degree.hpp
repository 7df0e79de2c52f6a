#pragma once
// Degree and strength. Counts distinct partners (see the simplification policy
// in analysis_graph.hpp); in a directed map degree = in-degree + out-degree,
// as NetworkX counts it. Strength is the sum of tie weights. O(n + m).

#include <vector>

#include "analysis/snapshot/analysis_graph.hpp"

namespace stakemap {

struct DegreeResult {
    std::vector<double> degree;
    std::vector<double> in_degree;   // equals degree in an undirected map
    std::vector<double> out_degree;  // equals degree in an undirected map
    std::vector<double> strength;    // weighted degree (in + out when directed)
};

DegreeResult compute_degree(const AnalysisGraph& graph);

// Ties present over ties possible: 2m/(n(n-1)) undirected, m/(n(n-1)) directed; 0 when n < 2.
double density(const AnalysisGraph& graph);

}  // namespace stakemap
