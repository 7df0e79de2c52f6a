#include "analysis/sampled_betweenness.hpp"

#include <algorithm>
#include <cmath>
#include <thread>

#include "analysis/progress.hpp"
#include "graph/seeded_random.hpp"

namespace stakemap {
namespace {

constexpr std::uint32_t kUnseen = 0xFFFFFFFFu;

// An upper bound on the number of organisations on any shortest path.
std::size_t vertex_diameter_bound(const AnalysisGraph& graph) {
    const std::size_t n = graph.node_count();
    if (graph.directed()) return n;
    const ArcGraph& arcs = graph.out_arcs();
    std::vector<std::uint32_t> level(n, kUnseen);
    std::vector<NodeIndex> queue;
    std::size_t bound = 1;
    for (NodeIndex root = 0; root < n; ++root) {
        if (level[root] != kUnseen) continue;
        queue.assign(1, root);
        level[root] = 0;
        std::uint32_t eccentricity = 0;
        for (std::size_t head = 0; head < queue.size(); ++head) {
            const NodeIndex u = queue[head];
            eccentricity = std::max(eccentricity, level[u]);
            for (const auto arc : boost::make_iterator_range(boost::out_edges(u, arcs))) {
                const NodeIndex v = boost::target(arc, arcs);
                if (level[v] == kUnseen) {
                    level[v] = level[u] + 1;
                    queue.push_back(v);
                }
            }
        }
        bound = std::max<std::size_t>(bound, 2 * static_cast<std::size_t>(eccentricity) + 1);
    }
    return std::min(bound, n);
}

// One sample: a shortest path from s to t drawn uniformly among all of them;
// its inner organisations get `credit` in `score`. Buffers are the caller's.
struct PathSampler {
    const ArcGraph& out;
    const ArcGraph& in;
    std::vector<std::uint32_t> level;
    std::vector<double> paths;  // sigma: shortest paths from s
    std::vector<NodeIndex> queue;

    PathSampler(const AnalysisGraph& graph)
        : out(graph.out_arcs()), in(graph.in_arcs()), level(graph.node_count(), kUnseen), paths(graph.node_count(), 0) {}

    void sample(NodeIndex s, NodeIndex t, SeededRandom& random, double credit, std::vector<double>& score) {
        queue.assign(1, s);
        level[s] = 0;
        paths[s] = 1;
        bool reached = false;
        for (std::size_t head = 0; head < queue.size(); ++head) {
            const NodeIndex u = queue[head];
            if (reached && level[u] >= level[t]) break;  // t's level is complete
            for (const auto arc : boost::make_iterator_range(boost::out_edges(u, out))) {
                const NodeIndex v = boost::target(arc, out);
                if (level[v] == kUnseen) {
                    level[v] = level[u] + 1;
                    paths[v] = 0;
                    queue.push_back(v);
                    if (v == t) reached = true;
                }
                if (level[v] == level[u] + 1) paths[v] += paths[u];
            }
        }
        if (reached) {
            // Walk back from t, choosing each predecessor in proportion to its paths.
            NodeIndex w = t;
            while (w != s) {
                double pick = random.uniform() * paths[w];
                NodeIndex chosen = s;
                for (const auto arc : boost::make_iterator_range(boost::out_edges(w, in))) {
                    const NodeIndex p = boost::target(arc, in);
                    if (level[p] == kUnseen || level[p] + 1 != level[w]) continue;
                    chosen = p;
                    pick -= paths[p];
                    if (pick < 0) break;
                }
                if (chosen != s) score[chosen] += credit;
                w = chosen;
            }
        }
        for (const NodeIndex v : queue) level[v] = kUnseen;
    }
};

}  // namespace

SampledBetweenness sampled_betweenness(const AnalysisGraph& graph, double epsilon, double delta, std::uint64_t seed) {
    const std::size_t n = graph.node_count();
    SampledBetweenness result;
    result.epsilon = epsilon;
    result.delta = delta;
    result.values.assign(n, 0.0);
    if (n <= 2) return result;
    result.vertex_diameter_bound = vertex_diameter_bound(graph);
    const double vd = static_cast<double>(std::max<std::size_t>(result.vertex_diameter_bound, 3));
    constexpr double c = 0.5;  // the universal constant, as the authors suggest
    result.samples = static_cast<std::size_t>(
        std::ceil(c / (epsilon * epsilon) * (std::floor(std::log2(vd - 2)) + 1 + std::log(1 / delta))));

    // Each thread draws its own share of samples from its own seeded stream
    // and keeps its own scores; the sums are added in thread order.
    const std::size_t threads = std::max(1u, std::min(2u, std::thread::hardware_concurrency()));
    std::vector<std::vector<double>> scores(threads, std::vector<double>(n, 0.0));
    const double credit = 1.0 / static_cast<double>(result.samples);
    ProgressReport* report = current_progress();
    const auto work = [&](std::size_t part) {
        SeededRandom random(seed * 0x9E3779B97F4A7C15ull + part + 1);
        PathSampler sampler(graph);
        for (std::size_t k = part; k < result.samples; k += threads) {
            const auto s = static_cast<NodeIndex>(random.below(n));
            auto t = static_cast<NodeIndex>(random.below(n - 1));
            if (t >= s) ++t;
            sampler.sample(s, t, random, credit, scores[part]);
            if (progress_step(report)) break;
        }
    };
    if (report) report->begin(report->snapshot().task, result.samples);
    std::vector<std::thread> pool;
    for (std::size_t part = 1; part < threads; ++part) pool.emplace_back(work, part);
    work(0);
    for (auto& thread : pool) thread.join();
    throw_if_cancelled();
    // The estimate is a share of ordered pairs, sum over s != t / (n(n-1)).
    // NetworkX's normalisation divides the pair count by (n-1)(n-2) (ordered)
    // - for an undirected map (n-1)(n-2)/2 unordered pairs, each counted once
    // - so both come to: share x n / (n - 2).
    const double scale = static_cast<double>(n) / static_cast<double>(n - 2);
    for (std::size_t part = 0; part < threads; ++part) {
        for (std::size_t v = 0; v < n; ++v) result.values[v] += scores[part][v] * scale;
    }
    return result;
}

}  // namespace stakemap
