// Files as NetworkX, igraph, Gephi, Pajek, Graphviz, SNAP, KONECT and UCINET
// users have them (written here by hand, one per case): each read as the
// format's own tool reads it, or refused with a located error - never a
// silent difference.

#include <catch2/catch.hpp>

#include <iterator>

#include "importer_test_support.hpp"
#include "importers/formats.hpp"
#include "test_support.hpp"

using namespace stakemap;
using namespace stakemap::testing;

namespace {

// "a-b" for each relationship, in order, directed or not as read.
std::vector<std::string> ties_of(const StakeholderMap& map) {
    std::vector<std::string> ties;
    for (const auto handle : map.relationship_handles()) {
        const auto tie = map.relationship(handle);
        ties.push_back(map.organisation(tie.source).id + "-" + map.organisation(tie.target).id);
    }
    return ties;
}

// The k-th relationship, in the order read.
Relationship tie_at(const StakeholderMap& map, std::size_t k) {
    auto handle = map.relationship_handles().begin();
    std::advance(handle, static_cast<std::ptrdiff_t>(k));
    return map.relationship(*handle).data;
}

double weight_of(const StakeholderMap& map, std::size_t k) { return tie_at(map, k).weight; }

bool decided(const ImportResult& result, const std::string& words) {
    for (const auto& decision : result.decisions) {
        if (decision.find(words) != std::string::npos) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("Edge lists: comment lines, optional weights, line ends of every system", "[other-tools][edge-list]") {
    SECTION("SNAP's # header lines are comments, not organisations") {
        const auto result = import_text("snap.txt", "# Directed graph (each unordered pair of nodes is saved once)\n# FromNodeId\tToNodeId\n1\t2\n2\t3\n");
        CHECK(result.map.organisation_count() == 3);
        CHECK(ties_of(result.map) == std::vector<std::string>{"1-2", "2-3"});
        CHECK(decided(result, "2 comment line(s)"));
    }
    SECTION("KONECT's % lines, and comments between ties of a space-delimited list") {
        const auto result = import_text("out.edges", "% sym unweighted\n% 3 2 3\n1 2\n# a note\n2 3\n");
        CHECK(ties_of(result.map) == std::vector<std::string>{"1-2", "2-3"});
    }
    SECTION("a comment line in a comma CSV is skipped only before the header") {
        const auto result = import_text("c.csv", "# exported 2026\nsource,target\n#MeToo Kenya,Tamkeen\n");
        CHECK(result.map.find("#MeToo Kenya").has_value());
    }
    SECTION("NCOL: a weight on some lines only") {
        const auto result = import_text("w.ncol", "a b 1.5\nb c\nc d 2\n");
        REQUIRE(result.map.relationship_count() == 3);
        CHECK(weight_of(result.map, 0) == 1.5);
        CHECK(weight_of(result.map, 1) == 1.0);
        CHECK(weight_of(result.map, 2) == 2.0);
    }
    SECTION("runs of spaces separate one field") {
        const auto result = import_text("aligned.txt", "a   b\n  b c  \n");
        CHECK(ties_of(result.map) == std::vector<std::string>{"a-b", "b-c"});
    }
    SECTION("carriage returns alone end lines (classic Mac OS)") {
        const auto result = import_text("cr.txt", "1 2\r3 4\r");
        CHECK(result.map.organisation_count() == 4);
        CHECK(ties_of(result.map) == std::vector<std::string>{"1-2", "3-4"});
        const auto csv = import_text("cr.csv", "source,target\ra,b\rb,c\r");
        CHECK(ties_of(csv.map) == std::vector<std::string>{"a-b", "b-c"});
    }
}

TEST_CASE("Pajek: comments, empty sections, mixed arcs and edges, matrices, projects, two modes", "[other-tools][pajek]") {
    SECTION("a % comment with a quote, and an empty *Arcs before *Edges") {
        const auto result = import_text("c.net", "% \"quoted\" comment\n*Vertices 3\n1 \"a\"\n2 \"b\"\n3 \"c\"\n*Arcs\n*Edges\n1 2\n2 3\n");
        CHECK_FALSE(result.map.directed());
        CHECK(ties_of(result.map) == std::vector<std::string>{"a-b", "b-c"});
    }
    SECTION("arcs and edges together: directed, each edge two arcs") {
        const auto result = import_text("mixed.net", "*Vertices 3\n1 \"a\"\n2 \"b\"\n3 \"c\"\n*Arcs\n1 2\n*Edges\n2 3\n");
        CHECK(result.map.directed());
        CHECK(ties_of(result.map) == std::vector<std::string>{"a-b", "b-c", "c-b"});
        CHECK(decided(result, "each *Edges line is two arcs"));
    }
    SECTION("text before the first section is ignored") {
        const auto result = import_text("pre.net", "Made by hand\nfor a test\n*Vertices 2\n1 a\n2 b\n*Edges\n1 2\n");
        CHECK(result.map.relationship_count() == 1);
        CHECK(decided(result, "2 line(s) before the first section ignored"));
    }
    SECTION("a symmetric *Matrix is undirected edges with weights") {
        const auto result = import_text("m.net", "*Vertices 3\n1 \"a\"\n2 \"b\"\n3 \"c\"\n*Matrix\n0 1 0\n1 0 2\n0 2 0\n");
        CHECK_FALSE(result.map.directed());
        CHECK(ties_of(result.map) == std::vector<std::string>{"a-b", "b-c"});
        CHECK(weight_of(result.map, 1) == 2.0);
    }
    SECTION("an asymmetric *Matrix is arcs") {
        const auto result = import_text("am.net", "*Vertices 3\n1 \"a\"\n2 \"b\"\n3 \"c\"\n*Matrix\n0 1 0\n0 0 0\n3 0 0\n");
        CHECK(result.map.directed());
        CHECK(ties_of(result.map) == std::vector<std::string>{"a-b", "c-a"});
    }
    SECTION("a matrix row of the wrong length is located") {
        const auto error = import_error("bad.net", "*Vertices 2\n1 a\n2 b\n*Matrix\n0 1\n1\n");
        CHECK(error.where().line == 6);
        CHECK_THAT(error.message(), Catch::Contains("expected 2, one per vertex"));
    }
    SECTION("a .paj project: the first network, its partitions and vectors as attributes, the others named") {
        const auto result = import_text("p.paj",
                                        "*Network first\n*Vertices 3\n1 \"a\"\n2 \"b\"\n3 \"c\"\n*Edges\n1 2\n"
                                        "*Network second\n*Vertices 2\n1 \"x\"\n2 \"y\"\n*Arcs\n1 2\n"
                                        "*Partition sector\n*Vertices 3\n1\n2\n1\n*Vector size\n*Vertices 3\n0.5\n1.5\n2\n");
        CHECK(result.map.organisation_count() == 3);
        CHECK(ties_of(result.map) == std::vector<std::string>{"a-b"});
        CHECK(std::get<std::int64_t>(org(result.map, "b").attributes.at("sector")) == 2);
        CHECK(std::get<double>(org(result.map, "c").attributes.at("size")) == 2.0);
        REQUIRE(result.warnings.size() == 1);
        CHECK_THAT(result.warnings[0], Catch::Contains("left out: second"));
    }
    SECTION("two-mode networks: *Vertices N N1") {
        const auto result = import_text("two.net", "*Vertices 4 2\n1 \"a\"\n2 \"b\"\n3 \"x\"\n4 \"y\"\n*Edges\n1 3\n2 4\n");
        CHECK(std::get<std::int64_t>(org(result.map, "a").attributes.at("mode")) == 1);
        CHECK(std::get<std::int64_t>(org(result.map, "y").attributes.at("mode")) == 2);
        const auto error = import_error("bad2.net", "*Vertices 1 3\n1 \"a\"\n");
        CHECK(error.where().line == 1);
        CHECK_THAT(error.message(), Catch::Contains("expected a number from 0 to 1"));
    }
    SECTION("relations of a multi-relational network become tie types") {
        const auto result = import_text("r.net", "*Vertices 2\n1 a\n2 b\n*Arcs :1 \"advice\"\n1 2\n*Arcs :2 \"friendship\"\n2 1\n");
        CHECK(tie_at(result.map, 0).type == "advice");
        CHECK(tie_at(result.map, 1).type == "friendship");
    }
    SECTION("carriage returns alone end Pajek lines too") {
        const auto result = import_text("cr.net", "*Vertices 3\r1 \"a\"\r2 \"b\"\r3 \"c\"\r*Edges\r1 2\r2 3\r");
        CHECK(result.map.relationship_count() == 2);
    }
    SECTION("Latin-1 labels") {
        const auto result = import_text("l.net", "*Vertices 2\n1 \"Caf\xe9\"\n2 \"b\"\n*Edges\n1 2\n");
        CHECK(result.map.find("Café").has_value());
    }
}

TEST_CASE("GML: unquoted words, igraph's -Inf, one source and target per edge", "[other-tools][gml]") {
    const auto result = import_text("u.gml", "graph [\n node [ id A label \"Alpha\" ]\n node [ id B score -Inf ratio nan ]\n"
                                             " edge [ source A target B ]\n]\n");
    CHECK(result.map.find("A").has_value());
    CHECK(org(result.map, "A").label == "Alpha");
    CHECK(std::get<std::string>(org(result.map, "B").attributes.at("score")) == "-Inf");
    CHECK(ties_of(result.map) == std::vector<std::string>{"A-B"});
    const auto error = import_error("two.gml", "graph [\n node [ id 1 ]\n node [ id 2 ]\n node [ id 3 ]\n edge [ source 1 target 2\n source 2 target 3 ]\n]\n");
    CHECK(error.where().line == 6);
    CHECK_THAT(error.message(), Catch::Contains("a second 'source' in one edge"));
    CHECK_THAT(import_error("w.gml", "graph [\n node [ id 1 ]\n node [ id 2 ]\n edge [ source 1 target 2 weight -Inf ]\n]\n").message(),
               Catch::Contains("expected a finite number"));
}

TEST_CASE("GraphML: edgedefault, undeclared keys, a weight in words, the namespace", "[other-tools][graphml]") {
    const std::string ns = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">";
    SECTION("no edgedefault reads undirected, as NetworkX and igraph do") {
        const auto result = import_text("u.graphml", ns + "<graph><node id=\"a\"/><node id=\"b\"/><edge source=\"a\" target=\"b\"/></graph></graphml>");
        CHECK_FALSE(result.map.directed());
        CHECK(decided(result, "without edgedefault"));
    }
    SECTION("data under an undeclared key is kept as text, said once") {
        const auto result = import_text("k.graphml", ns + "<graph edgedefault=\"undirected\"><node id=\"a\"><data key=\"d9\">x</data></node>"
                                                          "<node id=\"b\"><data key=\"d9\">y</data></node></graph></graphml>");
        CHECK(std::get<std::string>(org(result.map, "b").attributes.at("d9")) == "y");
        CHECK(result.warnings.size() == 1);
    }
    SECTION("a weight that is not a number stays an attribute") {
        const auto result = import_text("w.graphml", ns + "<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"string\"/>"
                                                          "<graph edgedefault=\"undirected\"><node id=\"a\"/><node id=\"b\"/>"
                                                          "<edge source=\"a\" target=\"b\"><data key=\"w\">strong</data></edge></graph></graphml>");
        const Relationship tie = tie_at(result.map, 0);
        CHECK(tie.weight == 1.0);
        CHECK(std::get<std::string>(tie.attributes.at("weight")) == "strong");
    }
}

TEST_CASE("GEXF: an edge whose type contradicts defaultedgetype is read as its type says", "[other-tools][gexf]") {
    const std::string head = "<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\"><graph defaultedgetype=\"undirected\"><nodes>"
                             "<node id=\"a\"/><node id=\"b\"/><node id=\"c\"/></nodes><edges>";
    const auto result = import_text("mixed.gexf", head + "<edge id=\"0\" source=\"a\" target=\"b\"/><edge id=\"1\" source=\"b\" target=\"c\" type=\"directed\"/>"
                                                          "</edges></graph></gexf>");
    CHECK(result.map.directed());
    CHECK(ties_of(result.map) == std::vector<std::string>{"a-b", "b-a", "b-c"});
    CHECK(decided(result, "1 edge(s) of another type"));
}

TEST_CASE("DOT: a file that declares charset=latin1 is read as Latin-1", "[other-tools][dot]") {
    const auto result = import_text("l1.dot", "graph G {\n charset=latin1;\n a [label=\"Caf\xe9\"];\n a -- b;\n}\n");
    CHECK(org(result.map, "a").label == "Caf\xc3\xa9");
    CHECK(result.warnings.empty());
    CHECK(decided(result, "as the file's charset attribute says"));
}

TEST_CASE("JSON: d3's layout data and Gephi's JSON export", "[other-tools][json]") {
    SECTION("d3: nodes without ids, links by position, value as weight") {
        const auto result = import_text("d3.json", R"({"nodes":[{"name":"Myriel","group":1},{"name":"Napoleon","group":1},{"name":"Baptistine","group":2}],
            "links":[{"source":1,"target":0,"value":1},{"source":2,"target":0,"value":8}]})");
        CHECK(org(result.map, "1").label == "Napoleon");
        CHECK(ties_of(result.map) == std::vector<std::string>{"1-0", "2-0"});
        CHECK(weight_of(result.map, 1) == 8.0);
        CHECK(std::get<std::int64_t>(org(result.map, "2").attributes.at("group")) == 2);
    }
    SECTION("ids on some nodes only is an error at the first that has one") {
        const auto error = import_error("half.json", R"({"nodes":[{"name":"a"},{"id":"b"}],"links":[]})");
        CHECK(error.where().field == "nodes/1/id");
    }
    SECTION("Gephi: attributes as fields, x and y as the position, Weight as the weight") {
        const auto result = import_text("gephi.json", R"js({"nodes":[
            {"label":"Alpha","x":-10.5,"y":20.1,"id":"0","attributes":{"type":"ngo","Modularity Class":"0"},"color":"rgb(153,0,255)","size":10.0},
            {"label":"Beta","x":5,"y":-3,"id":"1","attributes":{},"color":"rgb(0,0,255)","size":5.0}],
            "edges":[{"source":"0","target":"1","id":"0","attributes":{"Weight":"2.5"},"color":"rgb(1,2,3)","size":2.5}]})js");
        CHECK(org(result.map, "0").type == "cso");
        REQUIRE(org(result.map, "0").position.has_value());
        CHECK(org(result.map, "0").position->x == -10.5);
        CHECK(weight_of(result.map, 0) == 2.5);
    }
}

