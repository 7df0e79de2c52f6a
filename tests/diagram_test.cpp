// Diagrams through Graphviz: what is drawn, in which format, and refusals.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "importer_test_support.hpp"
#include "viz/export/diagram.hpp"
#include "viz/export/report.hpp"

using namespace stakemap;
using namespace stakemap::testing;

namespace {

StakeholderMap small_map() {
    const auto result = import_text("diagram.json", R"({"directed": false,
      "metadata": {"title": "Ghana test map", "source": "unit test"},
      "nodes": [{"id": "mol", "label": "Ministère du Travail", "type": "government", "country": "GH"},
                {"id": "ch", "label": "Challenging Heights", "type": "cso", "country": "GH"},
                {"id": "gawu", "label": "Agricultural Workers' Union", "type": "union", "country": "GH"},
                {"id": "far", "label": "Far Away CSO", "type": "cso", "country": "TG"}],
      "edges": [{"source": "mol", "target": "ch", "type": "funding"}, {"source": "ch", "target": "gawu", "type": "membership"}]})");
    return result.map;
}

}  // namespace

TEST_CASE("an SVG diagram has every organisation, the title and a legend", "[diagram]") {
    const std::string path = scratch_file("map.svg", "");
    viz::DiagramOptions options;
    viz::render_diagram(small_map(), options, path);
    const std::string svg = file_contents(path);
    CHECK(svg.find("<svg") != std::string::npos);
    CHECK(svg.find("Ministère du Travail") != std::string::npos);
    CHECK(svg.find("Far Away CSO") != std::string::npos);
    CHECK(svg.find("Ghana test map") != std::string::npos);
    CHECK(svg.find("Legend") != std::string::npos);
    CHECK(svg.find("government bodies") != std::string::npos);
    CHECK(svg.find("funding") != std::string::npos);
    CHECK(svg.find("#332288") != std::string::npos);  // government bodies' colour (indigo, Tol's muted scheme)
}

TEST_CASE("the same map and options draw the same file", "[diagram]") {
    viz::DiagramOptions options;
    const std::string first = scratch_file("same1.svg", ""), second = scratch_file("same2.svg", "");
    viz::render_diagram(small_map(), options, first);
    viz::render_diagram(small_map(), options, second);
    CHECK(file_contents(first) == file_contents(second));
}

TEST_CASE("views: filter and ego keep only what was asked for", "[diagram]") {
    viz::DiagramOptions options;
    options.view.filter = "type=cso";
    const std::string filtered = scratch_file("filtered.svg", "");
    viz::render_diagram(small_map(), options, filtered);
    CHECK(file_contents(filtered).find("Challenging Heights") != std::string::npos);
    CHECK(file_contents(filtered).find("Ministère du Travail") == std::string::npos);

    const auto shown = viz::select_organisations(small_map(), {"", std::string("mol"), 1, std::nullopt, {}});
    CHECK(shown == std::vector<bool>{true, true, false, false});
    const auto two_steps = viz::select_organisations(small_map(), {"", std::string("mol"), 2, std::nullopt, {}});
    CHECK(two_steps == std::vector<bool>{true, true, true, false});
    const auto top = viz::select_organisations(small_map(), {"", std::nullopt, 1, std::size_t{1}, {}});
    CHECK(top == std::vector<bool>{false, true, false, false});  // Challenging Heights lies between the others
    CHECK_THROWS_AS(viz::select_organisations(small_map(), {"type", std::nullopt, 1, std::nullopt, {}}), std::invalid_argument);
    CHECK_THROWS_AS(viz::select_organisations(small_map(), {"", std::string("nobody"), 1, std::nullopt, {}}), std::invalid_argument);
    // A mask (what a window shows) combines with the other views.
    const auto masked = viz::select_organisations(small_map(), {"", std::string("mol"), 2, std::nullopt, {false, true, true, true}});
    CHECK(masked == std::vector<bool>{false, true, true, false});
}

TEST_CASE("PNG, PDF and DOT outputs, and a DOT that reads back", "[diagram]") {
    viz::DiagramOptions options;
    options.size_by = "betweenness";
    options.highlight_suggestions = 2;
    const std::string png = scratch_file("map.png", ""), pdf = scratch_file("map.pdf", ""), dot = scratch_file("map.dot", "");
    viz::render_diagram(small_map(), options, png);
    viz::render_diagram(small_map(), options, pdf);
    viz::render_diagram(small_map(), options, dot);
    CHECK(file_contents(png).rfind("\x89PNG", 0) == 0);
    CHECK(file_contents(pdf).rfind("%PDF", 0) == 0);
    const auto back = import_map(dot);
    // The legend and the dashed suggestions are drawing, marked so: they do not read back as map.
    CHECK(back.map.organisation_count() == small_map().organisation_count());
    CHECK(back.map.relationship_count() == small_map().relationship_count());
    CHECK(back.map.find("mol").has_value());
}

TEST_CASE("diagram refusals leave no file behind", "[diagram]") {
    viz::DiagramOptions options;
    const std::string path = scratch_file("refused.svg", "old drawing");
    options.layout = "spring";
    CHECK_THROWS_AS(viz::render_diagram(small_map(), options, path), std::runtime_error);
    options.layout = "stored";  // no saved positions
    CHECK_THROWS_WITH(viz::render_diagram(small_map(), options, path), Catch::Contains("saved position"));
    options.layout = "sfdp";
    options.size_by = "fame";
    CHECK_THROWS_WITH(viz::render_diagram(small_map(), options, path), Catch::Contains("unknown measure 'fame'"));
    CHECK(file_contents(path) == "old drawing");
    CHECK_THROWS_AS(viz::render_diagram(small_map(), {}, scratch_file("map.bmp", "")), std::runtime_error);
}

