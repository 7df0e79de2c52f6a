// Hostile names through every writer and back: random maps whose ids, names,
// types, countries, themes, attribute names and values are made of the
// characters that break formats (quotes, backslashes, separators, brackets,
// formula starts, control characters, escapes Graphviz expands, non-Latin
// scripts, look-alike spaces) are written in every format with a writer and
// read back. Every file must be readable, keep every organisation and tie,
// and give back the names - exactly, or with the one documented change (XML
// formats replace the control characters XML forbids by U+FFFD).

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "graph/support/text_safety.hpp"
#include "importers/formats.hpp"
#include "importers/importer.hpp"
#include "test_support.hpp"

using namespace stakemap;

namespace {

// Pieces a hostile or careless source puts in names.
const std::vector<std::string> kPieces = {
    "a", "Z", "7", " ", "  ", "\"", "'", "\\", "\\\"", "=", "+", "-", "@", ";", ",", "|", "[", "]", "{", "}",
    "<", ">", "&", "&amp;", "#", "%", "*", "/", "\t", "\n", "\r\n", "\x01", "\x1b[31m", "\x07", "\x7f",
    "é", "ا", "क", "ক", "ก", "中", "\xc2\xa0", "\xe2\x80\x91", "\\N", "\\G", "javascript:", "]; x [label=y",
    "__legend__", "id", "0", "1e400", "nan", "=HYPERLINK(\"http://x\")", "@SUM(A1)", "*Vertices", "graph [",
    "<![CDATA[", "]]>", "-->", "\xef\xbb\xbf", "data:", "LABELS:", "# x", "% y"};

std::string hostile_text(std::mt19937& random, int pieces) {
    std::uniform_int_distribution<std::size_t> pick(0, kPieces.size() - 1);
    std::string text;
    for (int k = 0; k < pieces; ++k) text += kPieces[pick(random)];
    return text;
}

// Readers trim the spaces around fields; names that start or end with one are
// a different test (limits_test.cpp), so each name here is framed by letters.
std::string framed(const std::string& inner, const std::string& tag) { return tag + inner + "x"; }

StakeholderMap hostile_map(unsigned seed) {
    std::mt19937 random(seed);
    StakeholderMap map;
    const int organisations = 8;
    for (int v = 0; v < organisations; ++v) {
        Organisation organisation;
        organisation.id = framed(hostile_text(random, 3), "k" + std::to_string(v));
        organisation.label = framed(hostile_text(random, 4), "L" + std::to_string(v));
        organisation.type = framed(hostile_text(random, 2), "t");
        organisation.country = framed(hostile_text(random, 2), "c");
        map.add_organisation(std::move(organisation));
    }
    std::uniform_int_distribution<int> end(0, organisations - 1);
    for (int e = 0; e < 12; ++e) {
        const int a = end(random), b = end(random);
        if (a == b || map.tied(a, b)) continue;
        Relationship relationship;
        relationship.type = framed(hostile_text(random, 2), "r");
        map.add_relationship(a, b, std::move(relationship));
    }
    return map;
}

// .xlsx is XML too, but OOXML writes the characters XML forbids as _xHHHH_ and they come back.
bool xml_format(std::string_view name) { return name == "graphml" || name == "gexf"; }

std::multiset<std::string> labels_of(const StakeholderMap& map, bool as_xml) {
    std::multiset<std::string> labels;
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        const std::string& label = map.organisation(v).label;
        labels.insert(as_xml ? xml_safe_text(label) : label);
    }
    return labels;
}

// The one documented change of UCINET DL (ucinet_dl_writer.hpp): a label cannot hold a double
// quote (written as ') or a line break (a space).
std::multiset<std::string> as_dl_writes(const std::multiset<std::string>& labels) {
    std::multiset<std::string> written;
    for (std::string label : labels) {
        for (char& c : label) c = c == '"' ? '\'' : (c == '\n' || c == '\r') ? ' ' : c;
        written.insert(label);
    }
    return written;
}

struct Written {
    std::string format;
    WriteOptions options;
};

