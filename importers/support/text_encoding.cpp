#include "importers/support/text_encoding.hpp"

#include <cerrno>
#include <iconv.h>
#include <memory>

#include "graph/support/utf8.hpp"
#include "importers/support/field_mapping.hpp"
#include "importers/support/import_error.hpp"

namespace stakemap {
namespace {

bool starts_with(const std::string& bytes, std::string_view prefix) { return bytes.compare(0, prefix.size(), prefix) == 0; }

// Excel's "Unicode text" without a mark still shows the pattern: every other byte NUL in ASCII text.
std::string utf16_without_mark(const std::string& bytes) {
    const std::size_t sample = std::min<std::size_t>(bytes.size() & ~std::size_t{1}, 4096);
    if (sample < 4) return "";
    std::size_t even_nul = 0, odd_nul = 0;
    for (std::size_t i = 0; i < sample; i += 2) {
        even_nul += bytes[i] == '\0';
        odd_nul += bytes[i + 1] == '\0';
    }
    const std::size_t pairs = sample / 2;
    if (odd_nul * 10 >= pairs * 9 && even_nul == 0) return "UTF-16LE";
    if (even_nul * 10 >= pairs * 9 && odd_nul == 0) return "UTF-16BE";
    return "";
}

std::string convert(const std::string& bytes, const std::string& from, const std::string& path) {
    iconv_t converter = iconv_open("UTF-8", from.c_str());
    if (converter == reinterpret_cast<iconv_t>(-1)) {
        throw ImportError({path, 0, 0, {}}, "unknown encoding '" + from + "'; expected a name iconv knows, e.g. UTF-8, UTF-16, WINDOWS-1252, ISO-8859-1");
    }
    std::unique_ptr<void, int (*)(iconv_t)> closer(converter, iconv_close);
    std::string out(bytes.size() * 2 + 16, '\0');
    char* in_ptr = const_cast<char*>(bytes.data());
    std::size_t in_left = bytes.size();
    std::size_t written = 0;
    while (in_left > 0) {
        char* out_ptr = out.data() + written;
        std::size_t out_left = out.size() - written;
        const std::size_t result = iconv(converter, &in_ptr, &in_left, &out_ptr, &out_left);
        written = out.size() - out_left;
        if (result != static_cast<std::size_t>(-1)) break;
        if (errno == E2BIG) {
            out.resize(out.size() * 2);
            continue;
        }
        const std::size_t at = bytes.size() - in_left;
        throw ImportError({path, 0, 0, "byte " + std::to_string(at + 1)},
                          "not valid " + from + " text here; expected the file's encoding (give it with --encoding NAME)");
    }
    out.resize(written);
    return out;
}

}  // namespace

DecodedText decode_text(std::string bytes, const std::string& declared, const std::string& path) {
    const std::string name = to_lower_ascii(declared);
    if (!declared.empty() && name != "utf-8" && name != "utf8") {
        return {convert(bytes, declared, path), declared, "read as " + declared + " (--encoding)"};
    }
    if (starts_with(bytes, "\xEF\xBB\xBF")) return {bytes.substr(3), "UTF-8", ""};
    if (declared.empty()) {
        const bool le = starts_with(bytes, "\xFF\xFE"), be = starts_with(bytes, "\xFE\xFF");
        if (le || be) {
            const std::string from = le ? "UTF-16LE" : "UTF-16BE";
            return {convert(bytes.substr(2), from, path), from, "read as " + from + " (the file starts with its byte-order mark)"};
        }
        if (const std::string from = utf16_without_mark(bytes); !from.empty()) {
            return {convert(bytes, from, path), from, "read as " + from + " (every other byte is zero); give --encoding NAME if that is wrong"};
        }
        // Not UTF-8 and no mark: an older spreadsheet's Windows code page is the likely source.
        if (find_invalid_utf8(bytes) != std::string::npos && bytes.find('\0') == std::string::npos) {
            try {
                return {convert(bytes, "WINDOWS-1252", path), "WINDOWS-1252",
                        "read as Windows-1252 (the file is not UTF-8); give --encoding NAME if accents look wrong"};
            } catch (const ImportError&) {
                // Five bytes have no Windows-1252 character; Latin-1 reads every byte.
                return {convert(bytes, "ISO-8859-1", path), "ISO-8859-1",
                        "read as Latin-1 (the file is not UTF-8); give --encoding NAME if accents look wrong"};
            }
        }
    }
    return {std::move(bytes), "UTF-8", ""};
}

}  // namespace stakemap
