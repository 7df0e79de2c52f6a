#include "analysis/measures/degree_ordered_rows.hpp"

#include "analysis/measures/row_halves.hpp"

#include <algorithm>

namespace stakemap {
namespace {

// Below this many arcs one core copies the rows (a thread costs more).
constexpr std::size_t kTwoCoresFromArcs = 1000000;

using WeightRule = DegreeOrderedRows::WeightRule;

double weight_used(const Arc& arc, WeightRule rule) {
    switch (rule) {
        case WeightRule::ones: return 1.0;
        case WeightRule::negative_as_zero: return std::max(arc.weight, 0.0);
        case WeightRule::as_given: break;
    }
    return arc.weight;
}

}  // namespace

DegreeOrderedRows::DegreeOrderedRows(const AnalysisGraph& graph, WeightRule rule) {
    const std::size_t n = graph.node_count();
    const ArcGraph& incoming = graph.in_arcs();
    const AnalysisGraph::Rows rows = graph.in_rows();
    const auto degree = [&](std::size_t v) { return rows.row_start[v + 1] - rows.row_start[v]; };

    // Counting sort, highest degree first, ties in organisation order.
    std::uint32_t highest = 0;
    for (std::size_t v = 0; v < n; ++v) highest = std::max(highest, degree(v));
    std::vector<std::uint32_t> next_of_degree(static_cast<std::size_t>(highest) + 2, 0);
    for (std::size_t v = 0; v < n; ++v) ++next_of_degree[highest - degree(v) + 1];
    for (std::size_t d = 1; d < next_of_degree.size(); ++d) next_of_degree[d] += next_of_degree[d - 1];
    position.resize(n);
    std::vector<NodeIndex> node_at(n);
    for (std::size_t v = 0; v < n; ++v) {
        const std::uint32_t row = next_of_degree[highest - degree(v)]++;
        position[v] = row;
        node_at[row] = static_cast<NodeIndex>(v);
    }
    row_start.resize(n + 1);
    row_start[0] = 0;
    for (std::size_t row = 0; row < n; ++row) row_start[row + 1] = row_start[row] + degree(node_at[row]);

    const std::size_t arcs = rows.column.size();
    // Passes over organisations in their own order (arcs read one after another, each
    // organisation's arcs written to its row), split where half the arcs are behind.
    const auto over_organisations = [&](const auto& pass) {
        const auto [lower, upper] = in_two_halves(arcs >= kTwoCoresFromArcs, n, row_at_half_arcs(rows.row_start), [&](std::size_t begin, std::size_t end) {
            return pass(static_cast<NodeIndex>(begin), static_cast<NodeIndex>(end));
        });
        return ArcWeights::wider(lower, upper);
    };
    const ArcWeights::Kind kind = rule == WeightRule::ones ? ArcWeights::Kind::all_ones : over_organisations([&](NodeIndex begin, NodeIndex end) {
        ArcWeights::Kind part = ArcWeights::Kind::all_ones;
        for (NodeIndex v = begin; v < end; ++v) {
            for (const auto arc : boost::make_iterator_range(boost::out_edges(v, incoming))) {
                part = ArcWeights::widened(part, weight_used(incoming[arc], rule));
            }
        }
        return part;
    });
    arc_weight = ArcWeights(kind, arcs);
    column.resize(arcs);
    out_strength.assign(n, 0.0);
    // An undirected map's in-arcs are its out-arcs: their weights summed are the strength.
    const bool strength_from_rows = !graph.directed();
    over_organisations([&](NodeIndex begin, NodeIndex end) {
        for (NodeIndex v = begin; v < end; ++v) {
            const std::uint32_t row = position[v];
            std::size_t k = row_start[row];
            double strength = 0.0;
            for (const auto arc : boost::make_iterator_range(boost::out_edges(v, incoming))) {
                column[k] = position[boost::target(arc, incoming)];
                const double w = weight_used(incoming[arc], rule);
                arc_weight.set(k, w);
                strength += w;
                ++k;
            }
            if (strength_from_rows) out_strength[row] = strength;
        }
        return ArcWeights::Kind::all_ones;
    });
    if (!strength_from_rows) {
        const ArcGraph& outgoing = graph.out_arcs();
        for (NodeIndex u = 0; u < n; ++u) {
            double& strength = out_strength[position[u]];
            for (const auto arc : boost::make_iterator_range(boost::out_edges(u, outgoing))) strength += weight_used(outgoing[arc], rule);
        }
    }
}

}  // namespace stakemap
