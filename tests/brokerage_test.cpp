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

TEST_CASE("Burt's and Gould-Fernandez measures are the same in every block of a big map", "[brokerage]") {
    // 2,000 copies of the 18-organisation map above (undirected here), so the egos are
    // shared out in blocks over the cores: every copy must get the one copy's figures.
    const std::vector<std::pair<NodeIndex, NodeIndex>> one = {{0, 1}, {1, 2}, {3, 4}, {4, 5}, {6, 7}, {7, 8}, {9, 10}, {10, 11}, {12, 13},
                                                              {13, 14}, {15, 16}, {16, 17}, {15, 17}, {1, 4}, {4, 7}, {7, 1}};
    const std::vector<std::string> one_group = {"X", "X", "X", "X", "Y", "X", "Y", "X", "X", "X", "X", "Y", "X", "Y", "Z", "X", "X", "X"};
    const std::size_t copies = 2000, size = one_group.size();
    std::vector<std::pair<NodeIndex, NodeIndex>> ties;
    std::vector<std::string> group;
    for (std::size_t c = 0; c < copies; ++c) {
        const auto base = static_cast<NodeIndex>(c * size);
        for (const auto& [a, b] : one) ties.emplace_back(base + a, base + b);
        group.insert(group.end(), one_group.begin(), one_group.end());
    }
    const auto small_holes = structural_holes(graph_of(size, false, one));
    const auto small_roles = brokerage_roles(graph_of(size, false, one), one_group);
    const auto holes = structural_holes(graph_of(copies * size, false, ties));
    const auto roles = brokerage_roles(graph_of(copies * size, false, ties), group);
    // Hand check of the copy: 4 is tied to 3, 5, 1 and 7, and 1 - 7 closes a triangle.
    CHECK(small_roles.total(4) > 0);
    CHECK(small_holes.effective_size[4] == Approx(4.0 - 2.0 * 1.0 / 4.0));  // n - 2t/n with one tie among partners
    std::size_t mismatches = 0;
    for (std::size_t v = 0; v < copies * size; ++v) {
        const std::size_t k = v % size;
        const bool same_holes = std::isnan(small_holes.constraint[k]) ? std::isnan(holes.constraint[v])
                                                                       : holes.constraint[v] == small_holes.constraint[k] &&
                                                                             holes.effective_size[v] == small_holes.effective_size[k];
        const bool same_roles = roles.coordinator[v] == small_roles.coordinator[k] && roles.itinerant[v] == small_roles.itinerant[k] &&
                                roles.gatekeeper[v] == small_roles.gatekeeper[k] && roles.representative[v] == small_roles.representative[k] &&
                                roles.liaison[v] == small_roles.liaison[k];
        if (!same_holes || !same_roles) ++mismatches;
    }
    CHECK(mismatches == 0);
}
