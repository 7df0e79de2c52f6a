#include "analysis/undirected_view.hpp"

#include <unordered_set>

namespace stakemap {

UndirectedGraph undirected_view(const AnalysisGraph& graph, ReciprocalTies reciprocal) {
    UndirectedGraph view(graph.node_count());
    const ArcGraph& arcs = graph.out_arcs();
    std::size_t index = 0;
    auto add = [&](NodeIndex u, NodeIndex v) { boost::add_edge(u, v, index++, view); };
    for (NodeIndex u = 0; u < graph.node_count(); ++u) {
        for (const auto arc : boost::make_iterator_range(boost::out_edges(u, arcs))) {
            const NodeIndex v = boost::target(arc, arcs);
            if (!graph.directed()) {
                if (u < v) add(u, v);  // stored both ways; take each tie once
            } else if (reciprocal == ReciprocalTies::keep_both || !boost::edge(v, u, arcs).second || u < v) {
                add(u, v);
            }
        }
    }
    return view;
}

}  // namespace stakemap