TEST_CASE("UCINET DL: full matrices, edge and node lists, labels, two modes; and back", "[other-tools][dl]") {
    SECTION("a symmetric FULLMATRIX with quoted labels is an undirected map") {
        const auto result = import_text("f.dl", "DL N=4\nFORMAT = FULLMATRIX DIAGONAL PRESENT\nLABELS:\nAlpha,Beta,\"Gamma Org\",Delta\nDATA:\n"
                                                "0 1 0 0\n1 0 2 0\n0 2 0 1\n0 0 1 0\n");
        CHECK_FALSE(result.map.directed());
        CHECK(ties_of(result.map) == std::vector<std::string>{"Alpha-Beta", "Beta-Gamma Org", "Gamma Org-Delta"});
        CHECK(weight_of(result.map, 1) == 2.0);
    }
    SECTION("DIAGONAL = ABSENT leaves the diagonal out of each row") {
        const auto result = import_text("d.dl", "DL N=3\nFORMAT = FULLMATRIX\nDIAGONAL = ABSENT\nDATA:\n1 0\n1 1\n0 1\n");
        CHECK(ties_of(result.map) == std::vector<std::string>{"1-2", "2-3"});
    }
    SECTION("EDGELIST1 with labels embedded; asymmetric ties make a directed map") {
        const auto result = import_text("e.dl", "dl n=3 format=edgelist1\nlabels embedded:\ndata:\nA B 2\nB C\nC A\n");
        CHECK(result.map.directed());
        CHECK(ties_of(result.map) == std::vector<std::string>{"A-B", "B-C", "C-A"});
        CHECK(weight_of(result.map, 0) == 2.0);
    }
    SECTION("NODELIST1 by numbers") {
        const auto result = import_text("n.dl", "DL N=3\nFORMAT=NODELIST1\nDATA:\n1 2 3\n2 3\n");
        CHECK(ties_of(result.map) == std::vector<std::string>{"1-2", "1-3", "2-3"});
    }
    SECTION("two-mode: row and column organisations") {
        const auto result = import_text("t.dl", "DL NR=2, NC=3\nROW LABELS:\nr1 r2\nCOLUMN LABELS:\nc1 c2 c3\nDATA:\n1 0 1\n0 1 0\n");
        CHECK(ties_of(result.map) == std::vector<std::string>{"r1-c1", "r1-c3", "r2-c2"});
        CHECK(std::get<std::int64_t>(org(result.map, "c2").attributes.at("mode")) == 2);
    }
    SECTION("errors are located") {
        CHECK_THAT(import_error("short.dl", "DL N=3\nDATA:\n0 1\n").message(), Catch::Contains("expected 3 rows of 3 values"));
        CHECK_THAT(import_error("fmt.dl", "DL N=2 FORMAT=LOWERHALF\nDATA:\n1\n").message(), Catch::Contains("expected FULLMATRIX, EDGELIST1 or NODELIST1"));
        const auto error = import_error("num.dl", "DL N=2\nFORMAT=EDGELIST1\nDATA:\n1 2\n1 7\n");
        CHECK(error.where().line == 5);
        CHECK_THAT(error.message(), Catch::Contains("a number from 1 to 2"));
        CHECK_THAT(import_error("nolabel.dl", "DL N=2\nLABELS:\na\nDATA:\n0 1\n1 0\n").message(), Catch::Contains("1 labels; expected 2"));
    }
    SECTION("written and read back: names, ties and weights") {
        const ImportResult forum = import_map(dataset("alliance87-ngo-forum-2017.json"));
        const std::string path = scratch_path("forum.dl");
        format_named("dl")->write(StakeholderMapSource(forum.map), path, {});
        const auto back = import_map(path);
        CHECK_FALSE(back.map.directed());
        CHECK(back.map.organisation_count() == forum.map.organisation_count());
        CHECK(back.map.relationship_count() == forum.map.relationship_count());
        CHECK(back.map.find("International Labour Organization (ILO)").has_value());
    }
}

