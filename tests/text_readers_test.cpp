// GML, DOT (through Graphviz cgraph) and Pajek.
#include <catch2/catch.hpp>

#include "importer_test_support.hpp"

using namespace stakemap;
using namespace stakemap::testing;

TEST_CASE("GML: id is identity, label is kept, entities decoded", "[gml]") {
    const auto result = import_text("map.gml", R"(# written by NetworkX
graph [
  directed 1
  name "scoping"
  node [ id 0 label "Minist&#232;re du Travail" type "government" graphics [ x 1.0 y 2.0 ] ]
  node [ id 1 label "Caf&#233; &amp; Union" staff 12 ]
  edge [ source 0 target 1 weight 2.5 type "funding" ]
])");
    const auto& map = result.map;
    CHECK(map.directed());
    CHECK(org(map, "0").label == "Ministère du Travail");
    CHECK(org(map, "0").type == "government");
    CHECK(org(map, "0").position->y == 2.0);
    CHECK(org(map, "1").label == "Café & Union");
    CHECK(std::get<std::int64_t>(org(map, "1").attributes.at("staff")) == 12);
    const auto tie = map.relationship(*map.relationship_handles().begin());
    CHECK(tie.data.weight == 2.5);
    CHECK(tie.data.type == "funding");
    CHECK(std::get<std::string>(map.metadata.at("name")) == "scoping");
}

TEST_CASE("GML errors", "[gml]") {
    SECTION("unclosed list") {
        const auto error = import_error("unclosed.gml", "graph [\n  node [ id 0 ]\n  node [ id 1\n");
        CHECK(error.where().line == 3);
        CHECK_THAT(error.message(), Catch::Contains("unclosed '['"));
    }
    SECTION("a value that is no number, string, word or list") {
        const auto error = import_error("bare.gml", "graph [\n  node [ id @zero ]\n]\n");
        CHECK(error.where().line == 2);
        CHECK(error.where().column == 13);
    }
    SECTION("no graph") {
        CHECK_THAT(import_error("nograph.gml", "Creator \"me\"\n").message(), Catch::Contains("no 'graph"));
    }
    SECTION("node without id") {
        CHECK(import_error("noid.gml", "graph [\n node [ label \"a\" ]\n]").where().line == 2);
    }
    SECTION("edge to an unknown node, strict") {
        ImportOptions strict;
        strict.strict = true;
        const auto error = import_error("dangling.gml", "graph [\n node [ id 0 ]\n edge [ source 0 target 5 ]\n]", strict);
        CHECK(error.where().line == 3);
    }
    SECTION("non-numeric weight") {
        const auto error = import_error("weight.gml", "graph [\n node [ id 0 ]\n node [ id 1 ]\n edge [ source 0 target 1 weight \"x\" ]\n]");
        CHECK(error.where().line == 4);
    }
}

TEST_CASE("DOT through cgraph", "[dot]") {
    const auto result = import_text("map.dot", R"(digraph scoping {
  label="Ghana";
  node [shape=box];
  mol [label="Ministry of Labour", type=government, country=GH];
  ch [label="Challenging Heights", type=cso];
  mol -> ch [type=funding, weight=3];
  ch -> union1;
})");
    const auto& map = result.map;
    CHECK(map.directed());
    CHECK(map.organisation_count() == 3);
    CHECK(org(map, "mol").label == "Ministry of Labour");
    CHECK(org(map, "mol").type == "government");
    CHECK(org(map, "mol").country == "GH");
    CHECK(org(map, "union1").label == "union1");
    CHECK(std::get<std::string>(map.metadata.at("label")) == "Ghana");
    bool found = false;
    for (const auto handle : map.relationship_handles()) {
        const auto tie = map.relationship(handle);
        if (map.organisation(tie.source).id == "mol") {
            found = true;
            CHECK(tie.data.type == "funding");
            CHECK(tie.data.weight == 3.0);
        }
    }
    CHECK(found);
}

TEST_CASE("DOT errors", "[dot]") {
    SECTION("syntax error gives the line") {
        const auto error = import_error("broken.dot", "graph g {\n  a -- b;\n  c -- ;\n}\n");
        CHECK(error.where().line == 3);
        CHECK_THAT(error.message(), Catch::Contains("syntax error"));
    }
    SECTION("a parser's multi-line message becomes one line") {
        const auto error = import_error("quote.dot", "graph g {\n  a -- \"b;\n}\n");
        CHECK(std::string(error.what()).find('\n') == std::string::npos);
        CHECK(error.where().line >= 2);
    }
    SECTION("bad weight names the edge") {
        const auto error = import_error("weight.dot", "graph g { a -- b [weight=heavy]; }\n");
        CHECK_THAT(error.what(), Catch::Contains("edge 'a' - 'b'") && Catch::Contains("expected a number"));
    }
}

