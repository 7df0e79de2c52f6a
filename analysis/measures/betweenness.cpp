#include "analysis/measures/betweenness.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>


#include "analysis/snapshot/multi_source_bfs.hpp"
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

// Brandes' accumulation for 64 sources at a time over one multi-source BFS.
// Path counts and dependencies are kept per (node, source bit) in rows of 64,
// so the arcs of all 64 shortest-path DAGs are found with one AND per arc.
// Dependencies are pulled from successors level by level, deepest first:
//   delta_s(v) = sigma_s(v) * sum over DAG arcs v -> w of (1 + delta_s(w)) / sigma_s(w),
// and `share_` holds (1 + delta_s(w)) / sigma_s(w) once w's level is done.
class BatchBrandes {
public:
    static constexpr std::size_t kWidth = MultiSourceBfs::kWidth;

    explicit BatchBrandes(const AnalysisGraph& graph)
        : node_count_(graph.node_count()),
          search_(graph.out_rows(), graph.node_count()),
          centrality_(node_count_, 0.0),
          paths_(node_count_ * kWidth, 0.0),
          share_(node_count_ * kWidth, 0.0),
          next_level_(node_count_, 0) {}

    void visit(std::size_t batch) {
        const auto sources = MultiSourceBfs::batch(batch, node_count_);
        for (std::size_t b = 0; b < sources.size; ++b) paths_[slot(sources.nodes[b], b)] = 1.0;
        search_.run(sources.sources(), [this](NodeIndex v, NodeIndex w, MultiSourceBfs::Mask fresh) {
            const double* from = &paths_[slot(v, 0)];
            double* to = &paths_[slot(w, 0)];
            for_each_bit(fresh, [&](std::size_t b) { to[b] += from[b]; });
        });
        accumulate();
    }

    const std::vector<double>& centrality() const { return centrality_; }

private:
    std::size_t slot(NodeIndex node, std::size_t bit) const { return static_cast<std::size_t>(node) * kWidth + bit; }

    void accumulate() {
        const auto& rows = search_.rows();
        for (std::size_t d = search_.level_count(); d-- > 0;) {
            // share_ of level d's nodes collects the successors' shares first ...
            for (const auto& [v, sources] : search_.level(d)) {
                double* sum = &share_[slot(v, 0)];
                for (std::uint32_t a = rows.row_start[v]; a < rows.row_start[v + 1]; ++a) {
                    const NodeIndex w = rows.column[a];
                    const MultiSourceBfs::Mask dag = sources & next_level_[w];
                    if (dag == 0) continue;
                    const double* successor = &share_[slot(w, 0)];
                    for_each_bit(dag, [&](std::size_t b) { sum[b] += successor[b]; });
                }
            }
            // ... then becomes their own share, once the next level is no longer needed.
            if (d + 1 < search_.level_count()) {
                for (const auto& entry : search_.level(d + 1)) {
                    clear_slots(entry);
                    next_level_[entry.node] = 0;
                }
            }
            for (const auto& [v, sources] : search_.level(d)) {
                double* share = &share_[slot(v, 0)];
                const double* paths = &paths_[slot(v, 0)];
                double dependency_sum = 0.0;
                for_each_bit(sources, [&](std::size_t b) {
                    const double dependency = paths[b] * share[b];
                    dependency_sum += dependency;
                    share[b] = (1.0 + dependency) / paths[b];
                });
                if (d > 0) centrality_[v] += dependency_sum;  // a source is not between itself and others
                next_level_[v] = sources;
            }
        }
        if (search_.level_count() > 0) {
            for (const auto& entry : search_.level(0)) {
                clear_slots(entry);
                next_level_[entry.node] = 0;
            }
        }
    }

    void clear_slots(const MultiSourceBfs::Reached& entry) {
        for_each_bit(entry.sources, [&](std::size_t b) {
            paths_[slot(entry.node, b)] = 0.0;
            share_[slot(entry.node, b)] = 0.0;
        });
    }

    std::size_t node_count_;
    MultiSourceBfs search_;
    std::vector<double> centrality_;
    std::vector<double> paths_;  // sigma_s(v): shortest paths from source bit s to v
    std::vector<double> share_;  // sums of successors' shares, then (1 + delta_s(v)) / sigma_s(v)
    std::vector<MultiSourceBfs::Mask> next_level_;  // the sources that reach each node at level d + 1
};

