#pragma once
// Text placed inside HTML (the report) or Graphviz HTML-like labels (diagrams).

#include <string>

#include "graph/support/text_safety.hpp"

namespace stakemap::viz {

// Escaped, and with the characters XML forbids replaced (U+FFFD), so SVG and HTML stay well-formed.
inline std::string escape_html(const std::string& raw) {
    const std::string text = xml_safe_text(raw);
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

}  // namespace stakemap::viz
