#include "viz/share/shared_map.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include <nlohmann/json.hpp>

#include "graph/vocabulary.hpp"
#include "viz/colouring.hpp"
#include "viz/export/graphviz_layout.hpp"
#include "viz/export/html_text.hpp"
#include "viz/palette.hpp"

namespace stakemap::viz {
namespace {

using nlohmann::json;

constexpr const char* kStyle = R"(
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #222; }
body { display: flex; }
#side { width: 24rem; max-width: 45vw; height: 100%; overflow-y: auto; padding: 0.8rem; border-right: 1px solid #ccc; background: #fafafa; }
#map { flex: 1; height: 100%; position: relative; }
h1 { font-size: 1.3rem; margin: 0 0 0.2rem; } h2 { font-size: 1rem; margin: 1rem 0 0.3rem; }
.explain { color: #555; font-size: 0.85rem; }
input[type=search], select { width: 100%; padding: 0.3rem; margin: 0.15rem 0; font-size: 0.9rem; }
label { font-size: 0.85rem; display: block; margin-top: 0.3rem; }
ul { padding-left: 1.1rem; margin: 0.3rem 0; } #matches { list-style: none; padding: 0; }
button.match { background: none; border: none; color: #0057A0; text-decoration: underline; cursor: pointer; padding: 0.1rem 0; text-align: left; font-size: 0.9rem; }
.tabs button { border: 1px solid #aaa; background: #eee; padding: 0.25rem 0.5rem; cursor: pointer; }
.tabs button.on { background: #0072B2; color: white; border-color: #0072B2; }
table { border-collapse: collapse; font-size: 0.8rem; margin: 0.3rem 0; }
th, td { border: 1px solid #ccc; padding: 0.15rem 0.3rem; text-align: left; vertical-align: top; }
td.n { text-align: right; } td.gap { border: 2px solid #AA3377; color: #AA3377; font-weight: bold; } td.gap::after { content: " !"; }
td.ok1 { background: #DCEAF6; } td.ok2 { background: #A8CCE8; } td.ok3 { background: #5A9BD3; color: white; }
#legend { list-style: none; padding: 0; } .swatch { display: inline-block; width: 0.8rem; height: 0.8rem; border: 1px solid #555; margin-right: 0.35rem; vertical-align: middle; }
#hover { position: absolute; right: 0.5rem; top: 0.5rem; max-width: 20rem; background: rgba(255,255,255,0.95); font-size: 0.85rem; z-index: 5; }
#hover .organisation { border: 1px solid #bbb; padding: 0.4rem; }
button.ego { margin-top: 0.4rem; }
ul.reasons { font-size: 0.8rem; color: #444; }
)";

constexpr const char* kBody = R"(<div id="side">
<h1 id="title"></h1><p class="explain" id="subtitle"></p>
<input type="search" id="search" placeholder="Search by name" aria-label="Search by name">
<ul id="matches"></ul>
<label>Type <select id="filter-type"><option value="">all types</option></select></label>
<label>Theme <select id="filter-theme"><option value="">all themes</option></select></label>
<label>Region <select id="filter-region"><option value="">all regions</option></select></label>
<label>Country <select id="filter-country"><option value="">all countries</option></select></label>
<label><input type="checkbox" id="show-suggestions"> Show suggested partners (orange)</label>
<p class="explain" id="shown-count"></p>
<div class="tabs"><button data-show="details">Details</button> <button data-show="coverage">Coverage</button> <button data-show="gaps">Gaps</button> <button data-show="suggested">Suggestions</button></div>
<div data-tab="details" id="details"><p class="explain">Click an organisation to see its details.</p></div>
<div data-tab="coverage"><h2>Who works on what</h2><p class="explain">Organisations of each type on each theme (deeper blue: more); cells marked ! are below what the profile asks for.</p><table id="coverage"></table></div>
<div data-tab="gaps"><h2>Gaps</h2><ul id="gaps"></ul></div>
<div data-tab="suggested"><h2>Suggested partners</h2><ol id="suggestions"></ol></div>
<h2>Legend</h2><ul id="legend"></ul>
<p class="explain">Made with stakemap. Drag to pan, scroll to zoom, hover or click an organisation.</p>
</div>
<div id="map"><div id="hover"></div></div>
)";

std::string rounded(double value) {
    if (!std::isfinite(value)) return "not defined";
    char text[32];
    std::snprintf(text, sizeof text, "%.3g", value);
    return text;
}

std::vector<Position> positions_of(const StakeholderMap& map, std::uint64_t seed) {
    std::vector<Position> saved;
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        if (!map.organisation(v).position) break;
        saved.push_back(*map.organisation(v).position);
    }
    if (!saved.empty() && saved.size() == map.organisation_count()) return saved;
    return graphviz_positions(map, "sfdp", {}, seed);
}

json organisation_fields(const Organisation& organisation, bool public_only) {
    json fields = json::object();
    for (const auto& [key, value] : organisation.attributes) {
        if (public_only && std::find(public_fields().begin(), public_fields().end(), key) == public_fields().end()) continue;
        fields[key] = to_display_string(value);
    }
    if (!public_only) {
        if (organisation.influence) fields["influence (Net-Map)"] = rounded(*organisation.influence);
        if (!organisation.stance.empty()) fields["stance (Net-Map)"] = organisation.stance;
    }
    return fields;
}

// The page's data; the script reads it as JSON text, so no value can become markup or code.
json page_data(MapAnalysis& analysis, const ShareOptions& options, std::uint64_t seed) {
    const StakeholderMap& map = analysis.map();
    const auto metrics = analysis.metrics({Metric::degree, Metric::betweenness});
    const MetricColumn* degree = metrics.column("degree");
    const MetricColumn* betweenness = metrics.column("betweenness");
    const GapReport& gaps = analysis.gaps();
    const std::vector<Position> positions = positions_of(map, seed);
    const Colouring colouring = colour_organisations(map, "type", {}, std::vector<bool>(map.organisation_count(), true));
    double top = 0;
    for (const double value : betweenness->values) if (std::isfinite(value)) top = std::max(top, value);

    json data;
    const auto title = map.metadata.find("title");
    data["title"] = !options.title.empty() ? options.title : title != map.metadata.end() ? to_display_string(title->second) : "Stakeholder map";
    data["subtitle"] = !options.subtitle.empty() ? options.subtitle
                                                  : std::to_string(map.organisation_count()) + " organisations, " +
                                                        std::to_string(map.relationship_count()) + " relationships";
    json nodes = json::array();
    std::set<std::string> regions, countries, types, themes;
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        const Organisation& organisation = map.organisation(v);
        json node;
        node["id"] = organisation.id;
        node["label"] = organisation.label;
        node["type"] = organisation.type;
        node["typeWords"] = vocabulary::is_known_organisation_type(organisation.type) ? vocabulary::type_in_words(organisation.type) : organisation.type;
        node["themes"] = organisation.themes;
        json theme_words = json::array();
        for (const auto& theme : organisation.themes) theme_words.push_back(vocabulary::theme_in_words(theme));
        node["themeWords"] = theme_words;
        node["country"] = organisation.country;
        node["region"] = organisation.region;
        node["colour"] = colouring.fill[v];
        // y grows downwards in saved layouts and Graphviz's window positions; sigma's grows upwards.
        node["x"] = positions[v].x;
        node["y"] = -positions[v].y;
        node["size"] = top > 0 && std::isfinite(betweenness->values[v]) ? std::sqrt(std::max(0.0, betweenness->values[v]) / top) : 0.0;
        node["measures"] = {{"partners", rounded(degree->values[v])}, {"betweenness", rounded(betweenness->values[v])}};
        node["fields"] = organisation_fields(organisation, options.public_only);
        if (const auto acronym = organisation.attributes.find("acronym"); acronym != organisation.attributes.end()) {
            node["acronym"] = to_display_string(acronym->second);
        }
        if (!options.public_only) {
            json sources = json::array();
            for (const auto& source : organisation.provenance->sources) {
                sources.push_back(source.file + (source.at.empty() ? "" : ", " + source.at) + (source.date.empty() ? "" : " (" + source.date + ")"));
            }
            node["sources"] = sources;
        }
        if (!organisation.region.empty()) regions.insert(organisation.region);
        if (!organisation.country.empty()) countries.insert(organisation.country);
        if (!organisation.type.empty()) types.insert(organisation.type);
        for (const auto& theme : organisation.themes) themes.insert(theme);
        nodes.push_back(std::move(node));
    }
    data["nodes"] = std::move(nodes);
    json edges = json::array();
    for (const auto handle : map.relationship_handles()) {
        const auto tie = map.relationship(handle);
        edges.push_back({tie.source, tie.target, tie_style(tie.data.type).colour});
    }
    data["edges"] = std::move(edges);
    json filters;
    filters["types"] = json::array();
    for (const auto& type : types) {
        filters["types"].push_back({type, vocabulary::is_known_organisation_type(type) ? vocabulary::type_in_words(type) : type});
    }
    filters["themes"] = json::array();
    for (const auto& theme : themes) filters["themes"].push_back({theme, vocabulary::theme_in_words(theme)});
    filters["regions"] = regions;
    filters["countries"] = countries;
    data["filters"] = std::move(filters);
    json legend = json::array();
    for (const auto& [words, colour] : colouring.keys) legend.push_back({words, colour});
    data["legend"] = std::move(legend);

    const CoverageResult& coverage = gaps.coverage;
    json table;
    table["types"] = json::array();
    table["themes"] = json::array();
    for (const auto& theme : coverage.themes) table["themes"].push_back(vocabulary::theme_in_words(theme));
    table["cells"] = json::array();
    for (const auto& type : coverage.types) {
        table["types"].push_back(vocabulary::type_in_words(type, true));
        json row = json::array();
        for (const auto& theme : coverage.themes) {
            const CoverageCell cell = theme_cell(coverage, type, theme);
            row.push_back({cell.have, cell.need});
        }
        table["cells"].push_back(std::move(row));
    }
    data["coverage"] = std::move(table);
    json gap_words = json::array();
    for (const auto& gap : coverage.gaps) gap_words.push_back(gap.text);
    for (const auto& flag : gaps.mixing.flags) gap_words.push_back(flag.text);
    for (const auto& gap : gaps.regional_unlinked) gap_words.push_back(gap.text);
    for (const auto& caveat : coverage.caveats) gap_words.push_back("Note: " + caveat);
    data["gaps"] = std::move(gap_words);
    json suggestions = json::array();
    for (const auto& s : analysis.suggestions(options.suggestions)) {
        suggestions.push_back({{"source", s.source}, {"target", s.target}, {"score", s.score}, {"closes", s.closes}, {"reasons", s.reasons}});
    }
    data["suggestions"] = std::move(suggestions);
    return data;
}

// JSON inside <script>: "<" written as \u003c, so no value can close the element ("</script>") or open a comment.
std::string script_safe(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        if (c == '<') out += "\\u003c";
        else out += c;
    }
    return out;
}

}  // namespace

const std::vector<std::string>& public_fields() {
    static const std::vector<std::string> fields = {"acronym", "website", "scope", "level", "sector", "founded", "city"};
    return fields;
}

std::string shared_map_html(MapAnalysis& analysis, const ShareOptions& options, std::uint64_t seed) {
    const json data = page_data(analysis, options, seed);
    const std::string title = data["title"].get<std::string>();
    std::string html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                       // Nothing may be fetched: no scripts, styles, images or connections from anywhere.
                       "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; "
                       "style-src 'unsafe-inline'; img-src data:; connect-src 'none'\">"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" +
                       escape_html(title) + "</title><style>" + kStyle + "</style></head><body>\n" + kBody;
    html += "<script id=\"stakemap-data\" type=\"application/json\">" +
            script_safe(data.dump(-1, ' ', false, json::error_handler_t::replace)) + "</script>\n";
    html += "<script>" + std::string(kShareScript) + "</script>\n</body></html>\n";
    return html;
}

}  // namespace stakemap::viz
