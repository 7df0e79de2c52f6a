// The map's id index: every id found at its position after inserts that collide,
// erases in the middle of probe runs, renames and removals.
#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <string>
#include <vector>

#include "graph/id_index.hpp"
#include "graph/stakeholder_map.hpp"

using namespace stakemap;

TEST_CASE("the id index finds every id after appends and renames, against std::map") {
    IdIndex index;
    std::map<std::string, std::size_t> reference;
    std::vector<std::string> ids;
    std::mt19937 random(7);
    for (std::size_t n = 0; n < 5000; ++n) {
        ids.push_back("org-" + std::to_string(random() % 100000) + "-" + std::to_string(n));
        CHECK(index.append(ids.back()) == n);
        reference[ids.back()] = n;
    }
    // Rename a third of them: each rename empties a slot in the middle of a probe run.
    std::vector<std::string> old_ids;
    for (std::size_t n = 0; n < ids.size(); n += 3) {
        old_ids.push_back(ids[n]);
        reference.erase(ids[n]);
        ids[n] = "renamed-" + std::to_string(n);
        index.rename(n, ids[n]);
        reference[ids[n]] = n;
    }
    CHECK(index.size() == 5000);
    for (const auto& [id, position] : reference) {
        const auto found = index.find(id);
        REQUIRE(found);
        CHECK(*found == position);
    }
    for (const auto& old : old_ids) CHECK_FALSE(index.find(old));
    CHECK_FALSE(index.find("org-missing"));
    CHECK_FALSE(index.find(""));
}

TEST_CASE("the map's id index follows renames and removals") {
    StakeholderMap map;
    for (const char* id : {"ilo", "unicef", "ituc", "walk-free", "mol"}) map.add_organisation({.id = id});
    map.rename_organisation(*map.find("ituc"), "ituc-global");
    CHECK_FALSE(map.find("ituc"));
    CHECK(*map.find("ituc-global") == 2);
    map.remove_organisation(*map.find("unicef"));
    CHECK_FALSE(map.find("unicef"));
    CHECK(*map.find("ilo") == 0);
    CHECK(*map.find("ituc-global") == 1);
    CHECK(*map.find("walk-free") == 2);
    CHECK(*map.find("mol") == 3);
    CHECK_THROWS(map.add_organisation({.id = "mol"}));
    CHECK_THROWS(map.rename_organisation(0, "mol"));
    CHECK(map.add_organisation({.id = "unicef"}) == 4);
}