TEST_CASE("the report is one self-contained page, escaped and deterministic", "[report]") {
    StakeholderMap map = small_map();
    map.update_organisation(*map.find("far"), [](Organisation& o) { o.label = "Far <Away> & CSO"; });
    const std::string html = viz::scoping_report_html(map, {});
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("<h1>Ghana test map</h1>") != std::string::npos);
    CHECK(html.find("Far &lt;Away&gt; &amp; CSO") != std::string::npos);
    CHECK(html.find("Far <Away>") == std::string::npos);
    CHECK(html.find("<svg") != std::string::npos);
    CHECK(html.find("No UN agency works on") != std::string::npos);  // the profile's gaps are listed
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<link") == std::string::npos);
    CHECK(viz::scoping_report_html(map, {}) == html);
}

TEST_CASE("the stored layout draws saved positions", "[diagram]") {
    const auto result = import_text("positions.json", R"({"nodes": [
        {"id": "a", "position": {"x": 0, "y": 0}}, {"id": "b", "position": {"x": 10, "y": 0}}, {"id": "c", "position": {"x": 5, "y": 8}}],
        "edges": [{"source": "a", "target": "b"}, {"source": "b", "target": "c"}]})");
    viz::DiagramOptions options;
    options.layout = "stored";
    const std::string path = scratch_file("stored.dot", "");
    viz::render_diagram(result.map, options, path);
    const auto back = import_map(path);
    const Organisation& a = back.map.organisation(*back.map.find("a"));
    const Organisation& b = back.map.organisation(*back.map.find("b"));
    REQUIRE(a.position.has_value());
    REQUIRE(b.position.has_value());
    CHECK(b.position->x - a.position->x == Approx(720.0).margin(1.0));  // ten inches across, in points
    CHECK(b.position->y == Approx(a.position->y).margin(1.0));
}

TEST_CASE("a stored layout whose boxes overlap is exported with none overlapping, the arrangement kept", "[diagram]") {
    // Five long names saved almost on top of each other (as a window's layout may leave them), and one far away.
    const auto result = import_text("crowded.json", R"({"nodes": [
        {"id": "a", "label": "Ministry of Labour and Social Protection", "position": {"x": 0, "y": 0}},
        {"id": "b", "label": "National Anti-trafficking Committee", "position": {"x": 1, "y": 0.5}},
        {"id": "c", "label": "Kenya Domestic Workers Union", "position": {"x": 2, "y": -0.5}},
        {"id": "d", "label": "ILO country office", "position": {"x": 1.5, "y": 0}},
        {"id": "e", "label": "Mombasa CSO network secretariat", "position": {"x": 0.5, "y": 1}},
        {"id": "f", "label": "Far away CSO", "position": {"x": 100, "y": 100}}],
        "edges": [{"source": "a", "target": "b"}, {"source": "b", "target": "c"}, {"source": "e", "target": "f"}]})");
    viz::DiagramOptions options;
    options.layout = "stored";
    std::istringstream plain(viz::render_diagram_data(result.map, options, "plain"));
    struct Box {
        std::string id;
        double x, y, w, h;
    };
    std::vector<Box> boxes;
    for (std::string line; std::getline(plain, line);) {
        std::istringstream fields(line);
        std::string kind, id;
        double x, y, w, h;
        if (fields >> kind >> id >> x >> y >> w >> h && kind == "node" && id.size() == 1) boxes.push_back({id, x, y, w, h});
    }
    REQUIRE(boxes.size() == 6);
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        for (std::size_t j = i + 1; j < boxes.size(); ++j) {
            const Box& p = boxes[i];
            const Box& q = boxes[j];
            INFO(p.id << " and " << q.id);
            const bool apart = std::abs(p.x - q.x) >= (p.w + q.w) / 2 - 1e-6 || std::abs(p.y - q.y) >= (p.h + q.h) / 2 - 1e-6;
            CHECK(apart);
        }
    }
    // The far-away organisation stays up and to the right of the crowd.
    const auto at = [&](const char* id) { return *std::find_if(boxes.begin(), boxes.end(), [&](const Box& b) { return b.id == id; }); };
    CHECK(at("f").x > at("a").x);
    CHECK(at("f").y > at("a").y);
}

TEST_CASE("the report's own text is in the language asked for, every section of it", "[diagram][report]") {
    auto map = small_map();
    viz::ReportOptions options;
    const std::vector<std::pair<std::string, std::vector<std::string>>> expected = {
        {"fr", {"<html lang=\"fr\"", "Qui travaille sur quoi", "Qui fait tenir le réseau", "Courtiers et points fragiles",
                "Groupes qui ne se rencontrent jamais", "Influence, intérêt et saillance", "Qui réunir autour de la table",
                "D'où viennent les données", "Toutes les organisations", "<th>partenaires</th>"}},
        {"es", {"<html lang=\"es\"", "Quién trabaja en qué", "Quién sostiene la red", "Intermediarios y puntos frágiles",
                "Grupos que nunca se encuentran", "Influencia, interés y prominencia", "A quién sentar a la mesa",
                "De dónde vienen los datos", "Todas las organizaciones", "<th>socios</th>"}}};
    for (const auto& [language, phrases] : expected) {
        options.language = language;
        const std::string html = viz::scoping_report_html(map, options);
        for (const auto& phrase : phrases) CHECK(html.find(phrase) != std::string::npos);
        // No English heading is left behind.
        for (const char* english : {"Who works on what", "Brokers and fragile points", "Whom to bring to the table", "All organisations"}) {
            CHECK(html.find(english) == std::string::npos);
        }
    }
    options.language = "de";
    CHECK_THROWS_WITH(viz::scoping_report_html(map, options), Catch::Contains("expected en, fr or es"));
}
