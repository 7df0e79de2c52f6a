#pragma once
// Publication diagrams of a map, built with Graphviz's cgraph and laid out and
// rendered by gvc (never by writing DOT text for the `dot` program): colour by
// type (or any field or community), size by a measure, clusters, a legend, a
// title block, and dashed suggested partners. Deterministic for the same map
// and options.

#include <optional>
#include <string>

#include "analysis/map_analysis.hpp"
#include "graph/stakeholder_map.hpp"
#include "viz/map_view.hpp"

namespace stakemap::viz {

struct DiagramOptions {
    std::string layout = "sfdp";       // sfdp, neato, fdp, dot, circo, twopi, stored
    std::string color_by = "type";     // type, country, region, community, or an attribute name
    std::string size_by;               // a measure (degree, betweenness, pagerank, ...); empty: equal sizes
    std::string cluster_by;            // country, region or community; empty: none
    std::string title;                 // default: the map's metadata title
    std::string subtitle;
    std::string source;                // default: the map's metadata source
    std::size_t highlight_suggestions = 0;  // draw the top N suggested partners as dashed ties
    double dpi = 96;                   // PNG resolution
    ViewOptions view;
    std::uint64_t seed = 1;
    // Stakeholder-analysis views (analysis/planning/stakeholder_views.hpp): "netmap" sizes boxes
    // by Net-Map influence ("towers") and borders them by stance; "grid" places organisations on
    // the power-interest grid (interest across, influence up, the quadrants named). "": the map.
    std::string stakeholder_view;
};

// Formats by extension: .dot/.gv, .svg, .pdf, .png. Writes atomically; throws
// std::runtime_error (bad option, Graphviz failure) without touching `path`.
// The measures, communities and suggestions drawn come from `analysis` (computed once).
void render_diagram(MapAnalysis& analysis, const DiagramOptions& options, const std::string& path);
void render_diagram(const StakeholderMap& map, const DiagramOptions& options, const std::string& path);

// The drawing itself, in a Graphviz output format ("svg", "png", "pdf", "dot").
std::string render_diagram_data(MapAnalysis& analysis, const DiagramOptions& options, const std::string& format);
std::string render_diagram_data(const StakeholderMap& map, const DiagramOptions& options, const std::string& format);

// The extensions render_diagram understands.
bool is_diagram_path(const std::string& path);

}  // namespace stakemap::viz
