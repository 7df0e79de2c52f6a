// GraphML and GEXF, both read through libxml2.
#include <catch2/catch.hpp>

#include "importer_test_support.hpp"

using namespace stakemap;
using namespace stakemap::testing;

TEST_CASE("GraphML with typed keys, defaults and per-edge direction", "[graphml]") {
    const auto result = import_text("typed.graphml", R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="node" attr.name="type" attr.type="string"><default>cso</default></key>
  <key id="d2" for="node" attr.name="staff" attr.type="int"/>
  <key id="d3" for="edge" attr.name="weight" attr.type="double"/>
  <key id="d4" for="graph" attr.name="country" attr.type="string"/>
  <graph id="G" edgedefault="undirected">
    <data key="d4">NP</data>
    <node id="n0"><data key="d0">Maiti Nepal</data><data key="d2">40</data></node>
    <node id="n1"><data key="d1">government</data></node>
    <edge source="n0" target="n1"><data key="d3">2.5</data></edge>
  </graph>
</graphml>)");
    const auto& map = result.map;
    CHECK_FALSE(map.directed());
    CHECK(std::get<std::string>(map.metadata.at("country")) == "NP");
    CHECK(org(map, "n0").label == "Maiti Nepal");
    CHECK(org(map, "n0").type == "cso");  // from the key's default
    CHECK(org(map, "n1").type == "government");
    CHECK(std::get<std::int64_t>(org(map, "n0").attributes.at("staff")) == 40);
    CHECK(map.relationship(*map.relationship_handles().begin()).data.weight == 2.5);
}

TEST_CASE("GraphML from yEd: label and position from node graphics", "[graphml]") {
    const auto result = import_text("yed.graphml", R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <graph edgedefault="directed" id="G">
    <node id="n0"><data key="d6"><y:ShapeNode><y:Geometry height="30" width="30" x="10" y="20"/>
      <y:NodeLabel>Ministry of Labour</y:NodeLabel></y:ShapeNode></data></node>
    <node id="n1"/>
    <edge id="e0" source="n0" target="n1"/>
  </graph>
</graphml>)");
    const auto& ministry = org(result.map, "n0");
    CHECK(ministry.label == "Ministry of Labour");
    REQUIRE(ministry.position.has_value());
    CHECK(ministry.position->x == 10.0);
    CHECK(result.map.directed());
}

TEST_CASE("GraphML errors", "[graphml]") {
    SECTION("truncated XML gives a line") {
        const auto error = import_error("truncated.graphml",
                                        "<graphml>\n<graph edgedefault=\"undirected\">\n<node id=\"a\"/>\n<node id=\"b\"");
        CHECK(error.where().line >= 4);
        CHECK_THAT(error.message(), Catch::Contains("malformed XML"));
    }
    SECTION("another namespace") {
        const auto error = import_error("ns.graphml", "<graphml xmlns=\"http://example.org/other\">\n<graph/></graphml>");
        CHECK(error.where().line == 1);
        CHECK_THAT(error.message(), Catch::Contains("expected 'http://graphml.graphdrawing.org/xmlns'"));
    }
    SECTION("bad typed value") {
        const auto error = import_error("badint.graphml",
                                        "<graphml><key id=\"k\" for=\"node\" attr.name=\"staff\" attr.type=\"int\"/>\n<graph>\n"
                                        "<node id=\"a\"><data key=\"k\">many</data></node></graph></graphml>");
        CHECK(error.where().line == 3);
        CHECK_THAT(error.message(), Catch::Contains("expected an integer"));
    }
    SECTION("duplicate node id") {
        const auto error = import_error("dup.graphml", "<graphml><graph>\n<node id=\"a\"/>\n<node id=\"a\"/></graph></graphml>");
        CHECK(error.where().line == 3);
    }
    SECTION("wrong root") {
        CHECK_THAT(import_error("html.graphml", "<html><body/></html>").message(), Catch::Contains("expected <graphml>"));
    }
    SECTION("entities are refused") {
        const auto error = import_error("laughs.graphml",
                                        "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>\n"
                                        "<graphml><graph><node id=\"&b;\"/></graph></graphml>");
        CHECK_THAT(error.message(), Catch::Contains("entities"));
    }
}

TEST_CASE("GEXF with attributes, weights, positions and direction", "[gexf]") {
    const auto result = import_text("map.gexf", R"(<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta><creator>Gephi 0.10</creator></meta>
  <graph defaultedgetype="directed">
    <attributes class="node">
      <attribute id="0" title="type" type="string"/>
      <attribute id="1" title="members" type="integer"><default>0</default></attribute>
    </attributes>
    <attributes class="edge"><attribute id="r" title="type" type="string"/></attributes>
    <nodes>
      <node id="a" label="Sindicato de Trabajadoras">
        <attvalues><attvalue for="0" value="union"/><attvalue for="1" value="1200"/></attvalues>
        <viz:position x="3.5" y="-1.0" z="0"/>
      </node>
      <node id="b" label="Reporter Brasil"><attvalues><attvalue for="0" value="media"/></attvalues></node>
    </nodes>
    <edges><edge id="0" source="a" target="b" weight="4"><attvalues><attvalue for="r" value="information"/></attvalues></edge></edges>
  </graph>
</gexf>)");
    const auto& map = result.map;
    CHECK(map.directed());
    CHECK(std::get<std::string>(map.metadata.at("creator")) == "Gephi 0.10");
    const auto& a = org(map, "a");
    CHECK(a.label == "Sindicato de Trabajadoras");
    CHECK(a.type == "union");
    CHECK(std::get<std::int64_t>(a.attributes.at("members")) == 1200);
    CHECK(std::get<std::int64_t>(org(map, "b").attributes.at("members")) == 0);  // default
    REQUIRE(a.position.has_value());
    CHECK(a.position->x == 3.5);
    const auto tie = map.relationship(*map.relationship_handles().begin());
    CHECK(tie.data.weight == 4.0);
    CHECK(tie.data.type == "information");
}

TEST_CASE("GEXF errors", "[gexf]") {
    SECTION("edge without target") {
        const auto error = import_error("notarget.gexf",
                                        "<gexf><graph>\n<nodes><node id=\"a\"/></nodes>\n<edges>\n<edge source=\"a\"/></edges></graph></gexf>");
        CHECK(error.where().line == 4);
        CHECK_THAT(error.message(), Catch::Contains("without target"));
    }
    SECTION("bad weight") {
        const auto error = import_error("badweight.gexf",
                                        "<gexf><graph>\n<nodes><node id=\"a\"/><node id=\"b\"/></nodes>\n<edges>\n"
                                        "<edge source=\"a\" target=\"b\" weight=\"x\"/></edges></graph></gexf>");
        CHECK(error.where().line == 4);
        CHECK_THAT(error.message(), Catch::Contains("expected a number"));
    }
    SECTION("unclosed element") {
        const auto error = import_error("unclosed.gexf", "<gexf><graph>\n<nodes>\n<node id=\"a\">\n</graph></gexf>");
        CHECK(error.where().line >= 3);
        CHECK_THAT(error.message(), Catch::Contains("malformed XML"));
    }
}
