#include "analysis/measures/closeness.hpp"

#include <limits>

#include <boost/graph/dijkstra_shortest_paths.hpp>

#include "analysis/snapshot/parallel_sources.hpp"

namespace stakemap {
namespace {

constexpr double kUnreached = std::numeric_limits<double>::infinity();

// Distances from `source` along `arcs` by breadth-first search; `queue` is scratch space.
void hop_distances(const ArcGraph& arcs, NodeIndex source, std::vector<double>& distance, std::vector<NodeIndex>& queue) {
    std::fill(distance.begin(), distance.end(), kUnreached);
    queue.clear();
    distance[source] = 0.0;
    queue.push_back(source);
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const NodeIndex u = queue[head];
        for (const auto arc : boost::make_iterator_range(boost::out_edges(u, arcs))) {
            const NodeIndex v = boost::target(arc, arcs);
            if (distance[v] == kUnreached) {
                distance[v] = distance[u] + 1.0;
                queue.push_back(v);
            }
        }
    }
}

void weighted_distances(const ArcGraph& arcs, NodeIndex source, std::vector<double>& distance) {
    boost::dijkstra_shortest_paths(
        arcs, source,
        boost::distance_map(boost::make_iterator_property_map(distance.begin(), boost::get(boost::vertex_index, arcs)))
            .weight_map(boost::get(&Arc::distance, arcs))
            .distance_inf(kUnreached));
}

}  // namespace

ClosenessResult closeness_centrality(const AnalysisGraph& graph, PathLength length) {
    const std::size_t n = graph.node_count();
    ClosenessResult result{std::vector<double>(n, 0.0), std::vector<double>(n, 0.0)};
    // Searching the reversed arcs from u yields every distance d(v, u) to u.
    // Each source writes only its own entries, so workers never share a slot.
    struct Worker {
        const AnalysisGraph* graph;
        PathLength length;
        ClosenessResult* result;
        std::vector<double> distance;
        std::vector<NodeIndex> queue;

        void visit(std::size_t source) {
            const auto u = static_cast<NodeIndex>(source);
            const std::size_t n = graph->node_count();
            if (length == PathLength::hops) hop_distances(graph->in_arcs(), u, distance, queue);
            else weighted_distances(graph->in_arcs(), u, distance);
            double total = 0.0;
            double harmonic = 0.0;
            std::size_t reached = 0;  // others that reach u
            for (NodeIndex v = 0; v < n; ++v) {
                if (v == u || distance[v] == kUnreached) continue;
                ++reached;
                total += distance[v];
                if (distance[v] > 0) harmonic += 1.0 / distance[v];
            }
            result->harmonic[u] = harmonic;
            if (total > 0.0 && n > 1) {
                const double r = static_cast<double>(reached);
                result->closeness[u] = (r / total) * (r / static_cast<double>(n - 1));
            }
        }
    };
    for_each_source(n, [&] {
        Worker worker{&graph, length, &result, std::vector<double>(n), {}};
        worker.queue.reserve(n);
        return worker;
    });
    return result;
}

}  // namespace stakemap
