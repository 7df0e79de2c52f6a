// What the window shows: selection, filters and ego view, search, camera, layout.

#include <cmath>
#include <numbers>

#include <catch2/catch.hpp>

#include "viz/interactive/camera.hpp"
#include "viz/interactive/force_layout.hpp"
#include "viz/interactive/search.hpp"
#include "viz/interactive/selection.hpp"
#include "viz/interactive/view_filter.hpp"

using namespace stakemap;
using namespace stakemap::interactive;

namespace {

// A path a - b - c - d - e, and f alone; types, themes, countries vary.
StakeholderMap path_map() {
    StakeholderMap map;
    const auto add = [&](std::string id, std::string label, std::string type, std::string country, std::vector<std::string> themes) {
        Organisation o;
        o.id = std::move(id);
        o.label = std::move(label);
        o.type = std::move(type);
        o.country = std::move(country);
        o.themes = std::move(themes);
        map.add_organisation(std::move(o));
    };
    add("a", "Ministère du Travail", "government", "FR", {"forced_labour"});
    add("b", "Repórter Brasil — São Paulo", "media", "BR", {"forced_labour", "trafficking"});
    add("c", "International Labour Organization", "un_agency", "", {"child_labour"});
    add("d", "Союз профсоюзов", "union", "RU", {});
    add("e", "Labour Rights Centre", "cso", "KE", {"child_labour"});
    add("f", "Ελληνικό Συμβούλιο", "cso", "GR", {"trafficking"});
    for (std::size_t v = 0; v + 1 < 5; ++v) map.add_relationship(v, v + 1, {});
    map.update_organisation(2, [](Organisation& o) { o.attributes["acronym"] = std::string("ILO"); });
    return map;
}

std::vector<bool> flags(std::initializer_list<int> values) {
    std::vector<bool> out;
    for (const int value : values) out.push_back(value != 0);
    return out;
}

}  // namespace

TEST_CASE("Selection by id: toggle, primary, prune after a delete", "[interactive]") {
    StakeholderMap map = path_map();
    Selection selection;
    selection.select_only("a");
    selection.toggle("c");
    CHECK(selection.size() == 2);
    CHECK(selection.primary() == "c");
    selection.toggle("c");
    CHECK(selection.primary() == "a");
    selection.add({"d", "e"});
    CHECK(selection.indices(map) == std::vector<StakeholderMap::OrgIndex>{0, 3, 4});
    map.remove_organisation(0);
    selection.prune(map);
    CHECK_FALSE(selection.contains("a"));
    CHECK(selection.size() == 2);
    CHECK(selection.primary().has_value());
}

TEST_CASE("Filters: parse, describe, and which organisations they admit", "[interactive]") {
    const StakeholderMap map = path_map();
    const ViewFilter filter = parse_view_filter("type=cso,union theme=child_labour,trafficking");
    CHECK(describe(filter) == "type=cso,union theme=child_labour,trafficking");
    CHECK(visible_organisations(map, filter, {}, {}, {}, 0) == flags({0, 0, 0, 0, 1, 1}));
    CHECK(visible_organisations(map, parse_view_filter("country=BR,KE"), {}, {}, {}, 0) == flags({0, 1, 0, 0, 1, 0}));
    // Minimum degree and community read the analysis columns; missing columns admit everyone.
    const std::vector<double> degree = {1, 2, 2, 2, 1, 0};
    CHECK(visible_organisations(map, parse_view_filter("degree=2"), degree, {}, {}, 0) == flags({0, 1, 1, 1, 0, 0}));
    CHECK(visible_organisations(map, parse_view_filter("degree=2"), {}, {}, {}, 0) == flags({1, 1, 1, 1, 1, 1}));
    const std::vector<double> community = {0, 0, 0, 1, 1, 2};
    CHECK(visible_organisations(map, parse_view_filter("community=1,2"), {}, community, {}, 0) == flags({0, 0, 0, 1, 1, 1}));
    CHECK_THROWS_WITH(parse_view_filter("colour=red"), Catch::Contains("unknown field 'colour'"));
    CHECK_THROWS_WITH(parse_view_filter("type"), Catch::Contains("expected field=value"));
    CHECK_THROWS_WITH(parse_view_filter("degree=-1"), Catch::Contains("expected a number >= 0"));
    CHECK_FALSE(parse_view_filter("").active());
}

