// Writers round-trip through the readers: map -> file -> map keeps organisations, ties and attributes.
#include <catch2/catch.hpp>

#include "importer_test_support.hpp"
#include "importers/formats/csv_writer.hpp"
#include "importers/formats/gexf_writer.hpp"
#include "importers/formats/gml_writer.hpp"
#include "importers/formats/graphml_writer.hpp"
#include "importers/formats/node_link_writer.hpp"
#include "importers/formats/json_writer.hpp"

using namespace stakemap;
using namespace stakemap::testing;

namespace {

StakeholderMap sample_map(bool directed) {
    StakeholderMap map(directed);
    map.metadata["title"] = std::string("Ghana \"scoping\" 2026");
    map.metadata["year"] = std::int64_t{2026};
    Organisation ministry;
    ministry.id = "mol";
    ministry.label = "Ministère du Travail, Ghana";
    ministry.type = "government";
    ministry.country = "GH";
    ministry.region = "Greater Accra";
    ministry.themes = {"child_labour", "forced_labour"};
    ministry.attributes["budget"] = 1.5;
    ministry.attributes["founded"] = std::int64_t{1957};
    ministry.attributes["verified"] = true;
    ministry.attributes["note"] = std::string("line one\nline two");
    ministry.position = Position{1.25, -3.5};
    Organisation union_body;
    union_body.id = "gawu";
    union_body.label = "General Agricultural Workers' Union";
    union_body.type = "union";
    union_body.influence = 6.5;  // Net-Map fields: written as attributes where a format has no field for them
    union_body.stance = "+/-";
    Organisation lone;
    lone.id = "lone";
    const auto a = map.add_organisation(ministry);
    const auto b = map.add_organisation(union_body);
    map.add_organisation(lone);
    Relationship tie;
    tie.type = "coordination";
    tie.weight = 2.5;
    tie.directed = directed;
    tie.attributes["source_doc"] = std::string("interview 4, p. 2");
    tie.attributes["since"] = std::int64_t{2019};
    map.add_relationship(a, b, tie);
    Relationship plain;
    plain.directed = directed;
    map.add_relationship(b, a, plain);
    return map;
}

void check_same(const StakeholderMap& original, const StakeholderMap& copy, bool typed_attributes) {
    REQUIRE(copy.organisation_count() == original.organisation_count());
    REQUIRE(copy.relationship_count() == original.relationship_count());
    CHECK(copy.directed() == original.directed());
    for (std::size_t v = 0; v < original.organisation_count(); ++v) {
        const Organisation& a = original.organisation(v);
        const Organisation& b = org(copy, a.id);
        CHECK(b.label == a.label);
        CHECK(b.type == a.type);
        CHECK(b.country == a.country);
        CHECK(b.region == a.region);
        CHECK(b.themes == a.themes);
        CHECK(b.influence == a.influence);
        CHECK(b.stance == a.stance);
        CHECK(b.position.has_value() == a.position.has_value());
        if (a.position) CHECK(b.position->x == a.position->x);
        REQUIRE(b.attributes.size() == a.attributes.size());
        for (const auto& [name, value] : a.attributes) {
            if (typed_attributes) CHECK(b.attributes.at(name) == value);
            else CHECK(to_display_string(b.attributes.at(name)) == to_display_string(value));
        }
    }
    auto left = original.relationship_handles().begin();
    auto right = copy.relationship_handles().begin();
    for (; left != original.relationship_handles().end(); ++left, ++right) {
        const auto a = original.relationship(*left);
        const auto b = copy.relationship(*right);
        CHECK(copy.organisation(b.source).id == original.organisation(a.source).id);
        CHECK(copy.organisation(b.target).id == original.organisation(a.target).id);
        CHECK(b.data.type == a.data.type);
        CHECK(b.data.weight == a.data.weight);
        REQUIRE(b.data.attributes.size() == a.data.attributes.size());
        for (const auto& [name, value] : a.data.attributes) CHECK(to_display_string(b.data.attributes.at(name)) == to_display_string(value));
    }
}

}  // namespace

TEST_CASE("JSON map round trip keeps everything, typed", "[writers]") {
    for (const bool directed : {false, true}) {
        const StakeholderMap original = sample_map(directed);
        const std::string path = scratch_file(directed ? "round-directed.json" : "round.json", "");
        save_json_map(original, path);
        const auto result = import_map(path);
        CHECK(result.warnings.empty());
        check_same(original, result.map, true);
        CHECK(std::get<std::string>(result.map.metadata.at("title")) == "Ghana \"scoping\" 2026");
        CHECK(std::get<std::int64_t>(result.map.metadata.at("year")) == 2026);
    }
}

TEST_CASE("CSV round trip keeps organisations, ties and attributes", "[writers]") {
    for (const bool directed : {false, true}) {
        const StakeholderMap original = sample_map(directed);
        const std::string path = scratch_file(directed ? "round-directed.csv" : "round.csv", "");
        const std::string nodes = save_csv_map(original, path);
        CHECK(nodes == node_table_path(path));
        ImportOptions options;
        options.nodes_path = nodes;
        const auto result = import_map(path, options);
        CHECK(result.warnings.empty());
        check_same(original, result.map, false);
    }
}

TEST_CASE("writing over an existing file replaces it whole", "[writers]") {
    const std::string path = scratch_file("replace.json", "old contents");
    save_json_map(sample_map(false), path);
    CHECK(import_map(path).map.organisation_count() == 3);
    CHECK_THROWS_AS(save_json_map(sample_map(false), "/nonexistent-folder/x.json"), std::runtime_error);
}

TEST_CASE("GraphML, GEXF, GML and node-link round trips keep organisations, ties and attributes", "[writers]") {
    using Saver = void (*)(const MapSource&, const std::string&);
    const std::vector<std::pair<std::string, Saver>> formats = {
        {"graphml", save_graphml}, {"gexf", save_gexf}, {"gml", save_gml}, {"json", save_node_link_json}};
    for (const bool directed : {false, true}) {
        const StakeholderMap original = sample_map(directed);
        for (const auto& [extension, save] : formats) {
            INFO(extension << (directed ? " directed" : " undirected"));
            const std::string path = scratch_file(std::string("round-trip") + (directed ? "-d." : ".") + extension, "");
            save(StakeholderMapSource(original), path);
            const auto result = import_map(path);
            CHECK(result.warnings.empty());
            // GraphML, GEXF and node-link keep attribute types; GML keeps their text.
            check_same(original, result.map, extension != "gml");
        }
    }
}
