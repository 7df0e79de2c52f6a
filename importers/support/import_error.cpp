#include "importers/support/import_error.hpp"

namespace stakemap {

std::string SourceLocation::to_string() const {
    std::string text = file;
    if (line > 0) {
        text.append(":").append(std::to_string(line));
        if (column > 0) text.append(":").append(std::to_string(column));
    }
    text.append(":");
    if (!field.empty()) text.append(" ").append(field).append(":");
    return text;
}

namespace {

constexpr std::size_t kMaxMessageLength = 300;

// Messages stay on one line and short, whatever a parser or the input put in them.
std::string one_line(const std::string& message) {
    std::string flat;
    for (char c : message) {
        const bool space = c == '\n' || c == '\r' || c == '\t' || c == ' ';
        if (space) {
            if (!flat.empty() && flat.back() != ' ') flat += ' ';
        } else if (static_cast<unsigned char>(c) >= 0x20) {
            flat += c;
        }
    }
    while (!flat.empty() && flat.back() == ' ') flat.pop_back();
    if (flat.size() > kMaxMessageLength) {
        std::size_t cut = kMaxMessageLength;
        while (cut > 0 && (static_cast<unsigned char>(flat[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
        flat = flat.substr(0, cut) + "…";
    }
    return flat;
}

}  // namespace

ImportError::ImportError(SourceLocation where, const std::string& message)
    : std::runtime_error(where.to_string() + " " + one_line(message)),
      where_(std::move(where)),
      message_(one_line(message)) {}

}  // namespace stakemap
