#include "viz/export/report.hpp"

#include "graph/support/progress.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <filesystem>

#include "analysis/map_analysis.hpp"
#include "analysis/planning/stakeholder_views.hpp"
#include "analysis/planning/wording.hpp"
#include "analysis/ranking.hpp"
#include "graph/vocabulary.hpp"
#include "viz/export/diagram.hpp"
#include "viz/export/html_text.hpp"
#include "viz/export/overview_diagram.hpp"
#include "viz/export/report_words.hpp"
#include "viz/palette.hpp"

namespace stakemap::viz {
namespace {

constexpr const char* kStyle = R"(
body { font-family: "DejaVu Sans", Arial, sans-serif; color: #222; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.7rem; margin-bottom: 0.2rem; } h2 { font-size: 1.25rem; border-bottom: 2px solid #0072B2; padding-bottom: 0.2rem; margin-top: 2rem; }
.subtitle { color: #555; margin-top: 0; }
.figures { display: flex; flex-wrap: wrap; gap: 0.6rem; margin: 1rem 0; }
.figure { border: 1px solid #ccc; border-radius: 6px; padding: 0.5rem 0.8rem; min-width: 8rem; }
.figure b { display: block; font-size: 1.4rem; }
.explain { color: #444; font-size: 0.92rem; }
table { border-collapse: collapse; margin: 0.6rem 0; font-size: 0.88rem; }
th, td { border: 1px solid #ccc; padding: 0.25rem 0.45rem; text-align: left; vertical-align: top; }
th { background: #f2f2f2; } td.n { text-align: right; }
td.gap { background: #FFFFFF; font-weight: bold; border: 2px solid #AA3377; color: #AA3377; }
td.gap::after { content: " !"; }
td.ok1 { background: #DCEAF6; } td.ok2 { background: #A8CCE8; } td.ok3 { background: #5A9BD3; color: #FFFFFF; }
thead { display: table-header-group; }
td.themes { min-width: 9rem; }
.map svg { width: 100%; height: auto; border: 1px solid #ddd; }
ul.reasons { margin: 0.2rem 0 0.6rem 1.2rem; padding: 0; font-size: 0.9rem; }
.swatch { display: inline-block; width: 0.8rem; height: 0.8rem; border: 1px solid #555; margin-right: 0.3rem; vertical-align: middle; }
@page { size: A4; margin: 15mm; }
@page wide { size: A4 landscape; margin: 10mm; }
.map { page: wide; }
@media print { body { max-width: none; margin: 0; } h2, h3 { break-after: avoid; } tr, .map, ul.reasons { break-inside: avoid; }
  .map { break-after: page; } .map svg { width: 100%; max-height: 180mm; border: none; } }
)";

const ReportWords& words_for(const std::string& language) {
    const ReportWords* words = report_words(language);
    if (!words) throw std::invalid_argument("no report text in '" + language + "'; expected en, fr or es");
    return *words;
}

std::string cell_class(std::size_t have, std::size_t need) {
    if (need > 0 && have < need) return "gap";
    if (have == 0) return "";
    return have >= 5 ? "ok3" : have >= 2 ? "ok2" : "ok1";
}

// The report, one section at a time, from one analysis.
class ReportWriter {
public:
    ReportWriter(MapAnalysis& analysis, const ReportOptions& options)
        : analysis_(analysis), map_(analysis.map()), options_(options), gaps_(analysis.gaps()),
          metrics_(analysis.metrics({Metric::degree, Metric::betweenness, Metric::eigenvector, Metric::pagerank})),
          w_(words_for(options.language)) {}

    std::string write() {
        // Each section names itself to the progress bar: on a big map some take seconds.
        const auto section = [](const char* name, auto&& write_section) {
            progress_begin(std::string("report: ") + name, 0);
            write_section();
        };
        heading();
        section("summary", [&] { summary(); });
        section("map", [&] { map_section(); });
        section("coverage", [&] { coverage_section(); });
        section("central organisations", [&] { central_organisations(); });
        section("brokers and fragile points", [&] { brokers_and_fragile_points(); });
        section("groups that never meet", [&] { groups_that_never_meet(); });
        section("stakeholder analysis", [&] { stakeholder_analysis(); });
        section("suggestions", [&] { suggestions_section(); });
        section("sources", [&] { provenance(); });
        section("organisations", [&] { organisations_table(); });
        html_ += "</body></html>\n";
        return std::move(html_);
    }

private:
    std::string meta(const char* key) const {
        const auto found = map_.metadata.find(key);
        return found == map_.metadata.end() ? std::string() : to_display_string(found->second);
    }
    std::string label(std::size_t v) const { return escape_html(map_.organisation(v).label); }
    std::string title() const {
        if (!options_.title.empty()) return options_.title;
        return meta("title").empty() ? std::string(w_.stakeholder_map) : meta("title");
    }
    bool detailed_map() const { return map_.organisation_count() <= options_.detailed_map_up_to; }

    void heading() {
        html_ = "<!DOCTYPE html>\n<html lang=\"" + std::string(w_.code) + "\"><head><meta charset=\"utf-8\"><title>" + escape_html(title()) +
                " — " + w_.scoping_report + "</title>" +
                (options_.author.empty() ? std::string() : "<meta name=\"author\" content=\"" + escape_html(options_.author) + "\">") +
                "<style>" + kStyle + "</style></head><body>\n";
        html_ += "<h1>" + escape_html(title()) + "</h1>";
        if (!options_.subtitle.empty()) html_ += "<p class=\"subtitle\">" + escape_html(options_.subtitle) + "</p>";
        html_ += "<p class=\"subtitle\">" + (options_.author.empty() ? std::string() : escape_html(options_.author) + " · ") +
                 w_.made_by + (meta("date").empty() ? std::string() : " · " + fill(w_.map_dated, {escape_html(meta("date"))})) +
                 "</p>\n";
    }

    void summary() {
        auto figure = [&](const std::string& value, const std::string& what) {
            html_ += "<div class=\"figure\"><b>" + value + "</b>" + what + "</div>";
        };
        html_ += "<div class=\"figures\">";
        figure(std::to_string(map_.organisation_count()), w_.organisations);
        figure(std::to_string(map_.relationship_count()), w_.relationships);
        figure(std::to_string(gaps_.components.sizes.size()), w_.separate_parts);
        figure(std::to_string(gaps_.communities.count), w_.communities);
        figure(std::to_string(gaps_.coverage.cells_filled) + " / " + std::to_string(gaps_.coverage.cells_required), w_.cells_filled);
        figure(std::to_string(gaps_.isolated.size()), w_.tied_to_no_one);
        html_ += "</div>\n";
        for (const auto& note : metrics_.notes) html_ += "<p class=\"explain\">" + std::string(w_.note) + escape_html(note) + ".</p>\n";
    }

    void map_section() {
        std::string svg;
        if (detailed_map()) {
            html_ += "<h2>" + std::string(w_.map_heading) + "</h2><p class=\"explain\">" + w_.map_explain + "</p>";
            DiagramOptions diagram;
            diagram.size_by = "betweenness";
            diagram.highlight_suggestions = std::min<std::size_t>(options_.suggestions, 5);
            diagram.seed = options_.seed;
            svg = render_diagram_data(analysis_, diagram, "svg");
        } else {
            html_ += "<h2>" + std::string(w_.overview_heading) + "</h2><p class=\"explain\">" +
                     fill(w_.overview_explain, {std::to_string(map_.organisation_count())}) + "</p>";
            svg = render_overview_data(analysis_, {}, "svg");
        }
        html_ += "<div class=\"map\">" + inline_svg(svg) + "</div>\n";
        if (!detailed_map()) community_maps();
    }

    static std::string inline_svg(const std::string& svg) {
        const auto start = svg.find("<svg");  // drop the XML prolog and DOCTYPE
        return start == std::string::npos ? svg : svg.substr(start);
    }

    // A large map's biggest communities, each drawn organisation by organisation on its own page.
    void community_maps() {
        // Above this a community's names no longer print legibly on one landscape page: its
        // best-connected members are drawn and the heading says how many of how many.
        constexpr std::size_t kMaps = 6, kLegible = 120;
        const Communities& communities = analysis_.measures().communities();
        std::vector<std::vector<std::size_t>> members(communities.count);  // best-connected first
        for (const std::size_t v : ranked_by(metrics_.column("degree")->values, map_)) members[communities.community[v]].push_back(v);
        std::vector<std::size_t> order(communities.count);
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return members[a].size() > members[b].size(); });
        for (std::size_t k = 0; k < order.size() && k < kMaps; ++k) {
            const auto& group = members[order[k]];
            if (group.size() < 3) break;
            DiagramOptions diagram;
            diagram.size_by = "betweenness";
            diagram.seed = options_.seed;
            diagram.page = PageSetup{"A4", true, 10};
            diagram.view.shown.assign(map_.organisation_count(), false);
            const std::size_t drawn = std::min(group.size(), kLegible);
            for (std::size_t i = 0; i < drawn; ++i) diagram.view.shown[group[i]] = true;
            diagram.title = fill(w_.community_map, {members_of(order[k]), std::to_string(group.size())});
            if (drawn < group.size()) diagram.subtitle = fill(w_.best_connected_shown, {std::to_string(drawn)});
            // The heading inside the map's block, so it prints on the map's landscape page.
            html_ += "<div class=\"map\"><h3>" + escape_html(diagram.title) + "</h3>" + inline_svg(render_diagram_data(analysis_, diagram, "svg")) + "</div>\n";
        }
    }

    // The community's best-connected two members, by name.
    std::string members_of(std::size_t community) const {
        std::string names;
        std::size_t named = 0;
        for (const std::size_t v : ranked_by(metrics_.column("degree")->values, map_)) {
            if (gaps_.communities.community[v] != community) continue;
            names += (named ? ", " : "") + map_.organisation(v).label;
            if (++named == 2) break;
        }
        return names;
    }

    void coverage_section() {
        const CoverageResult& coverage = gaps_.coverage;
        html_ += "<h2>" + std::string(w_.coverage_heading) + "</h2><p class=\"explain\">" +
                 fill(w_.coverage_explain, {escape_html(analysis_.settings().profile.name), escape_html(analysis_.settings().profile.description)}) + "</p>";
        html_ += "<table><thead><tr><th>" + std::string(w_.type) + "</th>";
        for (const auto& theme : coverage.themes) html_ += "<th>" + escape_html(vocabulary::theme_in_words(theme)) + "</th>";
        html_ += "</tr></thead>";
        for (const auto& type : coverage.types) {
            html_ += "<tr><th><span class=\"swatch\" style=\"background:" + type_colour(type) + "\"></span>" +
                     escape_html(vocabulary::type_in_words(type, true)) + "</th>";
            for (const auto& theme : coverage.themes) {
                const CoverageCell cell = theme_cell(coverage, type, theme);
                html_ += "<td class=\"n " + cell_class(cell.have, cell.need) + "\">" + std::to_string(cell.have) + "</td>";
            }
            html_ += "</tr>";
        }
        html_ += "</table>";
        for (const auto& caveat : coverage.caveats) html_ += "<p class=\"explain\">" + std::string(w_.note) + escape_html(caveat) + "</p>";
        html_ += "<ul>";
        for (const auto& gap : coverage.gaps) html_ += "<li>" + escape_html(gap.text) + "</li>";
        for (const auto& flag : gaps_.mixing.flags) html_ += "<li>" + escape_html(flag.text) + "</li>";
        for (const auto& gap : gaps_.regional_unlinked) html_ += "<li>" + escape_html(gap.text) + "</li>";
        html_ += "</ul>\n";
    }

    void central_organisations() {
        html_ += "<h2>" + std::string(w_.central_heading) + "</h2><ul class=\"explain\"><li>" + w_.partners_defined + "</li><li>" +
                 w_.betweenness_defined + "</li><li>" + w_.eigenvector_defined + "</li><li>" + w_.pagerank_defined +
                 "</li></ul><table><thead><tr><th>#</th>";
        const std::vector<std::pair<const char*, const char*>> measures = {
            {"degree", w_.most_partners}, {"betweenness", w_.betweenness}, {"eigenvector", w_.eigenvector}, {"pagerank", w_.pagerank}};
        for (const auto& [name, words] : measures) html_ += "<th>" + std::string(words) + "</th>";
        html_ += "</tr></thead>";
        constexpr std::size_t kRows = 10;
        std::vector<std::vector<std::size_t>> ranked;
        for (const auto& [name, words] : measures) ranked.push_back(ranked_by(metrics_.column(name)->values, map_, kRows));
        for (std::size_t k = 0; k < std::min(kRows, map_.organisation_count()); ++k) {
            html_ += "<tr><td class=\"n\">" + std::to_string(k + 1) + "</td>";
            for (std::size_t m = 0; m < measures.size(); ++m) {
                const std::size_t v = ranked[m][k];
                const MetricColumn* column = metrics_.column(measures[m].first);
                html_ += "<td>" + label(v) + " <small>(" +
                         (m == 0 ? std::to_string(static_cast<long>(column->values[v])) : decimals(column->values[v], 3)) + ")</small></td>";
            }
            html_ += "</tr>";
        }
        html_ += "</table>\n";
    }

    void brokers_and_fragile_points() {
        html_ += "<h2>" + std::string(w_.brokers_heading) + "</h2><p class=\"explain\">" + w_.brokers_explain + "</p><table><thead><tr><th>" +
                 w_.broker + "</th><th>" + w_.type + "</th><th>" + w_.links_between_groups + "</th><th>" + w_.constraint + "</th></tr></thead>";
        for (const std::size_t v : gaps_.top_brokers) {
            html_ += "<tr><td>" + label(v) + "</td><td>" + escape_html(vocabulary::type_in_words(map_.organisation(v).type)) +
                     "</td><td class=\"n\">" + std::to_string(static_cast<long>(gaps_.roles.total(v))) + "</td><td class=\"n\">" +
                     decimals(gaps_.holes.constraint[v], 3) + "</td></tr>";
        }
        html_ += "</table><ul>";
        for (std::size_t k = 0; k < gaps_.fragile.size() && k < 10; ++k) {
            html_ += "<li>" + fill(w_.if_dropped_out, {label(gaps_.fragile[k].organisation), std::to_string(gaps_.fragile[k].cut_off)}) + "</li>";
        }
        if (gaps_.fragile.empty()) html_ += "<li>" + std::string(w_.no_fragile_point) + "</li>";
        html_ += "</ul>\n";
    }

    std::string members(std::size_t community) const {
        std::string names;
        std::size_t shown = 0, total = 0;
        for (std::size_t v = 0; v < map_.organisation_count(); ++v) {
            if (gaps_.communities.community[v] != community) continue;
            ++total;
            if (shown < 3) names += (shown++ ? ", " : "") + label(v);
        }
        return names + (total > shown ? " " + fill(w_.and_more, {std::to_string(total - shown)}) : "");
    }

    void groups_that_never_meet() {
        html_ += "<h2>" + std::string(w_.groups_heading) + "</h2><p class=\"explain\">" + w_.groups_explain + "</p><ul>";
        for (std::size_t k = 0; k < gaps_.never_meet.size() && k < 10; ++k) {
            html_ += "<li>" + members(gaps_.never_meet[k].a) + " <b>—</b> " + members(gaps_.never_meet[k].b) + "</li>";
        }
        if (gaps_.never_meet.empty()) html_ += "<li>" + std::string(w_.groups_all_meet) + "</li>";
        html_ += "</ul>\n";
    }

    // The power-interest grid and the salience classes, from the Net-Map and survey fields; what
    // is not recorded is said, never guessed.
    void stakeholder_analysis() {
        const StakeholderViews views = stakeholder_views(map_);
        html_ += "<h2>" + std::string(w_.salience_heading) + "</h2>";
        const auto names = [&](const std::vector<std::size_t>& members) {
            std::string text;
            for (std::size_t k = 0; k < members.size() && k < 25; ++k) text += (k ? ", " : "") + label(members[k]);
            if (members.size() > 25) text += " " + fill(w_.and_more, {std::to_string(members.size() - 25)});
            return text.empty() ? "<span class=\"explain\">" + std::string(w_.none) + "</span>" : text;
        };
        if (!views.any_on_grid()) {
            html_ += "<p class=\"explain\">" + fill(w_.no_grid, {std::to_string(views.without_influence), std::to_string(views.without_interest)}) + "</p>";
        } else {
            html_ += "<p class=\"explain\">" + fill(w_.grid_explain, {std::to_string(views.without_influence), std::to_string(views.without_interest)}) +
                     "</p><table class=\"grid\"><thead><tr><th></th><th>" + w_.low_interest + "</th><th>" + w_.high_interest + "</th></tr></thead>";
            const auto cell = [&](GridQuadrant q) {
                return "<td><b>" + escape_html(w_.quadrants[static_cast<std::size_t>(q)]) + "</b><br>" +
                       names(views.in_quadrant[static_cast<std::size_t>(q)]) + "</td>";
            };
            html_ += "<tr><th>" + std::string(w_.high_influence) + "</th>" + cell(GridQuadrant::keep_satisfied) + cell(GridQuadrant::manage_closely) + "</tr>";
            html_ += "<tr><th>" + std::string(w_.low_influence) + "</th>" + cell(GridQuadrant::monitor) + cell(GridQuadrant::keep_informed) + "</tr></table>";
        }
        if (!views.any_salience()) {
            html_ += "<p class=\"explain\">" + std::string(w_.no_salience) + "</p>";
            return;
        }
        html_ += "<p class=\"explain\">" + fill(w_.salience_explain, {std::to_string(views.without_salience)}) +
                 "</p><table><thead><tr><th>" + w_.salience_class + "</th><th>" + w_.organisations + "</th></tr></thead>";
        for (const SalienceClass c : {SalienceClass::definitive, SalienceClass::dominant, SalienceClass::dangerous, SalienceClass::dependent,
                                      SalienceClass::dormant, SalienceClass::discretionary, SalienceClass::demanding, SalienceClass::none}) {
            html_ += "<tr><td>" + escape_html(w_.salience_classes[static_cast<std::size_t>(c)]) + "</td><td>" + names(views.in_class[static_cast<std::size_t>(c)]) + "</td></tr>";
        }
        html_ += "</table>\n";
    }

    void suggestions_section() {
        html_ += "<h2>" + std::string(w_.suggestions_heading) + "</h2><p class=\"explain\">" + w_.suggestions_explain + "</p><ol>";
        for (const auto& s : analysis_.suggestions(options_.suggestions)) {
            html_ += "<li><b>" + label(s.source) + "</b> and <b>" + label(s.target) + "</b> <small>(" + w_.score + " " + decimals(s.score, 2) +
                     ")</small><ul class=\"reasons\">";
            for (const auto& closed : s.closes) html_ += "<li><b>" + std::string(w_.closes_a_gap) + "</b> " + escape_html(closed) + "</li>";
            for (const auto& reason : s.reasons) html_ += "<li>" + escape_html(reason) + "</li>";
            html_ += "</ul></li>";
        }
        html_ += "</ol>\n";
    }

    void provenance() {
        html_ += "<h2>" + std::string(w_.provenance_heading) + "</h2><table>";
        for (const auto& [key, value] : map_.metadata) {
            html_ += "<tr><th>" + escape_html(key) + "</th><td>" + escape_html(to_display_string(value)) + "</td></tr>";
        }
        // The file's name only: a shared report must not reveal the folders of whoever made it.
        if (!options_.source_name.empty()) {
            html_ += "<tr><th>" + std::string(w_.file) + "</th><td>" + escape_html(std::filesystem::path(options_.source_name).filename().string()) + "</td></tr>";
        }
        html_ += "</table>\n";
    }

    void organisations_table() {
        html_ += "<h2>" + std::string(w_.table_heading) + "</h2><table><thead><tr><th>" + w_.organisation + "</th><th>" + w_.type +
                 "</th><th>" + w_.country + "</th><th>" + w_.region + "</th><th>" + w_.themes + "</th><th>" + w_.partners + "</th><th>" + w_.betweenness + "</th></tr></thead>";  // thead: repeated on every printed page
        const MetricColumn* degree = metrics_.column("degree");
        const MetricColumn* betweenness = metrics_.column("betweenness");
        for (std::size_t v = 0; v < map_.organisation_count(); ++v) {
            const Organisation& organisation = map_.organisation(v);
            std::string themes;
            for (const auto& theme : organisation.themes) themes += (themes.empty() ? "" : ", ") + vocabulary::theme_in_words(theme);
            // Types in words ("UN agency", not un_agency); a type stakemap does not know is shown as written.
            const std::string type = vocabulary::is_known_organisation_type(organisation.type) ? vocabulary::type_in_words(organisation.type)
                                                                                               : organisation.type;
            html_ += "<tr><td>" + label(v) + "</td><td>" + escape_html(type) + "</td><td>" + escape_html(organisation.country) +
                     "</td><td>" + escape_html(organisation.region) + "</td><td class=\"themes\">" + escape_html(themes) + "</td><td class=\"n\">" +
                     std::to_string(static_cast<long>(degree->values[v])) + "</td><td class=\"n\">" + decimals(betweenness->values[v], 3) +
                     "</td></tr>";
        }
        html_ += "</table>\n";
    }

    MapAnalysis& analysis_;
    const StakeholderMap& map_;
    const ReportOptions& options_;
    const GapReport& gaps_;
    const MetricResults& metrics_;
    const ReportWords& w_;
    std::string html_;
};

}  // namespace

std::string scoping_report_html(MapAnalysis& analysis, const ReportOptions& options) { return ReportWriter(analysis, options).write(); }

std::string scoping_report_html(const StakeholderMap& map, const ReportOptions& options) {
    MapAnalysisSettings settings;
    settings.profile = options.profile;
    settings.measures.seed = options.seed;
    MapAnalysis analysis(map, settings);
    return scoping_report_html(analysis, options);
}

}  // namespace stakemap::viz
