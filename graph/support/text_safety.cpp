#include "graph/support/text_safety.hpp"

#include <cctype>
#include <charconv>
#include <cstdint>

namespace stakemap {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Walks UTF-8 code points; `decide(code)` returns true to replace one. Bytes that are not
// UTF-8 are replaced too (the importers never let them in; writers must not pass them on).
template <typename Decide>
std::string replace_code_points(std::string_view text, Decide&& decide) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        // Most text is runs of plain ASCII that stay as they are: copied a run at a time.
        std::size_t run = i;
        while (run < text.size() && static_cast<unsigned char>(text[run]) < 0x80 && !decide(static_cast<unsigned char>(text[run]))) ++run;
        if (run > i) {
            out.append(text.substr(i, run - i));
            i = run;
            continue;
        }
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
        if (length == 0 || i + length > text.size()) {
            out += kReplacement;
            ++i;
            continue;
        }
        std::uint32_t code = length == 1 ? lead : lead & (0x7F >> length);
        bool valid = true;
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            valid = valid && (next & 0xC0) == 0x80;
            code = code << 6 | (next & 0x3F);
        }
        if (!valid) {
            out += kReplacement;
            ++i;
            continue;
        }
        if (decide(code)) out += kReplacement;
        else out.append(text.substr(i, length));
        i += length;
    }
    return out;
}

bool plain_number(std::string_view text) {
    if (text.empty()) return false;
    double value = 0;
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    const auto [ptr, error] = std::from_chars(begin, end, value);
    return error == std::errc() && ptr == end;
}

}  // namespace

std::string xml_safe_text(std::string_view text) {
    return replace_code_points(text, [](std::uint32_t code) {
        return (code < 0x20 && code != '\t' && code != '\n' && code != '\r') || code == 0xFFFE || code == 0xFFFF ||
               (code >= 0xD800 && code <= 0xDFFF);
    });
}

std::string terminal_safe_text(std::string_view text) {
    return replace_code_points(text, [](std::uint32_t code) {
        const bool control = (code < 0x20 && code != '\n' && code != '\t') || code == 0x7F || (code >= 0x80 && code <= 0x9F);
        const bool bidi_override = (code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069);
        return control || bidi_override;
    });
}

std::string markdown_text(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    for (const char c : text) {
        switch (c) {
            case '\\': case '`': case '[': case ']': case '<': case '>': case '|':
                out += '\\';
                out += c;
                break;
            case '\n': case '\r': out += ' '; break;
            default: out += c;
        }
    }
    return terminal_safe_text(out);
}

std::string spreadsheet_safe_cell(std::string_view text) {
    if (text.empty()) return std::string(text);
    const char first = text.front();
    const bool risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    if (!risky || plain_number(text)) return std::string(text);
    return "'" + std::string(text);
}

bool has_formula_guard(std::string_view text) {
    if (text.size() < 2 || text.front() != '\'') return false;
    const char second = text[1];
    return (second == '=' || second == '+' || second == '-' || second == '@' || second == '\t' || second == '\r') && !plain_number(text.substr(1));
}

}  // namespace stakemap
