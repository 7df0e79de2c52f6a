#include "analysis/snapshot/analysis_graph.hpp"

#include "graph/vocabulary.hpp"

#include <algorithm>

#include <boost/iterator/transform_iterator.hpp>
#include <limits>
#include <stdexcept>
#include <unordered_set>
#include <utility>

namespace stakemap {
namespace {

// Ties ordered by (source, target), stably: a counting sort by source (O(n + m)),
// then each source's run sorted by target.
std::vector<AnalysisGraph::Tie> sorted_by_endpoints(std::size_t node_count, const std::vector<AnalysisGraph::Tie>& ties) {
    std::vector<std::size_t> start(node_count + 1, 0);
    for (const auto& tie : ties) ++start[tie.source + 1];
    for (std::size_t v = 0; v < node_count; ++v) start[v + 1] += start[v];
    std::vector<AnalysisGraph::Tie> sorted(ties.size());
    std::vector<std::size_t> fill(start.begin(), start.end() - 1);
    for (const auto& tie : ties) sorted[fill[tie.source]++] = tie;
    for (std::size_t v = 0; v < node_count; ++v) {
        if (start[v + 1] - start[v] > 1) {
            std::stable_sort(sorted.begin() + static_cast<std::ptrdiff_t>(start[v]), sorted.begin() + static_cast<std::ptrdiff_t>(start[v + 1]),
                             [](const AnalysisGraph::Tie& a, const AnalysisGraph::Tie& b) { return a.target < b.target; });
        }
    }
    return sorted;
}

Arc make_arc(double weight) {
    return {weight, weight > 0 ? 1.0 / weight : std::numeric_limits<double>::infinity()};
}

}  // namespace

AnalysisGraph::Rows AnalysisGraph::in_rows() const {
    // Boost keeps the CSR arrays public; only the snapshot reads them, the measures read Rows.
    const ArcGraph& arcs = in_arcs();
    return {arcs.m_forward.m_rowstart, arcs.m_forward.m_column};
}

AnalysisGraph::Rows AnalysisGraph::out_rows() const {
    return {out_.m_forward.m_rowstart, out_.m_forward.m_column};
}

AnalysisGraph AnalysisGraph::from_map(const StakeholderMap& map) { return from_map(map, TieChange{}); }

AnalysisGraph AnalysisGraph::from_map(const StakeholderMap& map, const TieChange& change) {
    // A set of pairs, so a long list of cuts stays cheap.
    const auto key = [&](NodeIndex source, NodeIndex target) { return TieChange::pair_key(map.directed(), source, target); };
    std::unordered_set<std::uint64_t> cut;
    for (const auto& [u, v] : change.cut) cut.insert(key(u, v));
    const auto is_cut = [&](NodeIndex source, NodeIndex target) { return !cut.empty() && cut.count(key(source, target)) > 0; };
    std::vector<Tie> ties;
    ties.reserve(map.relationship_count() + change.added.size());
    std::size_t negative = 0;
    for (const auto handle : map.relationship_handles()) {
        const auto view = map.relationship(handle);
        const auto source = static_cast<NodeIndex>(view.source), target = static_cast<NodeIndex>(view.target);
        if (is_cut(source, target)) continue;
        if (vocabulary::is_negative_relationship_type(view.data.type)) {
            ++negative;
            continue;
        }
        ties.push_back({source, target, view.data.weight});
    }
    for (const Tie& tie : change.added) {
        if (!is_cut(tie.source, tie.target)) ties.push_back(tie);
    }
    AnalysisGraph graph = from_ties(map.organisation_count(), map.directed(), ties);
    graph.report_.negative_ties_left_out = negative;
    return graph;
}

AnalysisGraph AnalysisGraph::from_ties(std::size_t node_count, bool directed, const std::vector<Tie>& input) {
    if (node_count > std::numeric_limits<NodeIndex>::max() - 1) {
        throw std::length_error("more organisations than the analysis graph's 32-bit indices hold");
    }
    AnalysisGraph graph;
    graph.node_count_ = node_count;
    graph.directed_ = directed;

    // Canonical orientation (undirected: low index first), self-loops out.
    std::vector<Tie> ties;
    ties.reserve(input.size());
    for (const Tie& tie : input) {
        if (tie.source >= node_count || tie.target >= node_count) {
            throw std::out_of_range("tie names a node outside the graph");
        }
        if (tie.source == tie.target) {
            ++graph.report_.self_loops_dropped;
            continue;
        }
        Tie canonical = tie;
        if (!directed && canonical.source > canonical.target) std::swap(canonical.source, canonical.target);
        ties.push_back(canonical);
    }
    // Sorted by (source, target) so parallel ties sit side by side and merge,
    // weights added in file order.
    std::vector<Tie> merged = sorted_by_endpoints(node_count, ties);
    ties = std::vector<Tie>();
    std::size_t kept = 0;
    for (std::size_t k = 0; k < merged.size(); ++k) {
        if (kept > 0 && merged[kept - 1].source == merged[k].source && merged[kept - 1].target == merged[k].target) {
            merged[kept - 1].weight += merged[k].weight;
            ++graph.report_.parallel_relationships_merged;
        } else {
            merged[kept++] = merged[k];
        }
    }
    merged.resize(kept);
    graph.tie_count_ = merged.size();

    // Out-arcs (both directions when undirected) and, for directed maps, in-arcs.
    auto build = [&](bool reversed, bool both_ways) {
        std::vector<Tie> all;
        all.reserve(merged.size() * (both_ways ? 2 : 1));
        for (const Tie& tie : merged) {
            all.push_back(reversed ? Tie{tie.target, tie.source, tie.weight} : tie);
            if (both_ways) all.push_back({tie.target, tie.source, tie.weight});
        }
        all = sorted_by_endpoints(node_count, all);
        // Boost copies the endpoints and arcs straight from the sorted ties: no
        // intermediate arrays, which on 5 million ties saves a quarter of a gigabyte.
        const auto endpoints = [](const Tie& tie) { return std::pair<NodeIndex, NodeIndex>(tie.source, tie.target); };
        const auto arc_of = [](const Tie& tie) { return make_arc(tie.weight); };
        return ArcGraph(boost::edges_are_sorted, boost::make_transform_iterator(all.cbegin(), endpoints),
                        boost::make_transform_iterator(all.cend(), endpoints), boost::make_transform_iterator(all.cbegin(), arc_of),
                        static_cast<NodeIndex>(node_count));
    };
    if (directed) {
        graph.out_ = build(false, false);
        graph.in_ = build(true, false);
    } else {
        graph.out_ = build(false, true);
    }
    merged = std::vector<Tie>();
    return graph;
}

}  // namespace stakemap
