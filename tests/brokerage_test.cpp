#include <catch2/catch.hpp>

#include <cmath>

#include "analysis/measures/brokerage.hpp"
#include "test_support.hpp"

using namespace stakemap;
using testing::graph_of;

TEST_CASE("Burt's measures on a star", "[brokerage]") {
    // Centre 0 with leaves 1, 2, 3 that do not know each other.
    const auto holes = structural_holes(graph_of(4, false, {{0, 1}, {0, 2}, {0, 3}}));
    CHECK(holes.constraint[0] == Approx(3.0 * (1.0 / 9.0)));  // three partners, each 1/3, no indirect ties
    CHECK(holes.constraint[1] == Approx(1.0));
    CHECK(holes.effective_size[0] == Approx(3.0));
    CHECK(holes.effective_size[1] == Approx(1.0));
    CHECK(holes.hierarchy[0] == Approx(0.0));  // constraint spread evenly
    CHECK(std::isnan(holes.hierarchy[1]));     // one partner: undefined
}

TEST_CASE("Burt's measures on a triangle", "[brokerage]") {
    // Each partner p = 1/2, plus 1/2 * 1/2 through the third: (3/4)^2 per partner.
    const auto holes = structural_holes(graph_of(3, false, {{0, 1}, {1, 2}, {2, 0}}));
    CHECK(holes.constraint[0] == Approx(2.0 * 9.0 / 16.0));
    CHECK(holes.effective_size[0] == Approx(2.0 - 2.0 * 1.0 / 2.0));  // n - 2t/n
}

TEST_CASE("Burt's measures are undefined for isolated organisations", "[brokerage]") {
    const auto holes = structural_holes(graph_of(3, false, {{0, 1}}));
    CHECK(std::isnan(holes.constraint[2]));
    CHECK(std::isnan(holes.effective_size[2]));
}

TEST_CASE("Gould-Fernandez roles of each kind", "[brokerage]") {
    // Five separate directed two-paths a -> b -> c, groups chosen for each role,
    // and one closed triad (a -> c present) that brokers nothing.
    //   0 X -> 1 X -> 2 X   coordinator
    //   3 X -> 4 Y -> 5 X   itinerant
    //   6 Y -> 7 X -> 8 X   gatekeeper
    //   9 X -> 10 X -> 11 Y representative
    //  12 X -> 13 Y -> 14 Z liaison
    //  15 X -> 16 X -> 17 X with 15 -> 17: closed
    const auto graph = graph_of(18, true, {{0, 1}, {1, 2}, {3, 4}, {4, 5}, {6, 7}, {7, 8}, {9, 10}, {10, 11}, {12, 13}, {13, 14},
                                           {15, 16}, {16, 17}, {15, 17}});
    const std::vector<std::string> group = {"X", "X", "X", "X", "Y", "X", "Y", "X", "X", "X", "X", "Y", "X", "Y", "Z", "X", "X", "X"};
    const auto roles = brokerage_roles(graph, group);
    CHECK(roles.coordinator[1] == 1);
    CHECK(roles.itinerant[4] == 1);
    CHECK(roles.gatekeeper[7] == 1);
    CHECK(roles.representative[10] == 1);
    CHECK(roles.liaison[13] == 1);
    CHECK(roles.total(16) == 0);
    CHECK(roles.total(0) == 0);
}

TEST_CASE("Gould-Fernandez in an undirected map counts both orders", "[brokerage]") {
    // a - b - c with groups X, X, Y: as a -> b -> c b represents, as c -> b -> a b keeps the gate.
    const auto roles = brokerage_roles(graph_of(3, false, {{0, 1}, {1, 2}}), {"X", "X", "Y"});
    CHECK(roles.representative[1] == 1);
    CHECK(roles.gatekeeper[1] == 1);
    CHECK(roles.total(1) == 2);
}
