#include "analysis/analysis_graph.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <utility>

namespace stakemap {
namespace {

ArcGraph build_csr(std::size_t node_count, const std::vector<std::pair<NodeIndex, NodeIndex>>& pairs,
                   const std::vector<Arc>& arcs) {
    // Pairs arrive sorted by source, so the sorted constructor can be used.
    return ArcGraph(boost::edges_are_sorted, pairs.begin(), pairs.end(), arcs.begin(),
                    static_cast<NodeIndex>(node_count));
}

Arc make_arc(double weight) {
    return {weight, weight > 0 ? 1.0 / weight : std::numeric_limits<double>::infinity()};
}

}  // namespace

AnalysisGraph AnalysisGraph::from_map(const StakeholderMap& map) {
    std::vector<Tie> ties;
    ties.reserve(map.relationship_count());
    for (const auto handle : map.relationship_handles()) {
        const auto view = map.relationship(handle);
        ties.push_back({static_cast<NodeIndex>(view.source), static_cast<NodeIndex>(view.target), view.data.weight});
    }
    return from_ties(map.organisation_count(), map.directed(), ties);
}

AnalysisGraph AnalysisGraph::from_ties(std::size_t node_count, bool directed, const std::vector<Tie>& input) {
    if (node_count > std::numeric_limits<NodeIndex>::max() - 1) {
        throw std::length_error("more organisations than the analysis graph's 32-bit indices hold");
    }
    AnalysisGraph graph;
    graph.node_count_ = node_count;
    graph.directed_ = directed;

    // Canonical orientation, then sort so parallel ties sit next to each other and merge.
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
    std::stable_sort(ties.begin(), ties.end(), [](const Tie& a, const Tie& b) {
        return std::tie(a.source, a.target) < std::tie(b.source, b.target);
    });
    std::vector<Tie> merged;
    merged.reserve(ties.size());
    for (const Tie& tie : ties) {
        if (!merged.empty() && merged.back().source == tie.source && merged.back().target == tie.target) {
            merged.back().weight += tie.weight;
            ++graph.report_.parallel_relationships_merged;
        } else {
            merged.push_back(tie);
        }
    }
    graph.tie_count_ = merged.size();

    // Out-arcs (both directions when undirected) and, for directed maps, in-arcs.
    auto build = [&](bool reversed, bool both_ways) {
        std::vector<std::pair<NodeIndex, NodeIndex>> pairs;
        std::vector<Arc> arcs;
        std::vector<Tie> all;
        all.reserve(merged.size() * (both_ways ? 2 : 1));
        for (const Tie& tie : merged) {
            all.push_back(reversed ? Tie{tie.target, tie.source, tie.weight} : tie);
            if (both_ways) all.push_back({tie.target, tie.source, tie.weight});
        }
        std::sort(all.begin(), all.end(), [](const Tie& a, const Tie& b) {
            return std::tie(a.source, a.target) < std::tie(b.source, b.target);
        });
        pairs.reserve(all.size());
        arcs.reserve(all.size());
        for (const Tie& tie : all) {
            pairs.emplace_back(tie.source, tie.target);
            arcs.push_back(make_arc(tie.weight));
        }
        return build_csr(node_count, pairs, arcs);
    };
    if (directed) {
        graph.out_ = build(false, false);
        graph.in_ = build(true, false);
    } else {
        graph.out_ = build(false, true);
    }
    return graph;
}

}  // namespace stakemap
