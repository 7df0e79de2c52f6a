#include "viz/gui/gui_style.hpp"

#include <cmath>
#include <cstdio>

namespace stakemap::gui {

std::string format_measure(double value, ColumnKind kind) {
    if (!std::isfinite(value)) return "-";
    char text[32];
    if (kind == ColumnKind::flag) return value != 0 ? "yes" : "no";
    if (kind == ColumnKind::integer) std::snprintf(text, sizeof text, "%.0f", value);
    else std::snprintf(text, sizeof text, "%.4g", value);
    return text;
}

}  // namespace stakemap::gui
