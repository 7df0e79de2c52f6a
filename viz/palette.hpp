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

// A readable text colour (black or white) on the given "#rrggbb" fill.
std::string text_colour_on(std::string_view fill);

}  // namespace stakemap::viz
