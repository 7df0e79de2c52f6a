#include <catch2/catch.hpp>

#include <cmath>
#include <numeric>

#include "analysis/measures/spectral.hpp"
#include "test_support.hpp"

using namespace stakemap;
using testing::graph_of;

TEST_CASE("eigenvector centrality of a star", "[eigenvector]") {
    // Leading eigenvector of K(1,3): centre sqrt(3), leaves 1; L2-normalised.
    const auto result = eigenvector_centrality(graph_of(4, false, {{0, 1}, {0, 2}, {0, 3}}));
    REQUIRE(result.converged);
    CHECK(result.values[0] == Approx(std::sqrt(3.0) / std::sqrt(6.0)).margin(1e-9));
    CHECK(result.values[1] == Approx(1.0 / std::sqrt(6.0)).margin(1e-9));
}

TEST_CASE("eigenvector centrality of a big hub converges quickly", "[eigenvector]") {
    // K(1,n): centre sqrt(n), leaves 1, so 1/sqrt(2) and 1/sqrt(2n) once L2-normalised. With the
    // eigenvalues +-sqrt(n) a shift of 1 would need thousands of iterations at n = 100,000.
    const std::size_t leaves = 100000;
    std::vector<std::pair<NodeIndex, NodeIndex>> ties;
    for (std::size_t k = 1; k <= leaves; ++k) ties.emplace_back(0, k);
    const auto result = eigenvector_centrality(graph_of(leaves + 1, false, ties));
    REQUIRE(result.converged);
    CHECK(result.iterations < 100);
    CHECK(result.values[0] == Approx(1.0 / std::sqrt(2.0)).margin(1e-9));
    CHECK(result.values[leaves] == Approx(1.0 / std::sqrt(2.0 * leaves)).margin(1e-9));
}

TEST_CASE("eigenvector centrality of a big weighted star beside many pairs, on two cores", "[eigenvector]") {
    // 150,000 leaves around the last organisation, 30,000 separate pairs before them: the rows
    // (renumbered by degree, split over two cores past 200,000) start with the centre. Every
    // weight 0.1 (kept as a double): the same vector as unweighted. The pairs' eigenvalue 1 is far
    // below the star's sqrt(150,000), so their share dies out.
    const std::size_t leaves = 150000, pairs = 30000, n = 2 * pairs + leaves + 1;
    const auto centre = static_cast<NodeIndex>(n - 1);
    std::vector<AnalysisGraph::Tie> ties;
    for (NodeIndex k = 0; k < pairs; ++k) ties.push_back({2 * k, 2 * k + 1, 0.1});
    for (std::size_t k = 0; k < leaves; ++k) ties.push_back({static_cast<NodeIndex>(2 * pairs + k), centre, 0.1});
    const auto result = eigenvector_centrality(AnalysisGraph::from_ties(n, false, ties), true);
    REQUIRE(result.converged);
    CHECK(result.values[centre] == Approx(1.0 / std::sqrt(2.0)).margin(1e-9));
    CHECK(result.values[2 * pairs] == Approx(1.0 / std::sqrt(2.0 * leaves)).margin(1e-9));
    CHECK(result.values[0] == Approx(0.0).margin(1e-9));
}

TEST_CASE("eigenvector centrality of a path a-b-c-d", "[eigenvector]") {
    // Eigenvector of P4 for eigenvalue 2cos(pi/5): (sin 36°, sin 72°, sin 72°, sin 36°) / sqrt(2.5).
    const double pi = std::acos(-1.0);
    const auto result = eigenvector_centrality(graph_of(4, false, {{0, 1}, {1, 2}, {2, 3}}));
    CHECK(result.values[0] == Approx(std::sin(pi / 5) / std::sqrt(2.5)).margin(1e-9));
    CHECK(result.values[1] == Approx(std::sin(2 * pi / 5) / std::sqrt(2.5)).margin(1e-9));
}

