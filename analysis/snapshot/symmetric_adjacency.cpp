#include "analysis/snapshot/symmetric_adjacency.hpp"

#include <algorithm>

namespace stakemap {

SymmetricAdjacency symmetric_adjacency(const AnalysisGraph& graph, bool use_weights) {
    const std::size_t n = graph.node_count();
    const ArcGraph& out = graph.out_arcs();
    const ArcGraph& in = graph.in_arcs();
    auto weight_of = [&](double w) { return use_weights ? std::max(w, 0.0) : 1.0; };
    SymmetricAdjacency adjacency;
    adjacency.offset.assign(n + 1, 0);
    adjacency.partner.reserve(boost::num_edges(out) * (graph.directed() ? 2 : 1));
    adjacency.weight.reserve(adjacency.partner.capacity());
    for (NodeIndex u = 0; u < n; ++u) {
        // Both arc lists are sorted by partner; in a directed map merge them so
        // u->v and v->u become one entry with the weights added.
        auto a = boost::out_edges(u, out);
        auto b = graph.directed() ? boost::out_edges(u, in) : std::make_pair(a.second, a.second);
        auto push = [&](NodeIndex v, double w) {
            if (adjacency.partner.size() > adjacency.offset[u] && adjacency.partner.back() == v) {
                adjacency.weight.back() += w;
            } else {
                adjacency.partner.push_back(v);
                adjacency.weight.push_back(w);
            }
        };
        while (a.first != a.second || b.first != b.second) {
            const bool take_out = b.first == b.second ||
                                  (a.first != a.second && boost::target(*a.first, out) <= boost::target(*b.first, in));
            if (take_out) {
                push(boost::target(*a.first, out), weight_of(out[*a.first].weight));
                ++a.first;
            } else {
                push(boost::target(*b.first, in), weight_of(in[*b.first].weight));
                ++b.first;
            }
        }
        adjacency.offset[u + 1] = adjacency.partner.size();
    }
    return adjacency;
}

}  // namespace stakemap
