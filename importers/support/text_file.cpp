#include "importers/support/text_file.hpp"

#include "importers/support/input_limits.hpp"
#include "graph/support/utf8.hpp"
#include "importers/support/text_encoding.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace stakemap {

TextFile::TextFile(std::string path, std::string contents)
    : path_(std::move(path)), text_(std::move(contents)) {
    if (text_.size() >= 3 && text_.compare(0, 3, "\xEF\xBB\xBF") == 0) text_.erase(0, 3);
    // Classic Mac OS line ends (a carriage return alone) are line ends too: every reader then
    // sees lines, instead of "2\r3" as one name. CRLF stays as it is (the readers handle it).
    for (std::size_t i = text_.find('\r'); i != std::string::npos; i = text_.find('\r', i + 1)) {
        if (i + 1 == text_.size() || text_[i + 1] != '\n') text_[i] = '\n';
    }
    // Every kStride-th line's start, not every line's: 400 MB of blank lines would otherwise need
    // 3 GB of offsets. locate() scans at most kStride lines from the nearest checkpoint.
    checkpoints_.push_back(0);
    std::size_t lines = 0;
    for (std::size_t i = text_.find('\n'); i != std::string::npos; i = text_.find('\n', i + 1)) {
        if (++lines % kStride == 0) checkpoints_.push_back(i + 1);
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

TextFile TextFile::read(const std::string& path, const std::string& encoding) {
    // Read in pieces up to the limit, whatever the file claims (a file growing as it is read).
    DecodedText decoded = decode_text(limits::read_file_bytes(path), encoding, path);
    TextFile file(path, std::move(decoded.utf8));
    file.encoding_note_ = std::move(decoded.note);
    return file;
}

TextFile TextFile::from_string(std::string path, std::string contents) {
    return TextFile(std::move(path), std::move(contents));
}

SourceLocation TextFile::locate(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    const auto next = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), offset);
    const std::size_t checkpoint = static_cast<std::size_t>(next - checkpoints_.begin()) - 1;
    std::size_t line = checkpoint * kStride + 1, start = checkpoints_[checkpoint];
    for (std::size_t i = start; i < offset; ++i) {
        if (text_[i] == '\n') {
            ++line;
            start = i + 1;
        }
    }
    return {path_, line, offset - start + 1, {}};
}

SourceLocation TextFile::at_line(std::size_t line, std::size_t column) const {
    return {path_, line, column, {}};
}

}  // namespace stakemap
