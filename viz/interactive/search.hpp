#pragma once
// Finding organisations by name as a person types: case- and accent-blind
// ("ministere" finds "Ministère du Travail", "sao paulo" finds "São Paulo"),
// over labels, ids and alias-like attributes (alias, aliases, acronym, ...).
// Built once per map revision; each query is a scan of the folded names
// (words compared with an edit distance that gives up past two edits).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "graph/stakeholder_map.hpp"
#include "graph/support/text_fold.hpp"

namespace stakemap::interactive {

// Search compares names folded by importers/text_fold (case and accents).
inline std::string fold_for_search(std::string_view text) { return fold_case_and_accents(text); }

class SearchIndex {
public:
    explicit SearchIndex(const StakeholderMap& map);
    // Best matches first: name starts with the query, then a word of the name
    // does, then an id, alias or the name's initials match, then the name
    // contains it; then names holding every word of the query in any order
    // (a word's start, inside a word, or within one typo - two in words of
    // eight letters or more), fewer misses first; ties by name.
    std::vector<StakeholderMap::OrgIndex> find(std::string_view query, std::size_t limit = 20) const;

private:
    struct Entry {
        std::string label;
        std::string other_names;  // id and aliases, folded, separated by '\n'
        std::vector<std::string> words;  // of the label, then of the other names
        std::string initials;            // of the label's words (two or more)
    };
    std::vector<Entry> entries_;
    std::vector<std::string> display_;  // labels as written, for ordering ties
};

}  // namespace stakemap::interactive
