#include <catch2/catch.hpp>

#include "analysis/measures/communities.hpp"
#include "importers/importer.hpp"
#include "test_support.hpp"

using namespace stakemap;
using testing::graph_of;

// Two triangles joined by one tie:  0-1-2 triangle, 3-4-5 triangle, 2-3 bridge.
static AnalysisGraph two_triangles() {
    return graph_of(6, false, {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}, {5, 3}, {2, 3}});
}

TEST_CASE("Louvain splits two triangles joined by a bridge", "[communities]") {
    const auto result = louvain_communities(two_triangles());
    CHECK(result.count == 2);
    CHECK(result.community == std::vector<std::size_t>{0, 0, 0, 1, 1, 1});
    // m = 7; each community: 3 inner ties, degree sum 7.  Q = 2 (3/7 - (7/14)^2).
    CHECK(result.modularity == Approx(2.0 * (3.0 / 7.0 - 0.25)));
}

TEST_CASE("modularity of given partitions", "[communities]") {
    const auto graph = two_triangles();
    CHECK(modularity(graph, {0, 0, 0, 0, 0, 0}) == Approx(0.0));
    CHECK(modularity(graph, {0, 0, 0, 1, 1, 1}) == Approx(2.0 * (3.0 / 7.0 - 0.25)));
    CHECK(modularity(graph_of(3, false, {}), {0, 1, 2}) == 0.0);
}

TEST_CASE("Louvain is deterministic for a seed and keeps isolated organisations apart", "[communities]") {
    const auto graph = graph_of(8, false, {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}, {5, 3}, {2, 3}, {5, 6}});
    CommunityOptions options;
    options.seed = 7;
    const auto first = louvain_communities(graph, options);
    const auto second = louvain_communities(graph, options);
    CHECK(first.community == second.community);
    CHECK(first.community[7] != first.community[0]);  // organisation 7 has no ties
    CHECK(first.community[7] == first.count - 1);      // numbered in order of first organisation
}

TEST_CASE("Louvain on Zachary's karate club reaches the best known modularity", "[communities][classic]") {
    const auto imported = import_map(testing::dataset("classic/karate.graphml"));
    const auto graph = AnalysisGraph::from_map(imported.map);
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
        CommunityOptions options;
        options.seed = seed;
        const auto result = louvain_communities(graph, options);
        CHECK(result.modularity >= 0.41);
        CHECK(result.modularity <= 0.4198 + 1e-4);  // the optimum (Brandes et al. 2008)
        CHECK(result.modularity == Approx(modularity(graph, result.community)));
    }
}

TEST_CASE("ties between communities", "[communities]") {
    const auto graph = two_triangles();
    const auto result = louvain_communities(graph);
    const auto between = ties_between_communities(graph, result);
    CHECK(between[0][1] == 1.0);
    CHECK(between[1][0] == 0.0);  // only a < b is filled
}
