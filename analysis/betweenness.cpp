#include "analysis/betweenness.hpp"

#include <boost/graph/betweenness_centrality.hpp>

namespace stakemap {

std::vector<double> betweenness_centrality(const AnalysisGraph& graph, PathLength length) {
    const std::size_t n = graph.node_count();
    std::vector<double> centrality(n, 0.0);
    if (n <= 2) return centrality;
    const ArcGraph& arcs = graph.out_arcs();
    auto centrality_map = boost::make_iterator_property_map(centrality.begin(), boost::get(boost::vertex_index, arcs));
    if (length == PathLength::hops) {
        boost::brandes_betweenness_centrality(arcs, boost::centrality_map(centrality_map));
    } else {
        boost::brandes_betweenness_centrality(
            arcs, boost::centrality_map(centrality_map).weight_map(boost::get(&Arc::distance, arcs)));
    }
    // Boost counts every ordered pair (s, t); an undirected map stores each tie
    // both ways, so each unordered pair is counted twice there as well. Either
    // way dividing by (n-1)(n-2) gives NetworkX's normalisation.
    const double scale = 1.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
    for (double& value : centrality) value *= scale;
    return centrality;
}

}  // namespace stakemap
