// The shipped datasets are what their READMEs say they are.
#include <catch2/catch.hpp>

#include <regex>
#include <set>

#include "analysis/planning/gap_report.hpp"
#include "analysis/measures/structure.hpp"
#include "importers/importer.hpp"
#include "importers/rules/map_validator.hpp"
#include "test_support.hpp"

using namespace stakemap;

namespace {

// The gaps an illustrative map was built with, read from its metadata.
struct DesignedGaps {
    std::string theme;     // no government body works on it
    std::string region;    // its CSO cluster has no union tie; its secretariat is the only link out
    std::string isolated;  // label prefix of the group with no outside tie
};

DesignedGaps designed_gaps(const StakeholderMap& map) {
    const std::string text = std::get<std::string>(map.metadata.at("designed_gaps"));
    auto find = [&](const char* pattern) {
        std::smatch match;
        if (!std::regex_search(text, match, std::regex(pattern))) throw std::runtime_error(std::string("no '") + pattern + "' in " + text);
        return std::string(match[1]);
    };
    return {find("no government body works on (\\w+)"), find("the ([^|]+?) CSO network secretariat is the only link"),
            find("the ([^|]+?) groups have no tie outside")};
}

}  // namespace

TEST_CASE("the forum map names the report's organisations and grounds every tie", "[datasets]") {
    const auto result = import_map(testing::dataset("alliance87-ngo-forum-2017.json"));
    const StakeholderMap& map = result.map;
    CHECK(result.warnings.empty());
    for (const char* id : {"ilo", "freedom_fund", "walk_free", "polaris", "iom", "unu", "haart_kenya", "hrw", "reporter_brasil",
                           "anti_slavery_intl", "solidarity_center", "tuc", "ituc", "visayan_forum", "praxis", "dni_costa_rica",
                           "freedom_united", "tcdwc", "tamkeen", "challenging_heights", "vaan_muhil", "ace", "humanity_united",
                           "atest", "us_dol", "unodc", "global_march", "gaatw", "la_strada"}) {
        INFO(id);
        REQUIRE(map.find(id).has_value());
        const Organisation& organisation = map.organisation(*map.find(id));
        CHECK(!organisation.type.empty());
        CHECK(!organisation.themes.empty());
    }
    std::size_t grounded = 0;
    for (const auto handle : map.relationship_handles()) {
        const auto& attributes = map.relationship(handle).data.attributes;
        const auto found = attributes.find("source_doc");
        REQUIRE(found != attributes.end());
        CHECK(std::get<std::string>(found->second).size() > 10);
        ++grounded;
    }
    CHECK(grounded == map.relationship_count());
    CHECK(grounded >= 40);
}

TEST_CASE("every shipped dataset validates without errors", "[datasets]") {
    for (const char* name : {"alliance87-ngo-forum-2017.json", "illustrative/kenya.json", "illustrative/philippines.json",
                             "illustrative/nepal.json", "illustrative/jordan.json", "illustrative/ghana.json",
                             "classic/karate.graphml", "classic/florentine-families.csv", "classic/les-miserables.gexf"}) {
        INFO(name);
        const auto report = validate_map_file(testing::dataset(name));
        CHECK(report.errors == 0);
        CHECK(report.warnings == 0);
    }
}

TEST_CASE("illustrative national maps contain the gaps they were built with", "[datasets]") {
    for (const char* name : {"kenya", "philippines", "nepal", "jordan", "ghana"}) {
        INFO(name);
        const auto imported = import_map(testing::dataset(std::string("illustrative/") + name + ".json"));
        const StakeholderMap& map = imported.map;
        CHECK(std::get<std::string>(map.metadata.at("provenance")) == "illustrative");
        CHECK(map.organisation_count() >= 60);
        CHECK(map.organisation_count() <= 250);

        const auto [theme, region, isolated] = designed_gaps(map);

        // No government body on the theme.
        for (std::size_t v = 0; v < map.organisation_count(); ++v) {
            const Organisation& organisation = map.organisation(v);
            if (organisation.type != "government") continue;
            CHECK(std::find(organisation.themes.begin(), organisation.themes.end(), theme) == organisation.themes.end());
        }
        // The region's organisations never touch a union.
        for (const auto handle : map.relationship_handles()) {
            const auto tie = map.relationship(handle);
            const Organisation& a = map.organisation(tie.source);
            const Organisation& b = map.organisation(tie.target);
            if (a.region == region) CHECK(b.type != "union");
            if (b.region == region) CHECK(a.type != "union");
        }
        // The broker is an articulation point; the isolated groups form their own component.
        const auto graph = AnalysisGraph::from_map(map);
        const auto fragile = fragility(graph);
        const auto components = connected_components(graph);
        std::set<std::size_t> isolated_components, other_components;
        std::size_t brokers = 0;
        for (std::size_t v = 0; v < map.organisation_count(); ++v) {
            const Organisation& organisation = map.organisation(v);
            if (organisation.label == region + " CSO network secretariat") {
                ++brokers;
                CHECK(fragile.articulation[v]);
            }
            (organisation.label.rfind(isolated, 0) == 0 ? isolated_components : other_components).insert(components.component[v]);
        }
        CHECK(brokers == 1);
        CHECK(isolated_components.size() == 1);
        CHECK(other_components.size() == 1);
        CHECK(*isolated_components.begin() != *other_components.begin());
    }
}

TEST_CASE("the gap report on each illustrative map names the gaps it was built with", "[datasets][gaps]") {
    for (const char* name : {"kenya", "philippines", "nepal", "jordan", "ghana"}) {
        INFO(name);
        const auto imported = import_map(testing::dataset(std::string("illustrative/") + name + ".json"));
        const StakeholderMap& map = imported.map;
        const auto [theme, region, isolated] = designed_gaps(map);

        const auto graph = AnalysisGraph::from_map(map);
        const GapReport report = gap_report(map, graph, CoverageProfile::sdg87_default());
        bool theme_gap = false;
        for (const auto& gap : report.coverage.gaps) theme_gap |= gap.type == "government" && gap.where == theme && gap.have == 0;
        CHECK(theme_gap);
        bool cluster_gap = false;
        for (const auto& gap : report.regional_unlinked) cluster_gap |= gap.region == region && gap.type == "cso" && gap.partner_type == "union";
        CHECK(cluster_gap);
        REQUIRE(!report.fragile.empty());
        CHECK(map.organisation(report.fragile.front().organisation).label == region + " CSO network secretariat");
        CHECK(report.components.sizes.size() == 2);  // the isolated group stands apart
        CHECK(!report.never_meet.empty());
    }
}
