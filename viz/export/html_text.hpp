#pragma once
// Text placed inside HTML (the report) or Graphviz HTML-like labels (diagrams).

#include <string>

namespace stakemap::viz {

inline std::string escape_html(const std::string& text) {
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
