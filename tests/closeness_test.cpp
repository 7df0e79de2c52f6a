#include <catch2/catch.hpp>

#include "analysis/measures/closeness.hpp"
#include "test_support.hpp"

using namespace stakemap;
using testing::graph_of;

TEST_CASE("closeness and harmonic on a path a-b-c-d", "[closeness]") {
    const auto result = closeness_centrality(graph_of(4, false, {{0, 1}, {1, 2}, {2, 3}}));
    CHECK(result.closeness[0] == Approx(3.0 / 6.0));  // distances 1, 2, 3
    CHECK(result.closeness[1] == Approx(3.0 / 4.0));  // distances 1, 1, 2
    CHECK(result.harmonic[0] == Approx(1.0 + 0.5 + 1.0 / 3.0));
    CHECK(result.harmonic[1] == Approx(2.5));
}

TEST_CASE("closeness in a disconnected map scales by the reachable share", "[closeness]") {
    // 0-1-2 and 3-4: node 1 reaches 2 of 4 others at distance 1 each.
    const auto result = closeness_centrality(graph_of(5, false, {{0, 1}, {1, 2}, {3, 4}}));
    CHECK(result.closeness[1] == Approx((2.0 / 2.0) * (2.0 / 4.0)));
    CHECK(result.closeness[0] == Approx((2.0 / 3.0) * (2.0 / 4.0)));
    CHECK(result.closeness[3] == Approx((1.0 / 1.0) * (1.0 / 4.0)));
}

TEST_CASE("an isolated organisation has closeness 0", "[closeness]") {
    const auto result = closeness_centrality(graph_of(3, false, {{0, 1}}));
    CHECK(result.closeness[2] == 0.0);
    CHECK(result.harmonic[2] == 0.0);
    CHECK(closeness_centrality(graph_of(1, false, {})).closeness == std::vector<double>{0.0});
}

TEST_CASE("directed closeness counts paths towards the organisation", "[closeness]") {
    // a->b->c->a, c->d. d is reached by c (1), b (2), a (3). a is reached by c (1), b (2).
    const auto result = closeness_centrality(graph_of(4, true, {{0, 1}, {1, 2}, {2, 0}, {2, 3}}));
    CHECK(result.closeness[3] == Approx(3.0 / 6.0));
    CHECK(result.closeness[0] == Approx((2.0 / 3.0) * (2.0 / 3.0)));
    CHECK(result.harmonic[3] == Approx(1.0 + 0.5 + 1.0 / 3.0));
}

TEST_CASE("weighted closeness uses length 1/weight", "[closeness]") {
    // 0 -(2)- 1 -(4)- 2: lengths 0.5 and 0.25.
    const auto graph = AnalysisGraph::from_ties(3, false, {{0, 1, 2.0}, {1, 2, 4.0}});
    const auto result = closeness_centrality(graph, PathLength::inverse_weight);
    CHECK(result.closeness[1] == Approx(2.0 / 0.75));
    CHECK(result.closeness[0] == Approx(2.0 / (0.5 + 0.75)));
    CHECK(result.harmonic[0] == Approx(2.0 + 1.0 / 0.75));
}