TEST_CASE("Ego view: the selection and what lies within 1, 2, 3 steps, ties read both ways", "[interactive]") {
    const StakeholderMap map = path_map();
    const ViewFilter none;
    CHECK(visible_organisations(map, none, {}, {}, {2}, 1) == flags({0, 1, 1, 1, 0, 0}));
    CHECK(visible_organisations(map, none, {}, {}, {2}, 2) == flags({1, 1, 1, 1, 1, 0}));
    CHECK(visible_organisations(map, none, {}, {}, {0, 5}, 1) == flags({1, 1, 0, 0, 0, 1}));
    // Combined with a filter: both must admit.
    CHECK(visible_organisations(map, parse_view_filter("type=un_agency,union"), {}, {}, {2}, 3) == flags({0, 0, 1, 1, 0, 0}));
}

TEST_CASE("Search is blind to case and accents, and ranks names that start with the query first", "[interactive]") {
    CHECK(fold_for_search("Ministère du Travail") == "ministere du travail");
    CHECK(fold_for_search("São Paulo — Łódź") == "sao paulo — lodz");
    CHECK(fold_for_search("ΕΛΛΗΝΙΚΌ") == fold_for_search("ελληνικό"));
    CHECK(fold_for_search("СОЮЗ") == "союз");
    CHECK(fold_for_search(std::string("a\xff" "b")) == "ab");  // a stray byte is dropped

    const StakeholderMap map = path_map();
    const SearchIndex index(map);
    CHECK(index.find("ministere") == std::vector<StakeholderMap::OrgIndex>{0});
    CHECK(index.find("SAO PAULO") == std::vector<StakeholderMap::OrgIndex>{1});
    CHECK(index.find("союз") == std::vector<StakeholderMap::OrgIndex>{3});
    CHECK(index.find("ilo") == std::vector<StakeholderMap::OrgIndex>{2});  // by its acronym
    // "labour": a name starting with a word "Labour" ranks before names that only contain it as a later word.
    const auto labour = index.find("labour");
    REQUIRE(labour.size() == 2);
    CHECK(labour[0] == 4);
    CHECK(labour[1] == 2);
    CHECK(index.find("").empty());
    CHECK(index.find("zzz").empty());
}

TEST_CASE("Search: several words in any order, a typo, separators and initials", "[interactive]") {
    StakeholderMap map;
    for (const char* name : {"Mombasa CSO network secretariat", "Anti-Slavery International", "Mombasa anti-trafficking CSO 1",
                             "Kisumu CSO network secretariat", "Ministry of Labour"}) {
        Organisation organisation;
        organisation.id = "o" + std::to_string(map.organisation_count());
        organisation.label = name;
        map.add_organisation(organisation);
    }
    const SearchIndex index(map);
    // The three searches the scoping team tried that found nothing.
    CHECK(index.find("mombasa secretariat") == std::vector<StakeholderMap::OrgIndex>{0});
    CHECK(index.find("secretariat mombasa") == std::vector<StakeholderMap::OrgIndex>{0});
    CHECK(index.find("Anti Slavery") == std::vector<StakeholderMap::OrgIndex>{1});
    CHECK(index.find("Mombasa CSO netwrok") == std::vector<StakeholderMap::OrgIndex>{0});  // two letters swapped
    CHECK(index.find("ministy of labour") == std::vector<StakeholderMap::OrgIndex>{4});    // one letter missing
    CHECK(index.find("asi") == std::vector<StakeholderMap::OrgIndex>{1});                  // initials
    // Every word must fit: "mombasa kisumu" names no one; short words allow no typo.
    CHECK(index.find("mombasa kisumu").empty());
    CHECK(index.find("mombasa csa").empty());
    // Exact starts still come first.
    const auto network = index.find("cso network");
    REQUIRE(network.size() == 2);
    CHECK(network[0] == 3);  // "Kisumu CSO network ..." contains the phrase; ranked by name with the other
    CHECK(network[1] == 0);
}

