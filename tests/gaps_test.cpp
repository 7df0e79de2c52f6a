// Coverage, cross-sector mixing, fragility impact and what-if on hand-built maps.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "analysis/map_analysis.hpp"
#include "analysis/planning/coverage.hpp"
#include "analysis/planning/mixing.hpp"
#include "analysis/measures/structure.hpp"
#include "analysis/planning/whatif.hpp"
#include "importers/importer.hpp"
#include "importers/rules/profile_reader.hpp"
#include "importer_test_support.hpp"

using namespace stakemap;
using namespace stakemap::testing;

namespace {

// A small national map: two CSOs and a ministry on forced labour, a UN agency
// on child labour, a union on child labour, an employer on both; the union
// works with nobody on forced labour.
StakeholderMap sample_map() {
    StakeholderMap map;
    auto add = [&](const char* id, const char* type, std::vector<std::string> themes, const char* region) {
        Organisation organisation;
        organisation.id = id;
        organisation.type = type;
        organisation.themes = std::move(themes);
        organisation.region = region;
        return map.add_organisation(organisation);
    };
    const auto cso1 = add("cso1", "cso", {"forced_labour"}, "North");
    const auto cso2 = add("cso2", "cso", {"forced_labour", "child_labour"}, "North");
    const auto ministry = add("mol", "government", {"forced_labour"}, "Capital");
    const auto un = add("un", "un_agency", {"child_labour"}, "Capital");
    const auto union_body = add("union", "union", {"child_labour"}, "Capital");
    const auto employer = add("emp", "employer", {"forced_labour", "child_labour"}, "Capital");
    for (const auto& [a, b] : std::vector<std::pair<std::size_t, std::size_t>>{
             {cso1, cso2}, {cso2, ministry}, {ministry, un}, {un, union_body}, {union_body, employer}, {employer, ministry}}) {
        map.add_relationship(a, b, {});
    }
    return map;
}

CoverageProfile forced_and_child_profile() {
    CoverageProfile profile;
    profile.name = "test";
    profile.themes["forced_labour"] = {{"union", 1}, {"cso", 1}, {"government", 1}};
    profile.themes["child_labour"] = {{"un_agency", 2}};
    profile.regions["*"] = {{"government", 1}};
    return profile;
}

}  // namespace

TEST_CASE("coverage names empty and under-filled cells", "[coverage]") {
    const auto result = coverage(sample_map(), forced_and_child_profile());
    CHECK(result.by_theme.at("cso").at("forced_labour") == 2);
    CHECK(result.by_region.at("government").at("Capital") == 1);
    CHECK(result.cells_required == 6);  // 3 on forced labour, 1 on child labour, 1 per region x 2
    CHECK(result.cells_filled == 3);
    REQUIRE(result.gaps.size() == 3);
    // Themes in vocabulary order (child labour first), then regions.
    CHECK(result.gaps[0].text == "Only 1 UN agency works on child labour (the profile asks for 2).");
    CHECK(result.gaps[0].organisations == std::vector<std::string>{"un"});
    CHECK(result.gaps[1].text == "No union works on forced labour (the profile asks for 1).");
    CHECK(result.gaps[2].text == "No government body is active in North (the profile asks for 1).");
}

TEST_CASE("the default profile asks every theme for five kinds of organisation", "[coverage]") {
    const auto result = coverage(sample_map(), CoverageProfile::sdg87_default());
    CHECK(result.cells_required == 4 * 5 + 2 * 2);
    bool union_on_forced = false;
    for (const auto& gap : result.gaps) union_on_forced |= gap.text == "No union works on forced labour (the profile asks for 1).";
    CHECK(union_on_forced);
}

TEST_CASE("the shipped default profile file says what the built-in default says", "[coverage]") {
    const auto file = read_coverage_profile(dataset("profiles/sdg87-default.json"));
    const auto builtin = CoverageProfile::sdg87_default();
    CHECK(file.themes == builtin.themes);
    CHECK(file.regions == builtin.regions);
    CHECK(file.description == builtin.description);
}