std::vector<Written> every_writer() {
    std::vector<Written> writers;
    for (const FileFormat& format : file_formats()) {
        if (format.role != FormatRole::map || !format.write || !format.read) continue;
        Written written{std::string(format.name), {}};
        writers.push_back(written);
        if (format.name == "json") {
            written.options.json = WriteOptions::Json::node_link;
            writers.push_back(written);
            written.options.json = WriteOptions::Json::kumu;
            writers.push_back(written);
        }
    }
    return writers;
}

std::string option_name(const WriteOptions& options) {
    return options.json == WriteOptions::Json::node_link ? " (node-link)" : options.json == WriteOptions::Json::kumu ? " (kumu)" : "";
}

}  // namespace

TEST_CASE("Hostile names survive a round trip through every writer", "[hostile][fuzz]") {
    const auto writers = every_writer();
    REQUIRE(writers.size() >= 8);  // csv, json x3, graphml, gexf, gml, net, dot, xlsx ...
    for (unsigned seed = 1; seed <= 30; ++seed) {
        const StakeholderMap map = hostile_map(seed);
        for (const Written& writer : writers) {
            const FileFormat& format = *format_named(writer.format);
            INFO("seed " << seed << ", " << format.name << option_name(writer.options));
            const std::string path = testing::scratch_path("hostile-" + std::to_string(seed) + std::string(format.extensions.front()));
            format.write(StakeholderMapSource(map), path, writer.options);
            ImportResult back;
            REQUIRE_NOTHROW(back = import_map(path));
            CHECK(back.map.organisation_count() == map.organisation_count());
            CHECK(back.map.relationship_count() == map.relationship_count());
            const auto expected = labels_of(map, xml_format(format.name));
            CHECK(labels_of(back.map, xml_format(format.name)) == (format.name == "dl" ? as_dl_writes(expected) : expected));
        }
    }
}

TEST_CASE("Spreadsheet cells never become formulas, and read back as written", "[hostile][csv]") {
    StakeholderMap map;
    const std::vector<std::string> names = {"=HYPERLINK(\"http://evil\",\"click\")", "=cmd|' /C calc'!A0", "+SUM(1,2)", "@SUM(A1)",
                                            "-2+3", "\tTAB", "'quoted", "plain", "-12.5"};
    for (std::size_t k = 0; k < names.size(); ++k) {
        Organisation organisation;
        organisation.id = "o" + std::to_string(k);
        organisation.label = names[k];
        map.add_organisation(std::move(organisation));
    }
    for (std::size_t k = 1; k < names.size(); ++k) map.add_relationship(0, k, Relationship{});
    const FileFormat& csv = *format_named("csv");
    const std::string path = testing::scratch_path("formulas.csv");
    csv.write(StakeholderMapSource(map), path, {});
    const std::string nodes = testing::read_file(companion_path(path, "nodes", "csv"));
    // Each dangerous name starts its cell with the guard; a plain number does not.
    for (const std::string& name : {std::string("'=HYPERLINK"), std::string("'=cmd|"), std::string("'+SUM"), std::string("'@SUM"),
                                    std::string("'-2+3"), std::string("'\tTAB")}) {
        CHECK(nodes.find(name) != std::string::npos);
    }
    CHECK(nodes.find("'-12.5") == std::string::npos);
    for (const char start : {'=', '+', '@'}) {
        // No line and no cell after a comma starts with a formula character unguarded.
        CHECK(nodes.find(std::string(",") + start) == std::string::npos);
        CHECK(nodes.find(std::string("\n") + start) == std::string::npos);
        CHECK(nodes.find(std::string(",\"") + start) == std::string::npos);
    }
    ImportOptions reading;
    reading.nodes_path = companion_path(path, "nodes", "csv");
    const ImportResult back = import_map(path, reading);
    // Read back as written (the reader trims the spaces and tabs around a cell, as for every cell).
    std::multiset<std::string> expected = labels_of(map, false);
    expected.erase(expected.find("\tTAB"));
    expected.insert("TAB");
    CHECK(labels_of(back.map, false) == expected);

    // Machine use: --raw-csv writes the cells as they are.
    WriteOptions raw;
    raw.spreadsheet_safe = false;
    csv.write(StakeholderMapSource(map), path, raw);
    CHECK(testing::read_file(companion_path(path, "nodes", "csv")).find(",\"+SUM(1,2)\"") != std::string::npos);
}
