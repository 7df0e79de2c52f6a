#include <catch2/catch.hpp>

#include "analysis/betweenness.hpp"
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
