#include <catch2/catch.hpp>

#include <cmath>

#include "analysis/planning/suggestions.hpp"
#include "test_support.hpp"

using namespace stakemap;

namespace {

StakeholderMap map_of(const std::vector<std::tuple<const char*, const char*, std::vector<std::string>>>& organisations,
                      const std::vector<std::pair<std::size_t, std::size_t>>& ties) {
    StakeholderMap map;
    for (const auto& [id, type, themes] : organisations) {
        Organisation organisation;
        organisation.id = id;
        organisation.label = std::string("Org ") + id;
        organisation.type = type;
        organisation.themes = themes;
        map.add_organisation(organisation);
    }
    for (const auto& [a, b] : ties) map.add_relationship(a, b, {});
    return map;
}

bool has_reason(const Suggestion& s, const std::string& text) {
    for (const auto& reason : s.reasons) {
        if (reason.find(text) != std::string::npos) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("the pair sharing the most partners comes first, with its evidence", "[suggest]") {
    //  a - b - c,  a - c,  d - a,  d - b:   c and d share partners a and b.
    const auto map = map_of({{"a", "cso", {}}, {"b", "cso", {}}, {"c", "cso", {}}, {"d", "cso", {}}},
                            {{0, 1}, {1, 2}, {0, 2}, {3, 0}, {3, 1}});
    const auto graph = AnalysisGraph::from_map(map);
    const auto suggestions = suggest_partners(map, graph);
    REQUIRE(suggestions.size() == 1);  // the only untied pair
    CHECK(map.organisation(suggestions[0].source).id == "c");
    CHECK(map.organisation(suggestions[0].target).id == "d");
    CHECK(has_reason(suggestions[0], "shares 2 partners: Org a, Org b"));
    // Adamic-Adar: a and b have degree 3 each: 2 / ln 3.
    const PairScorer scorer(graph);
    CHECK(scorer.scores(2, 3).adamic_adar == Approx(2.0 / std::log(3.0)));
    CHECK(scorer.scores(2, 3).common_neighbours == 2);
    CHECK(scorer.scores(2, 3).resource_allocation == Approx(2.0 / 3.0));
    CHECK(suggestions[0].structure == Approx(1.0 - std::exp(-2.0 / std::log(3.0))));
}

TEST_CASE("a CSO with no union partner is pointed to a union on its theme", "[suggest]") {
    // CSOs 0-1-2 tied together, unions 3-4 tied together, ministry 5 tied to all:
    // CSO-union ties are absent although expected.
    const auto map = map_of({{"c1", "cso", {"forced_labour"}}, {"c2", "cso", {"forced_labour"}}, {"c3", "cso", {"child_labour"}},
                             {"u1", "union", {"forced_labour"}}, {"u2", "union", {"child_labour"}}, {"m", "government", {"forced_labour"}}},
                            {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {5, 0}, {5, 1}, {5, 2}, {5, 3}, {5, 4}});
    const auto graph = AnalysisGraph::from_map(map);
    SuggestionOptions options;
    options.focus = 0;
    options.top = 3;
    const auto suggestions = suggest_partners(map, graph, options);
    REQUIRE(!suggestions.empty());
    CHECK(map.organisation(suggestions[0].target).id == "u1");
    CHECK(has_reason(suggestions[0], "no union works with Org c1 on forced labour; Org u1 does"));
    CHECK(has_reason(suggestions[0], "both work on forced labour"));
    for (const auto& s : suggestions) CHECK(s.source == 0);
}

TEST_CASE("a tie that joins separate parts says so", "[suggest]") {
    const auto map = map_of({{"a", "cso", {}}, {"b", "cso", {}}, {"c", "union", {}}, {"d", "union", {}}}, {{0, 1}, {2, 3}});
    const auto suggestions = suggest_partners(map, AnalysisGraph::from_map(map));
    REQUIRE(!suggestions.empty());
    CHECK(suggestions[0].bridging == 1.0);
    CHECK(has_reason(suggestions[0], "would join two separate parts of the map (of 2 and 2 organisations)"));
}

TEST_CASE("suggestions are deterministic and never repeat an existing tie", "[suggest]") {
    const auto map = map_of({{"a", "cso", {}}, {"b", "cso", {}}, {"c", "cso", {}}, {"d", "union", {}}, {"e", "union", {}}},
                            {{0, 1}, {1, 2}, {2, 3}, {3, 4}});
    const auto graph = AnalysisGraph::from_map(map);
    SuggestionOptions options;
    options.top = 20;
    const auto first = suggest_partners(map, graph, options);
    const auto second = suggest_partners(map, graph, options);
    REQUIRE(first.size() == second.size());
    const PairScorer scorer(graph);
    for (std::size_t k = 0; k < first.size(); ++k) {
        CHECK(first[k].source == second[k].source);
        CHECK(first[k].target == second[k].target);
        CHECK(!scorer.tied(first[k].source, first[k].target));
        if (k > 0) CHECK(first[k - 1].score >= first[k].score);
    }
}
