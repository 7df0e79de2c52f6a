#include <catch2/catch.hpp>

#include "analysis/measures/betweenness.hpp"
#include "test_support.hpp"

using namespace stakemap;
using testing::graph_of;

TEST_CASE("betweenness on a path a-b-c-d", "[betweenness]") {
    // b lies on the paths a-c and a-d: 2 of 3 pairs not involving b.
    const auto values = betweenness_centrality(graph_of(4, false, {{0, 1}, {1, 2}, {2, 3}}));
    CHECK(values[0] == 0.0);
    CHECK(values[1] == Approx(2.0 / 3.0));
    CHECK(values[2] == Approx(2.0 / 3.0));
    CHECK(values[3] == 0.0);
}

TEST_CASE("betweenness of a star's centre is 1", "[betweenness]") {
    const auto values = betweenness_centrality(graph_of(5, false, {{0, 1}, {0, 2}, {0, 3}, {0, 4}}));
    CHECK(values[0] == Approx(1.0));
    CHECK(values[1] == 0.0);
}

TEST_CASE("betweenness splits over equal shortest paths", "[betweenness]") {
    //   1
    //  /  \   two shortest paths 0-3: through 1 and through 2
    // 0    3
    //  \  /
    //   2 .
    const auto values = betweenness_centrality(graph_of(4, false, {{0, 1}, {0, 2}, {1, 3}, {2, 3}}));
    // pair (0,3) gives 1/2 to nodes 1 and 2; pair (1,2) gives 1/2 to 0 and 3. 3 pairs exclude each node.
    for (double value : values) CHECK(value == Approx(0.5 / 3.0));
}

TEST_CASE("directed betweenness on a 3-cycle with a tail", "[betweenness]") {
    // a->b->c->a, c->d.  Paths through b: a->c, a->d. Through c: a->d, b->a, b->d. Through a: c->b.
    const auto values = betweenness_centrality(graph_of(4, true, {{0, 1}, {1, 2}, {2, 0}, {2, 3}}));
    CHECK(values[0] == Approx(1.0 / 6.0));
    CHECK(values[1] == Approx(2.0 / 6.0));
    CHECK(values[2] == Approx(3.0 / 6.0));
    CHECK(values[3] == 0.0);
}

TEST_CASE("weighted betweenness prefers strong ties", "[betweenness]") {
    // 0 -(weight 1)- 2 directly, or 0 -(4)- 1 -(4)- 2: lengths 1 vs 1/4 + 1/4.
    const auto graph = AnalysisGraph::from_ties(3, false, {{0, 2, 1.0}, {0, 1, 4.0}, {1, 2, 4.0}});
    CHECK(betweenness_centrality(graph, PathLength::hops)[1] == 0.0);
    CHECK(betweenness_centrality(graph, PathLength::inverse_weight)[1] == Approx(1.0));
}

TEST_CASE("betweenness is zero on tiny and disconnected maps", "[betweenness]") {
    CHECK(betweenness_centrality(graph_of(2, false, {{0, 1}})) == std::vector<double>{0, 0});
    CHECK(betweenness_centrality(graph_of(0, false, {})).empty());
    const auto values = betweenness_centrality(graph_of(5, false, {{0, 1}, {1, 2}, {3, 4}}));
    CHECK(values[1] == Approx(1.0 / 6.0));  // one pair (0,2) of the 6 pairs without node 1
    CHECK(values[3] == 0.0);
}

#include "analysis/measures/metrics.hpp"
#include "analysis/measures/sampled_betweenness.hpp"
#include "importers/importer.hpp"

