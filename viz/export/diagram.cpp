#include "viz/export/diagram.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <stdexcept>
#include <tuple>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include "analysis/map_analysis.hpp"
#include "analysis/planning/stakeholder_views.hpp"
#include "graph/vocabulary.hpp"
#include "graph/support/atomic_file.hpp"
#include "graph/support/text_safety.hpp"
#include "importers/formats.hpp"
#include "viz/export/html_text.hpp"
#include "viz/colouring.hpp"
#include "viz/export/graphviz_support.hpp"
#include "viz/palette.hpp"

namespace stakemap::viz {
namespace {

constexpr const char* kFont = "DejaVu Sans";
constexpr std::size_t kWrapAt = 22;  // characters per label line

// A measure's value in three significant figures: 0.312, 41.5, 1250.
std::string short_number(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3g", value);
    return text;
}

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

// Three sample names at the sizes values get: a measure's size grows with the square root of its
// share of the top value (so areas compare), Net-Map influence linearly.
std::string size_scale_html(double top, bool linear) {
    std::string html;
    for (const double step : {1.0, 0.5, 0.0}) {
        const int points = static_cast<int>(std::lround(9 + 11 * step));
        const double value = top * (linear ? step : step * step);
        html += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"" + std::to_string(points) + "\">Name</FONT></TD><TD ALIGN=\"LEFT\">" +
                escape_html(value == 0 ? "0" : short_number(value)) + "</TD></TR>";
    }
    return html;
}

std::string legend_html(const Colouring& colouring, const std::string& colour_by, const std::string& size_by, double size_top, bool linear_size,
                        const std::vector<std::string>& edge_types, bool suggestions,
                        const std::vector<std::pair<std::string, std::string>>& borders = {}) {
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
    if (!size_by.empty()) {
        html += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><I>Size: " + escape_html(size_by) + "</I></TD></TR>";
        if (size_top > 0) html += size_scale_html(size_top, linear_size);
    }
    if (!borders.empty()) {
        html += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><I>Border: stance</I></TD></TR>";
        for (const auto& [words, colour] : borders) {
            html += "<TR><TD COLOR=\"" + colour + "\" WIDTH=\"18\" HEIGHT=\"12\" BORDER=\"3\"></TD><TD ALIGN=\"LEFT\">" + escape_html(words) + "</TD></TR>";
        }
    }
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


namespace {

const std::vector<std::string>& known_layouts() {
    static const std::vector<std::string> layouts = {"sfdp", "neato", "fdp", "dot", "circo", "twopi", "stored"};
    return layouts;
}

// Size of each shown organisation in [0, 1]: the square root of its share of the largest value of the measure.
std::vector<double> organisation_sizes(MapAnalysis& analysis, const DiagramOptions& options, const std::vector<bool>& shown, double& top) {
    std::vector<double> size(analysis.map().organisation_count(), 0.0);
    if (options.size_by.empty()) return size;
    if (!metric_from_name(options.size_by)) throw std::runtime_error("unknown measure '" + options.size_by + "' for --size-by");
    const MetricColumn* column = analysis.column(options.size_by);
    top = 0.0;
    for (std::size_t v = 0; v < size.size(); ++v) {
        if (shown[v] && std::isfinite(column->values[v])) top = std::max(top, column->values[v]);
    }
    for (std::size_t v = 0; v < size.size(); ++v) {
        size[v] = top > 0 && std::isfinite(column->values[v]) ? std::sqrt(std::max(0.0, column->values[v]) / top) : 0.0;
    }
    return size;
}

// Saved positions scaled to about ten inches across (Graphviz points, pinned).
struct StoredFrame {
    double min_x = 0, min_y = 0, scale = 1;
};

StoredFrame stored_frame(const StakeholderMap& map, const std::vector<bool>& shown) {
    double min_x = 0, max_x = 1, min_y = 0, max_y = 1;
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
    return {min_x, min_y, 720.0 / std::max({max_x - min_x, max_y - min_y, 1e-9})};
}

// One diagram being built in cgraph: the graph-wide settings, then clusters,
// organisations, ties, suggestions and the legend, then layout and rendering.
class DiagramBuilder {
public:
    DiagramBuilder(MapAnalysis& analysis, const DiagramOptions& options, const std::string& format)
        : analysis_(analysis), map_(analysis.map()), options_(options), format_(format), graphviz_(map_.directed()) {}

    DrawnDiagram build() {
        shown_ = select_organisations(analysis_, options_.view);
        const bool by_community = options_.color_by == "community" || options_.cluster_by == "community";
        if (by_community) community_ = analysis_.measures().communities().community;
        else community_.assign(map_.organisation_count(), 0);
        if (!options_.stakeholder_view.empty() && options_.stakeholder_view != "netmap" && options_.stakeholder_view != "grid") {
            throw std::runtime_error("unknown view '" + options_.stakeholder_view + "'; expected netmap or grid");
        }
        views_ = stakeholder_views(map_);
        if (options_.stakeholder_view == "grid") {
            // Only organisations with both influence and interest can be placed on the grid.
            for (std::size_t v = 0; v < shown_.size(); ++v) shown_[v] = shown_[v] && views_.quadrant[v].has_value();
            if (std::none_of(shown_.begin(), shown_.end(), [](bool s) { return s; })) {
                throw std::runtime_error("--view grid needs influence and interest (0-10) for some organisation; the map records both for none (" +
                                         std::to_string(views_.without_influence) + " without influence, " + std::to_string(views_.without_interest) +
                                         " without interest)");
            }
        }
        size_ = organisation_sizes(analysis_, options_, shown_, size_top_);
        if (options_.stakeholder_view == "netmap") {
            for (std::size_t v = 0; v < size_.size(); ++v) size_[v] = views_.influence[v] ? std::clamp(*views_.influence[v] / 10.0, 0.0, 1.0) : 0.0;
            size_words_ = "influence (Net-Map, 0-10; dashed: not recorded)";
            size_top_ = 10;
        } else {
            size_words_ = options_.size_by;
        }
        colouring_ = colour_organisations(map_, options_.color_by, community_, shown_);
        engine_ = options_.layout == "stored" || options_.stakeholder_view == "grid" ? "nop"
                  : options_.cluster_by.empty() || options_.layout != "sfdp" ? options_.layout : "fdp";
        if (options_.layout == "stored") frame_ = stored_frame(map_, shown_);
        set_graph_attributes();
        add_organisations();
        add_ties();
        add_suggestions();
        if (options_.stakeholder_view == "grid") add_grid_lines();
        add_legend();
        graphviz_.layout(engine_);
        DrawnDiagram drawn;
        std::tie(drawn.width, drawn.height) = graphviz_.drawing_size();
        drawn.smallest_label = smallest_label_;
        drawn.organisations = static_cast<std::size_t>(std::count(shown_.begin(), shown_.end(), true));
        drawn.data = graphviz_.render(format_);
        return drawn;
    }

private:
    void set_graph_attributes() {
        Agraph_t* g = graphviz_.graph();
        set_attribute(g, "fontname", kFont);
        set_attribute(g, "outputorder", "edgesfirst");
        set_attribute(g, "bgcolor", "white");
        set_attribute(g, "pad", "0.3");
        set_attribute(g, "labelloc", "t");
        // Resolution matters for bitmaps only; in SVG a dpi other than 72 scales the drawing inside a fixed viewBox.
        if (format_ == "png") set_attribute(g, "dpi", std::to_string(static_cast<int>(options_.dpi)));
        set_attribute(g, "start", std::to_string(options_.seed));  // neato/fdp start from a seeded placement
        // Stored positions ("nop") get the same overlap removal as the force layouts: prism moves
        // boxes apart as little as it can, so the arrangement the user made is kept and no name is hidden.
        const bool grid = options_.stakeholder_view == "grid";  // its positions are the data: never moved
        if (!grid && (engine_ == "sfdp" || engine_ == "neato" || engine_ == "fdp" || engine_ == "circo" || engine_ == "twopi" || engine_ == "nop")) {
            set_attribute(g, "overlap", "prism");
            // Stored: moved only where boxes collide. On paper, no extra spread: prism then pushes boxes
            // just apart, which keeps the drawing compact enough to print names legibly.
            set_attribute(g, "overlap_scaling", engine_ == "nop" ? "0" : options_.page ? "-1" : "2");
            if (engine_ == "nop") set_attribute(g, "overlap_shrink", "false");  // nor pulled together where they do not
            set_attribute(g, "sep", "+8");
            set_attribute(g, "splines", "false");
        }
        if (engine_ == "dot") set_attribute(g, "rankdir", "LR");
        // On paper: drawn no larger than the printable area (Graphviz scales the output, not the layout).
        if (options_.page) {
            const PageBox area = printable_area(*options_.page);
            set_attribute(g, "size", std::to_string(area.width / 72.0) + "," + std::to_string(area.height / 72.0));
        }
        set_attribute(g, "pack", "true");
        set_html_attribute(g, g, AGRAPH, "label", title_html(map_, options_));
    }

    Agraph_t* cluster_of(std::size_t v) {
        Agraph_t* g = graphviz_.graph();
        if (options_.cluster_by.empty()) return g;
        const Organisation& organisation = map_.organisation(v);
        std::string key = options_.cluster_by == "country" ? organisation.country
                          : options_.cluster_by == "region" ? organisation.region
                          : options_.cluster_by == "community" ? "community " + std::to_string(community_[v])
                                                                : throw std::runtime_error("--cluster-by takes country, region or community");
        if (key.empty()) return g;
        auto& cluster = clusters_[key];
        if (cluster == nullptr) {
            cluster = agsubg(g, const_cast<char*>(("cluster_" + std::to_string(clusters_.size())).c_str()), 1);
            set_attribute(cluster, "label", graphviz_text(key));
            set_attribute(cluster, "style", "rounded");
            set_attribute(cluster, "color", "#BBBBBB");
            set_attribute(cluster, "fontname", kFont);
            set_attribute(cluster, "fontsize", "12");
        }
        return cluster;
    }

    // Graphviz copies node names into SVG comments and ids as they are: an id with a
    // character XML forbids gets U+FFFD there (and a number if that makes it another's).
    std::string node_name(const std::string& id) {
        std::string name = xml_safe_text(id);
        if (name == id) return name;
        const std::string base = name;
        for (int k = 2; agnode(graphviz_.graph(), const_cast<char*>(name.c_str()), 0) || map_.find(name); ++k) name = base + " " + std::to_string(k);
        return name;
    }

    void add_organisations() {
        nodes_.assign(map_.organisation_count(), nullptr);
        for (std::size_t v = 0; v < map_.organisation_count(); ++v) {
            if (!shown_[v]) continue;
            const Organisation& organisation = map_.organisation(v);
            std::string name = node_name(organisation.id);
            Agnode_t* node = agnode(cluster_of(v), const_cast<char*>(name.c_str()), 1);
            nodes_[v] = node;
            set_attribute(node, "label", graphviz_text(wrapped(organisation.label)));
            set_attribute(node, "shape", "box");
            set_attribute(node, "style", "rounded,filled");
            set_attribute(node, "fillcolor", colouring_.fill[v]);
            set_attribute(node, "fontcolor", text_colour_on(colouring_.fill[v]));
            set_attribute(node, "color", "#333333");
            set_attribute(node, "fontname", kFont);
            const int font_size = static_cast<int>(std::lround(9 + 11 * size_[v]));
            smallest_label_ = smallest_label_ == 0 ? font_size : std::min<double>(smallest_label_, font_size);
            set_attribute(node, "fontsize", std::to_string(font_size));
            set_attribute(node, "penwidth", options_.size_by.empty() ? "1" : std::to_string(1 + 2 * size_[v]));
            set_attribute(node, "margin", "0.08,0.04");
            if (options_.page) {  // boxes as small as their names (Graphviz's default minimum is 0.75 x 0.5 inch)
                set_attribute(node, "width", "0.3");
                set_attribute(node, "height", "0.2");
            }
            set_attribute(node, "tooltip", graphviz_text(organisation.type.empty() ? organisation.label : organisation.label + " (" + organisation.type + ")"));
            if (options_.stakeholder_view == "netmap") stance_border(node, organisation);
            if (options_.stakeholder_view == "grid") {
                set_attribute(node, "pos", std::to_string(*views_.interest[v] * kGridScale) + "," + std::to_string(*views_.influence[v] * kGridScale) + "!");
            } else if (options_.layout == "stored") {
                const auto& position = *organisation.position;
                set_attribute(node, "pos", std::to_string((position.x - frame_.min_x) * frame_.scale) + "," +
                                               std::to_string((position.y - frame_.min_y) * frame_.scale) + "!");
            }
        }
    }

    void add_ties() {
        for (const auto handle : map_.relationship_handles()) {
            const auto tie = map_.relationship(handle);
            if (!nodes_[tie.source] || !nodes_[tie.target] || tie.source == tie.target) continue;
            Agedge_t* edge = agedge(graphviz_.graph(), nodes_[tie.source], nodes_[tie.target], nullptr, 1);
            const TieStyle style = tie_style(tie.data.type);
            set_attribute(edge, "style", style.style);
            set_attribute(edge, "color", style.colour);
            set_attribute(edge, "penwidth", std::to_string(std::clamp(0.6 + 0.4 * tie.data.weight, 0.6, 3.0)));
            set_attribute(edge, "arrowsize", "0.6");
            set_attribute(edge, "tooltip", graphviz_text(tie.data.type));
            if (std::find(edge_types_.begin(), edge_types_.end(), tie.data.type) == edge_types_.end()) edge_types_.push_back(tie.data.type);
        }
        std::sort(edge_types_.begin(), edge_types_.end());
    }

    void add_suggestions() {
        if (options_.highlight_suggestions == 0) return;
        std::size_t rank = 0;
        for (const auto& suggestion : analysis_.suggestions(options_.highlight_suggestions)) {
            ++rank;  // numbered as in the list of suggestions, so a reader can match them
            if (!nodes_[suggestion.source] || !nodes_[suggestion.target]) continue;
            Agedge_t* edge = agedge(graphviz_.graph(), nodes_[suggestion.source], nodes_[suggestion.target], nullptr, 1);
            set_attribute(edge, "style", "dashed");
            set_attribute(edge, "color", "#D55E00");
            set_attribute(edge, "penwidth", "2");
            set_attribute(edge, "dir", "none");
            set_attribute(edge, "tooltip", graphviz_text(suggestion.reasons.empty() ? "suggested" : suggestion.reasons.front()));
            set_attribute(edge, "stakemap_role", "suggestion");
            set_attribute(edge, "label", std::to_string(rank));
            set_attribute(edge, "fontcolor", "#D55E00");
            set_attribute(edge, "fontname", kFont);
            set_attribute(edge, "fontsize", "14");
        }
    }

    void add_legend() {
        Agraph_t* g = graphviz_.graph();
        // A name no organisation has (an organisation may well be called "__legend__").
        std::string name = "__legend__";
        while (map_.find(name)) name += "_";
        Agnode_t* legend = agnode(g, const_cast<char*>(name.c_str()), 1);
        set_attribute(legend, "stakemap_role", "legend");
        set_attribute(legend, "shape", "plain");
        set_attribute(legend, "fontname", kFont);
        // The legend grows with the map, so it stays readable beside a large drawing.
        const auto drawn = static_cast<std::size_t>(std::count(shown_.begin(), shown_.end(), true));
        // On paper the page sets the scale, so the legend keeps its printed size.
        set_attribute(legend, "fontsize", std::to_string(options_.page ? 10 : 10 + std::min<std::size_t>(10, drawn / 15)));
        set_html_attribute(g, legend, AGNODE, "label",
                 legend_html(colouring_, options_.color_by, size_words_, size_top_, options_.stakeholder_view == "netmap", edge_types_, options_.highlight_suggestions > 0, stance_colours_));
        if (options_.layout == "stored") set_attribute(legend, "pos", std::to_string(-160.0) + ",0!");
        if (options_.stakeholder_view == "grid") set_attribute(legend, "pos", std::to_string(-2.5 * kGridScale) + "," + std::to_string(5 * kGridScale) + "!");
    }

    // Net-Map: the stance as the border's colour, one per stance written; none recorded: dashed.
    void stance_border(Agnode_t* node, const Organisation& organisation) {
        if (organisation.stance.empty()) {
            set_attribute(node, "style", "rounded,filled,dashed");
            return;
        }
        auto found = std::find_if(stance_colours_.begin(), stance_colours_.end(), [&](const auto& entry) { return entry.first == organisation.stance; });
        if (found == stance_colours_.end()) {
            stance_colours_.emplace_back(organisation.stance, category_colour(stance_colours_.size()));
            found = stance_colours_.end() - 1;
        }
        set_attribute(node, "color", found->second);
        set_attribute(node, "penwidth", "4");
    }

    // The grid's middle lines and the names of its quadrants.
    void add_grid_lines() {
        Agraph_t* g = graphviz_.graph();
        // Names no organisation has taken (an organisation may be called "__grid_a").
        const auto fresh = [&](std::string name) {
            while (agnode(g, const_cast<char*>(name.c_str()), 0) || map_.find(name)) name += "_";
            return name;
        };
        const auto point = [&](const std::string& wanted, double x, double y) {
            const std::string name = fresh(wanted);
            Agnode_t* node = agnode(g, const_cast<char*>(name.c_str()), 1);
            set_attribute(node, "shape", "point");
            set_attribute(node, "width", "0.01");
            set_attribute(node, "style", "invis");
            set_attribute(node, "pos", std::to_string(x * kGridScale) + "," + std::to_string(y * kGridScale) + "!");
            return node;
        };
        const auto line = [&](Agnode_t* a, Agnode_t* b) {
            Agedge_t* edge = agedge(g, a, b, nullptr, 1);
            set_attribute(edge, "style", "dashed");
            set_attribute(edge, "color", "#999999");
            set_attribute(edge, "dir", "none");
        };
        line(point("__grid_a", 5, -0.5), point("__grid_b", 5, 10.5));
        line(point("__grid_c", -0.5, 5), point("__grid_d", 10.5, 5));
        const std::pair<const char*, std::pair<double, double>> names[] = {
            {"manage closely", {7.5, 10.6}}, {"keep satisfied", {2.5, 10.6}}, {"keep informed", {7.5, -0.6}}, {"monitor", {2.5, -0.6}},
            {"interest →", {10.6, 4.6}}, {"influence ↑", {5.5, 11.1}}};
        int k = 0;
        for (const auto& [words, at] : names) {
            const std::string name = fresh("__grid_name_" + std::to_string(k++));
            Agnode_t* node = agnode(g, const_cast<char*>(name.c_str()), 1);
            set_attribute(node, "shape", "plaintext");
            set_attribute(node, "label", words);
            set_attribute(node, "fontname", kFont);
            set_attribute(node, "fontcolor", "#555555");
            set_attribute(node, "fontsize", "16");
            set_attribute(node, "pos", std::to_string(at.first * kGridScale) + "," + std::to_string(at.second * kGridScale) + "!");
        }
    }

    MapAnalysis& analysis_;
    const StakeholderMap& map_;
    const DiagramOptions& options_;
    const std::string& format_;
    GraphvizSession graphviz_;
    std::vector<bool> shown_;
    std::vector<std::size_t> community_;
    std::vector<double> size_;
    Colouring colouring_;
    std::string engine_;
    StoredFrame frame_;
    StakeholderViews views_;
    std::string size_words_;
    std::vector<std::pair<std::string, std::string>> stance_colours_;  // stance -> border colour, in order met
    static constexpr double kGridScale = 72.0;  // points per step of the 0-10 scales: a ten-inch grid
    std::map<std::string, Agraph_t*> clusters_;
    std::vector<Agnode_t*> nodes_;
    std::vector<std::string> edge_types_;
    double smallest_label_ = 0;
    double size_top_ = 0;  // the measure's largest value among those drawn: the scale's top
};

}  // namespace

DrawnDiagram draw_diagram(MapAnalysis& analysis, const DiagramOptions& options, const std::string& format) {
    const auto& layouts = known_layouts();
    if (std::find(layouts.begin(), layouts.end(), options.layout) == layouts.end()) {
        throw std::runtime_error("unknown layout '" + options.layout + "'; expected sfdp, neato, fdp, dot, circo, twopi or stored");
    }
    return DiagramBuilder(analysis, options, format).build();
}

std::string render_diagram_data(MapAnalysis& analysis, const DiagramOptions& options, const std::string& format) {
    return draw_diagram(analysis, options, format).data;
}

MapAnalysisSettings diagram_analysis_settings(const DiagramOptions& options) {
    MapAnalysisSettings settings;
    settings.measures.seed = options.seed;
    return settings;
}

std::string render_diagram_data(const StakeholderMap& map, const DiagramOptions& options, const std::string& format) {
    MapAnalysis analysis(map, diagram_analysis_settings(options));
    return render_diagram_data(analysis, options, format);
}

}  // namespace stakemap::viz
