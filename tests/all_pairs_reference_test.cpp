// The all-sources measures against a slow, obviously right reference written
// here: distances and path counts from one plain BFS per organisation, then
// betweenness straight from its definition, pair by pair. The maps have more
// than 64 organisations so the 64-source batches, a partial last batch,
// unreachable pairs and (directed) one-way ties are all exercised.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

#include "analysis/measures/betweenness.hpp"
#include "analysis/measures/closeness.hpp"
#include "test_support.hpp"

using namespace stakemap;

namespace {

struct AllPairs {
    std::vector<std::vector<int>> distance;     // -1: no path
    std::vector<std::vector<double>> paths;     // number of shortest paths
};

AllPairs all_pairs(std::size_t n, bool directed, const std::vector<std::pair<NodeIndex, NodeIndex>>& ties) {
    std::vector<std::vector<NodeIndex>> out(n);
    for (const auto& [s, t] : ties) {
        if (s == t) continue;
        out[s].push_back(t);
        if (!directed) out[t].push_back(s);
    }
    for (auto& list : out) {  // parallel ties are one tie
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }
    AllPairs result{std::vector<std::vector<int>>(n, std::vector<int>(n, -1)), std::vector<std::vector<double>>(n, std::vector<double>(n, 0.0))};
    for (std::size_t s = 0; s < n; ++s) {
        auto& d = result.distance[s];
        auto& sigma = result.paths[s];
        std::vector<std::size_t> queue{s};
        d[s] = 0;
        sigma[s] = 1;
        for (std::size_t head = 0; head < queue.size(); ++head) {
            const std::size_t u = queue[head];
            for (const NodeIndex v : out[u]) {
                if (d[v] < 0) {
                    d[v] = d[u] + 1;
                    queue.push_back(v);
                }
                if (d[v] == d[u] + 1) sigma[v] += sigma[u];
            }
        }
    }
    return result;
}

std::vector<std::pair<NodeIndex, NodeIndex>> random_ties(std::size_t n, std::size_t count, unsigned seed) {
    std::mt19937 random(seed);
    std::uniform_int_distribution<NodeIndex> pick(0, static_cast<NodeIndex>(n - 1));
    std::vector<std::pair<NodeIndex, NodeIndex>> ties;
    for (std::size_t i = 0; i < count; ++i) ties.emplace_back(pick(random), pick(random));
    return ties;
}

}  // namespace

TEST_CASE("Betweenness and closeness equal their definitions on random maps of 150-200 organisations", "[betweenness][closeness]") {
    struct Case {
        std::size_t n, ties;
        bool directed;
        unsigned seed;
    };
    for (const Case c : {Case{150, 220, false, 1}, Case{200, 300, false, 2}, Case{130, 400, true, 3}, Case{193, 260, true, 4}}) {
        const auto ties = random_ties(c.n, c.ties, c.seed);
        const auto graph = testing::graph_of(c.n, c.directed, ties);
        const AllPairs reference = all_pairs(c.n, c.directed, ties);
        const auto betweenness = betweenness_centrality(graph);
        const auto closeness = closeness_centrality(graph);
        INFO("n " << c.n << (c.directed ? " directed" : " undirected") << ", seed " << c.seed);
        const double pairs = static_cast<double>(c.n - 1) * static_cast<double>(c.n - 2);
        std::size_t nonzero = 0;
        for (std::size_t v = 0; v < c.n; ++v) {
            double through = 0.0;  // sum over ordered pairs (s, t), s != v != t, of sigma_st(v) / sigma_st
            for (std::size_t s = 0; s < c.n; ++s) {
                if (s == v || reference.distance[s][v] < 0) continue;
                for (std::size_t t = 0; t < c.n; ++t) {
                    if (t == v || t == s || reference.distance[v][t] < 0) continue;
                    if (reference.distance[s][v] + reference.distance[v][t] != reference.distance[s][t]) continue;
                    through += reference.paths[s][v] * reference.paths[v][t] / reference.paths[s][t];
                }
            }
            CHECK(betweenness[v] == Approx(through / pairs).margin(1e-12));
            if (through > 0) ++nonzero;

            double total = 0.0, harmonic = 0.0;
            std::size_t reached = 0;
            for (std::size_t s = 0; s < c.n; ++s) {
                const int d = reference.distance[s][v];
                if (s == v || d < 0) continue;
                ++reached;
                total += d;
                harmonic += 1.0 / d;
            }
            const double r = static_cast<double>(reached);
            const double expected = total > 0 ? (r / total) * (r / static_cast<double>(c.n - 1)) : 0.0;
            CHECK(closeness.closeness[v] == Approx(expected).margin(1e-12));
            CHECK(closeness.harmonic[v] == Approx(harmonic).margin(1e-12));
        }
        CHECK(nonzero > c.n / 4);  // the maps are connected enough for the check to mean something
    }
}

#include <boost/graph/betweenness_centrality.hpp>

TEST_CASE("Weighted betweenness on all cores equals Boost.Graph's Brandes with Dijkstra", "[betweenness]") {
    // Weights 1, 2 and 4 give lengths 1, 1/2 and 1/4, exact in binary: many paths tie in length.
    for (const bool directed : {false, true}) {
        std::mt19937 random(directed ? 11 : 12);
        std::uniform_int_distribution<NodeIndex> pick(0, 179);
        std::vector<AnalysisGraph::Tie> ties;
        for (int i = 0; i < 420; ++i) ties.push_back({pick(random), pick(random), static_cast<double>(1u << (random() % 3))});
        const auto graph = AnalysisGraph::from_ties(180, directed, ties);
        std::vector<double> reference(graph.node_count(), 0.0);
        const ArcGraph& arcs = graph.out_arcs();
        boost::brandes_betweenness_centrality(
            arcs, boost::centrality_map(boost::make_iterator_property_map(reference.begin(), boost::get(boost::vertex_index, arcs)))
                      .weight_map(boost::get(&Arc::distance, arcs)));
        const double scale = 1.0 / (179.0 * 178.0);
        const auto values = betweenness_centrality(graph, PathLength::inverse_weight);
        std::size_t nonzero = 0;
        for (std::size_t v = 0; v < values.size(); ++v) {
            INFO((directed ? "directed" : "undirected") << ", organisation " << v);
            CHECK(values[v] == Approx(reference[v] * scale).margin(1e-12));
            nonzero += reference[v] > 0;
        }
        CHECK(nonzero > 40);
        CHECK(values != betweenness_centrality(graph, PathLength::hops));  // the weights matter here
    }
}
