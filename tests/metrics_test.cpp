// The metrics runner: selection, column naming, whole-map figures.
#include <catch2/catch.hpp>

#include "analysis/measures/metrics.hpp"
#include "test_support.hpp"

using namespace stakemap;
using testing::graph_of;

TEST_CASE("only the requested metrics are computed", "[metrics]") {
    const auto graph = graph_of(4, false, {{0, 1}, {1, 2}, {2, 3}});
    const auto results = compute_metrics(graph, 3, {Metric::kcore, Metric::betweenness});
    REQUIRE(results.columns.size() == 2);
    CHECK(results.columns[0].name == "betweenness");  // reported in the fixed order
    CHECK(results.columns[1].name == "kcore");
    CHECK(results.column("degree") == nullptr);
    CHECK_FALSE(results.graph.components.has_value());
}

TEST_CASE("all metrics and whole-map figures on the paw", "[metrics]") {
    const auto graph = graph_of(4, false, {{0, 1}, {1, 2}, {2, 0}, {2, 3}});
    const auto results = compute_metrics(graph, 4, all_metrics());
    CHECK(results.graph.nodes == 4);
    CHECK(results.graph.ties == 4);
    CHECK(results.graph.density == Approx(4.0 / 6.0));
    CHECK(*results.graph.components == 1);
    CHECK(*results.graph.largest_component == 4);
    CHECK(*results.graph.average_clustering == Approx(7.0 / 12.0));
    CHECK(*results.graph.articulation_points == 1);
    CHECK(results.graph.bridges->size() == 1);
    CHECK(results.column("betweenness")->values[2] == Approx(2.0 / 3.0));
    CHECK(results.column("articulation")->kind == ColumnKind::flag);
    CHECK(results.column("harmonic") != nullptr);
    CHECK(results.column("in_degree") == nullptr);  // only for directed maps
    CHECK(results.notes.empty());
}

TEST_CASE("directed maps add in- and out-degree columns", "[metrics]") {
    const auto results = compute_metrics(graph_of(2, true, {{0, 1}}), 1, {Metric::degree});
    CHECK(results.column("in_degree")->values == std::vector<double>{0, 1});
    CHECK(results.column("out_degree")->values == std::vector<double>{1, 0});
}

TEST_CASE("weight policy reaches the measures", "[metrics]") {
    const auto graph = AnalysisGraph::from_ties(3, false, {{0, 2, 1.0}, {0, 1, 4.0}, {1, 2, 4.0}});
    const auto hops = compute_metrics(graph, 3, {Metric::betweenness});
    const auto weighted = compute_metrics(graph, 3, {Metric::betweenness}, WeightPolicy{true, true, true});
    CHECK(hops.column("betweenness")->values[1] == 0.0);
    CHECK(weighted.column("betweenness")->values[1] == Approx(1.0));
}

TEST_CASE("metric names round-trip", "[metrics]") {
    for (const Metric metric : all_metrics()) CHECK(metric_from_name(metric_name(metric)) == metric);
    CHECK_FALSE(metric_from_name("centrality").has_value());
}