TEST_CASE("a broken profile is refused with the path of the problem", "[coverage]") {
    try {
        read_coverage_profile(scratch_file("bad-profile.json", R"({"themes": {"forced_labour": {"union": "one"}}})"));
        FAIL("expected an error");
    } catch (const ImportError& error) {
        CHECK(error.where().field == "themes/forced_labour/union");
    }
}

TEST_CASE("mixing flags type pairs that never meet, with assortativity", "[mixing]") {
    // CSOs only with CSOs, unions only with unions: every tie end has degree 1.
    const auto graph = graph_of(4, false, {{0, 1}, {2, 3}});
    const auto result = type_mixing(graph, {"cso", "cso", "union", "union"});
    REQUIRE(result.groups == std::vector<std::string>{"cso", "union"});
    CHECK(result.observed[0][1] == 0);
    CHECK(result.expected[0][1] == Approx(1.0));   // D_cso D_union / 2m = 2 * 2 / 4
    CHECK(result.expected[0][0] == Approx(0.5));   // D_cso^2 / 4m
    CHECK(result.assortativity == Approx(1.0));
    REQUIRE(result.flags.size() == 1);
    CHECK(result.flags[0].absent);
    CHECK(result.flags[0].text == "No CSO–union ties (1.0 expected if ties ignored type).");
    CHECK(result.unlinked[0][1] == 2);  // both CSOs lack a union partner
    // Only cross ties: perfectly disassortative.
    const auto crossed = type_mixing(graph_of(4, false, {{0, 2}, {1, 3}}), {"cso", "cso", "union", "union"});
    CHECK(crossed.assortativity == Approx(-1.0));
    CHECK(crossed.flags.empty());
}

TEST_CASE("how many organisations each articulation point cuts off", "[fragility]") {
    CHECK(cut_off_if_removed(graph_of(4, false, {{0, 1}, {1, 2}, {2, 3}})) == std::vector<std::size_t>{0, 1, 1, 0});
    CHECK(cut_off_if_removed(graph_of(5, false, {{0, 1}, {0, 2}, {0, 3}, {0, 4}})) == std::vector<std::size_t>{3, 0, 0, 0, 0});
    CHECK(cut_off_if_removed(graph_of(4, false, {{0, 1}, {1, 2}, {2, 0}, {2, 3}})) == std::vector<std::size_t>{0, 0, 1, 0});
    // A hub holding two groups of three and two of one: dropping it leaves the largest group of 3.
    CHECK(cut_off_if_removed(graph_of(9, false, {{0, 1}, {1, 2}, {2, 3}, {3, 1}, {0, 4}, {4, 5}, {5, 6}, {6, 4}, {0, 7}, {0, 8}}))[0] == 5);
}

TEST_CASE("what-if reports the change in connectedness and distance", "[whatif]") {
    StakeholderMap map;
    for (const char* id : {"a", "b", "c", "d"}) {
        Organisation organisation;
        organisation.id = id;
        map.add_organisation(organisation);
    }
    map.add_relationship(0, 1, {});
    map.add_relationship(1, 2, {});
    map.add_relationship(2, 3, {});
    const CoverageProfile profile = CoverageProfile::sdg87_default();

    const auto closed = what_if(map, {{{"a", "d"}}, {}, {}}, profile, 2);
    CHECK(closed.before.average_distance == Approx(10.0 / 6.0));  // path: 1,2,3,1,2,1
    CHECK(closed.after.average_distance == Approx(16.0 / 12.0));  // 4-cycle
    CHECK(closed.after.ties == 4);
    REQUIRE(closed.brokers.size() == 2);
    CHECK(closed.brokers[0].id == "b");
    CHECK(closed.brokers[0].before == Approx(2.0 / 3.0));
    CHECK(closed.brokers[0].after == Approx(1.0 / 6.0));

    const auto cut = what_if(map, {{}, {}, {"b"}}, profile, 1);
    CHECK(cut.before.components == 1);
    CHECK(cut.after.components == 2);
    CHECK(cut.after.organisations == 3);
    CHECK(std::isnan(cut.brokers[0].after));
    CHECK(map.organisation_count() == 4);  // the input is untouched

    const auto unbridged = what_if(map, {{}, {{"c", "b"}}, {}}, profile, 1);
    CHECK(unbridged.after.ties == 2);
    CHECK(unbridged.after.components == 2);
    // The path a-b-c-d has two fragile points (b, c) and three bridges; cut in two, none.
    CHECK(unbridged.before.fragile_points == 2);
    CHECK(unbridged.before.bridges == 3);
    CHECK(unbridged.after.fragile_points == 0);
    CHECK(unbridged.after.bridges == 2);
    CHECK(unbridged.after.average_distance_in_largest == Approx(1.0));
    // The mean distance falls from 10/6 to 1 only because the halves no longer reach each other: said.
    REQUIRE(unbridged.notes.size() == 1);
    CHECK_THAT(unbridged.notes[0], Catch::Contains("splits the map") && Catch::Contains("not because the rest came closer"));

    CHECK_THROWS_AS(what_if(map, {{{"a", "zz"}}, {}, {}}, profile), std::invalid_argument);
}