TEST_CASE("eigenvector centrality without ties is uniform", "[eigenvector]") {
    const auto result = eigenvector_centrality(graph_of(4, false, {}));
    for (double value : result.values) CHECK(value == Approx(0.5));
    CHECK(eigenvector_centrality(graph_of(0, false, {})).values.empty());
}

TEST_CASE("pagerank of a path a-b-c-d", "[pagerank]") {
    // By symmetry x_a = x_d = p, x_b = x_c = q = 1/2 - p, and
    // p = 0.15/4 + 0.85 q/2  =>  p = 0.25 / 1.425.
    const auto result = pagerank(graph_of(4, false, {{0, 1}, {1, 2}, {2, 3}}));
    REQUIRE(result.converged);
    const double p = 0.25 / 1.425;
    CHECK(result.values[0] == Approx(p).margin(1e-10));
    CHECK(result.values[1] == Approx(0.5 - p).margin(1e-10));
}

TEST_CASE("pagerank spreads a dangling organisation's rank uniformly", "[pagerank]") {
    // a -> b, b has no outgoing tie: x_a = 0.075 + 0.425 x_b, x_a + x_b = 1.
    const auto result = pagerank(graph_of(2, true, {{0, 1}}));
    CHECK(result.values[0] == Approx(0.5 / 1.425).margin(1e-10));
    CHECK(result.values[1] == Approx(1.0 - 0.5 / 1.425).margin(1e-10));
}

TEST_CASE("pagerank sums to one and follows weights", "[pagerank]") {
    // 0 -> 1 (weight 3), 0 -> 2 (weight 1), 1 -> 0, 2 -> 0.
    const auto graph = AnalysisGraph::from_ties(3, true, {{0, 1, 3.0}, {0, 2, 1.0}, {1, 0, 1.0}, {2, 0, 1.0}});
    const auto weighted = pagerank(graph, 0.85, true).values;
    const auto unweighted = pagerank(graph, 0.85, false).values;
    CHECK(std::accumulate(weighted.begin(), weighted.end(), 0.0) == Approx(1.0));
    CHECK(weighted[1] > weighted[2]);
    CHECK(unweighted[1] == Approx(unweighted[2]));
    // Weighted: x1 = 0.05 + 0.85*0.75*x0, x2 = 0.05 + 0.85*0.25*x0, x0 = 0.05 + 0.85*(x1 + x2).
    // x0 = 0.05 + 0.85*(0.1 + 0.85*x0) => x0 = 0.135 / 0.2775.
    const double x0 = 0.135 / 0.2775;
    CHECK(weighted[0] == Approx(x0).margin(1e-10));
    CHECK(weighted[1] == Approx(0.05 + 0.6375 * x0).margin(1e-10));
}

TEST_CASE("pagerank keeps weights that are not exact floats", "[pagerank]") {
    // Undirected path 0 - 1 - 2 with weights 0.1 and 0.3: organisation 1 passes a quarter and
    // three quarters of its rank, so x1 = 0.135 / 0.2775 as in the directed case above. Rounded
    // to floats, 0.1 and 0.3 would give shares 2.5e-9 off, and x0 off by about 1e-9.
    const auto result = pagerank(AnalysisGraph::from_ties(3, false, {{0, 1, 0.1}, {1, 2, 0.3}}), 0.85, true);
    const double x1 = 0.135 / 0.2775;
    CHECK(result.values[1] == Approx(x1).epsilon(1e-12));
    CHECK(result.values[0] == Approx(0.05 + 0.2125 * x1).epsilon(1e-12));
    CHECK(result.values[2] == Approx(0.05 + 0.6375 * x1).epsilon(1e-12));
}

