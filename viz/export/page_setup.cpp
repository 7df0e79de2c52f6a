#include "viz/export/page_setup.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <stdexcept>

namespace stakemap::viz {
namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;

}  // namespace

std::optional<std::string> page_size_named(const std::string& name) {
    std::string lower;
    for (const char c : name) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == "a4") return "A4";
    if (lower == "a3") return "A3";
    if (lower == "letter") return "letter";
    return std::nullopt;
}

PageBox paper(const PageSetup& page) {
    const auto name = page_size_named(page.size);
    if (!name) throw std::invalid_argument("unknown page size '" + page.size + "'; expected A4, A3 or letter");
    // ISO 216 sizes are defined in millimetres, US letter in inches.
    PageBox box = *name == "A4" ? PageBox{210 * kPointsPerMm, 297 * kPointsPerMm}
                  : *name == "A3" ? PageBox{297 * kPointsPerMm, 420 * kPointsPerMm}
                                  : PageBox{8.5 * 72, 11 * 72};
    if (page.landscape) std::swap(box.width, box.height);
    return box;
}

PageBox printable_area(const PageSetup& page) {
    const PageBox sheet = paper(page);
    const double margin = page.margin_mm * kPointsPerMm;
    if (!std::isfinite(page.margin_mm) || page.margin_mm < 0 || 2 * margin >= std::min(sheet.width, sheet.height) * 0.8) {
        throw std::invalid_argument("a margin of " + std::to_string(page.margin_mm) + " mm leaves too little of the page; expected 0 to " +
                                    std::to_string(static_cast<int>(std::min(sheet.width, sheet.height) * 0.4 / kPointsPerMm)) + " mm");
    }
    return {sheet.width - 2 * margin, sheet.height - 2 * margin};
}

}  // namespace stakemap::viz
