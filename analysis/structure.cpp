#include "analysis/structure.hpp"

#include <algorithm>

#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/core_numbers.hpp>

#include "analysis/undirected_view.hpp"

namespace stakemap {

std::vector<double> core_numbers(const AnalysisGraph& graph) {
    const UndirectedGraph view = undirected_view(graph, ReciprocalTies::keep_both);
    std::vector<std::size_t> core(graph.node_count(), 0);
    boost::core_numbers(view, boost::make_iterator_property_map(core.begin(), boost::get(boost::vertex_index, view)));
    return {core.begin(), core.end()};
}

ComponentResult connected_components(const AnalysisGraph& graph) {
    const UndirectedGraph view = undirected_view(graph);
    ComponentResult result;
    result.component.assign(graph.node_count(), 0);
    const std::size_t count = boost::connected_components(
        view, boost::make_iterator_property_map(result.component.begin(), boost::get(boost::vertex_index, view)));
    // Boost already numbers components in vertex order; recount sizes.
    result.sizes.assign(count, 0);
    for (std::size_t c : result.component) ++result.sizes[c];
    return result;
}

FragilityResult fragility(const AnalysisGraph& graph) {
    const UndirectedGraph view = undirected_view(graph);
    FragilityResult result;
    result.articulation.assign(graph.node_count(), false);
    std::vector<std::size_t> edge_component(boost::num_edges(view), 0);
    std::vector<UndirectedGraph::vertex_descriptor> cut_vertices;
    const auto [count, out] = boost::biconnected_components(
        view, boost::make_iterator_property_map(edge_component.begin(), boost::get(boost::edge_index, view)),
        std::back_inserter(cut_vertices));
    (void)out;
    for (auto v : cut_vertices) result.articulation[v] = true;

    // A bridge is a biconnected component made of a single tie.
    std::vector<std::size_t> ties_per_component(count, 0);
    for (std::size_t c : edge_component) ++ties_per_component[c];
    for (const auto edge : boost::make_iterator_range(boost::edges(view))) {
        if (ties_per_component[edge_component[boost::get(boost::edge_index, view, edge)]] != 1) continue;
        NodeIndex a = static_cast<NodeIndex>(boost::source(edge, view));
        NodeIndex b = static_cast<NodeIndex>(boost::target(edge, view));
        result.bridges.emplace_back(std::min(a, b), std::max(a, b));
    }
    std::sort(result.bridges.begin(), result.bridges.end());
    return result;
}

}  // namespace stakemap
