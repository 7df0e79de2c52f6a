#pragma once
// The words teams use for organisation types, themes and tie types, mapped
// to stakemap's vocabulary (graph/vocabulary.hpp): a built-in table in
// English, French, Spanish and Portuguese ("NGO", "ONG", "sindicato",
// "Ministerio de Trabajo", "trata de personas", ...) and the user's own rows
// (--vocabulary FILE: field,value,canonical, or a profile's "vocabulary").
// Matching is case-, accent- and punctuation-blind; a whole value is looked
// up first, then known phrases inside it ("Ministry of Labour" holds
// "ministry"). What does not map is kept as written and reported with the
// closest known words.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stakemap {

enum class VocabularyField { type, theme, relationship };

std::string_view field_name(VocabularyField field);                   // "type", "theme", "relationship"
std::optional<VocabularyField> vocabulary_field_named(std::string_view name);  // also "themes", "tag", "tie type", ...

class VocabularyMapping {
public:
    // The built-in table only.
    VocabularyMapping();

    // The user's rows win over the built-in table. Throws ImportError at FILE:LINE for an
    // unknown field or a canonical value stakemap does not know.
    void add_file(const std::string& path);
    // One row; `where` names it in errors and in the decisions listed by `validate`.
    void add(VocabularyField field, std::string_view value, std::string_view canonical, const std::string& where);

    struct Match {
        std::string canonical;  // the vocabulary's word
        std::string rule;       // why: "built-in: 'ngo'", "vocab.csv:3", "contains 'ministry'"
    };
    // The canonical word a value maps to, or nullopt. Themes may hold several ("forced and child labour").
    std::vector<Match> map(VocabularyField field, std::string_view value) const;
    // Up to `count` known words closest to an unmapped value, for "did you mean".
    std::vector<std::string> closest(VocabularyField field, std::string_view value, std::size_t count = 3) const;

    // The value as the table compares it: folded, punctuation as spaces, one space between words.
    static std::string key(std::string_view value);

private:
    struct Entry {
        std::string canonical;
        std::string rule;
    };
    std::map<std::string, Entry> exact_[3];  // by field: key -> canonical
    struct Phrase {
        std::string key;
        std::string canonical;
    };
    std::vector<Phrase> phrases_[3];  // by field, in priority order: phrases found inside a value
};

}  // namespace stakemap
