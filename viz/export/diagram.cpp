#include "viz/export/diagram.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <memory>
#include <stdexcept>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include "analysis/snapshot/analysis_graph.hpp"
#include "analysis/measures/communities.hpp"
#include "analysis/measures/metrics.hpp"
#include "analysis/planning/suggestions.hpp"
#include "graph/vocabulary.hpp"
#include "graph/support/atomic_file.hpp"
#include "importers/formats.hpp"
#include "viz/export/html_text.hpp"
#include "viz/colouring.hpp"
#include "viz/export/graphviz_support.hpp"
#include "viz/palette.hpp"

namespace stakemap::viz {
namespace {

constexpr const char* kFont = "DejaVu Sans";
constexpr std::size_t kWrapAt = 22;  // characters per label line

// Breaks a long name into lines at spaces, so labels stay compact.
std::string wrapped(const std::string& text) {
    std::string out, line, word;
    auto flush_word = [&] {
        if (word.empty()) return;
        if (!line.empty() && line.size() + 1 + word.size() > kWrapAt) {
            out += (out.empty() ? "" : "\n") + line;
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
        word.clear();
    };
    for (const char c : text) {
        if (c == ' ') flush_word();
        else word += c;
    }
    flush_word();
    if (!line.empty()) out += (out.empty() ? "" : "\n") + line;
    return out;
}

// Graphviz wants attribute defaults declared before HTML labels can be set with agxset.
void set_html(Agraph_t* graph, void* object, int kind, const char* name, const std::string& html) {
    Agsym_t* symbol = agattr(graph, kind, const_cast<char*>(name), const_cast<char*>(""));
    char* text = agstrdup_html(graph, const_cast<char*>(html.c_str()));
    agxset(object, symbol, text);
    agstrfree(graph, text);
}

std::string legend_html(const Colouring& colouring, const std::string& colour_by, const std::string& size_by,
                        const std::vector<std::string>& edge_types, bool suggestions) {
    std::string html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">";
    html += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR>";
    html += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><I>Colour: " + escape_html(colour_by) + "</I></TD></TR>";
    for (const auto& [words, colour] : colouring.keys) {
        html += "<TR><TD BGCOLOR=\"" + colour + "\" WIDTH=\"18\" HEIGHT=\"12\" BORDER=\"1\"></TD><TD ALIGN=\"LEFT\">" + escape_html(words) + "</TD></TR>";
    }
    if (!edge_types.empty()) {
        html += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><I>Ties</I></TD></TR>";
        for (const auto& type : edge_types) {
            const TieStyle style = tie_style(type);
            const std::string mark = std::string(style.style) == "dashed" ? "- - -" : std::string(style.style) == "dotted" ? "· · · ·" : std::string(style.style) == "bold" ? "<B>━━━</B>" : "───";
            html += "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"" + std::string(style.colour) + "\">" + mark + "</FONT></TD><TD ALIGN=\"LEFT\">" +
                    escape_html(type.empty() ? "unspecified" : style.words == std::string("other") ? type : style.words) + "</TD></TR>";
        }
    }
    if (suggestions) html += "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"#D55E00\">- - -</FONT></TD><TD ALIGN=\"LEFT\">suggested partner</TD></TR>";
    if (!size_by.empty()) html += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><I>Size: " + escape_html(size_by) + "</I></TD></TR>";
    return html + "</TABLE>";
}

std::string title_html(const StakeholderMap& map, const DiagramOptions& options) {
    auto meta = [&](const char* key) {
        const auto found = map.metadata.find(key);
        return found == map.metadata.end() ? std::string() : to_display_string(found->second);
    };
    const std::string title = options.title.empty() ? meta("title") : options.title;
    const std::string source = options.source.empty() ? meta("source") : options.source;
    const std::string date = meta("date");
    std::string html = "<FONT POINT-SIZE=\"20\"><B>" + escape_html(title.empty() ? "Stakeholder map" : title) + "</B></FONT>";
    if (!options.subtitle.empty()) html += "<BR/><FONT POINT-SIZE=\"13\">" + escape_html(options.subtitle) + "</FONT>";
    std::string line;
    if (!date.empty()) line += date;
    if (!source.empty()) line += (line.empty() ? "" : " · ") + std::string("Source: ") + source;
    if (!line.empty()) html += "<BR/><FONT POINT-SIZE=\"10\" COLOR=\"#555555\">" + escape_html(line) + "</FONT>";
    return html;
}

}  // namespace

bool is_diagram_path(const std::string& path) {
    const FileFormat* format = format_for_path(path);
    return format && !format->graphviz_output.empty();
}

void render_diagram(const StakeholderMap& map, const DiagramOptions& options, const std::string& path) {
    const FileFormat& format = require_format(path, FormatUse::draw);
    write_file_atomically(path, render_diagram_data(map, options, std::string(format.graphviz_output)));
}

std::string render_diagram_data(const StakeholderMap& map, const DiagramOptions& options, const std::string& format) {
    static const std::vector<std::string> layouts = {"sfdp", "neato", "fdp", "dot", "circo", "twopi", "stored"};
    if (std::find(layouts.begin(), layouts.end(), options.layout) == layouts.end()) {
        throw std::runtime_error("unknown layout '" + options.layout + "'; expected sfdp, neato, fdp, dot, circo, twopi or stored");
    }
    const std::vector<bool> shown = select_organisations(map, options.view);
    const AnalysisGraph analysis = AnalysisGraph::from_map(map);
    std::vector<std::size_t> community(map.organisation_count(), 0);
    if (options.color_by == "community" || options.cluster_by == "community") {
        CommunityOptions community_options;
        community_options.seed = options.seed;
        community = louvain_communities(analysis, community_options).community;
    }
    std::vector<double> size(map.organisation_count(), 0.0);
    if (!options.size_by.empty()) {
        const auto metric = metric_from_name(options.size_by);
        if (!metric) throw std::runtime_error("unknown measure '" + options.size_by + "' for --size-by");
        const MetricResults results = compute_metrics(analysis, map.relationship_count(), {*metric});
        const MetricColumn* column = results.column(options.size_by);
        double top = 0.0;
        for (std::size_t v = 0; v < size.size(); ++v) {
            if (shown[v] && std::isfinite(column->values[v])) top = std::max(top, column->values[v]);
        }
        for (std::size_t v = 0; v < size.size(); ++v) {
            size[v] = top > 0 && std::isfinite(column->values[v]) ? std::sqrt(std::max(0.0, column->values[v]) / top) : 0.0;
        }
    }
    const Colouring colouring = colour_organisations(map, options.color_by, community, shown);

    GraphvizSession graphviz(map.directed());
    Agraph_t* g = graphviz.graph();
    const std::string engine = options.layout == "stored" ? "nop" : options.cluster_by.empty() || options.layout != "sfdp" ? options.layout : "fdp";
    set_attribute(g, "fontname", kFont);
    set_attribute(g, "outputorder", "edgesfirst");
    set_attribute(g, "bgcolor", "white");
    set_attribute(g, "pad", "0.3");
    set_attribute(g, "labelloc", "t");
    // Resolution matters for bitmaps only; in SVG a dpi other than 72 scales the drawing inside a fixed viewBox.
    if (format == "png") set_attribute(g, "dpi", std::to_string(static_cast<int>(options.dpi)));
    set_attribute(g, "start", std::to_string(options.seed));  // neato/fdp start from a seeded placement
    if (engine == "sfdp" || engine == "neato" || engine == "fdp" || engine == "circo" || engine == "twopi") {
        set_attribute(g, "overlap", "prism");
        set_attribute(g, "overlap_scaling", "2");
        set_attribute(g, "sep", "+8");
        set_attribute(g, "splines", "false");
    }
    if (engine == "dot") set_attribute(g, "rankdir", "LR");
    set_attribute(g, "pack", "true");
    set_html(g, g, AGRAPH, "label", title_html(map, options));

    // Clusters first, so organisations can be placed into them.
    std::map<std::string, Agraph_t*> clusters;
    auto cluster_of = [&](std::size_t v) -> Agraph_t* {
        if (options.cluster_by.empty()) return g;
        const Organisation& organisation = map.organisation(v);
        std::string key = options.cluster_by == "country" ? organisation.country
                          : options.cluster_by == "region" ? organisation.region
                          : options.cluster_by == "community" ? "community " + std::to_string(community[v])
                                                               : throw std::runtime_error("--cluster-by takes country, region or community");
        if (key.empty()) return g;
        auto& cluster = clusters[key];
        if (cluster == nullptr) {
            cluster = agsubg(g, const_cast<char*>(("cluster_" + std::to_string(clusters.size())).c_str()), 1);
            set_attribute(cluster, "label", key);
            set_attribute(cluster, "style", "rounded");
            set_attribute(cluster, "color", "#BBBBBB");
            set_attribute(cluster, "fontname", kFont);
            set_attribute(cluster, "fontsize", "12");
        }
        return cluster;
    };

    // Stored layout: the saved positions, scaled to about ten inches across.
    double min_x = 0, max_x = 1, min_y = 0, max_y = 1;
    if (options.layout == "stored") {
        bool first = true;
        std::size_t missing = 0;
        for (std::size_t v = 0; v < map.organisation_count(); ++v) {
            if (!shown[v]) continue;
            const auto& position = map.organisation(v).position;
            if (!position) {
                ++missing;
                continue;
            }
            min_x = first ? position->x : std::min(min_x, position->x);
            max_x = first ? position->x : std::max(max_x, position->x);
            min_y = first ? position->y : std::min(min_y, position->y);
            max_y = first ? position->y : std::max(max_y, position->y);
            first = false;
        }
        if (missing > 0) {
            throw std::runtime_error("--layout stored needs a saved position for every organisation drawn; " + std::to_string(missing) +
                                     " have none (use sfdp, neato, fdp, dot, circo or twopi)");
        }
    }
    const double scale = 720.0 / std::max({max_x - min_x, max_y - min_y, 1e-9});

    std::vector<Agnode_t*> nodes(map.organisation_count(), nullptr);
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        if (!shown[v]) continue;
        const Organisation& organisation = map.organisation(v);
        Agnode_t* node = agnode(cluster_of(v), const_cast<char*>(organisation.id.c_str()), 1);
        nodes[v] = node;
        set_attribute(node, "label", wrapped(organisation.label));
        set_attribute(node, "shape", "box");
        set_attribute(node, "style", "rounded,filled");
        set_attribute(node, "fillcolor", colouring.fill[v]);
        set_attribute(node, "fontcolor", text_colour_on(colouring.fill[v]));
        set_attribute(node, "color", "#333333");
        set_attribute(node, "fontname", kFont);
        set_attribute(node, "fontsize", std::to_string(static_cast<int>(std::lround(9 + 11 * size[v]))));
        set_attribute(node, "penwidth", options.size_by.empty() ? "1" : std::to_string(1 + 2 * size[v]));
        set_attribute(node, "margin", "0.08,0.04");
        set_attribute(node, "tooltip", organisation.type.empty() ? organisation.label : organisation.label + " (" + organisation.type + ")");
        if (options.layout == "stored") {
            const auto& position = *organisation.position;
            set_attribute(node, "pos", std::to_string((position.x - min_x) * scale) + "," + std::to_string((position.y - min_y) * scale) + "!");
        }
    }
    std::vector<std::string> edge_types;
    for (const auto handle : map.relationship_handles()) {
        const auto tie = map.relationship(handle);
        if (!nodes[tie.source] || !nodes[tie.target] || tie.source == tie.target) continue;
        Agedge_t* edge = agedge(g, nodes[tie.source], nodes[tie.target], nullptr, 1);
        const TieStyle style = tie_style(tie.data.type);
        set_attribute(edge, "style", style.style);
        set_attribute(edge, "color", style.colour);
        set_attribute(edge, "penwidth", std::to_string(std::clamp(0.6 + 0.4 * tie.data.weight, 0.6, 3.0)));
        set_attribute(edge, "arrowsize", "0.6");
        set_attribute(edge, "tooltip", tie.data.type);
        if (std::find(edge_types.begin(), edge_types.end(), tie.data.type) == edge_types.end()) edge_types.push_back(tie.data.type);
    }
    std::sort(edge_types.begin(), edge_types.end());
    if (options.highlight_suggestions > 0) {
        SuggestionOptions suggestion_options;
        suggestion_options.top = options.highlight_suggestions;
        suggestion_options.community_seed = options.seed;
        for (const auto& suggestion : suggest_partners(map, analysis, suggestion_options)) {
            if (!nodes[suggestion.source] || !nodes[suggestion.target]) continue;
            Agedge_t* edge = agedge(g, nodes[suggestion.source], nodes[suggestion.target], nullptr, 1);
            set_attribute(edge, "style", "dashed");
            set_attribute(edge, "color", "#D55E00");
            set_attribute(edge, "penwidth", "2");
            set_attribute(edge, "dir", "none");
            set_attribute(edge, "tooltip", suggestion.reasons.empty() ? "suggested" : suggestion.reasons.front());
        }
    }
    Agnode_t* legend = agnode(g, const_cast<char*>("__legend__"), 1);
    set_attribute(legend, "shape", "plain");
    set_attribute(legend, "fontname", kFont);
    // The legend grows with the map, so it stays readable beside a large drawing.
    const auto drawn = static_cast<std::size_t>(std::count(shown.begin(), shown.end(), true));
    set_attribute(legend, "fontsize", std::to_string(10 + std::min<std::size_t>(10, drawn / 15)));
    set_html(g, legend, AGNODE, "label", legend_html(colouring, options.color_by, options.size_by, edge_types, options.highlight_suggestions > 0));
    if (options.layout == "stored") set_attribute(legend, "pos", std::to_string(-160.0) + ",0!");

    graphviz.layout(engine);
    char* data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(graphviz.context(), g, format.c_str(), &data, &length) != 0 || data == nullptr) {
        throw std::runtime_error("Graphviz could not render " + format + ": " + GraphvizSession::messages());
    }
    std::unique_ptr<char, void (*)(char*)> rendered(data, [](char* p) { gvFreeRenderData(p); });
    return std::string(rendered.get(), length);
}

}  // namespace stakemap::viz
