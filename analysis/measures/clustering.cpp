#include "analysis/measures/clustering.hpp"

#include <numeric>

namespace stakemap {
namespace {

// Bit flags marking how a node relates to the organisation being scored.
constexpr unsigned char kPredecessor = 1;
constexpr unsigned char kSuccessor = 2;

unsigned count_bits(unsigned char flags) { return (flags & kPredecessor ? 1u : 0u) + (flags & kSuccessor ? 1u : 0u); }

std::vector<double> undirected_clustering(const AnalysisGraph& graph) {
    const std::size_t n = graph.node_count();
    const ArcGraph& arcs = graph.out_arcs();
    std::vector<double> result(n, 0.0);
    std::vector<unsigned char> is_partner(n, 0);
    for (NodeIndex u = 0; u < n; ++u) {
        const auto range = boost::make_iterator_range(boost::out_edges(u, arcs));
        const double degree = static_cast<double>(boost::out_degree(u, arcs));
        if (degree < 2) continue;
        for (const auto arc : range) is_partner[boost::target(arc, arcs)] = 1;
        double links = 0.0;  // each tie among partners is seen from both ends
        for (const auto arc : range) {
            for (const auto next : boost::make_iterator_range(boost::out_edges(boost::target(arc, arcs), arcs))) {
                links += is_partner[boost::target(next, arcs)];
            }
        }
        for (const auto arc : range) is_partner[boost::target(arc, arcs)] = 0;
        result[u] = links / (degree * (degree - 1));
    }
    return result;
}

std::vector<double> directed_clustering(const AnalysisGraph& graph) {
    const std::size_t n = graph.node_count();
    const ArcGraph& out = graph.out_arcs();
    const ArcGraph& in = graph.in_arcs();
    std::vector<double> result(n, 0.0);
    std::vector<unsigned char> relation(n, 0);
    auto for_partners = [&](NodeIndex v, auto visit) {
        for (const auto arc : boost::make_iterator_range(boost::out_edges(v, in))) visit(boost::target(arc, in), kPredecessor);
        for (const auto arc : boost::make_iterator_range(boost::out_edges(v, out))) visit(boost::target(arc, out), kSuccessor);
    };
    for (NodeIndex i = 0; i < n; ++i) {
        for_partners(i, [&](NodeIndex j, unsigned char flag) { relation[j] |= flag; });
        double triangles = 0.0;
        // For each j among i's predecessors and successors (twice if both),
        // count the k that are j's predecessors or successors and i's too.
        for_partners(i, [&](NodeIndex j, unsigned char) {
            for_partners(j, [&](NodeIndex k, unsigned char) { triangles += count_bits(relation[k]); });
        });
        const double total = static_cast<double>(boost::out_degree(i, in) + boost::out_degree(i, out));
        double reciprocal = 0.0;
        for_partners(i, [&](NodeIndex j, unsigned char flag) {
            if (flag == kSuccessor && relation[j] == (kPredecessor | kSuccessor)) reciprocal += 1.0;
        });
        for_partners(i, [&](NodeIndex j, unsigned char) { relation[j] = 0; });
        const double possible = 2.0 * (total * (total - 1.0) - 2.0 * reciprocal);
        if (triangles > 0.0 && possible > 0.0) result[i] = triangles / possible;
    }
    return result;
}

}  // namespace

std::vector<double> clustering_coefficients(const AnalysisGraph& graph) {
    return graph.directed() ? directed_clustering(graph) : undirected_clustering(graph);
}

double average_clustering(const std::vector<double>& coefficients) {
    if (coefficients.empty()) return 0.0;
    return std::accumulate(coefficients.begin(), coefficients.end(), 0.0) / static_cast<double>(coefficients.size());
}

}  // namespace stakemap
