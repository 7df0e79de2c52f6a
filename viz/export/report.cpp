#include "viz/export/report.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "analysis/planning/gap_report.hpp"
#include "analysis/measures/metrics.hpp"
#include "analysis/planning/suggestions.hpp"
#include "analysis/planning/wording.hpp"
#include "graph/vocabulary.hpp"
#include "viz/export/diagram.hpp"
#include "viz/export/html_text.hpp"
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
td.gap { background: #F9D3C1; font-weight: bold; } td.ok1 { background: #E3F1EA; } td.ok2 { background: #BFE3D1; } td.ok3 { background: #8FD0B1; }
.map svg { width: 100%; height: auto; border: 1px solid #ddd; }
ul.reasons { margin: 0.2rem 0 0.6rem 1.2rem; padding: 0; font-size: 0.9rem; }
.swatch { display: inline-block; width: 0.8rem; height: 0.8rem; border: 1px solid #555; margin-right: 0.3rem; vertical-align: middle; }
@page { size: A4; margin: 15mm; }
@media print { body { max-width: none; margin: 0; } h2 { break-after: avoid; } table, .map { break-inside: avoid; } }
)";

std::string cell_class(std::size_t have, std::size_t need) {
    if (need > 0 && have < need) return "gap";
    if (have == 0) return "";
    return have >= 5 ? "ok3" : have >= 2 ? "ok2" : "ok1";
}

}  // namespace

std::string scoping_report_html(const StakeholderMap& map, const ReportOptions& options) {
    const AnalysisGraph graph = AnalysisGraph::from_map(map);
    GapOptions gap_options;
    gap_options.seed = options.seed;
    const GapReport gaps = gap_report(map, graph, options.profile, gap_options);
    const MetricResults metrics = compute_metrics(graph, map.relationship_count(),
                                                  {Metric::degree, Metric::betweenness, Metric::eigenvector, Metric::pagerank}, {}, options.seed);
    SuggestionOptions suggestion_options;
    suggestion_options.top = options.suggestions;
    suggestion_options.community_seed = options.seed;
    const auto suggestions = suggest_partners(map, graph, suggestion_options);
    auto meta = [&](const char* key) {
        const auto found = map.metadata.find(key);
        return found == map.metadata.end() ? std::string() : to_display_string(found->second);
    };
    const std::string title = meta("title").empty() ? "Stakeholder map" : meta("title");
    auto label = [&](std::size_t v) { return escape_html(map.organisation(v).label); };

    std::string html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape_html(title) +
                       " — scoping report</title><style>" + kStyle + "</style></head><body>\n";
    html += "<h1>" + escape_html(title) + "</h1><p class=\"subtitle\">Scoping report made by stakemap" +
            (meta("date").empty() ? std::string() : " · map dated " + escape_html(meta("date"))) + "</p>\n";

    // Summary figures.
    auto figure = [&](const std::string& value, const std::string& what) {
        html += "<div class=\"figure\"><b>" + value + "</b>" + what + "</div>";
    };
    html += "<div class=\"figures\">";
    figure(std::to_string(map.organisation_count()), "organisations");
    figure(std::to_string(map.relationship_count()), "relationships");
    figure(std::to_string(gaps.components.sizes.size()), "separate parts");
    figure(std::to_string(gaps.communities.count), "communities");
    figure(std::to_string(gaps.coverage.cells_filled) + " / " + std::to_string(gaps.coverage.cells_required), "coverage cells filled");
    figure(std::to_string(gaps.isolated.size()), "organisations tied to no one");
    html += "</div>\n";

    // The map.
    html += "<h2>The map</h2><p class=\"explain\">Each box is an organisation, coloured by type and sized by betweenness "
            "(how often it lies on the shortest path between two others). Dashed orange lines are suggested partners.</p>";
    DiagramOptions diagram;
    diagram.size_by = "betweenness";
    diagram.highlight_suggestions = std::min<std::size_t>(options.suggestions, 5);
    diagram.seed = options.seed;
    std::string svg = render_diagram_data(map, diagram, "svg");
    if (const auto start = svg.find("<svg"); start != std::string::npos) svg = svg.substr(start);  // drop the XML prolog and DOCTYPE
    html += "<div class=\"map\">" + svg + "</div>\n";

    // Coverage heat map.
    html += "<h2>Who works on what</h2><p class=\"explain\">How many organisations of each type work on each theme. Red cells are "
            "below what the profile \"" + escape_html(options.profile.name) + "\" asks for (" + escape_html(options.profile.description) + ").</p>";
    html += "<table><tr><th>type</th>";
    for (const auto& theme : gaps.coverage.themes) html += "<th>" + escape_html(vocabulary::theme_in_words(theme)) + "</th>";
    html += "</tr>";
    for (const auto& type : gaps.coverage.types) {
        html += "<tr><th><span class=\"swatch\" style=\"background:" + type_colour(type) + "\"></span>" +
                escape_html(vocabulary::type_in_words(type, true)) + "</th>";
        for (const auto& theme : gaps.coverage.themes) {
            std::size_t have = 0, need = 0;
            if (const auto row = gaps.coverage.by_theme.find(type); row != gaps.coverage.by_theme.end()) {
                if (const auto cell = row->second.find(theme); cell != row->second.end()) have = cell->second;
            }
            for (const auto& gap : gaps.coverage.gaps) {
                if (gap.dimension == "theme" && gap.where == theme && gap.type == type) need = gap.need;
            }
            html += "<td class=\"n " + cell_class(have, need) + "\">" + std::to_string(have) + "</td>";
        }
        html += "</tr>";
    }
    html += "</table><ul>";
    for (const auto& gap : gaps.coverage.gaps) html += "<li>" + escape_html(gap.text) + "</li>";
    for (const auto& flag : gaps.mixing.flags) html += "<li>" + escape_html(flag.text) + "</li>";
    for (const auto& gap : gaps.regional_unlinked) {
        html += "<li>In " + escape_html(gap.region) + ", none of the " + std::to_string(gap.organisations) + " " +
                escape_html(vocabulary::type_in_words(gap.type, true)) + " has a " + escape_html(vocabulary::type_in_words(gap.partner_type)) + " partner.</li>";
    }
    html += "</ul>\n";

    // Top organisations by several measures.
    html += "<h2>Who holds the network together</h2><ul class=\"explain\">"
            "<li><b>Partners</b>: how many organisations it works with.</li>"
            "<li><b>Betweenness</b>: how often it lies on the shortest path between two other organisations — a go-between.</li>"
            "<li><b>Eigenvector</b>: how well connected its partners are themselves — influence through well-placed friends.</li>"
            "<li><b>PageRank</b>: where someone following ties at random would most often end up.</li></ul><table><tr><th>#</th>";
    const std::vector<std::pair<const char*, const char*>> measures = {
        {"degree", "most partners"}, {"betweenness", "betweenness"}, {"eigenvector", "eigenvector"}, {"pagerank", "PageRank"}};
    for (const auto& [name, words] : measures) html += "<th>" + std::string(words) + "</th>";
    html += "</tr>";
    std::vector<std::vector<std::size_t>> ranked;
    for (const auto& [name, words] : measures) {
        const MetricColumn* column = metrics.column(name);
        std::vector<std::size_t> order(map.organisation_count());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            if (column->values[a] != column->values[b]) return column->values[a] > column->values[b];
            return map.organisation(a).id < map.organisation(b).id;
        });
        ranked.push_back(order);
    }
    for (std::size_t k = 0; k < std::min<std::size_t>(10, map.organisation_count()); ++k) {
        html += "<tr><td class=\"n\">" + std::to_string(k + 1) + "</td>";
        for (std::size_t m = 0; m < measures.size(); ++m) {
            const std::size_t v = ranked[m][k];
            const MetricColumn* column = metrics.column(measures[m].first);
            html += "<td>" + label(v) + " <small>(" + (m == 0 ? std::to_string(static_cast<long>(column->values[v])) : decimals(column->values[v], 3)) + ")</small></td>";
        }
        html += "</tr>";
    }
    html += "</table>\n";

    // Brokers and fragile points.
    html += "<h2>Brokers and fragile points</h2><p class=\"explain\">A broker links groups that are not otherwise linked; its "
            "<i>constraint</i> is low when its partners do not already know each other. A fragile point is an organisation whose "
            "departure would cut others off.</p><table><tr><th>broker</th><th>type</th><th>links between groups</th><th>constraint</th></tr>";
    for (const std::size_t v : gaps.top_brokers) {
        html += "<tr><td>" + label(v) + "</td><td>" + escape_html(vocabulary::type_in_words(map.organisation(v).type)) + "</td><td class=\"n\">" +
                std::to_string(static_cast<long>(gaps.roles.total(v))) + "</td><td class=\"n\">" + decimals(gaps.holes.constraint[v], 3) + "</td></tr>";
    }
    html += "</table><ul>";
    for (std::size_t k = 0; k < gaps.fragile.size() && k < 10; ++k) {
        html += "<li>If <b>" + label(gaps.fragile[k].organisation) + "</b> dropped out, " + std::to_string(gaps.fragile[k].cut_off) +
                " organisation(s) would lose their connection to the rest.</li>";
    }
    if (gaps.fragile.empty()) html += "<li>No single organisation holds parts of the map together.</li>";
    html += "</ul>\n";

    // Groups that never meet.
    html += "<h2>Groups that never meet</h2><p class=\"explain\">Communities are groups of organisations more tied to each other than "
            "to the rest. These pairs of groups have no tie at all between them.</p><ul>";
    auto members = [&](std::size_t community) {
        std::string names;
        std::size_t shown = 0, total = 0;
        for (std::size_t v = 0; v < map.organisation_count(); ++v) {
            if (gaps.communities.community[v] != community) continue;
            ++total;
            if (shown < 3) names += (shown++ ? ", " : "") + label(v);
        }
        return names + (total > shown ? " and " + std::to_string(total - shown) + " more" : "");
    };
    for (std::size_t k = 0; k < gaps.never_meet.size() && k < 10; ++k) {
        html += "<li>" + members(gaps.never_meet[k].a) + " <b>—</b> " + members(gaps.never_meet[k].b) + "</li>";
    }
    if (gaps.never_meet.empty()) html += "<li>Every pair of sizeable groups has at least one tie.</li>";
    html += "</ul>\n";

    // Suggestions.
    html += "<h2>Whom to bring to the table</h2><p class=\"explain\">Pairs not yet working together, ranked by shared partners, "
            "complementary roles and themes, and how much they would bridge separate groups.</p><ol>";
    for (const auto& s : suggestions) {
        html += "<li><b>" + label(s.source) + "</b> and <b>" + label(s.target) + "</b> <small>(score " + decimals(s.score, 2) + ")</small><ul class=\"reasons\">";
        for (const auto& reason : s.reasons) html += "<li>" + escape_html(reason) + "</li>";
        html += "</ul></li>";
    }
    html += "</ol>\n";

    // Provenance and data.
    html += "<h2>Where the data comes from</h2><table>";
    for (const auto& [key, value] : map.metadata) html += "<tr><th>" + escape_html(key) + "</th><td>" + escape_html(to_display_string(value)) + "</td></tr>";
    if (!options.source_name.empty()) html += "<tr><th>file</th><td>" + escape_html(options.source_name) + "</td></tr>";
    html += "</table>\n<h2>All organisations</h2><table><tr><th>organisation</th><th>type</th><th>country</th><th>region</th><th>themes</th><th>partners</th><th>betweenness</th></tr>";
    const MetricColumn* degree = metrics.column("degree");
    const MetricColumn* betweenness = metrics.column("betweenness");
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        const Organisation& organisation = map.organisation(v);
        std::string themes;
        for (const auto& theme : organisation.themes) themes += (themes.empty() ? "" : ", ") + vocabulary::theme_in_words(theme);
        html += "<tr><td>" + label(v) + "</td><td>" + escape_html(organisation.type) + "</td><td>" + escape_html(organisation.country) + "</td><td>" +
                escape_html(organisation.region) + "</td><td>" + escape_html(themes) + "</td><td class=\"n\">" +
                std::to_string(static_cast<long>(degree->values[v])) + "</td><td class=\"n\">" + decimals(betweenness->values[v], 3) + "</td></tr>";
    }
    html += "</table>\n</body></html>\n";
    return html;
}

}  // namespace stakemap::viz
