#include "analysis/measures/betweenness.hpp"

#include <limits>

#include <boost/graph/betweenness_centrality.hpp>

#include "analysis/snapshot/parallel_sources.hpp"

namespace stakemap {
namespace {

// Brandes' accumulation from one source at a time over hop distances, with
// flat arrays reused between sources. Predecessors are not stored: they are
// the in-neighbours one hop closer to the source.
class HopBrandes {
public:
    explicit HopBrandes(const AnalysisGraph& graph)
        : graph_(&graph),
          centrality_(graph.node_count(), 0.0),
          distance_(graph.node_count(), kUnreached),
          paths_(graph.node_count(), 0.0),
          dependency_(graph.node_count(), 0.0) {
        order_.reserve(graph.node_count());
    }

    void visit(std::size_t source_index) {
        const auto source = static_cast<NodeIndex>(source_index);
        const ArcGraph& out = graph_->out_arcs();
        const ArcGraph& in = graph_->in_arcs();
        order_.clear();
        distance_[source] = 0;
        paths_[source] = 1.0;
        order_.push_back(source);
        for (std::size_t head = 0; head < order_.size(); ++head) {
            const NodeIndex u = order_[head];
            for (const auto arc : boost::make_iterator_range(boost::out_edges(u, out))) {
                const NodeIndex v = boost::target(arc, out);
                if (distance_[v] == kUnreached) {
                    distance_[v] = distance_[u] + 1;
                    order_.push_back(v);
                }
                if (distance_[v] == distance_[u] + 1) paths_[v] += paths_[u];
            }
        }
        for (std::size_t k = order_.size(); k-- > 1;) {
            const NodeIndex w = order_[k];
            const double share = (1.0 + dependency_[w]) / paths_[w];
            for (const auto arc : boost::make_iterator_range(boost::out_edges(w, in))) {
                const NodeIndex v = boost::target(arc, in);
                if (distance_[v] + 1 == distance_[w]) dependency_[v] += paths_[v] * share;
            }
            centrality_[w] += dependency_[w];
        }
        for (const NodeIndex v : order_) {  // reset only what this source touched
            distance_[v] = kUnreached;
            paths_[v] = 0.0;
            dependency_[v] = 0.0;
        }
    }

    const std::vector<double>& centrality() const { return centrality_; }

private:
    static constexpr std::uint32_t kUnreached = std::numeric_limits<std::uint32_t>::max();

    const AnalysisGraph* graph_;
    std::vector<double> centrality_;
    std::vector<std::uint32_t> distance_;
    std::vector<double> paths_;
    std::vector<double> dependency_;
    std::vector<NodeIndex> order_;
};

std::vector<double> hop_betweenness(const AnalysisGraph& graph) {
    const auto workers = for_each_source(graph.node_count(), [&] { return HopBrandes(graph); });
    std::vector<double> total(graph.node_count(), 0.0);
    for (const auto& worker : workers) {
        for (std::size_t v = 0; v < total.size(); ++v) total[v] += worker.centrality()[v];
    }
    return total;
}

// Weighted shortest paths: Boost's Brandes with Dijkstra.
std::vector<double> weighted_betweenness(const AnalysisGraph& graph) {
    std::vector<double> centrality(graph.node_count(), 0.0);
    const ArcGraph& arcs = graph.out_arcs();
    boost::brandes_betweenness_centrality(
        arcs, boost::centrality_map(boost::make_iterator_property_map(centrality.begin(), boost::get(boost::vertex_index, arcs)))
                  .weight_map(boost::get(&Arc::distance, arcs)));
    return centrality;
}

}  // namespace

std::vector<double> betweenness_centrality(const AnalysisGraph& graph, PathLength length) {
    const std::size_t n = graph.node_count();
    if (n <= 2) return std::vector<double>(n, 0.0);
    std::vector<double> centrality = length == PathLength::hops ? hop_betweenness(graph) : weighted_betweenness(graph);
    // Both count every ordered pair (s, t); an undirected map stores each tie
    // both ways, so each unordered pair is counted twice there as well. Either
    // way dividing by (n-1)(n-2) gives NetworkX's normalisation.
    const double scale = 1.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
    for (double& value : centrality) value *= scale;
    return centrality;
}

}  // namespace stakemap
