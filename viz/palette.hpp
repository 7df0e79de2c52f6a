#pragma once
// Colours for diagrams: the Okabe-Ito palette (colour-blind safe), given out
// in a fixed order so the same map always gets the same colours. Organisation
// types have fixed colours; other values (countries, regions, communities)
// take the palette in order of first appearance, then repeat in lighter tones.

#include <string>
#include <string_view>

namespace stakemap::viz {

// Fill colour for a known organisation type; grey for anything else.
std::string type_colour(std::string_view type);

// The k-th categorical colour.
std::string category_colour(std::size_t k);

// How a relationship type is drawn: Graphviz style (solid, bold, dashed,
// dotted), colour, and the words for a legend ("other" for unknown types).
struct TieStyle {
    const char* style;
    const char* colour;
    const char* words;
};
TieStyle tie_style(std::string_view type);

// A readable text colour (black or white) on the given "#rrggbb" fill.
std::string text_colour_on(std::string_view fill);

}  // namespace stakemap::viz
