#include "viz/palette.hpp"

#include <array>
#include <cstdlib>
#include <map>

#include "graph/vocabulary.hpp"

namespace stakemap::viz {
namespace {

// Paul Tol's "muted" scheme (Tol, "Colour Schemes", SRON/EPS/TN/09-002, 2021): nine colours that
// stay apart for the common forms of colour blindness, one per organisation type in the
// vocabulary's order (CSO rose, government indigo, union green, UN agency cyan, employer sand,
// research olive, donor purple, survivor network wine, media teal), then dark grey for faith-based
// bodies; "other" and unknown types are pale grey. The old palette drew government, employer and
// faith-based bodies in three similar blues.
constexpr std::array<const char*, 10> kTypePalette = {"#CC6677", "#332288", "#117733", "#88CCEE", "#DDCC77",
                                                      "#999933", "#AA4499", "#882255", "#44AA99", "#666666"};
// Categories without meaning (countries, regions, communities): Okabe & Ito (2008), "Color
// Universal Design", plus a few light tones for the long tail.
constexpr std::array<const char*, 12> kPalette = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00",
                                                  "#CC79A7", "#999999", "#F5C97A", "#A6D7F3", "#7FD2B9", "#EDB6D6"};

}  // namespace

std::string type_colour(std::string_view type) {
    const auto types = vocabulary::organisation_types();
    for (std::size_t k = 0; k < types.size(); ++k) {
        if (types[k] == type) return type == "other" || k >= kTypePalette.size() ? "#DDDDDD" : kTypePalette[k];
    }
    return "#DDDDDD";
}

TieStyle tie_style(std::string_view type) {
    static const std::map<std::string_view, TieStyle> styles = {
        {"partnership", {"solid", "#555555", "partnership"}},     {"funding", {"bold", "#0072B2", "funding"}},
        {"membership", {"dashed", "#555555", "membership"}},       {"coordination", {"solid", "#009E73", "coordination"}},
        {"referral", {"dotted", "#555555", "referral"}},           {"advocacy", {"solid", "#CC79A7", "advocacy"}},
        {"information", {"dotted", "#999999", "information"}},     {"shared_session", {"solid", "#BBBBBB", "shared session"}},
    };
    const auto found = styles.find(type);
    return found == styles.end() ? TieStyle{"solid", "#888888", "other"} : found->second;
}

std::string category_colour(std::size_t k) { return kPalette[k % kPalette.size()]; }

std::string text_colour_on(std::string_view fill) {
    if (fill.size() != 7 || fill[0] != '#') return "#000000";
    const long rgb = std::strtol(std::string(fill.substr(1)).c_str(), nullptr, 16);
    const auto channel = [&](int shift) { return static_cast<double>((rgb >> shift) & 0xFF); };
    const double luminance = 0.299 * channel(16) + 0.587 * channel(8) + 0.114 * channel(0);
    return luminance < 110 ? "#FFFFFF" : "#000000";
}

}  // namespace stakemap::viz