// 64 sources at a time need two rows of 64 numbers per organisation and worker;
// beyond this many organisations one source at a time keeps memory at O(n).
constexpr std::size_t kBatchedUpTo = 250'000;

template <typename Worker>
std::vector<double> summed(const std::vector<Worker>& workers, std::size_t node_count) {
    std::vector<double> total(node_count, 0.0);
    for (const auto& worker : workers) {
        for (std::size_t v = 0; v < total.size(); ++v) total[v] += worker.centrality()[v];
    }
    return total;
}

std::vector<double> hop_betweenness(const AnalysisGraph& graph) {
    const std::size_t n = graph.node_count();
    if (n > kBatchedUpTo) return summed(for_each_source(n, [&] { return HopBrandes(graph); }), n);
    return summed(for_each_task(n, BatchBrandes::kWidth, [&] { return BatchBrandes(graph); }), n);
}

// Weighted shortest paths (a tie of weight w has length 1/w): Brandes with
// Dijkstra from one source at a time, spread over all cores. Equal lengths are
// compared exactly, as NetworkX and Boost do; a predecessor's length is
// recomputed with the same addition, so it compares equal again.
class WeightedBrandes {
public:
    explicit WeightedBrandes(const AnalysisGraph& graph)
        : graph_(&graph),
          centrality_(graph.node_count(), 0.0),
          distance_(graph.node_count(), kUnreached),
          paths_(graph.node_count(), 0.0),
          dependency_(graph.node_count(), 0.0),
          settled_(graph.node_count(), false) {}

    void visit(std::size_t source_index) {
        const auto source = static_cast<NodeIndex>(source_index);
        const ArcGraph& out = graph_->out_arcs();
        const ArcGraph& in = graph_->in_arcs();
        order_.clear();
        touched_.assign(1, source);
        distance_[source] = 0.0;
        paths_[source] = 1.0;
        heap_.assign(1, {0.0, source});
        const auto later = [](const Queued& a, const Queued& b) { return a.distance > b.distance; };
        while (!heap_.empty()) {
            std::pop_heap(heap_.begin(), heap_.end(), later);
            const auto [d, u] = heap_.back();
            heap_.pop_back();
            if (settled_[u] || d > distance_[u]) continue;  // a stale entry
            settled_[u] = true;
            order_.push_back(u);
            for (const auto arc : boost::make_iterator_range(boost::out_edges(u, out))) {
                const double length = out[arc].distance;
                if (!std::isfinite(length)) continue;
                const NodeIndex v = boost::target(arc, out);
                const double through = d + length;
                if (through < distance_[v]) {
                    if (distance_[v] == kUnreached) touched_.push_back(v);
                    distance_[v] = through;
                    paths_[v] = paths_[u];
                    heap_.push_back({through, v});
                    std::push_heap(heap_.begin(), heap_.end(), later);
                } else if (through == distance_[v] && !settled_[v]) {
                    paths_[v] += paths_[u];
                }
            }
        }
        for (std::size_t k = order_.size(); k-- > 1;) {
            const NodeIndex w = order_[k];
            const double share = (1.0 + dependency_[w]) / paths_[w];
            for (const auto arc : boost::make_iterator_range(boost::out_edges(w, in))) {
                const NodeIndex v = boost::target(arc, in);
                if (settled_[v] && distance_[v] + in[arc].distance == distance_[w]) dependency_[v] += paths_[v] * share;
            }
            centrality_[w] += dependency_[w];
        }
        for (const NodeIndex v : touched_) {  // reset only what this source touched
            distance_[v] = kUnreached;
            paths_[v] = 0.0;
            dependency_[v] = 0.0;
            settled_[v] = false;
        }
    }

    const std::vector<double>& centrality() const { return centrality_; }

private:
    static constexpr double kUnreached = std::numeric_limits<double>::infinity();
    struct Queued {
        double distance;
        NodeIndex node;
    };

    const AnalysisGraph* graph_;
    std::vector<double> centrality_;
    std::vector<double> distance_;
    std::vector<double> paths_;
    std::vector<double> dependency_;
    std::vector<char> settled_;
    std::vector<NodeIndex> order_;    // settled, nearest first
    std::vector<NodeIndex> touched_;  // given a distance
    std::vector<Queued> heap_;
};

std::vector<double> weighted_betweenness(const AnalysisGraph& graph) {
    return summed(for_each_source(graph.node_count(), [&] { return WeightedBrandes(graph); }), graph.node_count());
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
