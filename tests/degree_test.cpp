#include <catch2/catch.hpp>

#include "analysis/measures/degree.hpp"
#include "test_support.hpp"

using namespace stakemap;
using testing::graph_of;

TEST_CASE("degree of a path a-b-c-d", "[degree]") {
    const auto result = compute_degree(graph_of(4, false, {{0, 1}, {1, 2}, {2, 3}}));
    CHECK(result.degree == std::vector<double>{1, 2, 2, 1});
    CHECK(result.in_degree == result.degree);
}

TEST_CASE("directed degree is in + out and strength sums weights", "[degree]") {
    // 0 -(2)-> 1 -(0.5)-> 2, 2 -(1)-> 0
    const auto graph = AnalysisGraph::from_ties(3, true, {{0, 1, 2.0}, {1, 2, 0.5}, {2, 0, 1.0}});
    const auto result = compute_degree(graph);
    CHECK(result.out_degree == std::vector<double>{1, 1, 1});
    CHECK(result.in_degree == std::vector<double>{1, 1, 1});
    CHECK(result.degree == std::vector<double>{2, 2, 2});
    CHECK(result.strength == std::vector<double>{3.0, 2.5, 1.5});
}

TEST_CASE("degree counts distinct partners when relationships repeat", "[degree]") {
    const auto graph = AnalysisGraph::from_ties(2, false, {{0, 1, 1.0}, {0, 1, 1.0}});
    const auto result = compute_degree(graph);
    CHECK(result.degree == std::vector<double>{1, 1});
    CHECK(result.strength == std::vector<double>{2, 2});
}

TEST_CASE("density", "[degree]") {
    CHECK(density(graph_of(4, false, {{0, 1}, {1, 2}, {2, 3}})) == Approx(0.5));   // 3 of 6
    CHECK(density(graph_of(3, true, {{0, 1}, {1, 0}, {1, 2}})) == Approx(0.5));    // 3 of 6
    CHECK(density(graph_of(1, false, {})) == 0.0);
    CHECK(density(graph_of(0, false, {})) == 0.0);
}
