// The limits of importers/input_limits.hpp and the hostile-input rules of
// docs/importers.md ("Limits"): each gives a located ImportError, never a crash,
// a hang or gigabytes of memory.

#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <string>

#include "importer_test_support.hpp"
#include "importers/formats/edge_list_reader.hpp"
#include "importers/support/input_limits.hpp"

using namespace stakemap;
using namespace stakemap::testing;

namespace {

std::string repeated(const std::string& piece, std::size_t times) {
    std::string text;
    for (std::size_t k = 0; k < times; ++k) text += piece;
    return text;
}

}  // namespace

TEST_CASE("Limits: a tiny file cannot declare millions of organisations", "[limits]") {
    // Found by the Pajek fuzzer: 63 bytes declaring 8,294,708 vertices took more than 2 GB.
    const auto error = import_error("many.net", "*Vertices 8294708\n1 \"a\"\n*Edges\n");
    CHECK(error.where().line == 1);
    CHECK(error.where().column == 11);
    CHECK_THAT(error.message(), Catch::Contains("at most 1000000"));
    // At the limit itself the declaration is accepted (and costs no more than the map holds).
    CHECK(import_text("limit.net", "*Vertices 3\n*Edges\n1 2\n").map.organisation_count() == 3);
}

TEST_CASE("Limits: nesting deeper than 64 in JSON and GML, 256 in XML", "[limits]") {
    const std::string deep_json = "{\"nodes\":[{\"id\":\"a\",\"x\":" + repeated("[", 100) + repeated("]", 100) + "}],\"edges\":[]}";
    const auto json_error = import_error("deep.json", deep_json);
    CHECK(json_error.where().line == 1);
    CHECK(json_error.where().column == 24 + 62);  // the 62nd '[' after "x": is the 65th level
    CHECK_THAT(json_error.message(), Catch::Contains("nested more than 64"));
    // The same limit for a top-level value that is not kept, and inside a tie.
    const std::string deep_other = "{\"other\":" + repeated("{\"k\":", 70) + "1" + repeated("}", 70) + ",\"nodes\":[]}";
    const auto other_error = import_error("other.json", deep_other);
    CHECK(other_error.where().column == 10 + 5 * 63);  // the 64th "{" after "other": is the 65th level
    CHECK_THAT(other_error.message(), Catch::Contains("nested more than 64"));
    const std::string deep_tie = "{\"nodes\":[{\"id\":\"a\"}],\n\"edges\":[{\"source\":\"a\",\"target\":\"a\",\"w\":" +
                                 repeated("[", 70) + repeated("]", 70) + "}]}";
    const auto tie_error = import_error("tie.json", deep_tie);
    CHECK(tie_error.where().line == 2);
    CHECK(tie_error.where().column == 40 + 62);  // the 62nd "[" after "w": (columns 41 on) is the 65th level
    // Brackets inside strings are text, not nesting.
    const std::string bracket_names = "{\"nodes\":[{\"id\":\"" + repeated("[", 100) + "\"}],\"edges\":[]}";
    CHECK(import_text("brackets.json", bracket_names).map.organisation_count() == 1);

    const auto gml_error = import_error("deep.gml", "graph [\n node [ id 1 x " + repeated("[ a ", 80) + repeated("] ", 80) + "]\n]\n");
    CHECK(gml_error.where().line == 2);
    CHECK_THAT(gml_error.message(), Catch::Contains("nested too deeply"));

    const auto xml_error = import_error("deep.graphml", "<graphml><graph><node id=\"a\"><data key=\"d\">" + repeated("<x>", 300) +
                                                            repeated("</x>", 300) + "</data></node></graph></graphml>");
    CHECK(xml_error.where().line == 1);
    CHECK_THAT(xml_error.message(), Catch::Contains("depth"));
}

