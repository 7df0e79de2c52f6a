// Terminal columns of names in several scripts, and cutting them between whole characters.

#include <catch2/catch.hpp>

#include <string>

#include "graph/support/text_width.hpp"

using stakemap::display_width;
using stakemap::fit_to_width;

TEST_CASE("Display width: wide CJK, zero-width marks, plain Latin", "[text]") {
    CHECK(display_width("ILO office") == 10);
    CHECK(display_width("劳工权益中心") == 12);        // six wide characters
    CHECK(display_width("श्रमिक") == 4);              // श् र मि क: the virama and the vowel sign ि take no column
    CHECK(display_width("ศูนย์") == 3);               // ศ ู น ย ์: the vowel below and the mark above take none
    CHECK(display_width("مركز") == 4);                // Arabic letters, one column each
    CHECK(display_width("Repórter") == 8);            // precomposed ó
    CHECK(display_width("Rep\xCC\x81orter") == 8);    // e + combining acute
    CHECK(display_width("\xFF" "ab") == 3);           // a byte that is not UTF-8 counts one
}

TEST_CASE("Fitting to a width pads by columns and cuts between grapheme clusters", "[text]") {
    CHECK(fit_to_width("ILO", 6) == "ILO   ");
    CHECK(fit_to_width("劳工权益", 10) == "劳工权益  ");   // 8 columns + 2 spaces
    CHECK(display_width(fit_to_width("劳工权益中心 10", 37)) == 37);
    // Too long: cut to width - 1 columns and "…", then padded if a wide character did not fit.
    CHECK(fit_to_width("International Labour Organization", 10) == "Internati…");
    CHECK(fit_to_width("劳工权益中心", 6) == "劳工… ");     // 4 columns, the ellipsis, one space: 6
    CHECK(display_width(fit_to_width("劳工权益中心", 6)) == 6);
    // Cut between whole clusters (श्, र, मि, क; one column each): never म without its ि.
    CHECK(fit_to_width("श्रमिक अधिकार", 4) == "श्रमि…");
    CHECK(fit_to_width("श्रमिक अधिकार", 3) == "श्र…");
    CHECK(fit_to_width("abc", 0).empty());
}
