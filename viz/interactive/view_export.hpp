#pragma once
// The window's "Export the view": the organisations shown, coloured and sized
// as shown, at the positions on screen, drawn by Graphviz (viz/export).

#include <string>
#include <vector>

#include "graph/stakeholder_map.hpp"

namespace stakemap::interactive {

struct ViewToExport {
    std::string colour_by;
    std::string size_by;        // a measure name, or ""
    std::vector<bool> shown;    // per organisation
    std::string subtitle;       // e.g. "View: 12 of 40 organisations (type = cso)"
};

// `map` must hold the positions shown. Throws std::runtime_error; `path` is untouched on failure.
void export_view(const StakeholderMap& map, const ViewToExport& view, const std::string& path);

}  // namespace stakemap::interactive
