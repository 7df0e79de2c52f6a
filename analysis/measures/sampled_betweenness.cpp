#include "analysis/measures/sampled_betweenness.hpp"

#include <algorithm>
#include <stdexcept>
#include <cmath>
#include <thread>

#include "graph/support/progress.hpp"
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
// its inner organisations get `credit` in `score`. A balanced bidirectional
// breadth-first search (as in KADABRA, Borassi & Natale 2016) grows whichever
// side has the lighter frontier, one whole level at a time, until the two
// meet; on a small-world map that touches a few thousand ties instead of all.
// When side A's new level meets side B, every node x of it seen by B lies at
// B's last level, so all shortest paths cross that level once and there are
// sum sigma_s(x) sigma_t(x) of them; x is drawn in proportion to its share
// and the path completed backwards to s and forwards to t.
class PathSampler {
public:
    explicit PathSampler(const AnalysisGraph& graph)
        : out_(graph.out_arcs()), in_(graph.in_arcs()), side_{Side(graph.node_count()), Side(graph.node_count())} {}

    void sample(NodeIndex s, NodeIndex t, SeededRandom& random, double credit, std::vector<double>& score) {
        Side& from_s = side_[0];
        Side& from_t = side_[1];
        from_s.start(s);
        from_t.start(t);
        std::vector<NodeIndex> meeting;
        while (meeting.empty() && !from_s.frontier.empty() && !from_t.frontier.empty()) {
            // Grow the side whose frontier has fewer arcs to follow.
            const bool grow_s = frontier_arcs(from_s.frontier, out_) <= frontier_arcs(from_t.frontier, in_);
            Side& grow = grow_s ? from_s : from_t;
            const Side& other = grow_s ? from_t : from_s;
            grow.expand(grow_s ? out_ : in_);
            for (const NodeIndex x : grow.frontier) {
                if (other.level[x] != kUnseen) meeting.push_back(x);
            }
        }
        if (!meeting.empty()) {
            double total = 0;
            for (const NodeIndex x : meeting) total += from_s.paths[x] * from_t.paths[x];
            double pick = random.uniform() * total;
            NodeIndex middle = meeting.back();
            for (const NodeIndex x : meeting) {
                pick -= from_s.paths[x] * from_t.paths[x];
                if (pick < 0) {
                    middle = x;
                    break;
                }
            }
            if (middle != s && middle != t) score[middle] += credit;
            // Back to s over arcs entering each node, forward to t over arcs leaving it.
            for (NodeIndex w = from_s.step_back(middle, in_, random); w != s; w = from_s.step_back(w, in_, random)) score[w] += credit;
            for (NodeIndex w = from_t.step_back(middle, out_, random); w != t; w = from_t.step_back(w, out_, random)) score[w] += credit;
        }
        from_s.clear();
        from_t.clear();
    }

private:
    // One direction's search: levels and path counts from its start, the
    // current frontier (its deepest level), and what to reset afterwards.
    struct Side {
        std::vector<std::uint32_t> level;
        std::vector<double> paths;
        std::vector<NodeIndex> frontier, next, touched;

        explicit Side(std::size_t n) : level(n, kUnseen), paths(n, 0) {}

        void start(NodeIndex root) {
            level[root] = 0;
            paths[root] = 1;
            frontier.assign(1, root);
            touched.assign(1, root);
        }
        void expand(const ArcGraph& arcs) {
            next.clear();
            for (const NodeIndex u : frontier) {
                for (const auto arc : boost::make_iterator_range(boost::out_edges(u, arcs))) {
                    const NodeIndex v = boost::target(arc, arcs);
                    if (level[v] == kUnseen) {
                        level[v] = level[u] + 1;
                        paths[v] = 0;
                        next.push_back(v);
                        touched.push_back(v);
                    }
                    if (level[v] == level[u] + 1) paths[v] += paths[u];
                }
            }
            frontier.swap(next);
        }
        // A neighbour one level nearer the start, in proportion to its paths
        // (`arcs` leads from w towards the start).
        NodeIndex step_back(NodeIndex w, const ArcGraph& arcs, SeededRandom& random) const {
            double pick = random.uniform() * paths[w];
            NodeIndex chosen = w;
            for (const auto arc : boost::make_iterator_range(boost::out_edges(w, arcs))) {
                const NodeIndex p = boost::target(arc, arcs);
                if (level[p] == kUnseen || level[p] + 1 != level[w]) continue;
                chosen = p;
                pick -= paths[p];
                if (pick < 0) break;
            }
            return chosen;
        }
        void clear() {
            for (const NodeIndex v : touched) level[v] = kUnseen;
            touched.clear();
        }
    };

    static std::size_t frontier_arcs(const std::vector<NodeIndex>& frontier, const ArcGraph& arcs) {
        std::size_t total = 0;
        for (const NodeIndex u : frontier) total += boost::out_degree(u, arcs);
        return total;
    }

    const ArcGraph& out_;
    const ArcGraph& in_;
    Side side_[2];
};

}  // namespace

SampledBetweenness sampled_betweenness(const AnalysisGraph& graph, double epsilon, double delta, std::uint64_t seed) {
    // NaN passes every comparison: checked here so no caller can start a sample count that never ends.
    if (!(epsilon > 0 && epsilon < 1)) throw std::invalid_argument("sampled betweenness: epsilon must be between 0 and 1 (exclusive)");
    if (!(delta > 0 && delta < 1)) throw std::invalid_argument("sampled betweenness: delta must be between 0 and 1 (exclusive)");
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
