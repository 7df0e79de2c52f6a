// stakemap diff on hand-made maps: every kind of change, and the measures.

#include <catch2/catch.hpp>

#include "analysis/snapshot/analysis_graph.hpp"
#include "analysis/planning/map_diff.hpp"

using namespace stakemap;

namespace {

StakeholderMap::OrgIndex add(StakeholderMap& map, const std::string& id, const std::string& type,
                             std::vector<std::string> themes = {}) {
    Organisation organisation;
    organisation.id = id;
    organisation.label = id;
    organisation.type = type;
    organisation.themes = std::move(themes);
    return map.add_organisation(organisation);
}

Relationship tie(const std::string& type, double weight = 1.0) {
    Relationship relationship;
    relationship.type = type;
    relationship.weight = weight;
    return relationship;
}

}  // namespace

TEST_CASE("Diff: organisations and ties added, removed and changed; measures before and after", "[diff]") {
    // Before: a - b - c, and d alone (two components). After: d joins through a new union e; c leaves; b changes type.
    StakeholderMap before;
    const auto a = add(before, "a", "government", {"forced_labour"});
    const auto b = add(before, "b", "cso");
    const auto c = add(before, "c", "cso");
    add(before, "d", "cso");
    before.add_relationship(a, b, tie("partnership"));
    before.add_relationship(b, c, tie("referral", 2.0));

    StakeholderMap after;
    const auto a2 = add(after, "a", "government", {"forced_labour"});
    const auto b2 = add(after, "b", "research");
    const auto d2 = add(after, "d", "cso");
    const auto e2 = add(after, "e", "union", {"forced_labour"});
    after.add_relationship(b2, a2, tie("partnership"));  // same tie written the other way round
    after.add_relationship(a2, e2, tie("membership"));
    after.add_relationship(e2, d2, tie("coordination", 3.0));

    const MapDiff diff = diff_maps(before, after, CoverageProfile::sdg87_default(), 3);
    REQUIRE(diff.added.size() == 1);
    CHECK(after.organisation(diff.added[0]).id == "e");
    REQUIRE(diff.removed.size() == 1);
    CHECK(before.organisation(diff.removed[0]).id == "c");
    REQUIRE(diff.changed.size() == 1);
    CHECK(before.organisation(diff.changed[0].before).id == "b");
    CHECK(after.organisation(diff.changed[0].after).id == "b");
    const auto fields = organisation_changes(before.organisation(diff.changed[0].before), after.organisation(diff.changed[0].after));
    REQUIRE(fields.size() == 1);
    CHECK(fields[0].field == "type");
    CHECK(fields[0].before == "cso");
    CHECK(fields[0].after == "research");
    // Added ties in key order: a-e (membership), then d-e (coordination; written e -> d, ends in id order).
    REQUIRE(diff.ties_added.size() == 2);
    CHECK(tie_key(after, diff.ties_added[0]) == TieKey{"a", "e", "membership"});
    CHECK(tie_key(after, diff.ties_added[1]) == TieKey{"d", "e", "coordination"});
    REQUIRE(diff.ties_removed.size() == 1);
    CHECK(tie_key(before, diff.ties_removed[0]) == TieKey{"b", "c", "referral"});
    CHECK(diff.ties_changed.empty());  // a-b is the same tie in both
    CHECK(diff.before.components == 2);
    CHECK(diff.after.components == 1);
    CHECK(diff.before.ties == 2);
    CHECK(diff.after.ties == 3);
    // Before, on the path a - b - c, b is the only broker.
    REQUIRE_FALSE(diff.brokers_before.empty());
    CHECK(diff.brokers_before[0].id == "b");
    // After, on the path b - a - e - d, a and e broker equally (each lies on two of the six shortest paths).
    REQUIRE(diff.brokers_after.size() == 2);
    CHECK(diff.brokers_after[0].betweenness == Approx(diff.brokers_after[1].betweenness));
    // A union now works on forced labour: that coverage gap closed.
    CHECK(diff.after.coverage_filled == diff.before.coverage_filled + 1);
    REQUIRE(diff.coverage_filled.size() == 1);
    CHECK_THAT(diff.coverage_filled[0], Catch::Contains("union") && Catch::Contains("forced labour"));
}

