#include <catch2/catch.hpp>

#include "analysis/measures/communities.hpp"
#include "analysis/measures/graph_measures.hpp"
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
    CHECK(between.between(0, 1) == 1.0);
    CHECK(between.between(1, 0) == 1.0);  // either order
    CHECK(between.between(0, 0) == 0.0);  // ties inside a community are not counted
    CHECK(between.linked_pairs() == 1);
}

TEST_CASE("Ties between communities stay small on a map of 60,000 lone organisations", "[communities]") {
    // Each lone organisation is its own community: a table of every pair would need
    // 60,000^2 numbers (29 GB). Only the pairs with ties are kept.
    std::vector<std::pair<NodeIndex, NodeIndex>> ties = {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}, {5, 3}, {2, 3}};
    const auto graph = graph_of(60'000, false, ties);
    const auto result = louvain_communities(graph);
    CHECK(result.count == 2 + (60'000 - 6));
    const auto between = ties_between_communities(graph, result);
    CHECK(between.linked_pairs() == 1);
    CHECK(between.between(result.community[2], result.community[3]) == 1.0);
    CHECK(between.between(result.community[0], result.community[59'999]) == 0.0);
}

TEST_CASE("Louvain on a ring of 2,000 five-cliques keeps every clique whole and beats the cliques' modularity", "[communities]") {
    // 10,000 organisations: one order only, so the queue of nodes to revisit does the work.
    // Each clique has 10 inner ties and its degree sum is 22; m = 2000 * 11 = 22,000.
    // The cliques as communities: Q = 2000 (10/22000 - (22/44000)^2) = 0.908591; pairs of
    // neighbouring cliques score higher (0.953545: the resolution limit), so Q >= 0.9086.
    constexpr std::size_t kCliques = 2000, kSize = 5;
    std::vector<std::pair<NodeIndex, NodeIndex>> ties;
    for (std::size_t c = 0; c < kCliques; ++c) {
        const std::size_t first = c * kSize;
        for (std::size_t a = 0; a < kSize; ++a) {
            for (std::size_t b = a + 1; b < kSize; ++b) ties.emplace_back(first + a, first + b);
        }
        ties.emplace_back(first + kSize - 1, ((c + 1) % kCliques) * kSize);  // to the next clique
    }
    const auto graph = graph_of(kCliques * kSize, false, ties);
    const auto result = louvain_communities(graph);
    CHECK(result.modularity >= 0.908591);
    CHECK(result.modularity == Approx(modularity(graph, result.community)));
    CHECK(result.count <= kCliques / 2);  // cliques merged at least in pairs
    std::size_t split = 0;
    for (std::size_t c = 0; c < kCliques; ++c) {
        for (std::size_t a = 1; a < kSize; ++a) split += result.community[c * kSize + a] != result.community[c * kSize];
    }
    CHECK(split == 0);
}

TEST_CASE("Communities found beside other work are the ones found alone", "[communities]") {
    const auto imported = import_map(testing::dataset("classic/les-miserables.gexf"));
    const auto graph = AnalysisGraph::from_map(imported.map);
    MeasureSettings settings;
    settings.seed = 3;
    GraphMeasures alone(graph, settings), beside(graph, settings);
    std::size_t fragile = 0;
    beside.communities_beside([&] {
        for (const std::size_t cut : beside.cut_off()) fragile += cut > 0 ? 1 : 0;  // work that reads the partner lists too
    });
    CHECK(fragile > 0);  // Myriel's and Valjean's lone partners
    CHECK(beside.communities().community == alone.communities().community);
    CHECK(beside.communities().modularity == alone.communities().modularity);
    CHECK(beside.communities().count >= 5);
    // Asked again, the work runs and Louvain does not.
    bool ran = false;
    beside.communities_beside([&] { ran = true; });
    CHECK(ran);
}
