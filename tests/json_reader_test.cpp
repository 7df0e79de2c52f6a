#include <catch2/catch.hpp>

#include "importer_test_support.hpp"

using namespace stakemap;
using namespace stakemap::testing;

TEST_CASE("stakemap JSON map with every field", "[json]") {
    const auto result = import_text("map.json", R"({
      "format": "stakemap-map", "version": 1, "directed": true,
      "metadata": {"title": "Kenya scoping 2026", "country": "KE"},
      "nodes": [
        {"id": "mol", "label": "Ministère du Travail", "type": "government", "country": "KE", "region": "Nairobi",
         "themes": ["forced_labour", "Child labour"], "position": {"x": 1.5, "y": -2},
         "attributes": {"founded": 1963, "verified": true}, "acronym": "MoL"},
        {"id": 7, "label": "Union"}
      ],
      "edges": [
        {"source": "mol", "target": 7, "type": "coordination", "weight": 2.5,
         "attributes": {"source_doc": "interview 3"}}
      ]})");
    const auto& map = result.map;
    CHECK(map.directed());
    CHECK(std::get<std::string>(map.metadata.at("title")) == "Kenya scoping 2026");
    const auto& mol = org(map, "mol");
    CHECK(mol.label == "Ministère du Travail");
    CHECK(mol.region == "Nairobi");
    CHECK(mol.themes == std::vector<std::string>{"forced_labour", "child_labour"});
    REQUIRE(mol.position.has_value());
    CHECK(mol.position->y == -2.0);
    CHECK(std::get<std::int64_t>(mol.attributes.at("founded")) == 1963);
    CHECK(std::get<bool>(mol.attributes.at("verified")));
    CHECK(std::get<std::string>(mol.attributes.at("acronym")) == "MoL");  // unknown keys are kept
    CHECK(org(map, "7").label == "Union");
    const auto tie = map.relationship(*map.relationship_handles().begin());
    CHECK(tie.data.weight == 2.5);
    CHECK(std::get<std::string>(tie.data.attributes.at("source_doc")) == "interview 3");
}

TEST_CASE("NetworkX node-link JSON", "[json]") {
    const auto result = import_text("nodelink.json", R"({"directed": false, "multigraph": false, "graph": {"name": "g"},
      "nodes": [{"id": 0, "type": "cso"}, {"id": 1, "label": "B"}, {"id": "c"}],
      "links": [{"source": 0, "target": 1, "weight": 3}, {"source": 1, "target": "c"}]})");
    const auto& map = result.map;
    CHECK(map.organisation_count() == 3);
    CHECK(org(map, "0").type == "cso");
    CHECK(org(map, "1").label == "B");
    CHECK(map.relationship(*map.relationship_handles().begin()).data.weight == 3.0);
    CHECK(std::get<std::string>(map.metadata.at("name")) == "g");
}

TEST_CASE("JSON errors say where", "[json]") {
    SECTION("syntax error gives line and column") {
        const auto error = import_error("syntax.json", "{\n  \"nodes\": [\n    {\"id\": \"a\",}\n  ]\n}\n");
        CHECK(error.where().line == 3);
        CHECK(error.where().column > 0);
        CHECK_THAT(error.message(), Catch::Contains("invalid JSON"));
    }
    SECTION("truncated document") {
        const auto error = import_error("truncated.json", "{\"nodes\": [{\"id\": \"a\"}");
        CHECK(error.where().line == 1);
    }
    SECTION("missing id names the node") {
        const auto error = import_error("noid.json", R"({"nodes": [{"id": "a"}, {"label": "b"}], "edges": []})");
        CHECK(error.where().field == "nodes/1/id");
        CHECK_THAT(error.what(), Catch::Contains("noid.json: nodes/1/id: missing"));
    }
    SECTION("non-numeric weight") {
        const auto error = import_error("weight.json",
                                        R"({"nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"source": "a", "target": "b", "weight": "heavy"}]})");
        CHECK(error.where().field == "edges/0/weight");
        CHECK_THAT(error.message(), Catch::Contains("expected a number"));
    }
    SECTION("duplicate ids") {
        const auto error = import_error("dup.json", R"({"nodes": [{"id": "a"}, {"id": "a"}], "edges": []})");
        CHECK(error.where().field == "nodes/1/id");
        CHECK_THAT(error.message(), Catch::Contains("duplicate organisation id 'a' (first at nodes/0)"));
    }
    SECTION("a newer format version is refused") {
        const auto error = import_error("future.json", R"({"version": 99, "nodes": [], "edges": []})");
        CHECK_THAT(error.message(), Catch::Contains("newer"));
    }
    SECTION("not a map") {
        CHECK_THAT(import_error("array.json", "[1, 2]").message(), Catch::Contains("expected a JSON object"));
        CHECK_THAT(import_error("nonodes.json", "{\"edges\": []}").message(), Catch::Contains("expected an array of organisations"));
    }
    SECTION("dangling edge, strict") {
        ImportOptions strict;
        strict.strict = true;
        const auto error = import_error("dangling.json",
                                        R"({"nodes": [{"id": "a"}], "edges": [{"source": "a", "target": "zz"}]})", strict);
        CHECK(error.where().field == "edges/0/target");
        CHECK_THAT(error.message(), Catch::Contains("unknown organisation 'zz'"));
    }
}

TEST_CASE("JSON dangling edges create organisations with a warning", "[json]") {
    const auto result = import_text("dangling-ok.json", R"({"nodes": [{"id": "a"}], "edges": [{"source": "a", "target": "zz"}]})");
    CHECK(result.map.organisation_count() == 2);
    REQUIRE(result.warnings.size() == 1);
    CHECK_THAT(result.warnings[0], Catch::Contains("edges/0") && Catch::Contains("'zz'"));
}
