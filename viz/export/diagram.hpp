#pragma once
// Publication diagrams of a map, built with Graphviz's cgraph and laid out and
// rendered by gvc (never by writing DOT text for the `dot` program): colour by
// type (or any field or community), size by a measure, clusters, a legend, a
// title block, and dashed suggested partners. Deterministic for the same map
// and options.

#include <optional>
#include <string>
#include <vector>

#include "analysis/map_analysis.hpp"
#include "graph/stakeholder_map.hpp"
#include "viz/export/page_setup.hpp"
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
    // Printed on paper: the drawing is fitted to the page's printable area; where its smallest label
    // would fall below kMinimumLabelPoints it is split (see paged_diagram.hpp). PDF gets the title and author.
    std::optional<PageSetup> page;
    std::string author;                // PDF metadata
};

// The analysis a diagram of a bare map is drawn from: its seed fixes the communities.
MapAnalysisSettings diagram_analysis_settings(const DiagramOptions& options);

// One drawing as Graphviz laid it out, with what fitting it to a page needs.
struct DrawnDiagram {
    std::string data;
    double width = 0, height = 0;  // points, before fitting to a page
    double smallest_label = 0;     // the smallest organisation label's font size, points, before fitting
    std::size_t organisations = 0;
};
DrawnDiagram draw_diagram(MapAnalysis& analysis, const DiagramOptions& options, const std::string& format);

// Formats by extension: .dot/.gv, .svg, .pdf, .png. Writes atomically; throws
// std::runtime_error (bad option, Graphviz failure) without touching `path`.
// The measures, communities and suggestions drawn come from `analysis` (computed once).
// Returns what was written, in words, e.g. "map.pdf (5 pages: ...)".
std::string render_diagram(MapAnalysis& analysis, const DiagramOptions& options, const std::string& path);
std::string render_diagram(const StakeholderMap& map, const DiagramOptions& options, const std::string& path);

// The files a diagram on paper may be written to: `path` itself, and for SVG and PNG split into
// pages, `path` with -2, -3, ... before its extension (PDF holds every page in one file).
std::vector<std::string> diagram_page_paths(const std::string& path, std::size_t pages);

// The drawing itself, in a Graphviz output format ("svg", "png", "pdf", "dot").
std::string render_diagram_data(MapAnalysis& analysis, const DiagramOptions& options, const std::string& format);
std::string render_diagram_data(const StakeholderMap& map, const DiagramOptions& options, const std::string& format);

// The extensions render_diagram understands.
bool is_diagram_path(const std::string& path);

}  // namespace stakemap::viz
