#include "importers/text_file.hpp"

#include "importers/input_limits.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace stakemap {

std::size_t find_invalid_utf8(std::string_view text) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    std::size_t i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0) low = 0xA0;   // no overlong forms
            if (lead == 0xED) high = 0x9F;  // no surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0) low = 0x90;
            if (lead == 0xF4) high = 0x8F;  // nothing above U+10FFFF
        } else {
            return i;
        }
        if (i + length > size) return i;
        if (bytes[i + 1] < low || bytes[i + 1] > high) return i;
        for (std::size_t k = 2; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80) return i;
        }
        i += length;
    }
    return std::string_view::npos;
}

TextFile::TextFile(std::string path, std::string contents)
    : path_(std::move(path)), text_(std::move(contents)) {
    if (text_.size() >= 3 && text_.compare(0, 3, "\xEF\xBB\xBF") == 0) text_.erase(0, 3);
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text_.size(); ++i) {
        if (text_[i] == '\n') line_starts_.push_back(i + 1);
    }
    if (text_.find_first_not_of(" \t\r\n") == std::string::npos) {
        throw ImportError({path_, 0, 0, {}}, "the file is empty; expected a stakeholder map");
    }
    const std::size_t bad = find_invalid_utf8(text_);
    if (bad != std::string::npos) {
        throw ImportError(locate(bad),
                          "invalid UTF-8 byte; expected UTF-8 text (re-save the file as UTF-8)");
    }
    if (const std::size_t nul = text_.find('\0'); nul != std::string::npos) {
        throw ImportError(locate(nul), "NUL byte in text; expected a text file, not binary data");
    }
}

TextFile TextFile::read(const std::string& path) {
    limits::check_file_size(path);
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ImportError({path, 0, 0, {}}, "cannot open the file for reading");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) throw ImportError({path, 0, 0, {}}, "read error");
    return TextFile(path, std::move(buffer).str());
}

TextFile TextFile::from_string(std::string path, std::string contents) {
    return TextFile(std::move(path), std::move(contents));
}

SourceLocation TextFile::locate(std::size_t offset) const {
    const auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const std::size_t line = static_cast<std::size_t>(next - line_starts_.begin());
    return {path_, line, offset - line_starts_[line - 1] + 1, {}};
}

SourceLocation TextFile::at_line(std::size_t line, std::size_t column) const {
    return {path_, line, column, {}};
}

void append_utf8(std::string& out, unsigned long code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

}  // namespace stakemap