TEST_CASE("Limits: one value may hold 1 MiB, one element 1,000 attributes", "[limits]") {
    const std::string huge(limits::kMaxTextBytes + 1, 'x');
    const auto label_error = import_error("huge-label.csv", "source,target,note\na,b,small\nb,c," + huge + "\n");
    CHECK(label_error.where().line == 3);
    CHECK_THAT(label_error.message(), Catch::Contains("attribute 'note' has a value of 1048577 bytes"));
    CHECK_THAT(label_error.message(), Catch::Contains("at most 1048576 bytes"));

    const auto json_error = import_error("huge-label.json", "{\"nodes\":[{\"id\":\"a\"},{\"id\":\"b\",\"label\":\"" + huge + "\"}],\"edges\":[]}");
    CHECK(json_error.where().field == "nodes/1");
    CHECK_THAT(json_error.message(), Catch::Contains("a label of 1048577 bytes"));

    const auto xml_error = import_error("huge-id.gexf", "<gexf><graph><nodes>\n<node id=\"" + huge + "\"/>\n</nodes></graph></gexf>");
    CHECK(xml_error.where().line == 2);
    CHECK_THAT(xml_error.message(), Catch::Contains("an id of 1048577 bytes"));

    // Exactly at the limit is accepted.
    const std::string largest(limits::kMaxTextBytes, 'y');
    CHECK(import_text("largest.csv", "source,target,note\na,b," + largest + "\n").map.relationship_count() == 1);

    std::string header = "id";
    std::string row = "a";
    for (int c = 0; c < 1001; ++c) {
        header += ",c" + std::to_string(c);
        row += ",1";
    }
    const std::string nodes = scratch_file("wide-nodes.csv", header + "\n" + row + "\n");
    ImportOptions options;
    options.nodes_path = nodes;
    const auto wide_error = import_error("wide-edges.csv", "source,target\na,a\n", options);
    CHECK(wide_error.where().line == 2);
    CHECK_THAT(wide_error.message(), Catch::Contains("1001 attributes; expected at most 1000"));
}

TEST_CASE("Limits: files over 1 GiB are refused before reading, except plain edge lists", "[limits]") {
    // A sparse file: its size is 1 GiB + 1 without using the disk.
    const std::string path = scratch_file("sparse.json", "{");
    std::filesystem::resize_file(path, limits::kMaxFileBytes + 1);
    try {
        import_map(path);
        FAIL("a file over 1 GiB was read");
    } catch (const ImportError& error) {
        CHECK(error.where().file == path);
        CHECK_THAT(error.message(), Catch::Contains("1073741825 bytes") && Catch::Contains("at most 1 GiB"));
    }
    const std::string xml = scratch_file("sparse.graphml", "<graphml/>");
    std::filesystem::resize_file(xml, limits::kMaxFileBytes + 1);
    CHECK_THROWS_AS(import_map(xml), ImportError);
    std::filesystem::remove(path);
    std::filesystem::remove(xml);
}

TEST_CASE("Limits: ids that collide once spaces are trimmed, in every format", "[limits]") {
    const auto json_error = import_error("trim.json", "{\"nodes\":[{\"id\":\"ILO\"},{\"id\":\" ILO \"}],\"edges\":[]}");
    CHECK(json_error.where().field == "nodes/1/id");
    CHECK_THAT(json_error.message(), Catch::Contains("duplicate organisation id 'ILO' (first at nodes/0)"));
    const auto csv_error = import_error("trim-nodes.csv", "source,target\nILO,b\n",
                                        [] {
                                            ImportOptions options;
                                            options.nodes_path = scratch_file("trim-nodes-table.csv", "id,label\nILO,a\n ILO ,b\n");
                                            return options;
                                        }());
    CHECK(csv_error.where().line == 3);
    CHECK_THAT(csv_error.message(), Catch::Contains("duplicate organisation id 'ILO'"));
    const auto xml_error = import_error("trim.graphml", "<graphml><graph>\n<node id=\"ILO\"/>\n<node id=\"ILO \"/>\n</graph></graphml>");
    CHECK(xml_error.where().line == 3);
    CHECK_THAT(xml_error.message(), Catch::Contains("(written 'ILO ', the same once spaces are trimmed)"));
    CHECK(import_error("trim.gexf", "<gexf><graph><nodes>\n<node id=\"ILO\"/>\n<node id=\" ILO\"/>\n</nodes></graph></gexf>").where().line == 3);
    // Endpoints are trimmed the same way, so a tie to " ILO" reaches the ILO.
    ImportOptions strict;
    strict.strict = true;
    const auto map = import_text("trim-ends.json",
                                 "{\"nodes\":[{\"id\":\"ILO\"},{\"id\":\"UNICEF\"}],\"edges\":[{\"source\":\" ILO\",\"target\":\"UNICEF \"}]}",
                                 strict).map;
    CHECK(map.organisation_count() == 2);
    CHECK(map.relationship_count() == 1);
}