TEST_CASE("LGL and MatrixMarket files", "[other-tools][lgl][mtx]") {
    SECTION("LGL: # name lists its partners, weights optional") {
        const auto result = import_text("g.lgl", "# a\nb 2.0\nc\n# b\nc\n# lone\n");
        CHECK_FALSE(result.map.directed());
        CHECK(result.map.organisation_count() == 4);
        CHECK(ties_of(result.map) == std::vector<std::string>{"a-b", "a-c", "b-c"});
        CHECK(weight_of(result.map, 0) == 2.0);
        CHECK(import_error("bad.lgl", "b 1\n# a\n").where().line == 1);
    }
    SECTION("MatrixMarket symmetric: one triangle, undirected") {
        const auto result = import_text("s.mtx", "%%MatrixMarket matrix coordinate real symmetric\n% made by hand\n4 4 2\n2 1 1.5\n3 2 1\n");
        CHECK_FALSE(result.map.directed());
        CHECK(result.map.organisation_count() == 4);
        CHECK(ties_of(result.map) == std::vector<std::string>{"2-1", "3-2"});
        CHECK(weight_of(result.map, 0) == 1.5);
    }
    SECTION("MatrixMarket general: directed unless its entries mirror each other") {
        CHECK(import_text("g.mtx", "%%MatrixMarket matrix coordinate pattern general\n3 3 2\n1 2\n2 3\n").map.directed());
        const auto mirrored = import_text("m.mtx", "%%MatrixMarket matrix coordinate integer general\n2 2 2\n1 2 3\n2 1 3\n");
        CHECK_FALSE(mirrored.map.directed());
        CHECK(mirrored.map.relationship_count() == 1);
    }
    SECTION("MatrixMarket refusals say what is expected") {
        CHECK_THAT(import_error("c.mtx", "%%MatrixMarket matrix coordinate complex general\n2 2 1\n1 2 1 0\n").message(), Catch::Contains("expected real, integer or pattern"));
        CHECK_THAT(import_error("r.mtx", "%%MatrixMarket matrix coordinate real general\n2 3 1\n1 2 1\n").message(), Catch::Contains("expected a square one"));
        CHECK_THAT(import_error("a.mtx", "%%MatrixMarket matrix array real general\n2 2\n1\n0\n0\n1\n").message(), Catch::Contains("expected 'coordinate'"));
        CHECK(import_error("x.mtx", "%%MatrixMarket matrix coordinate real general\n2 2 1\n1 3 1\n").where().line == 3);
    }
}
