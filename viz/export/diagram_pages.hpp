#pragma once
// A diagram on paper. Fitted to the page's printable area; when that would
// print its smallest name below kMinimumLabelPoints, it is split instead of
// shrunk: an overview page (one box per part, numbered with its page, lines
// for the ties between parts) and then one page per part. Parts are the
// --cluster-by groups (country, region) or else the map's communities; groups
// of fewer than three are gathered on one page.

#include <string>
#include <vector>

#include "analysis/map_analysis.hpp"
#include "viz/export/diagram.hpp"

namespace stakemap::viz {

struct DiagramPage {
    std::string data;          // in the Graphviz output format asked for
    std::string caption;       // "overview", "community of A, B (12 organisations)"
    double label_points = 0;   // the smallest organisation name as printed on this page
};

// `options.page` must be set. Every page is drawn within the printable area.
std::vector<DiagramPage> diagram_pages(MapAnalysis& analysis, const DiagramOptions& options, const std::string& format);

}  // namespace stakemap::viz
