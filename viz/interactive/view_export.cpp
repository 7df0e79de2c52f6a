#include "viz/interactive/view_export.hpp"

#include "analysis/measures/metrics.hpp"
#include "viz/export/diagram.hpp"

namespace stakemap::interactive {

void export_view(const StakeholderMap& map, const ViewToExport& view, const std::string& path) {
    viz::DiagramOptions options;
    options.layout = "stored";
    options.color_by = view.colour_by;
    if (!view.size_by.empty() && metric_from_name(view.size_by)) options.size_by = view.size_by;
    options.view.shown = view.shown;
    options.subtitle = view.subtitle;
    viz::render_diagram(map, options, path);
}

}  // namespace stakemap::interactive
