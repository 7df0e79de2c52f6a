// The power-interest grid and the salience classes, by hand on a small map, and
// the diagram views drawn from them.
#include <catch2/catch.hpp>

#include <sstream>

#include "analysis/planning/stakeholder_views.hpp"
#include "importer_test_support.hpp"
#include "viz/export/diagram.hpp"
#include "viz/export/report.hpp"

using namespace stakemap;
using stakemap::testing::import_text;

namespace {

const char* kInterviewed = R"({"nodes": [
  {"id": "ministry", "label": "Ministry of Labour", "type": "government", "influence": 9, "stance": "supports",
   "attributes": {"interest": 3, "power": "yes", "legitimacy": "yes", "urgency": "no"}},
  {"id": "union", "label": "Domestic Workers Union", "type": "union", "influence": 6, "stance": "supports",
   "attributes": {"interest": 9, "power": true, "legitimacy": true, "urgency": true}},
  {"id": "cso", "label": "Shelter for Survivors", "type": "cso", "influence": 2, "stance": "critical",
   "attributes": {"interest": 8, "power": 2, "legitimacy": 8, "urgency": 9}},
  {"id": "employer", "label": "Tea Growers", "type": "employer", "influence": 4,
   "attributes": {"interest": 1, "power": "maybe"}},
  {"id": "donor", "label": "Foundation", "type": "donor"}],
  "edges": [{"source": "ministry", "target": "union"}, {"source": "union", "target": "cso"}, {"source": "employer", "target": "ministry"}]})";

}  // namespace

TEST_CASE("Salience classes follow Mitchell, Agle & Wood's seven combinations", "[views]") {
    CHECK(salience_of(true, false, false) == SalienceClass::dormant);
    CHECK(salience_of(false, true, false) == SalienceClass::discretionary);
    CHECK(salience_of(false, false, true) == SalienceClass::demanding);
    CHECK(salience_of(true, true, false) == SalienceClass::dominant);
    CHECK(salience_of(true, false, true) == SalienceClass::dangerous);
    CHECK(salience_of(false, true, true) == SalienceClass::dependent);
    CHECK(salience_of(true, true, true) == SalienceClass::definitive);
    CHECK(salience_of(false, false, false) == SalienceClass::none);
}

TEST_CASE("The power-interest grid and salience from the Net-Map and survey fields; what is missing is unknown", "[views]") {
    const auto imported = import_text("interviewed.json", kInterviewed);
    const StakeholderViews views = stakeholder_views(imported.map);
    const auto index = [&](const char* id) { return *imported.map.find(id); };
    CHECK(views.quadrant[index("ministry")] == GridQuadrant::keep_satisfied);  // influence 9, interest 3
    CHECK(views.quadrant[index("union")] == GridQuadrant::manage_closely);     // 6, 9
    CHECK(views.quadrant[index("cso")] == GridQuadrant::keep_informed);        // 2, 8
    CHECK(views.quadrant[index("employer")] == GridQuadrant::monitor);         // 4, 1
    CHECK_FALSE(views.quadrant[index("donor")].has_value());                  // nothing recorded: not placed
    CHECK(views.without_influence == 1);
    CHECK(views.without_interest == 1);
    CHECK(views.salience[index("ministry")] == SalienceClass::dominant);
    CHECK(views.salience[index("union")] == SalienceClass::definitive);
    CHECK(views.salience[index("cso")] == SalienceClass::dependent);  // scores: power 2 < 5, the others 8 and 9
    CHECK_FALSE(views.salience[index("employer")].has_value());       // "maybe" and two missing: unknown, not "none"
    CHECK(views.without_salience == 2);
    CHECK(views.with_stance == 3);
}

TEST_CASE("Diagrams: the grid places organisations by interest and influence; netmap sizes by influence", "[views][diagram]") {
    const auto imported = import_text("interviewed.json", kInterviewed);
    viz::DiagramOptions options;
    options.stakeholder_view = "grid";
    std::istringstream plain(viz::render_diagram_data(imported.map, options, "plain"));
    std::map<std::string, std::pair<double, double>> at;
    for (std::string line; std::getline(plain, line);) {
        std::istringstream fields(line);
        std::string kind, id;
        double x, y;
        if (fields >> kind >> id >> x >> y && kind == "node") at[id] = {x, y};
    }
    REQUIRE(at.count("ministry"));
    CHECK_FALSE(at.count("donor"));  // no influence or interest: not on the grid
    // Interest across, influence up, one inch a step: the union (9, 6) is right of and below the ministry (3, 9).
    CHECK(at["union"].first - at["ministry"].first == Approx(6.0).margin(0.05));
    CHECK(at["ministry"].second - at["union"].second == Approx(3.0).margin(0.05));
    const std::string svg = viz::render_diagram_data(imported.map, options, "svg");
    CHECK(svg.find("manage closely") != std::string::npos);
    CHECK(svg.find("keep informed") != std::string::npos);

    options.stakeholder_view = "netmap";
    const std::string netmap = viz::render_diagram_data(imported.map, options, "svg");
    CHECK(netmap.find("Border: stance") != std::string::npos);
    CHECK(netmap.find("supports") != std::string::npos);
    CHECK(netmap.find("Size: influence") != std::string::npos);

    options.stakeholder_view = "grid";
    const auto bare = import_text("bare.json", R"({"nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"source": "a", "target": "b"}]})");
    CHECK_THROWS_WITH(viz::render_diagram_data(bare.map, options, "svg"), Catch::Contains("needs influence and interest"));
}

TEST_CASE("The report names the quadrants and classes, or says what is not recorded", "[views][report]") {
    const auto imported = import_text("interviewed.json", kInterviewed);
    const std::string html = viz::scoping_report_html(imported.map, {});
    CHECK(html.find("Influence, interest and salience") != std::string::npos);
    CHECK(html.find("manage closely") != std::string::npos);
    CHECK(html.find("definitive (power, legitimacy and urgency)") != std::string::npos);
    CHECK(html.find("2 organisations lack at least one of the three") != std::string::npos);
    const auto bare = import_text("bare.json", R"({"nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"source": "a", "target": "b"}]})");
    const std::string plain = viz::scoping_report_html(bare.map, {});
    CHECK(plain.find("no power–interest grid can be drawn") != std::string::npos);
    CHECK(plain.find("records all three for none") != std::string::npos);
}
