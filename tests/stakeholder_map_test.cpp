// The map's own store: order, handles across removals and copies, the tie index after changes.

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "graph/stakeholder_map.hpp"

namespace {

using stakemap::Organisation;
using stakemap::Relationship;
using stakemap::StakeholderMap;

StakeholderMap map_of(int organisations) {
    StakeholderMap map;
    for (int v = 0; v < organisations; ++v) {
        Organisation organisation;
        organisation.id = "o" + std::to_string(v);
        map.add_organisation(std::move(organisation));
    }
    return map;
}

Relationship typed(std::string type) {
    Relationship relationship;
    relationship.type = std::move(type);
    return relationship;
}

std::vector<std::string> types_in_order(const StakeholderMap& map) {
    std::vector<std::string> types;
    for (const auto handle : map.relationship_handles()) types.push_back(map.relationship(handle).data.type);
    return types;
}

std::vector<std::string> types_of(const StakeholderMap& map, const std::vector<StakeholderMap::RelationshipHandle>& handles) {
    std::vector<std::string> types;
    for (const auto handle : handles) types.push_back(map.relationship(handle).data.type);
    return types;
}

}  // namespace

TEST_CASE("Map store: relationships keep their order; removing one leaves the others' handles", "[map]") {
    StakeholderMap map = map_of(4);
    const auto ab = map.add_relationship(0, 1, typed("ab"));
    const auto bc = map.add_relationship(1, 2, typed("bc"));
    const auto ab2 = map.add_relationship(0, 1, typed("ab2"));
    const auto da = map.add_relationship(3, 0, typed("da"));
    CHECK(types_of(map, map.relationships_from(0)) == std::vector<std::string>{"ab", "ab2"});
    CHECK(map.tied(1, 0));
    CHECK_FALSE(map.tied(1, 3));

    map.remove_relationship(bc);
    CHECK(map.relationship_count() == 3);
    CHECK(types_in_order(map) == std::vector<std::string>{"ab", "ab2", "da"});
    CHECK(map.relationship(ab2).data.type == "ab2");
    CHECK(map.relationship(da).source == 3);
    CHECK_FALSE(map.tied(1, 2));  // the tie index follows the change
    CHECK(map.partners(1) == std::vector<StakeholderMap::OrgIndex>{0});
    CHECK_THROWS_AS(map.remove_relationship(bc), std::out_of_range);  // already gone

    map.remove_relationship(ab);
    CHECK(types_of(map, map.relationships_between(0, 1)) == std::vector<std::string>{"ab2"});
    CHECK(types_of(map, map.relationships_to(0)) == std::vector<std::string>{"da"});
    map.add_relationship(2, 1, typed("cb"));
    CHECK(types_in_order(map) == std::vector<std::string>{"ab2", "da", "cb"});
    CHECK(types_of(map, map.relationships_between(1, 2, true)) == std::vector<std::string>{"cb"});
    CHECK(map.tied(1, 2));
}

TEST_CASE("Map store: removing an organisation takes its ties and moves the later ones down", "[map]") {
    StakeholderMap map = map_of(4);
    map.add_relationship(0, 1, typed("ab"));
    map.add_relationship(1, 2, typed("bc"));
    map.add_relationship(2, 3, typed("cd"));
    map.add_relationship(3, 0, typed("da"));
    map.remove_relationship(*map.relationship_handles().begin());
    map.remove_organisation(1);
    REQUIRE(map.organisation_count() == 3);
    CHECK(map.organisation(1).id == "o2");
    CHECK(*map.find("o3") == 2);
    CHECK_FALSE(map.find("o1"));
    CHECK(types_in_order(map) == std::vector<std::string>{"cd", "da"});
    const auto cd = map.relationship(*map.relationship_handles().begin());
    CHECK(cd.source == 1);
    CHECK(cd.target == 2);
    CHECK(map.partners(0) == std::vector<StakeholderMap::OrgIndex>{2});
}

TEST_CASE("Map store: a copy keeps order and handles; a moved-from map is empty", "[map]") {
    StakeholderMap map = map_of(3);
    map.add_relationship(0, 1, typed("ab"));
    const auto bc = map.add_relationship(1, 2, typed("bc"));
    map.remove_relationship(*map.relationship_handles().begin());
    CHECK(map.tied(1, 2));  // builds the tie index, which the copy must not share

    StakeholderMap copy = map;
    copy.relationship_data(bc).type = "changed";
    copy.add_relationship(2, 0, typed("ca"));
    CHECK(map.relationship(bc).data.type == "bc");
    CHECK(types_in_order(copy) == std::vector<std::string>{"changed", "ca"});
    CHECK_FALSE(map.tied(0, 2));
    CHECK(copy.tied(0, 2));

    StakeholderMap moved = std::move(copy);
    CHECK(moved.relationship_count() == 2);
    CHECK(moved.organisation_count() == 3);
    CHECK(copy.relationship_count() == 0);  // NOLINT(bugprone-use-after-move): the state a move leaves is part of the contract
    CHECK(copy.organisation_count() == 0);
    CHECK_FALSE(copy.find("o0"));
    CHECK(copy.relationship_handles().begin() == copy.relationship_handles().end());
}