TEST_CASE("Limits: NUL bytes, invalid UTF-8, BOM and CRLF in every text format", "[limits]") {
    CHECK_THAT(import_error("nul.gml", std::string("graph [\n node [ id 1 label \"a\0b\" ]\n]\n", 36)).message(),
               Catch::Contains("NUL byte"));
    const auto utf8 = import_error("latin1.json", "{\"nodes\":[\n{\"id\":\"Minist\xe8re\"}],\"edges\":[]}");
    CHECK(utf8.where().line == 2);
    CHECK(utf8.where().column == 14);
    // JSON is UTF-8 by definition (RFC 8259); a team's Latin-1 Pajek or CSV file is read as Windows-1252, and says so.
    const auto latin1 = import_text("latin1.net", "*Vertices 1\n1 \"Minist\xe8re\"\n");
    CHECK(latin1.map.organisation(0).label == "Minist\u00e8re");
    REQUIRE_FALSE(latin1.warnings.empty());
    CHECK_THAT(latin1.warnings.front(), Catch::Contains("read as Windows-1252"));
    CHECK_THAT(import_error("latin1.graphml", "<graphml><graph><node id=\"Minist\xe8re\"/></graph></graphml>").message(),
               Catch::Contains("malformed XML"));
    // A byte-order mark and CRLF line ends read exactly as plain LF files do.
    const std::string bom = "\xEF\xBB\xBF";
    CHECK(import_text("crlf.gml", bom + "graph [\r\n node [ id 1 label \"a\" ]\r\n node [ id 2 label \"b\" ]\r\n edge [ source 1 target 2 ]\r\n]\r\n")
              .map.relationship_count() == 1);
    CHECK(import_text("crlf.json", bom + "{\r\n\"nodes\":[{\"id\":\"a\"},{\"id\":\"b\"}],\r\n\"edges\":[{\"source\":\"a\",\"target\":\"b\"}]\r\n}\r\n")
              .map.relationship_count() == 1);
    CHECK(import_text("crlf.net", bom + "*Vertices 2\r\n1 \"a\"\r\n2 \"b\"\r\n*Edges\r\n1 2\r\n").map.relationship_count() == 1);
    CHECK(import_text("crlf.graphml", bom + "<graphml>\r\n<graph>\r\n<node id=\"a\"/><node id=\"b\"/>\r\n<edge source=\"a\" target=\"b\"/>\r\n</graph></graphml>\r\n")
              .map.relationship_count() == 1);
    CHECK(import_text("crlf.dot", bom + "graph g {\r\n a -- b;\r\n}\r\n").map.relationship_count() == 1);
}

TEST_CASE("Limits: XML entity expansion and external entities are refused", "[limits]") {
    const auto laughs = import_error("laughs.gexf",
                                     "<?xml version=\"1.0\"?>\n<!DOCTYPE gexf [<!ENTITY a \"aaaaaaaaaa\">"
                                     "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n"
                                     "<gexf><graph><nodes><node id=\"&c;\"/></nodes></graph></gexf>");
    CHECK_THAT(laughs.message(), Catch::Contains("entities"));
    const auto external = import_error("external.graphml",
                                       "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                                       "<graphml><graph><node id=\"&secret;\"/></graph></graphml>");
    CHECK_THAT(external.message(), Catch::Contains("external entity") || Catch::Contains("entities"));
    CHECK_THAT(external.message(), !Catch::Contains("root:"));
}

TEST_CASE("Limits: the streaming edge-list reader leaves overlong lines to the full reader", "[limits]") {
    const std::string long_id(limits::kMaxTextBytes + 10, 'z');
    const std::string path = scratch_file("long-line.csv", "source,target\na,b\n" + long_id + ",c\n");
    CHECK_FALSE(read_plain_edge_list(path, {}).has_value());
    try {
        import_map(path);
        FAIL("an overlong id was accepted");
    } catch (const ImportError& error) {
        CHECK(error.where().line == 3);
        CHECK_THAT(error.message(), Catch::Contains("an id of 1048586 bytes"));
    }
}
