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

TEST_CASE("the id index finds every id after inserts and erases, against std::map") {
    std::vector<std::string> ids;
    IdIndex index;
    const auto id_of = [&](std::size_t position) -> const std::string& { return ids[position]; };
    std::map<std::string, std::size_t> reference;
    std::mt19937 random(7);
    for (std::size_t n = 0; n < 5000; ++n) {
        ids.push_back("org-" + std::to_string(random() % 100000) + "-" + std::to_string(n));
        index.insert(ids.back(), n, id_of);
        reference[ids.back()] = n;
    }
    // Erase a third of them, spread through the table's runs.
    std::size_t erased = 0;
    for (std::size_t n = 0; n < ids.size(); n += 3, ++erased) {
        index.erase(ids[n], id_of);
        reference.erase(ids[n]);
    }
    CHECK(index.size() == 5000 - erased);
    for (std::size_t n = 0; n < ids.size(); ++n) {
        const auto found = index.find(ids[n], id_of);
        if (n % 3 == 0) {
            CHECK_FALSE(found);
        } else {
            REQUIRE(found);
            CHECK(*found == reference.at(ids[n]));
        }
    }
    CHECK_FALSE(index.find("org-missing", id_of));
    CHECK_FALSE(index.find("", id_of));
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
