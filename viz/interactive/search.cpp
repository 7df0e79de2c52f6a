#include "viz/interactive/search.hpp"

#include <algorithm>
#include <tuple>

#include "graph/support/text_fold.hpp"

namespace stakemap::interactive {
namespace {

bool is_alias_key(const std::string& key) {
    return key.find("alias") != std::string::npos || key.find("acronym") != std::string::npos ||
           key == "short_name" || key == "abbreviation";
}

bool starts_a_word(const std::string& text, std::string_view query) {
    for (std::size_t at = text.find(query); at != std::string::npos; at = text.find(query, at + 1)) {
        if (at == 0 || text[at - 1] == ' ' || text[at - 1] == '-' || text[at - 1] == '(' || text[at - 1] == '/') return true;
    }
    return false;
}

}  // namespace

SearchIndex::SearchIndex(const StakeholderMap& map) {
    entries_.reserve(map.organisation_count());
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        const Organisation& organisation = map.organisation(v);
        Entry entry{fold_for_search(organisation.label), fold_for_search(organisation.id)};
        for (const auto& [key, value] : organisation.attributes) {
            if (is_alias_key(key)) entry.other_names += '\n' + fold_for_search(to_display_string(value));
        }
        entries_.push_back(std::move(entry));
        display_.push_back(organisation.label);
    }
}

std::vector<StakeholderMap::OrgIndex> SearchIndex::find(std::string_view query, std::size_t limit) const {
    const std::string folded = fold_for_search(query);
    if (folded.empty()) return {};
    std::vector<std::tuple<int, std::size_t>> hits;
    for (std::size_t v = 0; v < entries_.size(); ++v) {
        const Entry& entry = entries_[v];
        int rank = -1;
        if (entry.label.starts_with(folded)) {
            rank = 0;
        } else if (starts_a_word(entry.label, folded)) {
            rank = 1;
        } else if (starts_a_word(entry.other_names, folded) || entry.other_names.find('\n' + folded) != std::string::npos) {
            rank = 2;
        } else if (entry.label.find(folded) != std::string::npos || entry.other_names.find(folded) != std::string::npos) {
            rank = 3;
        }
        if (rank >= 0) hits.emplace_back(rank, v);
    }
    std::sort(hits.begin(), hits.end(), [&](const auto& a, const auto& b) {
        if (std::get<0>(a) != std::get<0>(b)) return std::get<0>(a) < std::get<0>(b);
        return display_[std::get<1>(a)] < display_[std::get<1>(b)];
    });
    std::vector<StakeholderMap::OrgIndex> found;
    for (std::size_t k = 0; k < hits.size() && k < limit; ++k) found.push_back(std::get<1>(hits[k]));
    return found;
}

}  // namespace stakemap::interactive
