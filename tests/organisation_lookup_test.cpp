// Organisations named as people name them: id, name or acronym, case- and
// accent-blind; ambiguous names list their matches, unknown ones the closest.

#include <catch2/catch.hpp>

#include "analysis/planning/whatif.hpp"
#include "graph/organisation_lookup.hpp"
#include "importers/importer.hpp"
#include "test_support.hpp"

using namespace stakemap;

namespace {

StakeholderMap small_map() {
    StakeholderMap map;
    const auto add = [&](const std::string& id, const std::string& label, const std::string& acronym = "") {
        Organisation organisation;
        organisation.id = id;
        organisation.label = label;
        if (!acronym.empty()) organisation.attributes["acronym"] = acronym;
        map.add_organisation(std::move(organisation));
    };
    add("ilo", "International Labour Organization (ILO)");
    add("mol-gh", "Ministère du Travail, Ghana", "MELR");
    add("mol-ke", "Ministry of Labour");
    add("mol-ug", "Ministry of Labour");
    add("mombasa-net", "Mombasa CSO network");
    map.add_relationship(0, 1, Relationship{});
    return map;
}

}  // namespace

TEST_CASE("Organisations by id, name or acronym", "[lookup]") {
    const StakeholderMap map = small_map();
    CHECK(require_organisation(map, "ilo") == 0);
    CHECK(require_organisation(map, "ILO") == 0);                                      // the acronym in brackets
    CHECK(require_organisation(map, "international labour organization (ilo)") == 0);  // the name, case-blind
    CHECK(require_organisation(map, "ministere du travail, ghana") == 1);              // accent-blind
    CHECK(require_organisation(map, "melr") == 1);                                     // the acronym attribute
    CHECK(require_organisation(map, "Mombasa  CSO-network") == 4);                     // spaces and hyphens alike
    CHECK_THROWS_WITH(require_organisation(map, "Ministry of Labour"),
                      Catch::Contains("names 2 organisations") && Catch::Contains("(mol-ke)") && Catch::Contains("give the id"));
    CHECK_THROWS_WITH(require_organisation(map, "Mombasa CSO netwrok"), Catch::Contains("did you mean: Mombasa CSO network (mombasa-net)"));
    CHECK_THROWS_WITH(require_organisation(map, "UNICEF"), Catch::Contains("no organisation 'UNICEF'") && !Catch::Contains("did you mean"));
}

TEST_CASE("What-if refuses a self-tie and removing a tie that does not exist", "[lookup][whatif]") {
    const StakeholderMap map = small_map();
    WhatIfChange self;
    self.add = {{"ilo", "ilo"}};
    CHECK_THROWS_WITH(what_if(map, self, CoverageProfile{}), Catch::Contains("to itself"));
    WhatIfChange missing;
    missing.cut = {{"ilo", "mol-ke"}};
    CHECK_THROWS_WITH(what_if(map, missing, CoverageProfile{}), Catch::Contains("are not tied"));
    WhatIfChange real;
    real.cut = {{"mol-gh", "ilo"}};
    CHECK(what_if(map, real, CoverageProfile{}).after.ties == 0);
}
