// The snapshot's simplification policy: self-loops dropped, parallel ties merged.
#include <catch2/catch.hpp>

#include "analysis/snapshot/analysis_graph.hpp"
#include "test_support.hpp"

using namespace stakemap;

TEST_CASE("parallel relationships merge into one tie with summed weight", "[analysis_graph]") {
    // 0 =2= 1 - 2   (two relationships 0-1, weights 1 and 2; one written 1-0)
    const auto graph = AnalysisGraph::from_ties(3, false, {{0, 1, 1.0}, {1, 0, 2.0}, {1, 2, 1.0}});
    CHECK(graph.tie_count() == 2);
    CHECK(graph.report().parallel_relationships_merged == 1);
    const auto& arcs = graph.out_arcs();
    REQUIRE(boost::out_degree(NodeIndex{0}, arcs) == 1);
    const auto arc = *boost::out_edges(NodeIndex{0}, arcs).first;
    CHECK(arcs[arc].weight == 3.0);
    CHECK(arcs[arc].distance == Approx(1.0 / 3.0));
}

TEST_CASE("self-loops are dropped and counted", "[analysis_graph]") {
    const auto graph = AnalysisGraph::from_ties(2, false, {{0, 0, 1.0}, {0, 1, 1.0}, {1, 1, 5.0}});
    CHECK(graph.tie_count() == 1);
    CHECK(graph.report().self_loops_dropped == 2);
}

TEST_CASE("directed ties keep their direction and opposite arcs are distinct", "[analysis_graph]") {
    // 0 -> 1, 1 -> 0, 1 -> 2
    const auto graph = testing::graph_of(3, true, {{0, 1}, {1, 0}, {1, 2}});
    CHECK(graph.tie_count() == 3);
    CHECK(boost::out_degree(NodeIndex{1}, graph.out_arcs()) == 2);
    CHECK(boost::out_degree(NodeIndex{1}, graph.in_arcs()) == 1);
    CHECK(boost::out_degree(NodeIndex{2}, graph.in_arcs()) == 1);
    CHECK(boost::out_degree(NodeIndex{2}, graph.out_arcs()) == 0);
}

TEST_CASE("an undirected tie is stored both ways", "[analysis_graph]") {
    const auto graph = testing::graph_of(2, false, {{1, 0}});
    CHECK(boost::out_degree(NodeIndex{0}, graph.out_arcs()) == 1);
    CHECK(boost::out_degree(NodeIndex{1}, graph.out_arcs()) == 1);
    CHECK(&graph.in_arcs() == &graph.out_arcs());
}

TEST_CASE("a zero weight is an infinitely long path", "[analysis_graph]") {
    const auto graph = AnalysisGraph::from_ties(2, false, {{0, 1, 0.0}});
    const auto& arcs = graph.out_arcs();
    CHECK(std::isinf(arcs[*boost::out_edges(NodeIndex{0}, arcs).first].distance));
}

TEST_CASE("ties naming nodes outside the graph are refused", "[analysis_graph]") {
    CHECK_THROWS_AS(AnalysisGraph::from_ties(2, false, {{0, 2, 1.0}}), std::out_of_range);
}
