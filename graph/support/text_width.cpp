#include "graph/support/text_width.hpp"

#include <utility>

#include <utf8proc.h>

namespace stakemap {
namespace {

// One code point at `at`: its value (or -1 for a byte that is not UTF-8) and its length.
std::pair<utf8proc_int32_t, std::size_t> code_point_at(std::string_view text, std::size_t at) {
    utf8proc_int32_t code = -1;
    const auto length = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + at),
                                         static_cast<utf8proc_ssize_t>(text.size() - at), &code);
    if (length <= 0) return {-1, 1};
    return {code, static_cast<std::size_t>(length)};
}

std::size_t width_of(utf8proc_int32_t code) { return code < 0 ? 1 : static_cast<std::size_t>(utf8proc_charwidth(code)); }

}  // namespace

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    for (std::size_t at = 0; at < text.size();) {
        const auto [code, length] = code_point_at(text, at);
        width += width_of(code);
        at += length;
    }
    return width;
}

std::string fit_to_width(std::string_view text, std::size_t width) {
    const std::size_t whole = display_width(text);
    if (whole <= width) return std::string(text) + std::string(width - whole, ' ');
    if (width == 0) return "";
    // Whole grapheme clusters while they fit in width - 1 columns, then the ellipsis.
    const std::size_t room = width - 1;
    std::size_t kept = 0, shown = 0;             // bytes and columns of the clusters kept
    std::size_t cluster_width = 0;  // of the cluster being read
    utf8proc_int32_t previous = -1, state = 0;
    bool complete = true;
    for (std::size_t at = 0; at < text.size();) {
        const auto [code, length] = code_point_at(text, at);
        const bool breaks = at > 0 && (previous < 0 || code < 0 || utf8proc_grapheme_break_stateful(previous, code, &state));
        if (breaks) {  // the cluster before `at` is whole
            if (shown + cluster_width > room) {
                complete = false;
                break;
            }
            shown += cluster_width;
            kept = at;
            cluster_width = 0;
        }
        cluster_width += width_of(code);
        previous = code;
        at += length;
    }
    if (complete && shown + cluster_width <= room) {
        shown += cluster_width;
        kept = text.size();
    }
    return std::string(text.substr(0, kept)) + "…" + std::string(room - shown, ' ');
}

}  // namespace stakemap