TEST_CASE("Diff: weight and attribute changes on a tie; identical maps show nothing", "[diff]") {
    StakeholderMap before;
    const auto a = add(before, "a", "cso");
    const auto b = add(before, "b", "cso");
    before.add_relationship(a, b, tie("funding", 1.0));
    StakeholderMap after = before;
    after.relationship_data(*after.relationship_handles().begin()).weight = 4.0;
    const MapDiff diff = diff_maps(before, after, CoverageProfile::sdg87_default());
    REQUIRE(diff.ties_changed.size() == 1);
    const auto& same = diff.ties_changed[0];
    const auto fields = tie_changes(before.relationship(same.before).data, after.relationship(same.after).data);
    REQUIRE(fields.size() == 1);
    CHECK(fields[0].field == "weight");
    CHECK(fields[0].before == "1");
    CHECK(fields[0].after == "4");
    const MapDiff none = diff_maps(before, before, CoverageProfile::sdg87_default());
    CHECK(none.added.empty());
    CHECK(none.removed.empty());
    CHECK(none.changed.empty());
    CHECK(none.ties_added.empty());
    CHECK(none.ties_removed.empty());
    CHECK(none.ties_changed.empty());
}

TEST_CASE("Negative ties (obstructs) are left out of the measures", "[diff][analysis_graph]") {
    StakeholderMap map;
    const auto a = add(map, "a", "employer");
    const auto b = add(map, "b", "union");
    const auto c = add(map, "c", "cso");
    map.add_relationship(a, b, tie("obstructs"));
    map.add_relationship(b, c, tie("support"));
    const AnalysisGraph graph = AnalysisGraph::from_map(map);
    CHECK(graph.report().negative_ties_left_out == 1);
    CHECK(graph.tie_count() == 1);
}

TEST_CASE("Diff: a coverage gap that changes its wording is one gap still open, not one filled and one opened", "[diff]") {
    // A profile asking for two UN agencies on forced labour. Before: one ("Only 1 UN agency ...");
    // after: none ("No UN agency ..."). Keyed by (theme, forced_labour, un_agency), it is the same gap.
    CoverageProfile profile;
    profile.themes["forced_labour"] = {{"un_agency", 2}};
    StakeholderMap before;
    add(before, "ilo", "un_agency", {"forced_labour"});
    add(before, "moj", "government", {"forced_labour"});
    StakeholderMap after;
    add(after, "ilo", "un_agency", {"child_labour"});
    add(after, "moj", "government", {"forced_labour"});

    const MapDiff diff = diff_maps(before, after, profile);
    CHECK(diff.coverage_filled.empty());
    CHECK(diff.coverage_emptied.empty());
    REQUIRE(diff.coverage_changed.size() == 1);
    CHECK_THAT(diff.coverage_changed[0].before, Catch::StartsWith("Only 1 UN agency works on forced labour"));
    CHECK_THAT(diff.coverage_changed[0].after, Catch::StartsWith("No UN agency works on forced labour"));

    // Filling it is reported as closed.
    StakeholderMap filled = before;
    add(filled, "iom", "un_agency", {"forced_labour"});
    const MapDiff closed = diff_maps(before, filled, profile);
    REQUIRE(closed.coverage_filled.size() == 1);
    CHECK_THAT(closed.coverage_filled[0], Catch::StartsWith("Only 1 UN agency"));
    CHECK(closed.coverage_changed.empty());
}

TEST_CASE("Diff: a tie written twice counts once, as its first writing", "[diff]") {
    StakeholderMap before;
    const auto a = add(before, "a", "cso");
    const auto b = add(before, "b", "cso");
    before.add_relationship(b, a, tie("funding", 1.0));
    before.add_relationship(a, b, tie("funding", 2.0));  // the same undirected tie again
    StakeholderMap same_as_first;
    const auto a1 = add(same_as_first, "a", "cso");
    const auto b1 = add(same_as_first, "b", "cso");
    same_as_first.add_relationship(a1, b1, tie("funding", 1.0));
    const MapDiff unchanged = diff_maps(before, same_as_first, CoverageProfile::sdg87_default());
    CHECK(unchanged.ties_added.empty());
    CHECK(unchanged.ties_removed.empty());
    CHECK(unchanged.ties_changed.empty());

    StakeholderMap same_as_second = same_as_first;
    same_as_second.relationship_data(*same_as_second.relationship_handles().begin()).weight = 2.0;
    const MapDiff changed = diff_maps(before, same_as_second, CoverageProfile::sdg87_default());
    REQUIRE(changed.ties_changed.size() == 1);
    const auto fields = tie_changes(before.relationship(changed.ties_changed[0].before).data,
                                    same_as_second.relationship(changed.ties_changed[0].after).data);
    REQUIRE(fields.size() == 1);
    CHECK(fields[0].before == "1");
    CHECK(fields[0].after == "2");
}
