#include <catch2/catch.hpp>

#include <string>

#include "graph/support/utf8.hpp"

using namespace stakemap;

TEST_CASE("find_invalid_utf8 finds the first bad byte wherever it falls among ASCII runs", "[utf8]") {
    const std::string ascii(37, 'a');  // longer than the eight-byte steps, not a multiple of eight
    CHECK(find_invalid_utf8(ascii) == std::string_view::npos);
    CHECK(find_invalid_utf8("") == std::string_view::npos);
    for (std::size_t at = 0; at <= ascii.size(); ++at) {
        std::string text = ascii.substr(0, at) + "\xFF" + ascii.substr(at);
        CHECK(find_invalid_utf8(text) == at);
        text[at] = '\xC3';  // a lead byte cut short by the ASCII after it (or by the end)
        CHECK(find_invalid_utf8(text) == at);
    }
    // Valid multi-byte characters between ASCII runs, then a bad one after them.
    const std::string mixed = ascii + "श्रमिक" + ascii + "工人" + "abc";
    CHECK(find_invalid_utf8(mixed) == std::string_view::npos);
    CHECK(find_invalid_utf8(mixed + "\xED\xA0\x80") == mixed.size());  // a surrogate
    CHECK(find_invalid_utf8(mixed + "\xC0\xAF") == mixed.size());      // an overlong '/'
}