TEST_CASE("Camera: world and screen round trip, zoom keeps the point under the cursor, fit shows all", "[interactive]") {
    Camera camera;
    camera.set_viewport({100, 50}, {800, 600});
    camera.set({10, -5}, 2.0);
    const Point world{37.5, 12.25};
    const Point screen = camera.to_screen(world);
    CHECK(camera.to_world(screen).x == Approx(world.x));
    CHECK(camera.to_world(screen).y == Approx(world.y));

    const Point cursor{300, 200};
    const Point under = camera.to_world(cursor);
    camera.zoom_at(cursor, 1.7);
    CHECK(camera.zoom() == Approx(3.4));
    CHECK(camera.to_world(cursor).x == Approx(under.x));
    CHECK(camera.to_world(cursor).y == Approx(under.y));

    camera.fit({{-100, -20}, {300, 180}}, 40);
    // 720 x 520 usable pixels for 400 x 200 world units: width limits, 1.8 px per unit.
    CHECK(camera.zoom() == Approx(1.8));
    CHECK(camera.to_screen({-100, 80}).x == Approx(140));  // left edge at the margin
    CHECK(camera.to_screen({100, 80}).y == Approx(350));   // centre at the centre

    camera.fly_to({0, 0}, 4.0, 1.0);
    CHECK(camera.animate(0.5));
    CHECK(camera.zoom() > 1.8);
    CHECK(camera.zoom() < 4.0);
    camera.animate(0.6);
    CHECK_FALSE(camera.flying());
    CHECK(camera.zoom() == Approx(4.0));
    CHECK(camera.centre().x == Approx(0.0).margin(1e-12));
}

TEST_CASE("Force layout: tied organisations end closer than untied ones; pins hold; nothing overlaps", "[interactive]") {
    // Two triangles joined by one tie, and an isolated pair of untied nodes.
    ForceLayout layout;
    std::vector<ForceLayout::Tie> ties = {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}, {5, 3}, {2, 3}};
    std::vector<Point> start = spiral_positions(8);
    std::vector<bool> pinned(8, false);
    pinned[7] = true;
    layout.reset(start, std::vector<double>(8, 4.0), pinned, ties);
    for (int k = 0; k < 600; ++k) layout.step();
    const auto& p = layout.positions();
    const auto distance = [&](int a, int b) { return std::hypot(p[a].x - p[b].x, p[a].y - p[b].y); };
    for (const auto& q : p) REQUIRE((std::isfinite(q.x) && std::isfinite(q.y)));
    const double within = (distance(0, 1) + distance(1, 2) + distance(3, 4)) / 3;
    CHECK(within < distance(0, 5));   // across the bridge, two steps further
    CHECK(within < distance(6, 0));   // the untied node stays away
    CHECK(p[7].x == start[7].x);      // pinned
    CHECK(p[7].y == start[7].y);
    for (int a = 0; a < 7; ++a) {
        for (int b = a + 1; b < 7; ++b) CHECK(distance(a, b) > 4.0);  // radii 4: centres at least a radius apart
    }
    CHECK(layout.iterations() == 600);
    CHECK(layout.last_relative_movement() < 0.01);
}

TEST_CASE("Force layout on a large map: Barnes-Hut moves nodes almost as the exact sum does", "[interactive]") {
    // 2,500 nodes on a spiral with ties between near and far nodes; one step
    // with every pair summed exactly (theta 0) and one with the approximation.
    const std::size_t n = 2500;
    std::vector<ForceLayout::Tie> ties;
    for (std::uint32_t k = 0; k + 1 < n; ++k) ties.push_back({k, k + 1});
    for (std::uint32_t k = 0; k + 97 < n; k += 7) ties.push_back({k, k + 97});
    const auto start = spiral_positions(n);
    ForceLayout exact, approximate;
    exact.settings.theta = 0;
    exact.reset(start, std::vector<double>(n, 3.0), {}, ties);
    approximate.reset(start, std::vector<double>(n, 3.0), {}, ties);
    exact.step();
    approximate.step();
    std::vector<double> errors;
    for (std::size_t v = 0; v < n; ++v) {
        const double ex = exact.positions()[v].x - start[v].x, ey = exact.positions()[v].y - start[v].y;
        const double ax = approximate.positions()[v].x - start[v].x, ay = approximate.positions()[v].y - start[v].y;
        const double moved = std::hypot(ex, ey);
        REQUIRE(moved > 0);
        errors.push_back(std::hypot(ax - ex, ay - ey) / moved);
    }
    std::sort(errors.begin(), errors.end());
    CHECK(errors[n / 2] < 0.05);       // median: within 5% of the exact move
    CHECK(errors[n * 95 / 100] < 0.25);
}