TEST_CASE("Pajek: labels are ids, arcs make a directed map", "[pajek]") {
    const auto result = import_text("map.net",
                                    "*Network scoping\n*Vertices 4\n1 \"Ministry of Labour\" 0.1 0.2 0.5\n2 \"HAART Kenya\"\n"
                                    "3 \"Union\"\n*Arcs\n1 2 2.0\n*Edges\n2 3\n");
    const auto& map = result.map;
    CHECK(map.directed());
    CHECK(map.organisation_count() == 4);
    CHECK(org(map, "Ministry of Labour").position->x == Approx(0.1));
    CHECK(org(map, "4").label == "4");  // declared but unlisted vertex
    // The undirected edge 2-3 becomes arcs both ways in a directed map.
    CHECK(map.relationship_count() == 3);
}

TEST_CASE("Pajek: undirected edges and edge lists", "[pajek]") {
    const auto result = import_text("list.net", "*Vertices 3\n1 a\n2 b\n3 c\n*Edgeslist\n1 2 3\n");
    CHECK_FALSE(result.map.directed());
    CHECK(result.map.relationship_count() == 2);
}

TEST_CASE("Pajek: repeated labels fall back to vertex numbers", "[pajek]") {
    const auto result = import_text("repeat.net", "*Vertices 2\n1 \"Union\"\n2 \"Union\"\n*Edges\n1 2\n");
    CHECK(org(result.map, "1").label == "Union");
    CHECK(result.warnings.size() == 1);
    // Labels that repeat once trimmed, or are blank, fall back the same way (not a duplicate-id error).
    const auto trimmed = import_text("trimmed.net", "*Vertices 3\n1 \"Union\"\n2 \"Union \"\n3 \" \"\n*Edges\n1 2\n2 3\n");
    CHECK(trimmed.map.organisation_count() == 3);
    CHECK(org(trimmed.map, "3").label == " ");
    CHECK(trimmed.map.relationship_count() == 2);
}

TEST_CASE("Pajek errors", "[pajek]") {
    SECTION("vertex number out of range") {
        const auto error = import_error("range.net", "*Vertices 2\n1 a\n2 b\n*Edges\n1 3\n");
        CHECK(error.where().line == 5);
        CHECK(error.where().column == 3);
        CHECK_THAT(error.message(), Catch::Contains("expected 1..2"));
    }
    SECTION("non-numeric weight") {
        const auto error = import_error("weight.net", "*Vertices 2\n1 a\n2 b\n*Edges\n1 2 strong\n");
        CHECK(error.where().line == 5);
        CHECK(error.where().column == 5);
    }
    SECTION("edges before vertices") {
        CHECK(import_error("order.net", "*Edges\n1 2\n").where().line == 1);
    }
    SECTION("a second *Vertices section") {
        // Found by the Pajek fuzzer: a smaller second declaration left earlier edges pointing past the end.
        const auto error = import_error("twice.net", "*Vertices 15\n1 a\n*Edges\n1 10\n*Vertices 6\n4 10 1.0\n");
        CHECK(error.where().line == 5);
        CHECK_THAT(error.message(), Catch::Contains("a second *Vertices section"));
    }
    SECTION("unsupported section") {
        CHECK_THAT(import_error("odd.net", "*Vertices 1\n*Hypergraph\n0\n").message(), Catch::Contains("unsupported section"));
    }
}

TEST_CASE("unknown extension and missing file", "[importer]") {
    CHECK_THAT(import_error("map.docx", "PK").message(), Catch::Contains("unknown file extension '.docx'"));
    CHECK_THAT(import_error("map.xlsx", "PK").message(), Catch::Contains("not a workbook"));
    try {
        import_map("/nonexistent/folder/map.csv");
        FAIL("expected an error");
    } catch (const ImportError& error) {
        CHECK_THAT(error.what(), Catch::StartsWith("/nonexistent/folder/map.csv:") && Catch::Contains("cannot open"));
    }
}
