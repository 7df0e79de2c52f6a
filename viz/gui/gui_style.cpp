#include "viz/gui/gui_style.hpp"

#include <cmath>
#include <cstdio>

namespace stakemap::gui {

std::string format_measure(double value, ColumnKind kind) {
    if (!std::isfinite(value)) return "-";
    char text[32];
    if (kind == ColumnKind::flag) return value != 0 ? "yes" : "no";
    if (kind == ColumnKind::integer) {
        std::snprintf(text, sizeof text, "%.0f", value);
        return text;
    }
    // For reading: three significant digits, and a value that is zero up to rounding noise
    // (an eigenvector score of 6.9e-92) shown as 0.
    if (std::fabs(value) < 1e-9) return "0";
    std::snprintf(text, sizeof text, std::fabs(value) < 1e-3 ? "%.1e" : "%.3g", value);
    return text;
}

}  // namespace stakemap::gui
