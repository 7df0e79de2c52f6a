#include <catch2/catch.hpp>

#include "analysis/measures/structure.hpp"
#include "test_support.hpp"

using namespace stakemap;
using testing::graph_of;

// The "paw": a triangle a-b-c with a pendant d on c.
//   a
//   |  \   (a-b, b-c, c-a, c-d)
//   b---c---d
static AnalysisGraph paw() { return graph_of(4, false, {{0, 1}, {1, 2}, {2, 0}, {2, 3}}); }

TEST_CASE("core numbers of the paw", "[kcore]") {
    CHECK(core_numbers(paw()) == std::vector<double>{2, 2, 2, 1});
}

TEST_CASE("core numbers of a directed map count in + out", "[kcore]") {
    // 0 <-> 1 (reciprocated): each has degree 2 in NetworkX's sense, so the 2-core.
    CHECK(core_numbers(graph_of(3, true, {{0, 1}, {1, 0}, {1, 2}})) == std::vector<double>{2, 2, 1});
}

TEST_CASE("core number of an isolated organisation is 0", "[kcore]") {
    CHECK(core_numbers(graph_of(3, false, {{0, 1}})) == std::vector<double>{1, 1, 0});
}

TEST_CASE("components are numbered in order of their first organisation", "[components]") {
    // 0-2, 1 alone, 3-4
    const auto result = connected_components(graph_of(5, false, {{0, 2}, {3, 4}}));
    CHECK(result.component == std::vector<std::size_t>{0, 1, 0, 2, 2});
    CHECK(result.sizes == std::vector<std::size_t>{2, 1, 2});
}

TEST_CASE("directed maps have weakly connected components", "[components]") {
    const auto result = connected_components(graph_of(3, true, {{0, 1}, {2, 1}}));
    CHECK(result.sizes == std::vector<std::size_t>{3});
}

TEST_CASE("articulation points and bridges of the paw", "[fragility]") {
    const auto result = fragility(paw());
    CHECK(result.articulation == std::vector<bool>{false, false, true, false});
    REQUIRE(result.bridges.size() == 1);
    CHECK(result.bridges[0] == std::pair<NodeIndex, NodeIndex>{2, 3});
}

TEST_CASE("every tie of a path is a bridge and its inner organisations are cut points", "[fragility]") {
    const auto result = fragility(graph_of(4, false, {{0, 1}, {1, 2}, {2, 3}}));
    CHECK(result.articulation == std::vector<bool>{false, true, true, false});
    CHECK(result.bridges.size() == 3);
}

TEST_CASE("a cycle has no fragile points", "[fragility]") {
    const auto result = fragility(graph_of(4, false, {{0, 1}, {1, 2}, {2, 3}, {3, 0}}));
    CHECK(result.articulation == std::vector<bool>(4, false));
    CHECK(result.bridges.empty());
}

TEST_CASE("a reciprocated directed pair is one tie, still a bridge", "[fragility]") {
    const auto result = fragility(graph_of(3, true, {{0, 1}, {1, 0}, {1, 2}}));
    CHECK(result.bridges.size() == 2);
    CHECK(result.articulation == std::vector<bool>{false, true, false});
}
