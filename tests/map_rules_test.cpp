#include <catch2/catch.hpp>

#include <set>

#include "importer_test_support.hpp"
#include "importers/rules/map_validator.hpp"

using namespace stakemap;
using namespace stakemap::testing;

namespace {

bool has_line(const ValidationReport& report, const std::string& text) {
    for (const auto& line : report.lines) {
        if (line.find(text) != std::string::npos) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("validate lists every problem of a broken map with its path", "[validate]") {
    const std::string path = test_data("broken-map.json");
    const ValidationReport report = validate_map_file(path);
    CHECK(report.errors == 13);
    CHECK(report.warnings == 7);
    CHECK(has_line(report, path + ": colour: warning: unknown key"));
    CHECK(has_line(report, path + ": directed: error: expected true or false"));
    CHECK(has_line(report, path + ": nodes/0/type: warning: unknown type 'ministry'"));
    CHECK(has_line(report, path + ": nodes/0/themes/1: warning: unknown theme 'debt_bondage'"));
    CHECK(has_line(report, path + ": nodes/0/country: warning: 'Kenya' is not a two-letter ISO 3166 code"));
    CHECK(has_line(report, path + ": nodes/2/id: error: duplicate organisation id 'mol' (first at nodes/0)"));
    CHECK(has_line(report, path + ": nodes/3/id: error: missing"));
    CHECK(has_line(report, path + ": nodes/4/id: error: empty id"));
    CHECK(has_line(report, path + ": nodes/5/label: error: expected a string"));
    CHECK(has_line(report, path + ": nodes/5/position: error"));
    CHECK(has_line(report, path + ": nodes/6/themes/1: error: expected a theme name"));
    CHECK(has_line(report, path + ": edges/0/weight: error: expected a number"));
    CHECK(has_line(report, path + ": edges/1/target: error: unknown organisation 'ghost'"));
    CHECK(has_line(report, path + ": edges/2/source: error: missing"));
    CHECK(has_line(report, path + ": edges/5: warning: 'haart' is tied to itself"));
    CHECK(has_line(report, path + ": edges/6/weight: warning: weight 0 is not positive"));
    CHECK(has_line(report, path + ": edges/6: warning: repeats edges/0"));
    // Lines come in file order: top level, then nodes, then edges.
    CHECK(report.lines.front().find(": colour:") != std::string::npos);
    CHECK(report.lines.back().find(": edges/6") != std::string::npos);
}

TEST_CASE("validate: a clean map has no problems", "[validate]") {
    const ValidationReport report = validate_map_file(dataset("alliance87-ngo-forum-2017.json"));
    CHECK(report.lines.empty());
    CHECK(report.errors == 0);
}

TEST_CASE("validate: syntax errors and other formats stop at the first error with its line", "[validate]") {
    const auto syntax = validate_map_file(scratch_file("syntax-v.json", "{\n\"nodes\": [,]\n}"));
    REQUIRE(syntax.lines.size() == 1);
    CHECK_THAT(syntax.lines[0], Catch::Contains("syntax-v.json:2:") && Catch::Contains("error: invalid JSON"));
    const auto gml = validate_map_file(scratch_file("v.gml", "graph [\n node [ id 0 type \"NGO\" ]\n node [ id 0 ]\n]"));
    REQUIRE(gml.lines.size() == 1);
    CHECK_THAT(gml.lines[0], Catch::Contains("v.gml:3:") && Catch::Contains("duplicate organisation id '0'"));
}

TEST_CASE("validate: content rules apply to every format", "[validate]") {
    const auto report = validate_map_file(scratch_file("v.csv", "source,target,type\na,a,partnership\na,b,funding\nb,a,funding\n"));
    CHECK(report.errors == 0);
    CHECK(report.warnings == 2);
    // Located at the line of the tie, not a path into the map.
    CHECK(has_line(report, "v.csv:2: warning: 'a' is tied to itself"));
    CHECK(has_line(report, "v.csv:4: warning: repeats edges/1"));
}

TEST_CASE("validate: CSV edges naming organisations missing from the node table are errors", "[validate]") {
    ImportOptions options;
    options.nodes_path = scratch_file("v-nodes.csv", "id,type\na,cso\n");
    const auto report = validate_map_file(scratch_file("v-edges.csv", "source,target\na,b\n"), options);
    CHECK(report.errors == 1);
    CHECK_THAT(report.lines[0], Catch::Contains("v-edges.csv:2:") && Catch::Contains("unknown organisation 'b'"));
}

TEST_CASE("importers report content problems as warnings", "[validate]") {
    // "NGO" is in the vocabulary (a CSO); "Consultora" is not, and is reported once for both organisations.
    const auto result = import_text("warn.json", R"({"nodes": [{"id": "a", "type": "NGO"}, {"id": "b", "type": "Consultora"},
        {"id": "c", "type": "Consultora"}], "edges": [{"source": "a", "target": "a"}]})");
    CHECK(result.map.organisation(0).type == "cso");
    REQUIRE(result.warnings.size() == 2);
    CHECK_THAT(result.warnings[0], Catch::Contains("type 'Consultora' (2 organisations) is not a type stakemap knows") &&
                                       Catch::Contains("--vocabulary"));
    CHECK_THAT(result.warnings[1], Catch::Contains("edges/0: 'a' is tied to itself"));
    REQUIRE_FALSE(result.decisions.empty());
    CHECK_THAT(result.decisions[0], Catch::Contains("type 'NGO' read as cso"));
}
