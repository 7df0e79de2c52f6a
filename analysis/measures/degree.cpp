#include "analysis/measures/degree.hpp"

namespace stakemap {
namespace {

void accumulate(const ArcGraph& arcs, std::size_t n, std::vector<double>& count, std::vector<double>& weight) {
    for (NodeIndex v = 0; v < n; ++v) {
        for (const auto arc : boost::make_iterator_range(boost::out_edges(v, arcs))) {
            count[v] += 1.0;
            weight[v] += arcs[arc].weight;
        }
    }
}

}  // namespace

DegreeResult compute_degree(const AnalysisGraph& graph) {
    const std::size_t n = graph.node_count();
    DegreeResult result;
    result.out_degree.assign(n, 0.0);
    std::vector<double> out_strength(n, 0.0);
    accumulate(graph.out_arcs(), n, result.out_degree, out_strength);
    if (!graph.directed()) {
        result.degree = result.in_degree = result.out_degree;
        result.strength = out_strength;
        return result;
    }
    result.in_degree.assign(n, 0.0);
    std::vector<double> in_strength(n, 0.0);
    accumulate(graph.in_arcs(), n, result.in_degree, in_strength);
    result.degree.resize(n);
    result.strength.resize(n);
    for (std::size_t v = 0; v < n; ++v) {
        result.degree[v] = result.in_degree[v] + result.out_degree[v];
        result.strength[v] = in_strength[v] + out_strength[v];
    }
    return result;
}

double density(const AnalysisGraph& graph) {
    const double n = static_cast<double>(graph.node_count());
    if (n < 2) return 0.0;
    const double possible = n * (n - 1) / (graph.directed() ? 1.0 : 2.0);
    return static_cast<double>(graph.tie_count()) / possible;
}

}  // namespace stakemap
