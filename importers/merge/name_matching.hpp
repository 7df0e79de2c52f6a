#pragma once
// Comparing organisation names written by different sources: "Min. of Labour &
// Social Protection", "Ministère du Travail", "ILO" and "International Labour
// Organization (ILO)". A name becomes a NameKey (folded, abbreviations expanded,
// common French/Spanish/Portuguese words translated, small words dropped);
// keys are compared word by word, forgiving one typo per word.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace stakemap {

struct NameKey {
    std::string folded;               // the whole name folded (case, accents), punctuation as spaces
    std::vector<std::string> words;   // canonical significant words, in the name's order
    std::string initials;             // first letters of `words` ("ilo")
    std::string written_initials;     // first letters of the name's own significant words ("oit" for the French)
    std::vector<std::string> acronyms;  // the name itself if it is one ("ilo"), or one in brackets
};

// Names are compared on their first kMostWordsCompared significant words, and typos
// looked for in words up to kLongestTypoWord letters: a pasted paragraph as a name
// costs no more than a long name.
inline constexpr std::size_t kMostWordsCompared = 32;
inline constexpr std::size_t kLongestTypoWord = 64;

NameKey name_key(std::string_view name);

// A word as the matcher reads it: "min" -> "ministry", "labor" -> "labour",
// "travail" -> "labour", "of" -> "" (dropped). Input already folded.
std::string canonical_word(std::string_view folded_word);

// True when two words are the same but for one slip (two for words of 8+ letters):
// a letter missing, added, changed or two swapped (Damerau-Levenshtein). Words with digits
// must be equal.
bool within_typo(std::string_view a, std::string_view b);

struct NameSimilarity {
    double dice = 0.0;         // 2 x matched words / (words in a + words in b); a typo counts 0.9
    double containment = 0.0;  // matched words / words in the shorter name
    bool acronym = false;      // one name's acronym is the other's initials
    int typos = 0;             // words matched only within a typo
};

NameSimilarity compare_names(const NameKey& a, const NameKey& b);

}  // namespace stakemap
