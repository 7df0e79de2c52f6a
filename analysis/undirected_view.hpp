#pragma once
// An undirected Boost adjacency_list over an AnalysisGraph, for the Boost
// algorithms that require an undirected graph (connected components,
// articulation points, biconnected components, core numbers).

#include <boost/graph/adjacency_list.hpp>

#include "analysis/analysis_graph.hpp"

namespace stakemap {

using UndirectedGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                              boost::property<boost::edge_index_t, std::size_t>>;

enum class ReciprocalTies {
    merge,      // u->v and v->u become one undirected tie (the underlying simple graph)
    keep_both,  // each arc is its own tie, as NetworkX counts degree (in + out) in a directed graph
};

UndirectedGraph undirected_view(const AnalysisGraph& graph, ReciprocalTies reciprocal = ReciprocalTies::merge);

}  // namespace stakemap
