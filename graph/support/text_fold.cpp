#include "graph/support/text_fold.hpp"

#include <cstdint>

#include "graph/support/utf8.hpp"

namespace stakemap {
namespace {

// Base letters of U+00C0..U+00FF and U+0100..U+017F (0 = keep the character).
using namespace std::string_view_literals;
constexpr std::string_view kLatin1 = "aaaaaaaceeeeiiiidnooooo\0ouuuuyts" "aaaaaaaceeeeiiiidnooooo\0ouuuuyty"sv;
constexpr std::string_view kLatinExtendedA =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrsssssssstttttt"
    "uuuuuuuuuuuuwwyyyzzzzzzs"sv;
static_assert(kLatin1.size() == 64 && kLatinExtendedA.size() == 128);

std::uint32_t fold_code(std::uint32_t code) {
    if (code >= 'A' && code <= 'Z') return code + 32;
    if (code >= 0xC0 && code <= 0xFF && kLatin1[code - 0xC0] != '\0') return static_cast<unsigned char>(kLatin1[code - 0xC0]);
    if (code >= 0x100 && code <= 0x17F) return static_cast<unsigned char>(kLatinExtendedA[code - 0x100]);
    if (code >= 0x391 && code <= 0x3A9) return code + 32;   // Greek capitals
    switch (code) {  // Greek with tonos, and final sigma, as the plain lower-case letter
        case 0x386: case 0x3AC: return 0x3B1;
        case 0x388: case 0x3AD: return 0x3B5;
        case 0x389: case 0x3AE: return 0x3B7;
        case 0x38A: case 0x3AF: return 0x3B9;
        case 0x38C: case 0x3CC: return 0x3BF;
        case 0x38E: case 0x3CD: return 0x3C5;
        case 0x38F: case 0x3CE: return 0x3C9;
        case 0x3C2: return 0x3C3;
        default: break;
    }
    // Spaces that do not break, or have a width, are a space; the look-alike hyphens and the
    // minus sign are '-': names typed in different editors then compare equal.
    if (code == 0xA0 || code == 0x1680 || (code >= 0x2000 && code <= 0x200A) || code == 0x202F || code == 0x205F || code == 0x3000) return ' ';
    if ((code >= 0x2010 && code <= 0x2012) || code == 0x2212 || code == 0xFE63 || code == 0xFF0D) return '-';
    if (code >= 0x410 && code <= 0x42F) return code + 32;   // Cyrillic capitals
    if (code >= 0x400 && code <= 0x40F) return code + 80;   // Ѐ..Џ
    return code;
}

}  // namespace

std::string fold_case_and_accents(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t k = 0; k < text.size();) {
        const auto byte = static_cast<unsigned char>(text[k]);
        std::size_t length = byte < 0x80 ? 1 : (byte >> 5) == 0x6 ? 2 : (byte >> 4) == 0xE ? 3 : (byte >> 3) == 0x1E ? 4 : 0;
        if (length == 0 || k + length > text.size()) {
            ++k;  // a stray byte: dropped
            continue;
        }
        std::uint32_t code = length == 1 ? byte : byte & (0x7F >> length);
        bool valid = true;
        for (std::size_t j = 1; j < length; ++j) {
            const auto next = static_cast<unsigned char>(text[k + j]);
            valid = valid && (next & 0xC0) == 0x80;
            code = (code << 6) | (next & 0x3F);
        }
        k += valid ? length : 1;
        // Invisible characters (zero-width space and joiners' neighbours, soft hyphen, BOM) are dropped.
        const bool invisible = code == 0xAD || code == 0x200B || code == 0x2060 || code == 0xFEFF;
        if (valid && !invisible) append_utf8(out, fold_code(code));
    }
    return out;
}

}  // namespace stakemap
