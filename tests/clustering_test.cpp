#include <catch2/catch.hpp>

#include "analysis/measures/clustering.hpp"
#include "test_support.hpp"

using namespace stakemap;
using testing::graph_of;

TEST_CASE("clustering of the paw (triangle with a pendant)", "[clustering]") {
    // c has partners a, b, d: one tie (a-b) among 3 pairs.
    const auto values = clustering_coefficients(graph_of(4, false, {{0, 1}, {1, 2}, {2, 0}, {2, 3}}));
    CHECK(values[0] == 1.0);
    CHECK(values[1] == 1.0);
    CHECK(values[2] == Approx(1.0 / 3.0));
    CHECK(values[3] == 0.0);
    CHECK(average_clustering(values) == Approx(7.0 / 12.0));
}

TEST_CASE("clustering is 0 without triangles", "[clustering]") {
    const auto values = clustering_coefficients(graph_of(4, false, {{0, 1}, {0, 2}, {0, 3}}));
    CHECK(values == std::vector<double>(4, 0.0));
    CHECK(average_clustering({}) == 0.0);
}

TEST_CASE("directed clustering (Fagiolo) of a cyclic triangle", "[clustering]") {
    // a->b->c->a: each node has d_tot = 2, no reciprocated ties, one cycle counted
    // twice in T: T = 2, possible = 2 * (2*1 - 0) = 4, c = 1/2.
    const auto values = clustering_coefficients(graph_of(3, true, {{0, 1}, {1, 2}, {2, 0}}));
    for (double value : values) CHECK(value == Approx(0.5));
}

TEST_CASE("directed clustering of a fully reciprocated triangle is 1", "[clustering]") {
    const auto values =
        clustering_coefficients(graph_of(3, true, {{0, 1}, {1, 0}, {1, 2}, {2, 1}, {2, 0}, {0, 2}}));
    for (double value : values) CHECK(value == Approx(1.0));
}
