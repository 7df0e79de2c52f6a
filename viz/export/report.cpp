#include "viz/export/report.hpp"

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
          metrics_(analysis.metrics({Metric::degree, Metric::betweenness, Metric::eigenvector, Metric::pagerank})) {}

    std::string write() {
        heading();
        summary();
        map_section();
        coverage_section();
        central_organisations();
        brokers_and_fragile_points();
        groups_that_never_meet();
        stakeholder_analysis();
        suggestions_section();
        provenance();
        organisations_table();
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
        return meta("title").empty() ? "Stakeholder map" : meta("title");
    }
    bool detailed_map() const { return map_.organisation_count() <= options_.detailed_map_up_to; }

    void heading() {
        html_ = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape_html(title()) +
                " — scoping report</title>" +
                (options_.author.empty() ? std::string() : "<meta name=\"author\" content=\"" + escape_html(options_.author) + "\">") +
                "<style>" + kStyle + "</style></head><body>\n";
        html_ += "<h1>" + escape_html(title()) + "</h1>";
        if (!options_.subtitle.empty()) html_ += "<p class=\"subtitle\">" + escape_html(options_.subtitle) + "</p>";
        html_ += "<p class=\"subtitle\">" + (options_.author.empty() ? std::string() : escape_html(options_.author) + " · ") +
                 "Scoping report made by stakemap" + (meta("date").empty() ? std::string() : " · map dated " + escape_html(meta("date"))) +
                 "</p>\n";
    }

    void summary() {
        auto figure = [&](const std::string& value, const std::string& what) {
            html_ += "<div class=\"figure\"><b>" + value + "</b>" + what + "</div>";
        };
        html_ += "<div class=\"figures\">";
        figure(std::to_string(map_.organisation_count()), "organisations");
        figure(std::to_string(map_.relationship_count()), "relationships");
        figure(std::to_string(gaps_.components.sizes.size()), "separate parts");
        figure(std::to_string(gaps_.communities.count), "communities");
        figure(std::to_string(gaps_.coverage.cells_filled) + " / " + std::to_string(gaps_.coverage.cells_required), "coverage cells filled");
        figure(std::to_string(gaps_.isolated.size()), "organisations tied to no one");
        html_ += "</div>\n";
        for (const auto& note : metrics_.notes) html_ += "<p class=\"explain\">Note: " + escape_html(note) + ".</p>\n";
    }

    void map_section() {
        std::string svg;
        if (detailed_map()) {
            html_ += "<h2>The map</h2><p class=\"explain\">Each box is an organisation, coloured by type and sized by betweenness "
                     "(how often it lies on the shortest path between two others). Dashed orange lines are suggested partners.</p>";
            DiagramOptions diagram;
            diagram.size_by = "betweenness";
            diagram.highlight_suggestions = std::min<std::size_t>(options_.suggestions, 5);
            diagram.seed = options_.seed;
            svg = render_diagram_data(analysis_, diagram, "svg");
        } else {
            html_ += "<h2>The map, by community</h2><p class=\"explain\">The map has " + std::to_string(map_.organisation_count()) +
                     " organisations, too many to draw one by one on a page. Each box is a community (a group of organisations more "
                     "tied to each other than to the rest), named by its best-connected members and coloured by its most common type; "
                     "a thicker line means more ties between two communities.</p>";
            svg = render_overview_data(analysis_, {}, "svg");
        }
        if (const auto start = svg.find("<svg"); start != std::string::npos) svg = svg.substr(start);  // drop the XML prolog and DOCTYPE
        html_ += "<div class=\"map\">" + svg + "</div>\n";
    }

    void coverage_section() {
        const CoverageResult& coverage = gaps_.coverage;
        html_ += "<h2>Who works on what</h2><p class=\"explain\">How many organisations of each type work on each theme (deeper blue: more). "
                 "Cells outlined with a ! are below what the profile \"" + escape_html(analysis_.settings().profile.name) + "\" asks for (" + escape_html(analysis_.settings().profile.description) + ").</p>";
        html_ += "<table><thead><tr><th>type</th>";
        for (const auto& theme : coverage.themes) html_ += "<th>" + escape_html(vocabulary::theme_in_words(theme)) + "</th>";
        html_ += "</tr></thead>";
        for (const auto& type : coverage.types) {
            html_ += "<tr><th><span class=\"swatch\" style=\"background:" + type_colour(type) + "\"></span>" +
                     escape_html(vocabulary::type_in_words(type, true)) + "</th>";
            for (const auto& theme : coverage.themes) {
                std::size_t have = 0, need = 0;
                if (const auto row = coverage.by_theme.find(type); row != coverage.by_theme.end()) {
                    if (const auto cell = row->second.find(theme); cell != row->second.end()) have = cell->second;
                }
                for (const auto& gap : coverage.gaps) {
                    if (gap.dimension == "theme" && gap.where == theme && gap.type == type) need = gap.need;
                }
                html_ += "<td class=\"n " + cell_class(have, need) + "\">" + std::to_string(have) + "</td>";
            }
            html_ += "</tr>";
        }
        html_ += "</table>";
        for (const auto& caveat : coverage.caveats) html_ += "<p class=\"explain\">Note: " + escape_html(caveat) + "</p>";
        html_ += "<ul>";
        for (const auto& gap : coverage.gaps) html_ += "<li>" + escape_html(gap.text) + "</li>";
        for (const auto& flag : gaps_.mixing.flags) html_ += "<li>" + escape_html(flag.text) + "</li>";
        for (const auto& gap : gaps_.regional_unlinked) html_ += "<li>" + escape_html(gap.text) + "</li>";
        html_ += "</ul>\n";
    }

    void central_organisations() {
        html_ += "<h2>Who holds the network together</h2><ul class=\"explain\">"
                 "<li><b>Partners</b>: how many organisations it works with.</li>"
                 "<li><b>Betweenness</b>: how often it lies on the shortest path between two other organisations — a go-between.</li>"
                 "<li><b>Eigenvector</b>: how well connected its partners are themselves — influence through well-placed friends.</li>"
                 "<li><b>PageRank</b>: where someone following ties at random would most often end up.</li></ul><table><tr><th>#</th>";
        const std::vector<std::pair<const char*, const char*>> measures = {
            {"degree", "most partners"}, {"betweenness", "betweenness"}, {"eigenvector", "eigenvector"}, {"pagerank", "PageRank"}};
        for (const auto& [name, words] : measures) html_ += "<th>" + std::string(words) + "</th>";
        html_ += "</tr>";
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
        html_ += "<h2>Brokers and fragile points</h2><p class=\"explain\">A broker links groups that are not otherwise linked; its "
                 "<i>constraint</i> is low when its partners do not already know each other. A fragile point is an organisation whose "
                 "departure would cut others off.</p><table><tr><th>broker</th><th>type</th><th>links between groups</th><th>constraint</th></tr>";
        for (const std::size_t v : gaps_.top_brokers) {
            html_ += "<tr><td>" + label(v) + "</td><td>" + escape_html(vocabulary::type_in_words(map_.organisation(v).type)) +
                     "</td><td class=\"n\">" + std::to_string(static_cast<long>(gaps_.roles.total(v))) + "</td><td class=\"n\">" +
                     decimals(gaps_.holes.constraint[v], 3) + "</td></tr>";
        }
        html_ += "</table><ul>";
        for (std::size_t k = 0; k < gaps_.fragile.size() && k < 10; ++k) {
            html_ += "<li>If <b>" + label(gaps_.fragile[k].organisation) + "</b> dropped out, " + std::to_string(gaps_.fragile[k].cut_off) +
                     " organisation(s) would lose their connection to the rest.</li>";
        }
        if (gaps_.fragile.empty()) html_ += "<li>No single organisation holds parts of the map together.</li>";
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
        return names + (total > shown ? " and " + std::to_string(total - shown) + " more" : "");
    }

    void groups_that_never_meet() {
        html_ += "<h2>Groups that never meet</h2><p class=\"explain\">Communities are groups of organisations more tied to each other than "
                 "to the rest. These pairs of groups have no tie at all between them.</p><ul>";
        for (std::size_t k = 0; k < gaps_.never_meet.size() && k < 10; ++k) {
            html_ += "<li>" + members(gaps_.never_meet[k].a) + " <b>—</b> " + members(gaps_.never_meet[k].b) + "</li>";
        }
        if (gaps_.never_meet.empty()) html_ += "<li>Every pair of sizeable groups has at least one tie.</li>";
        html_ += "</ul>\n";
    }

    // The power-interest grid and the salience classes, from the Net-Map and survey fields; what
    // is not recorded is said, never guessed.
    void stakeholder_analysis() {
        const StakeholderViews views = stakeholder_views(map_);
        html_ += "<h2>Influence, interest and salience</h2>";
        const auto names = [&](const std::vector<std::size_t>& members) {
            std::string text;
            for (std::size_t k = 0; k < members.size() && k < 25; ++k) text += (k ? ", " : "") + label(members[k]);
            if (members.size() > 25) text += " and " + std::to_string(members.size() - 25) + " more";
            return text.empty() ? std::string("<span class=\"explain\">none</span>") : text;
        };
        if (!views.any_on_grid()) {
            html_ += "<p class=\"explain\">No organisation has both an influence and an interest recorded (" +
                     std::to_string(views.without_influence) + " without influence, " + std::to_string(views.without_interest) +
                     " without interest), so no power–interest grid can be drawn. Net-Map interviews or a survey add them "
                     "(fields <code>influence</code> and <code>interest</code>, 0–10).</p>";
        } else {
            html_ += "<p class=\"explain\">Influence (0–10) against interest (0–10), split at 5. " +
                     std::to_string(views.without_influence) + " organisations have no influence recorded and " +
                     std::to_string(views.without_interest) + " no interest; they are not placed.</p><table class=\"grid\"><thead><tr><th></th>"
                     "<th>low interest</th><th>high interest</th></tr></thead>";
            const auto cell = [&](GridQuadrant q) {
                return "<td><b>" + escape_html(quadrant_in_words(q).substr(0, quadrant_in_words(q).find(" ("))) + "</b><br>" +
                       names(views.in_quadrant[static_cast<std::size_t>(q)]) + "</td>";
            };
            html_ += "<tr><th>high influence</th>" + cell(GridQuadrant::keep_satisfied) + cell(GridQuadrant::manage_closely) + "</tr>";
            html_ += "<tr><th>low influence</th>" + cell(GridQuadrant::monitor) + cell(GridQuadrant::keep_informed) + "</tr></table>";
        }
        if (!views.any_salience()) {
            html_ += "<p class=\"explain\">Salience (Mitchell, Agle &amp; Wood, 1997) needs <code>power</code>, <code>legitimacy</code> and "
                     "<code>urgency</code> for each organisation; the map records all three for none, so no classes are given.</p>";
            return;
        }
        html_ += "<p class=\"explain\">Salience classes (Mitchell, Agle &amp; Wood, 1997) from power, legitimacy and urgency; " +
                 std::to_string(views.without_salience) + " organisations lack at least one of the three and are not classed.</p>"
                 "<table><thead><tr><th>class</th><th>organisations</th></tr></thead>";
        for (const SalienceClass c : {SalienceClass::definitive, SalienceClass::dominant, SalienceClass::dangerous, SalienceClass::dependent,
                                      SalienceClass::dormant, SalienceClass::discretionary, SalienceClass::demanding, SalienceClass::none}) {
            html_ += "<tr><td>" + escape_html(salience_in_words(c)) + "</td><td>" + names(views.in_class[static_cast<std::size_t>(c)]) + "</td></tr>";
        }
        html_ += "</table>\n";
    }

    void suggestions_section() {
        html_ += "<h2>Whom to bring to the table</h2><p class=\"explain\">Pairs not yet working together, ranked by shared partners, "
                 "complementary roles and themes, and how much they would bridge separate groups.</p><ol>";
        for (const auto& s : analysis_.suggestions(options_.suggestions)) {
            html_ += "<li><b>" + label(s.source) + "</b> and <b>" + label(s.target) + "</b> <small>(score " + decimals(s.score, 2) +
                     ")</small><ul class=\"reasons\">";
            for (const auto& closed : s.closes) html_ += "<li><b>closes a gap:</b> " + escape_html(closed) + "</li>";
            for (const auto& reason : s.reasons) html_ += "<li>" + escape_html(reason) + "</li>";
            html_ += "</ul></li>";
        }
        html_ += "</ol>\n";
    }

    void provenance() {
        html_ += "<h2>Where the data comes from</h2><table>";
        for (const auto& [key, value] : map_.metadata) {
            html_ += "<tr><th>" + escape_html(key) + "</th><td>" + escape_html(to_display_string(value)) + "</td></tr>";
        }
        // The file's name only: a shared report must not reveal the folders of whoever made it.
        if (!options_.source_name.empty()) {
            html_ += "<tr><th>file</th><td>" + escape_html(std::filesystem::path(options_.source_name).filename().string()) + "</td></tr>";
        }
        html_ += "</table>\n";
    }

    void organisations_table() {
        html_ += "<h2>All organisations</h2><table><thead><tr><th>organisation</th><th>type</th><th>country</th><th>region</th><th>themes</th>"
                 "<th>partners</th><th>betweenness</th></tr></thead>";  // thead: repeated on every printed page
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
