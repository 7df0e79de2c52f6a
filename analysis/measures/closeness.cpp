#include "analysis/measures/closeness.hpp"

#include <array>
#include <limits>
#include <span>

#include <boost/graph/dijkstra_shortest_paths.hpp>

#include "analysis/snapshot/multi_source_bfs.hpp"
#include "analysis/snapshot/parallel_sources.hpp"

namespace stakemap {
namespace {

constexpr double kUnreached = std::numeric_limits<double>::infinity();

void weighted_distances(const ArcGraph& arcs, NodeIndex source, std::vector<double>& distance) {
    boost::dijkstra_shortest_paths(
        arcs, source,
        boost::distance_map(boost::make_iterator_property_map(distance.begin(), boost::get(boost::vertex_index, arcs)))
            .weight_map(boost::get(&Arc::distance, arcs))
            .distance_inf(kUnreached));
}

// closeness(u) from the r others that reach u at distances summing to `total`.
void store(ClosenessResult& result, NodeIndex u, std::size_t n, std::size_t reached, double total, double harmonic) {
    result.harmonic[u] = harmonic;
    if (total > 0.0 && n > 1) {
        const double r = static_cast<double>(reached);
        result.closeness[u] = (r / total) * (r / static_cast<double>(n - 1));
    }
}

// Hop distances to 64 organisations at a time: one multi-source search over the
// reversed arcs, whose levels give each target's count and sum of distances.
struct BatchHopCloseness {
    const AnalysisGraph* graph;
    ClosenessResult* result;
    MultiSourceBfs search;

    void visit(std::size_t batch) {
        const std::size_t n = graph->node_count();
        constexpr std::size_t kWidth = MultiSourceBfs::kWidth;
        const auto targets = MultiSourceBfs::batch(batch, n);
        search.run(targets.sources());
        std::array<double, kWidth> total{}, harmonic{};
        std::array<std::size_t, kWidth> reached{};
        for (std::size_t d = 1; d < search.level_count(); ++d) {
            for (const auto& entry : search.level(d)) {
                for_each_bit(entry.sources, [&](std::size_t b) {
                    ++reached[b];
                    total[b] += static_cast<double>(d);
                    harmonic[b] += 1.0 / static_cast<double>(d);
                });
            }
        }
        for (std::size_t b = 0; b < targets.size; ++b) store(*result, targets.nodes[b], n, reached[b], total[b], harmonic[b]);
    }
};

}  // namespace

ClosenessResult closeness_centrality(const AnalysisGraph& graph, PathLength length) {
    const std::size_t n = graph.node_count();
    ClosenessResult result{std::vector<double>(n, 0.0), std::vector<double>(n, 0.0)};
    // Each target writes only its own entries, so workers never share a slot.
    if (length == PathLength::hops) {
        for_each_task(n, MultiSourceBfs::kWidth, [&] { return BatchHopCloseness{&graph, &result, MultiSourceBfs(graph.in_rows(), n)}; });
        return result;
    }
    // Weighted: Dijkstra over the reversed arcs from u yields every distance d(v, u) to u.
    struct Worker {
        const AnalysisGraph* graph;
        ClosenessResult* result;
        std::vector<double> distance;

        void visit(std::size_t target) {
            const auto u = static_cast<NodeIndex>(target);
            const std::size_t n = graph->node_count();
            weighted_distances(graph->in_arcs(), u, distance);
            double total = 0.0;
            double harmonic = 0.0;
            std::size_t reached = 0;  // others that reach u
            for (NodeIndex v = 0; v < n; ++v) {
                if (v == u || distance[v] == kUnreached) continue;
                ++reached;
                total += distance[v];
                if (distance[v] > 0) harmonic += 1.0 / distance[v];
            }
            store(*result, u, n, reached, total, harmonic);
        }
    };
    for_each_source(n, [&] { return Worker{&graph, &result, std::vector<double>(n)}; });
    return result;
}

}  // namespace stakemap
