#include "viz/interactive/node_style.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "viz/colouring.hpp"

namespace stakemap::interactive {

std::uint32_t parse_hex_colour(const std::string& text) {
    if (text.size() != 7 || text[0] != '#') return 0x999999;
    char* end = nullptr;
    const unsigned long value = std::strtoul(text.c_str() + 1, &end, 16);
    return end == text.c_str() + 7 ? static_cast<std::uint32_t>(value) : 0x999999;
}

NodeStyle style_nodes(const StakeholderMap& map, const std::string& colour_by, const std::vector<double>& community,
                      const std::vector<double>& size, const std::vector<bool>& shown) {
    const std::size_t n = map.organisation_count();
    std::vector<std::size_t> groups(community.size());
    for (std::size_t v = 0; v < community.size(); ++v) {
        groups[v] = std::isfinite(community[v]) ? static_cast<std::size_t>(community[v]) : 0;
    }
    const viz::Colouring colouring = viz::colour_organisations(map, colour_by, groups, shown);
    NodeStyle style;
    style.colour.resize(n);
    for (std::size_t v = 0; v < n; ++v) style.colour[v] = parse_hex_colour(colouring.fill[v]);
    for (const auto& [words, colour] : colouring.keys) style.legend.emplace_back(words, parse_hex_colour(colour));

    style.radius.assign(n, 6.0);
    if (size.size() == n) {
        double top = 0;
        for (const double value : size) {
            if (std::isfinite(value)) top = std::max(top, value);
        }
        for (std::size_t v = 0; v < n && top > 0; ++v) {
            const double share = std::isfinite(size[v]) ? std::max(0.0, size[v]) / top : 0.0;
            style.radius[v] = kMinRadius + (kMaxRadius - kMinRadius) * std::sqrt(share);
        }
    }
    return style;
}

}  // namespace stakemap::interactive
