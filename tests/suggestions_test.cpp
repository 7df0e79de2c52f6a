#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "analysis/map_analysis.hpp"
#include "analysis/planning/gap_report.hpp"
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
    // The structural part ranks as resource allocation: 1 - exp(-2 RA), RA = 1/3 + 1/3.
    CHECK(suggestions[0].structure == Approx(1.0 - std::exp(-2.0 * 2.0 / 3.0)));
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

TEST_CASE("groups that never meet and a missing sector pair are gaps a tie closes, listed with their candidates", "[suggest][gaps]") {
    // Three triangles - CSOs a, employers b, ministries c - with a1-c1 and b1-c1: the CSO and
    // employer groups never meet, and CSO-employer ties are absent (7 x 7 / 22 = 2.2 expected).
    const auto map = map_of({{"a1", "cso", {}}, {"a2", "cso", {}}, {"a3", "cso", {}}, {"b1", "employer", {}}, {"b2", "employer", {}},
                             {"b3", "employer", {}}, {"c1", "government", {}}, {"c2", "government", {}}, {"c3", "government", {}}},
                            {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {6, 7}, {7, 8}, {6, 8}, {0, 6}, {3, 6}});
    MapAnalysis analysis(map);
    REQUIRE(analysis.gaps().never_meet.size() == 1);
    const auto gaps = gap_candidates(analysis, 3);
    const auto find = [&](const std::string& words) {
        return std::find_if(gaps.begin(), gaps.end(), [&](const GapCandidates& g) { return g.gap.find(words) != std::string::npos; });
    };
    const auto meet = find("two groups that never meet");
    const auto sector = find("CSO–employer body tie, of which the map records 0 where 2.2");
    REQUIRE(meet != gaps.end());
    REQUIRE(sector != gaps.end());
    CHECK(meet->size == 6);
    for (const auto* gap : {&*meet, &*sector}) {
        REQUIRE_FALSE(gap->candidates.empty());
        for (const Suggestion& s : gap->candidates) {
            // Every candidate joins a CSO and an employer; applied, the groups meet and the sector pair is tied.
            const std::string a = map.organisation(s.source).type, b = map.organisation(s.target).type;
            CHECK(((a == "cso" && b == "employer") || (a == "employer" && b == "cso")));
            // 0.4 (groups meet) + 0.3 (absent sector pair) + c1 no longer the only link of either triangle: capped at 1.
            CHECK(s.effect == Approx(1.0));
            // ... and, from a2 or a3 (b2 or b3), a1 (b1) no longer the only link of the other two.
            CHECK(s.closes.size() == 3 + (s.source != 0) + (s.target != 3));
            CHECK(std::count(s.closes.begin(), s.closes.end(), meet->gap) == 1);
            CHECK(std::count(s.closes.begin(), s.closes.end(), sector->gap) == 1);
            StakeholderMap changed = map;
            changed.add_relationship(s.source, s.target, {});
            MapAnalysis after(changed);
            CHECK(after.gaps().never_meet.empty());
            const auto& mixing = after.type_mixing();
            const auto group = [&](const char* type) { return std::find(mixing.groups.begin(), mixing.groups.end(), type) - mixing.groups.begin(); };
            CHECK(mixing.observed[group("cso")][group("employer")] == 1);
        }
    }
    // The whole-map list leads with such a tie.
    const auto suggestions = suggest_partners(analysis, {});
    REQUIRE_FALSE(suggestions.empty());
    CHECK(suggestions[0].effect == Approx(1.0));
    CHECK(suggestions[0].closes.size() == 3);
}

TEST_CASE("through a hub only its 64 best-connected partners are paired as sharing it", "[suggest]") {
    // A hub h with 70 partners l1..l70 (indices 1..70); x (index 71) is tied to l65..l70, which
    // makes those six the hub's best-connected partners. The 64 paired through h are l65..l70
    // and, by index, l1..l58: C(64, 2) = 2016 pairs, plus h-x, which share l65..l70.
    std::vector<std::tuple<const char*, const char*, std::vector<std::string>>> organisations{{"h", "", {}}};
    std::vector<std::string> ids;
    for (int k = 1; k <= 70; ++k) ids.push_back("l" + std::to_string(k));
    for (const auto& id : ids) organisations.emplace_back(id.c_str(), "", std::vector<std::string>{});
    organisations.emplace_back("x", "", std::vector<std::string>{});
    std::vector<std::pair<std::size_t, std::size_t>> ties;
    for (std::size_t k = 1; k <= 70; ++k) ties.emplace_back(0, k);
    for (std::size_t k = 65; k <= 70; ++k) ties.emplace_back(71, k);
    const auto map = map_of(organisations, ties);
    SuggestionOptions options;
    options.top = 5000;
    const auto suggestions = suggest_partners(map, AnalysisGraph::from_map(map), options);
    CHECK(suggestions.size() == 2017);
    const auto paired = [](std::size_t v) { return (v >= 1 && v <= 58) || (v >= 65 && v <= 70); };
    std::size_t hub_and_x = 0;
    for (const auto& s : suggestions) {
        if (std::min(s.source, s.target) == 0) {
            CHECK(std::max(s.source, s.target) == 71);
            ++hub_and_x;
        } else {
            CHECK(paired(s.source));
            CHECK(paired(s.target));
        }
    }
    CHECK(hub_and_x == 1);
}