TEST_CASE("Sampled betweenness stays within epsilon of the exact values (karate, Les Miserables, a directed path)", "[betweenness]") {
    for (const char* name : {"classic/karate.graphml", "classic/les-miserables.gexf"}) {
        const auto map = stakemap::import_map(stakemap::testing::dataset(name)).map;
        const auto graph = stakemap::AnalysisGraph::from_map(map);
        const auto exact = stakemap::betweenness_centrality(graph);
        const auto estimate = stakemap::sampled_betweenness(graph, 0.02, 0.1, 7);
        CHECK(estimate.samples > 1000);
        double worst = 0;
        for (std::size_t v = 0; v < exact.size(); ++v) worst = std::max(worst, std::abs(exact[v] - estimate.values[v]));
        INFO(name << ": worst error " << worst << " from " << estimate.samples << " samples");
        CHECK(worst < 0.02);
        // The best broker is the same one.
        const auto top = [](const std::vector<double>& values) { return std::max_element(values.begin(), values.end()) - values.begin(); };
        CHECK(top(exact) == top(estimate.values));
    }
    // Directed path a -> b -> c -> d: b lies on a->c and a->d, c on a->d and b->d: 2 of 6 ordered pairs each.
    const auto path = stakemap::testing::graph_of(4, true, {{0, 1}, {1, 2}, {2, 3}});
    const auto estimate = stakemap::sampled_betweenness(path, 0.01, 0.1, 3);
    CHECK(estimate.values[0] == 0.0);
    CHECK(estimate.values[3] == 0.0);
    CHECK(estimate.values[1] == Approx(2.0 / 6).margin(0.02));  // epsilon 0.01 holds with probability 0.9; 0.02 almost surely
    CHECK(estimate.values[2] == Approx(2.0 / 6).margin(0.02));
}

TEST_CASE("compute_metrics samples betweenness above the size limit or when epsilon is given, and says so", "[betweenness]") {
    const auto map = stakemap::import_map(stakemap::testing::dataset("classic/karate.graphml")).map;
    const auto graph = stakemap::AnalysisGraph::from_map(map);
    stakemap::BetweennessPolicy policy;
    CHECK(stakemap::compute_metrics(graph, map.relationship_count(), {stakemap::Metric::betweenness}, {}, 1, policy).notes.empty());
    policy.epsilon = 0.05;
    const auto sampled = stakemap::compute_metrics(graph, map.relationship_count(), {stakemap::Metric::betweenness}, {}, 1, policy);
    REQUIRE(sampled.notes.size() == 1);
    CHECK_THAT(sampled.notes[0], Catch::Contains("sampled shortest paths"));
    policy.epsilon.reset();
    policy.exact_up_to = 10;
    CHECK(stakemap::compute_metrics(graph, map.relationship_count(), {stakemap::Metric::betweenness}, {}, 1, policy).notes.size() == 1);
    policy.force_exact = true;
    CHECK(stakemap::compute_metrics(graph, map.relationship_count(), {stakemap::Metric::betweenness}, {}, 1, policy).notes.empty());
}

#include "graph/support/progress.hpp"

TEST_CASE("Long measures report progress and stop when cancelled", "[betweenness]") {
    const auto map = stakemap::import_map(stakemap::testing::dataset("classic/les-miserables.gexf")).map;
    const auto graph = stakemap::AnalysisGraph::from_map(map);
    {
        stakemap::ProgressReport report;
        const stakemap::ProgressScope scope(report);
        const auto results = stakemap::compute_metrics(graph, map.relationship_count(), {stakemap::Metric::betweenness});
        const auto state = report.snapshot();
        CHECK(state.task == "betweenness");
        CHECK(state.total == graph.node_count());  // one step per source
        CHECK(state.done == graph.node_count());
        CHECK(results.column("betweenness"));
    }
    {
        stakemap::ProgressReport report;
        report.cancel();
        const stakemap::ProgressScope scope(report);
        CHECK_THROWS_AS(stakemap::compute_metrics(graph, map.relationship_count(), {stakemap::Metric::closeness}), stakemap::Cancelled);
        CHECK_THROWS_AS(stakemap::sampled_betweenness(graph, 0.05), stakemap::Cancelled);
        CHECK_THROWS_AS(stakemap::compute_metrics(graph, map.relationship_count(), {stakemap::Metric::pagerank}), stakemap::Cancelled);
    }
    // Without a report nothing changes.
    CHECK(stakemap::current_progress() == nullptr);
    CHECK_NOTHROW(stakemap::compute_metrics(graph, map.relationship_count(), {stakemap::Metric::closeness}));
}
