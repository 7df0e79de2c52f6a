#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "analysis/measures/degree.hpp"
#include "datasets/generator/synthetic_map.hpp"

using namespace stakemap;

TEST_CASE("the generator is deterministic for a seed", "[generator]") {
    GeneratorOptions options;
    options.organisations = 2000;
    options.seed = 42;
    const SyntheticNetwork first(options), second(options);
    REQUIRE(first.ties().size() == second.ties().size());
    CHECK(std::equal(first.ties().begin(), first.ties().end(), second.ties().begin(), [](const auto& a, const auto& b) {
        return a.source == b.source && a.target == b.target && a.type == b.type && a.weight == b.weight;
    }));
    options.seed = 43;
    const SyntheticNetwork other(options);
    CHECK_FALSE(std::equal(first.ties().begin(), first.ties().begin() + 100, other.ties().begin(),
                           [](const auto& a, const auto& b) { return a.source == b.source && a.target == b.target; }));
}

TEST_CASE("the generator gives the requested size without self-ties or repeats", "[generator]") {
    GeneratorOptions options;
    options.organisations = 3000;
    options.relationships = 12000;
    options.countries = 3;
    const StakeholderMap map = generate_map(options);
    CHECK(map.organisation_count() == 3000);
    CHECK(map.relationship_count() == 12000);
    const auto graph = AnalysisGraph::from_map(map);
    CHECK(graph.report().self_loops_dropped == 0);
    CHECK(graph.report().parallel_relationships_merged == 0);
    std::map<std::string, int> countries;
    for (std::size_t v = 0; v < map.organisation_count(); ++v) countries[map.organisation(v).country]++;
    CHECK(countries.size() == 3);
    CHECK(countries.at("KE") > countries.at("NP"));  // country sizes fall with rank
}

TEST_CASE("the generator's type mix follows the scoping-study profile", "[generator]") {
    GeneratorOptions options;
    options.organisations = 20000;
    const StakeholderMap map = generate_map(options);
    std::map<std::string, double> share;
    for (std::size_t v = 0; v < map.organisation_count(); ++v) share[map.organisation(v).type] += 1.0 / 20000.0;
    CHECK(share.size() == 11);
    CHECK(share.at("cso") == Approx(0.38).margin(0.02));
    CHECK(share.at("government") == Approx(0.10).margin(0.015));
    CHECK(share.at("union") == Approx(0.08).margin(0.015));
    CHECK(share.at("un_agency") == Approx(0.03).margin(0.01));
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        const auto& themes = map.organisation(v).themes;
        REQUIRE(!themes.empty());
    }
}

TEST_CASE("the generator's degrees are heavy-tailed", "[generator]") {
    GeneratorOptions options;
    options.organisations = 20000;
    const auto graph = AnalysisGraph::from_map(generate_map(options));
    auto degree = compute_degree(graph).degree;
    std::sort(degree.begin(), degree.end());
    const double median = degree[degree.size() / 2];
    const double top = degree.back();
    const double mean = 2.0 * static_cast<double>(graph.tie_count()) / static_cast<double>(degree.size());
    CHECK(mean == Approx(10.0));
    CHECK(median < mean);         // skewed: most organisations have few ties
    CHECK(top > 20 * median);     // and a few have very many
    // The top 1% hold a large share of all tie ends.
    double top_share = 0;
    for (std::size_t k = degree.size() - degree.size() / 100; k < degree.size(); ++k) top_share += degree[k];
    CHECK(top_share / (mean * static_cast<double>(degree.size())) > 0.08);
}

TEST_CASE("the generator refuses impossible options", "[generator]") {
    GeneratorOptions options;
    options.organisations = 10;
    options.relationships = 40;  // more than half of the 45 pairs
    CHECK_THROWS_AS(SyntheticNetwork(options), std::invalid_argument);
    options.organisations = 1;
    CHECK_THROWS_AS(SyntheticNetwork(options), std::invalid_argument);
}