TEST_CASE("pagerank converges in every component, not only in sum", "[pagerank]") {
    // A path a-b-c beside a ring of 10,000: no dangling organisations, so each component keeps
    // its share (size / n) of the rank, spread as PageRank of the component alone. For the path
    // (d = 0.85): the ends get (1 + d/2) / (3 (1 + d)) of the component's share.
    const std::size_t ring = 10000, n = ring + 3;
    std::vector<std::pair<NodeIndex, NodeIndex>> ties = {{0, 1}, {1, 2}};
    for (std::size_t k = 0; k < ring; ++k) ties.emplace_back(3 + k, 3 + (k + 1) % ring);
    const auto result = pagerank(testing::graph_of(n, false, ties));
    REQUIRE(result.converged);
    const double d = 0.85, share = 3.0 / static_cast<double>(n);
    const double end = share * (1 + d / 2) / (3 * (1 + d));
    CHECK(result.values[0] == Approx(end).epsilon(1e-9));
    CHECK(result.values[1] == Approx(share - 2 * end).epsilon(1e-9));
    CHECK(result.values[3] == Approx(1.0 / static_cast<double>(n)).epsilon(1e-9));
}

TEST_CASE("pagerank of an undirected map: the linear solve agrees with the power iteration", "[pagerank]") {
    // The same weighted ties once as an undirected map (solved by conjugate gradients, then
    // checked by one power step) and once as a directed map with every tie both ways (power
    // iteration alone). Includes a hub, zero-weight ties and isolated organisations
    // (dangling), and is big enough (> 200,000) for the two-core rows.
    const std::size_t n = 210000;
    std::vector<AnalysisGraph::Tie> undirected, both_ways;
    std::uint64_t state = 12345;
    const auto next = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<NodeIndex>(state >> 33);
    };
    for (std::size_t k = 0; k < 600000; ++k) {
        const NodeIndex a = next() % 200000;  // 200,000 .. n - 1 stay isolated
        const NodeIndex b = k % 50 == 0 ? 7 : next() % 200000;  // organisation 7 is a hub
        const double weight = k % 97 == 0 ? 0.0 : 1.0 + next() % 4 * 0.5;
        undirected.push_back({a, b, weight});
        both_ways.push_back({a, b, weight});
        both_ways.push_back({b, a, weight});
    }
    const auto solved = pagerank(AnalysisGraph::from_ties(n, false, undirected));
    const auto iterated = pagerank(AnalysisGraph::from_ties(n, true, both_ways));
    REQUIRE(solved.converged);
    REQUIRE(iterated.converged);
    CHECK(solved.iterations <= 2);     // the solve's answer already met the power iteration's rule
    CHECK(iterated.iterations > 50);   // ... which from the uniform start takes 90 steps here
    double largest_relative_difference = 0.0;
    for (std::size_t v = 0; v < n; ++v) {
        largest_relative_difference =
            std::max(largest_relative_difference, std::abs(solved.values[v] - iterated.values[v]) / iterated.values[v]);
    }
    CHECK(largest_relative_difference < 1e-9);
    CHECK(std::accumulate(solved.values.begin(), solved.values.end(), 0.0) == Approx(1.0).epsilon(1e-12));
    CHECK(solved.values[7] > 10 * solved.values[0]);
    CHECK(solved.values[n - 1] == Approx(iterated.values[n - 1]).epsilon(1e-10));  // isolated: the floor share
}

TEST_CASE("pagerank of an unweighted undirected star", "[pagerank]") {
    // Centre c, k leaves l: c = 0.15/n + 0.85 k l, l = 0.15/n + 0.85 c / k, c + k l = 1.
    // => c = (0.15/n + 0.85 k 0.15/n) / (1 - 0.85^2) with n = k + 1.
    const std::size_t k = 1000, n = k + 1;
    std::vector<std::pair<NodeIndex, NodeIndex>> ties;
    for (NodeIndex leaf = 1; leaf <= k; ++leaf) ties.emplace_back(0, leaf);
    const auto result = pagerank(graph_of(n, false, ties), 0.85, false);
    REQUIRE(result.converged);
    const double t = 0.15 / static_cast<double>(n);
    const double centre = (t + 0.85 * static_cast<double>(k) * t) / (1 - 0.85 * 0.85);
    CHECK(result.values[0] == Approx(centre).epsilon(1e-10));
    CHECK(result.values[1] == Approx((1 - centre) / static_cast<double>(k)).epsilon(1e-10));
}
