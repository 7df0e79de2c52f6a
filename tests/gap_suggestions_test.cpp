// On each illustrative national map, every gap its designers built in
// (metadata designed_gaps) that one tie can close has a suggestion among the
// top 10 that closes it - checked by adding the suggested tie and recomputing
// the map's structure, not by reading the suggestion's words.

#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>

#include "analysis/map_analysis.hpp"
#include "analysis/measures/structure.hpp"
#include "analysis/planning/coverage_answers.hpp"
#include "analysis/planning/suggestions.hpp"
#include "graph/support/text_fold.hpp"
#include "importers/importer.hpp"
#include "test_support.hpp"

using namespace stakemap;

namespace {

bool contains_folded(const std::string& text, const std::string& part) {
    return fold_case_and_accents(text).find(fold_case_and_accents(part)) != std::string::npos;
}

std::vector<std::size_t> labelled(const StakeholderMap& map, const std::string& part, const std::string& type = "") {
    std::vector<std::size_t> found;
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        const Organisation& o = map.organisation(v);
        if (contains_folded(o.label, part) && (type.empty() || o.type == type)) found.push_back(v);
    }
    return found;
}

StakeholderMap with_tie(const StakeholderMap& map, const Suggestion& s) {
    StakeholderMap changed = map;
    changed.add_relationship(s.source, s.target, Relationship{});
    return changed;
}

std::string captured(const std::string& text, const std::string& pattern) {
    std::smatch match;
    return std::regex_search(text, match, std::regex(pattern)) ? match[1].str() : "";
}

}  // namespace

TEST_CASE("Suggestions close the designed gaps of every illustrative map", "[suggestions][gaps]") {
    for (const char* name : {"ghana", "jordan", "kenya", "nepal", "philippines"}) {
        INFO(name);
        const ImportResult imported = import_map(testing::dataset(std::string("illustrative/") + name + ".json"));
        const StakeholderMap& map = imported.map;
        const std::string gaps = to_display_string(map.metadata.at("designed_gaps"));
        const auto graph = AnalysisGraph::from_map(map);
        SuggestionOptions options;
        options.top = 10;
        const auto suggestions = suggest_partners(map, graph, options);
        REQUIRE(suggestions.size() == 10);

        // "the X groups have no tie outside their group": a tie joins them to the largest part.
        const std::string group = captured(gaps, "the ([^|]+?) groups have no tie outside");
        const auto members = labelled(map, group);
        REQUIRE(members.size() >= 2);
        const bool joined = std::any_of(suggestions.begin(), suggestions.end(), [&](const Suggestion& s) {
            const auto components = connected_components(AnalysisGraph::from_map(with_tie(map, s)));
            const auto largest = std::max_element(components.sizes.begin(), components.sizes.end()) - components.sizes.begin();
            return components.component[members.front()] == static_cast<std::size_t>(largest);
        });
        CHECK(joined);

        // "the T CSO network secretariat is the only link ...": a tie makes its loss cut off fewer.
        const std::string town = captured(gaps, "the ([^|]+?) CSO network secretariat");
        const auto secretariat = labelled(map, town + " CSO network secretariat");
        REQUIRE(secretariat.size() == 1);
        const std::size_t cut_before = cut_off_if_removed(graph)[secretariat[0]];
        REQUIRE(cut_before >= 5);
        const bool relieved = std::any_of(suggestions.begin(), suggestions.end(), [&](const Suggestion& s) {
            return cut_off_if_removed(AnalysisGraph::from_map(with_tie(map, s)))[secretariat[0]] < cut_before;
        });
        CHECK(relieved);

        // "the T CSO cluster has no tie to any union": a tie gives one of its CSOs a union partner.
        const auto cluster = labelled(map, captured(gaps, "the ([^|]+?) CSO cluster has no tie"), "cso");
        REQUIRE(cluster.size() >= 3);
        const bool unionised = std::any_of(suggestions.begin(), suggestions.end(), [&](const Suggestion& s) {
            const StakeholderMap changed = with_tie(map, s);
            for (const std::size_t c : cluster) {
                for (std::size_t v = 0; v < changed.organisation_count(); ++v) {
                    if (changed.organisation(v).type == "union" && changed.tied(c, v)) return true;
                }
            }
            return false;
        });
        CHECK(unionised);

        // "no government body works on THEME": not a tie; answered with the government bodies closest to it.
        const std::string theme = captured(gaps, "no government body works on ([a-z_]+)");
        MapAnalysis analysis(map);
        const auto answers = coverage_answers(map, analysis.coverage());
        const auto answer = std::find_if(answers.begin(), answers.end(), [&](const CoverageAnswer& a) { return a.type == "government" && a.theme == theme; });
        REQUIRE(answer != answers.end());
        CHECK(answer->have == 0);
        REQUIRE_FALSE(answer->closest.empty());
        for (const std::size_t v : answer->closest) {
            CHECK(map.organisation(v).type == "government");
            CHECK(std::find(map.organisation(v).themes.begin(), map.organisation(v).themes.end(), theme) == map.organisation(v).themes.end());
        }
        CHECK_THAT(answer->text, Catch::Contains("A tie cannot close this"));
    }
}
