#include "viz/gui/gui_style.hpp"

#include <cmath>
#include <cstdio>
#include <sstream>

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

std::string joined(const std::vector<std::string>& values) {
    std::string out;
    for (const auto& value : values) out += (out.empty() ? "" : ", ") + value;
    return out;
}

std::vector<std::string> split_list(const std::string& text) {
    std::vector<std::string> values;
    std::istringstream stream(text);
    std::string value;
    while (std::getline(stream, value, ',')) {
        const auto first = value.find_first_not_of(' ');
        const auto last = value.find_last_not_of(' ');
        if (first != std::string::npos) values.push_back(value.substr(first, last - first + 1));
    }
    return values;
}

}  // namespace stakemap::gui