TEST_CASE("what-if counts groups that never meet on the communities found before the change", "[whatif]") {
    // Three five-cliques A, B, C in a chain: a0-b0 and b1-c0. Communities: the cliques; A and C never meet.
    StakeholderMap map;
    for (const char group : {'a', 'b', 'c'}) {
        for (int k = 0; k < 5; ++k) {
            Organisation organisation;
            organisation.id = std::string(1, group) + std::to_string(k);
            map.add_organisation(organisation);
        }
    }
    for (std::size_t clique = 0; clique < 3; ++clique) {
        for (std::size_t i = 0; i < 5; ++i) {
            for (std::size_t j = i + 1; j < 5; ++j) map.add_relationship(clique * 5 + i, clique * 5 + j, {});
        }
    }
    map.add_relationship(0, 5, {});   // a0-b0
    map.add_relationship(6, 10, {});  // b1-c0
    const CoverageProfile profile = CoverageProfile::sdg87_default();
    const auto joined = what_if(map, {{{"a1", "c1"}}, {}, {}}, profile);
    CHECK(joined.before.groups_never_meeting == 1);
    CHECK(joined.after.groups_never_meeting == 0);
    // Without b1, B (four left) and C no longer meet either: A-C and B-C.
    const auto cut = what_if(map, {{}, {}, {"b1"}}, profile);
    CHECK(cut.after.groups_never_meeting == 2);

    // The measures take the partition they are given, and count ties between its groups on their own graph.
    const auto graph = AnalysisGraph::from_map(map);
    GraphMeasures measures(graph);
    Communities given;
    given.count = 2;
    given.community.assign(15, 0);
    for (std::size_t v = 10; v < 15; ++v) given.community[v] = 1;  // A and B together, C alone
    measures.use_communities(given);
    CHECK(measures.communities().count == 2);
    CHECK(measures.communities().community == given.community);
    CHECK(measures.ties_between_communities().between(0, 1) == 1.0);  // b1-c0
    // Q = sum_c L_c/m - (d_c/2m)^2, m = 32: A+B hold 21 ties and degree 43, C 10 ties and degree 21.
    CHECK(measures.communities().modularity == Approx(21.0 / 32 - std::pow(43.0 / 64, 2) + 10.0 / 32 - std::pow(21.0 / 64, 2)));
    given.community[0] = 2;
    CHECK_THROWS_AS(measures.use_communities(given), std::invalid_argument);
}

