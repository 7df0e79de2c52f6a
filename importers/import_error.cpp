#include "importers/import_error.hpp"

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

ImportError::ImportError(SourceLocation where, const std::string& message)
    : std::runtime_error(where.to_string() + " " + message),
      where_(std::move(where)),
      message_(message) {}

}  // namespace stakemap
