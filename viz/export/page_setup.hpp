#pragma once
// The paper a diagram is printed on: a named size, its orientation and the
// margin, in PostScript points (1/72 inch) as Graphviz and PDF measure.

#include <optional>
#include <string>

namespace stakemap::viz {

struct PageSetup {
    std::string size = "A4";  // A4, A3 or letter
    bool landscape = false;
    double margin_mm = 10;
};

struct PageBox {
    double width = 0, height = 0;  // points
};

// The whole sheet; throws std::invalid_argument for an unknown size or a margin that leaves no room.
PageBox paper(const PageSetup& page);
// The sheet less its margins: where the drawing goes.
PageBox printable_area(const PageSetup& page);

// "A4", "a3", "Letter" -> the canonical name; nullopt for anything else.
std::optional<std::string> page_size_named(const std::string& name);

// The smallest label size a printed diagram may have before it is split into pages.
constexpr double kMinimumLabelPoints = 6.0;

}  // namespace stakemap::viz
