#pragma once
// Breadth-first search from up to 64 sources at once, one bit per source in a
// machine word (Then et al., "The More the Merrier: Efficient Multi-Source
// Graph Traversal", PVLDB 8(4), 2014). A node's arcs are read once per
// distinct distance at which the sources reach it, instead of once per
// source, and the arcs that lead nowhere new are skipped for all 64 sources
// with one AND.
//
// After run(), levels() lists, for each distance d, the nodes reached at d
// with the mask of the sources that reach them there; each node appears at
// most once per level.

#include <array>
#include <bit>
#include <cstdint>
#include <span>
#include <vector>

#include "analysis/snapshot/analysis_graph.hpp"

namespace stakemap {

class MultiSourceBfs {
public:
    static constexpr std::size_t kWidth = 64;  // sources per search: the bits of a word
    using Mask = std::uint64_t;

    struct Reached {
        NodeIndex node;
        Mask sources;  // bit b: the search's b-th source reaches `node` at this level
    };

    MultiSourceBfs(const AnalysisGraph::Rows& rows, std::size_t node_count)
        : rows_(rows), seen_(node_count, 0), next_(node_count, 0) {}

    // Searches from `sources` (at most kWidth, all different) along the rows.
    // `on_new_arc(v, w, mask)` is called for every arc v -> w with the mask of
    // the sources for which w is one hop further than v: the arcs of the
    // shortest-path DAGs, while v's level is being expanded.
    template <typename OnNewArc>
    void run(std::span<const NodeIndex> sources, OnNewArc on_new_arc) {
        for (const Reached& entry : reached_) seen_[entry.node] = 0;
        reached_.clear();
        level_start_.assign(1, 0);
        for (std::size_t b = 0; b < sources.size(); ++b) {
            const Mask bit = Mask{1} << b;
            seen_[sources[b]] |= bit;
            reached_.push_back({sources[b], bit});
        }
        std::size_t begin = 0;
        while (begin < reached_.size()) {
            const std::size_t end = reached_.size();
            level_start_.push_back(end);
            for (std::size_t i = begin; i < end; ++i) {
                const Reached entry = reached_[i];
                for (std::uint32_t a = rows_.row_start[entry.node]; a < rows_.row_start[entry.node + 1]; ++a) {
                    const NodeIndex w = rows_.column[a];
                    const Mask fresh = entry.sources & ~seen_[w];
                    if (fresh == 0) continue;
                    if (next_[w] == 0) touched_.push_back(w);
                    next_[w] |= fresh;
                    on_new_arc(entry.node, w, fresh);
                }
            }
            for (const NodeIndex w : touched_) {
                seen_[w] |= next_[w];
                reached_.push_back({w, next_[w]});
                next_[w] = 0;
            }
            touched_.clear();
            begin = end;
        }
    }

    // Only the levels, no work per arc.
    void run(std::span<const NodeIndex> sources) {
        run(sources, [](NodeIndex, NodeIndex, Mask) {});
    }

    // The `batch`-th group of kWidth sources among `count`, source k being node k * stride.
    struct Batch {
        std::array<NodeIndex, kWidth> nodes{};
        std::size_t size = 0;
        std::span<const NodeIndex> sources() const { return {nodes.data(), size}; }
    };
    static Batch batch(std::size_t batch, std::size_t count, std::size_t stride = 1) {
        Batch result;
        for (std::size_t k = batch * kWidth; k < count && result.size < kWidth; ++k) result.nodes[result.size++] = static_cast<NodeIndex>(k * stride);
        return result;
    }

    std::size_t level_count() const { return level_start_.size() - 1; }
    std::span<const Reached> level(std::size_t d) const {
        return std::span<const Reached>(reached_).subspan(level_start_[d], level_start_[d + 1] - level_start_[d]);
    }
    const AnalysisGraph::Rows& rows() const { return rows_; }

private:
    AnalysisGraph::Rows rows_;
    std::vector<Mask> seen_;
    std::vector<Mask> next_;
    std::vector<NodeIndex> touched_;
    std::vector<Reached> reached_;          // every level, in order
    std::vector<std::size_t> level_start_;  // level d is reached_[level_start_[d], level_start_[d + 1])
};

// Calls f(b) for each set bit b of mask, lowest first.
template <typename F>
inline void for_each_bit(MultiSourceBfs::Mask mask, F f) {
    while (mask != 0) {
        f(static_cast<std::size_t>(std::countr_zero(mask)));
        mask &= mask - 1;
    }
}

}  // namespace stakemap
