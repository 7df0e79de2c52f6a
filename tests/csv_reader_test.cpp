#include <catch2/catch.hpp>

#include "importer_test_support.hpp"

using namespace stakemap;
using namespace stakemap::testing;

TEST_CASE("CSV edge list with header, types and weights", "[csv]") {
    const auto result = import_text("edges.csv",
                                    "Source,Target,Type,Weight,since\n"
                                    "ilo,unodc,coordination,2,2016\n"
                                    "ilo,haart,funding,0.5,\n");
    const auto& map = result.map;
    CHECK(map.organisation_count() == 3);
    CHECK(map.relationship_count() == 2);
    CHECK_FALSE(map.directed());
    const auto first = map.relationship(*map.relationship_handles().begin());
    CHECK(map.organisation(first.source).id == "ilo");
    CHECK(map.organisation(first.target).id == "unodc");
    CHECK(first.data.type == "coordination");
    CHECK(first.data.weight == 2.0);
    CHECK(std::get<std::int64_t>(first.data.attributes.at("since")) == 2016);
    CHECK(result.warnings.empty());  // a bare edge list declares its organisations
}

TEST_CASE("CSV: semicolons, quotes, BOM, CRLF and decimal commas", "[csv]") {
    const auto result = import_text("semi.csv",
                                    "\xEF\xBB\xBFsource;target;weight\r\n"
                                    "\"Min. of Labour; Kenya\";\"HAART \"\"Kenya\"\"\";1,5\r\n");
    const auto& map = result.map;
    REQUIRE(map.organisation_count() == 2);
    CHECK(map.organisation(0).id == "Min. of Labour; Kenya");
    CHECK(map.organisation(1).id == "HAART \"Kenya\"");
    CHECK(map.relationship(*map.relationship_handles().begin()).data.weight == 1.5);
}

TEST_CASE("CSV: tab-delimited with a quoted newline", "[csv]") {
    const auto result = import_text("tabs.tsv", "from\tto\tnote\na\tb\t\"two\nlines\"\nb\tc\t\n");
    CHECK(result.map.relationship_count() == 2);
    const auto first = result.map.relationship(*result.map.relationship_handles().begin());
    CHECK(std::get<std::string>(first.data.attributes.at("note")) == "two\nlines");
}

TEST_CASE("CSV without a header reads source,target,type,weight", "[csv]") {
    const auto result = import_text("bare.csv", "a,b,funding,3\nb,c,referral,1\n");
    CHECK(result.map.organisation_count() == 3);
    const auto first = result.map.relationship(*result.map.relationship_handles().begin());
    CHECK(first.data.type == "funding");
    CHECK(first.data.weight == 3.0);
}

TEST_CASE("bare edge lists as NetworkX writes them", "[csv]") {
    // write_weighted_edgelist with a comma: the third column is a weight, not a type.
    const auto weighted = import_text("weighted.csv", "a,b,2.5\nb,c,1.0\n");
    const auto first = weighted.map.relationship(*weighted.map.relationship_handles().begin());
    CHECK(first.data.weight == 2.5);
    CHECK(first.data.type.empty());
    // write_edgelist(data=False): space separated, any of the usual extensions.
    const auto spaced = import_text("plain.edgelist", "1 2\n2 3\n3 1\n");
    CHECK(spaced.map.organisation_count() == 3);
    CHECK(spaced.map.relationship_count() == 3);
    CHECK(import_text("plain.txt", "x y\n").map.find("y").has_value());
    // Text in the third column stays a relationship type.
    const auto typed = import_text("typed.csv", "a,b,funding\n");
    CHECK(typed.map.relationship(*typed.map.relationship_handles().begin()).data.type == "funding");
}

TEST_CASE("Gephi's Type column means direction", "[csv]") {
    const auto result = import_text("gephi.csv", "Source,Target,Type,Id,Weight\n1,2,Directed,0,1.0\n2,3,Directed,1,2.0\n");
    CHECK(result.map.directed());
    CHECK(result.map.relationship(*result.map.relationship_handles().begin()).data.type.empty());
}