TEST_CASE("what-if adds and cuts ties on the map's snapshot: the same figures as the changed map itself", "[whatif]") {
    // a-b-c-d-e path plus an "obstructs" tie d-a (not a channel, but a relationship to cut).
    StakeholderMap map;
    for (const char* id : {"a", "b", "c", "d", "e"}) {
        Organisation organisation;
        organisation.id = id;
        map.add_organisation(organisation);
    }
    for (std::size_t v = 0; v + 1 < 5; ++v) map.add_relationship(v, v + 1, {});
    Relationship obstructs;
    obstructs.type = "obstructs";
    map.add_relationship(3, 0, obstructs);
    const CoverageProfile profile = CoverageProfile::sdg87_default();

    // Add a-c and a-e twice over; cut c-b and b-a (written the other way round) and the obstructs tie a-d.
    const auto result = what_if(map, {{{"a", "c"}, {"e", "a"}, {"a", "e"}}, {{"c", "b"}, {"b", "a"}, {"a", "d"}}, {}}, profile, 5);
    StakeholderMap expected_map = map;  // the same change made by hand
    expected_map.add_relationship(0, 2, {});
    expected_map.add_relationship(4, 0, {});
    expected_map.add_relationship(0, 4, {});
    for (const auto handle : expected_map.relationships_between(1, 2, true)) expected_map.remove_relationship(handle);
    for (const auto handle : expected_map.relationships_between(0, 1, true)) expected_map.remove_relationship(handle);
    for (const auto handle : expected_map.relationships_between(0, 3, true)) expected_map.remove_relationship(handle);
    const MapFigures expected = map_figures(expected_map, profile);
    CHECK(result.after.ties == 4);  // a-c, a-e (twice: one tie), c-d, d-e
    CHECK(result.after.ties == expected.ties);
    CHECK(result.after.components == expected.components);
    CHECK(result.after.components == 2);  // b is alone
    CHECK(result.after.average_distance == Approx(expected.average_distance));
    CHECK(result.after.fragile_points == expected.fragile_points);
    CHECK(result.after.bridges == expected.bridges);
    // a-e given twice is noted once (the other note: the change splits the map).
    CHECK(std::count_if(result.notes.begin(), result.notes.end(), [](const std::string& note) {
              return note.find("'a' and 'e' are already tied") != std::string::npos;
          }) == 1);
    CHECK(map.relationship_count() == 5);  // the input is untouched

    // A cut of an added tie removes it too; a pair cut twice, or never tied, is refused.
    CHECK(what_if(map, {{{"a", "c"}}, {{"c", "a"}}, {}}, profile, 1).after.ties == 4);  // the path as it was
    CHECK_THROWS_AS(what_if(map, {{}, {{"a", "b"}, {"b", "a"}}, {}}, profile), std::invalid_argument);
    CHECK_THROWS_AS(what_if(map, {{}, {{"a", "c"}}, {}}, profile), std::invalid_argument);

    // In a directed map a cut removes one direction only.
    StakeholderMap directed(true);
    for (const char* id : {"x", "y"}) {
        Organisation organisation;
        organisation.id = id;
        directed.add_organisation(organisation);
    }
    directed.add_relationship(0, 1, {});
    directed.add_relationship(1, 0, {});
    CHECK(what_if(directed, {{}, {{"x", "y"}}, {}}, profile, 1).after.ties == 1);
    CHECK_THROWS_AS(what_if(directed, {{}, {{"x", "y"}, {"x", "y"}}, {}}, profile), std::invalid_argument);
}

TEST_CASE("above 20,000 organisations the average distance is estimated from 500 evenly spread sources", "[whatif]") {
    // A ring of 2k+1 organisations: from any of them the others are 1..k steps away, twice each,
    // so the mean over all pairs is (k+1)/2 — and every source gives exactly that.
    constexpr std::size_t k = 10100, n = 2 * k + 1;
    StakeholderMap ring(false);
    for (std::size_t v = 0; v < n; ++v) ring.add_organisation(Organisation{"o" + std::to_string(v), "o" + std::to_string(v)});
    for (std::size_t v = 0; v < n; ++v) ring.add_relationship(v, (v + 1) % n, Relationship{});
    MapAnalysis analysis(ring);
    const MapFigures figures = compute_map_figures(analysis);
    CHECK(figures.distance_sources == kDistanceSources);
    CHECK(figures.average_distance == Approx((k + 1) / 2.0));
    CHECK(figures.average_distance_in_largest == Approx((k + 1) / 2.0));
}