TEST_CASE("CSV node table gives labels, types, countries, themes and attributes", "[csv]") {
    const std::string nodes = scratch_file("nodes.csv",
                                           "id,label,type,country,themes,budget\n"
                                           "ilo,International Labour Organization,UN agency,CH,\"Forced labour; child_labor\",100\n"
                                           "haart,HAART Kenya,cso,KE,human_trafficking,\n"
                                           "lonely,Lonely CSO,cso,GH,,\n");
    ImportOptions options;
    options.nodes_path = nodes;
    const auto result = import_text("with-nodes.csv", "source,target\nilo,haart\nilo,ghost\n", options);
    const auto& map = result.map;
    CHECK(map.organisation_count() == 4);  // lonely (isolated) and ghost (created) included
    const auto& ilo = org(map, "ilo");
    CHECK(ilo.label == "International Labour Organization");
    CHECK(ilo.type == "un_agency");
    CHECK(ilo.country == "CH");
    CHECK(ilo.themes == std::vector<std::string>{"forced_labour", "child_labour"});
    CHECK(std::get<std::int64_t>(ilo.attributes.at("budget")) == 100);
    CHECK(org(map, "lonely").type == "cso");
    REQUIRE(result.warnings.size() == 1);
    CHECK_THAT(result.warnings[0], Catch::Contains("with-nodes.csv:3") && Catch::Contains("'ghost'"));

    options.strict = true;
    const auto error = import_error("with-nodes-strict.csv", "source,target\nilo,haart\nilo,ghost\n", options);
    CHECK(error.where().line == 3);
    CHECK_THAT(error.message(), Catch::Contains("unknown organisation 'ghost'"));
}

TEST_CASE("CSV errors name the file, row and field", "[csv]") {
    SECTION("non-numeric weight") {
        const auto error = import_error("bad-weight.csv", "source,target,weight\na,b,1\nb,c,heavy\n");
        CHECK(error.where().line == 3);
        CHECK_THAT(error.what(), Catch::Contains("bad-weight.csv:3:") && Catch::Contains("'weight'") &&
                                     Catch::Contains("expected a number"));
    }
    SECTION("unterminated quote") {
        const auto error = import_error("quote.csv", "source,target\na,\"b\nc,d\n");
        CHECK(error.where().line == 2);
        CHECK_THAT(error.message(), Catch::Contains("closing \""));
    }
    SECTION("wrong delimiter") {
        const auto error = import_error("pipes.csv", "source|target\na|b\n");
        CHECK(error.where().line == 1);
        CHECK_THAT(error.message(), Catch::Contains("expected at least source and target"));
    }
    SECTION("ragged row") {
        const auto error = import_error("ragged.csv", "source,target,type\na,b,funding\nc,d\n");
        CHECK(error.where().line == 3);
        CHECK_THAT(error.message(), Catch::Contains("2 fields; expected 3"));
    }
    SECTION("empty endpoint") {
        const auto error = import_error("hole.csv", "source,target\na,\n");
        CHECK(error.where().line == 2);
        CHECK_THAT(error.what(), Catch::Contains("'target'"));
    }
    SECTION("empty file") {
        const auto error = import_error("empty.csv", "");
        CHECK_THAT(error.message(), Catch::Contains("empty"));
    }
    SECTION("invalid UTF-8 when UTF-8 is declared") {
        ImportOptions options;
        options.encoding = "UTF-8";
        const auto error = import_error("latin1.csv", "source,target\nMinist\xE8re,b\n", options);
        CHECK(error.where().line == 2);
        CHECK(error.where().column == 7);
        CHECK_THAT(error.message(), Catch::Contains("UTF-8"));
    }
    SECTION("duplicate node id in the node table") {
        ImportOptions options;
        options.nodes_path = scratch_file("dup-nodes.csv", "id,label\na,A\nb,B\na,Again\n");
        const auto error = import_error("dup-edges.csv", "source,target\na,b\n", options);
        CHECK(error.where().file == *options.nodes_path);
        CHECK(error.where().line == 4);
        CHECK_THAT(error.message(), Catch::Contains("duplicate organisation id 'a'"));
    }
    SECTION("node table with neither an id nor a name column") {
        ImportOptions options;
        options.nodes_path = scratch_file("noid.csv", "sector,budget\ncso,3\n");
        const auto error = import_error("noid-edges.csv", "source,target\na,b\n", options);
        CHECK(error.where().file == *options.nodes_path);
        CHECK(error.where().line == 1);
        CHECK_THAT(error.message(), Catch::Contains("no id or name column") && Catch::Contains("--columns"));
    }
}

TEST_CASE("CSV: a file with no row at all is a named error, not a crash (found by the fuzzer)", "[csv]") {
    // tests/fuzz/crashes held this input: two quote characters, one empty quoted field, no record.
    const ImportError quotes = import_error("quotes.csv", "\"\"");
    CHECK_THAT(std::string(quotes.what()), Catch::Contains("quotes.csv:1: no rows; expected source,target lines"));
    const ImportError blank = import_error("blank.csv", "\"\"\r\n\r\n\"\"\r\n");
    CHECK_THAT(std::string(blank.what()), Catch::Contains("blank.csv:1: no rows"));
    ImportOptions with_nodes;
    with_nodes.nodes_path = scratch_file("empty-nodes.csv", "\"\"");
    const ImportError nodes = import_error("edges.csv", "source,target\na,b\n", with_nodes);
    CHECK_THAT(std::string(nodes.what()), Catch::Contains("empty-nodes.csv:1: no rows; expected a header (id, name, type"));
}
