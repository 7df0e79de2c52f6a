#include "viz/interactive/search.hpp"

#include <algorithm>
#include <tuple>

#include "graph/support/text_fold.hpp"
#include "graph/vocabulary.hpp"

namespace stakemap::interactive {
namespace {

bool starts_a_word(const std::string& text, std::string_view query) {
    for (std::size_t at = text.find(query); at != std::string::npos; at = text.find(query, at + 1)) {
        if (at == 0 || text[at - 1] == ' ' || text[at - 1] == '-' || text[at - 1] == '(' || text[at - 1] == '/') return true;
    }
    return false;
}

}  // namespace

namespace {

std::vector<std::string> words_of(std::string_view folded) {
    std::vector<std::string> words;
    std::string word;
    for (const char c : folded) {
        const bool separator = c == ' ' || c == '-' || c == '(' || c == ')' || c == '/' || c == ',' || c == '.' || c == '\'' || c == '\n' ||
                               c == '&' || c == ':' || c == ';';
        if (!separator) {
            word += c;
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

// Optimal-string-alignment distance (a swap of neighbours is one edit), giving up past `limit`.
std::size_t edits_between(std::string_view a, std::string_view b, std::size_t limit) {
    const std::size_t n = a.size(), m = b.size();
    if ((n > m ? n - m : m - n) > limit) return limit + 1;
    std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
    for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        std::size_t row_best = limit + 1;
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            row_best = std::min(row_best, d[i][j]);
        }
        if (row_best > limit) return limit + 1;
    }
    return d[n][m];
}

// Typos tolerated in a word of this length: none in short words (they would match everything).
std::size_t typos_allowed(std::size_t length) { return length >= 8 ? 2 : length >= 4 ? 1 : 0; }

// How well one word of the query fits the name's words: 0 a word starts with it, 1 a word
// contains it, 2 a word (or its start) is within a typo or two of it; -1 none.
int word_fit(const std::string& query_word, const std::vector<std::string>& name_words) {
    int best = -1;
    const std::size_t allowed = typos_allowed(query_word.size());
    for (const std::string& word : name_words) {
        if (word.starts_with(query_word)) return 0;
        if (word.find(query_word) != std::string::npos) best = 1;
        else if (best < 0 && allowed > 0) {
            const std::string_view start = std::string_view(word).substr(0, std::min(word.size(), query_word.size() + allowed));
            if (edits_between(query_word, word, allowed) <= allowed || edits_between(query_word, start, allowed) <= allowed) best = 2;
        }
    }
    return best;
}

std::string initials(const std::vector<std::string>& words) {
    std::string letters;
    for (const auto& word : words) letters += word[0];
    return letters;
}

}  // namespace

SearchIndex::SearchIndex(const StakeholderMap& map) {
    entries_.reserve(map.organisation_count());
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        const Organisation& organisation = map.organisation(v);
        Entry entry{fold_for_search(organisation.label), fold_for_search(organisation.id)};
        for (const auto& [key, value] : organisation.attributes) {
            if (vocabulary::names_another_name(key)) entry.other_names += '\n' + fold_for_search(to_display_string(value));
        }
        entry.words = words_of(entry.label);
        if (entry.words.size() > 1) entry.initials = initials(entry.words);
        for (auto& word : words_of(entry.other_names)) entry.words.push_back(std::move(word));
        entries_.push_back(std::move(entry));
        display_.push_back(organisation.label);
    }
}


std::vector<StakeholderMap::OrgIndex> SearchIndex::find(std::string_view query, std::size_t limit) const {
    const std::string folded = fold_for_search(query);
    if (folded.empty()) return {};
    const std::vector<std::string> query_words = words_of(folded);
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
        } else if (!query_words.empty()) {
            // Several words in any order, each a word's start, inside a word, or within a typo;
            // or the initials of the name ("asi" for Anti-Slavery International).
            if (query_words.size() == 1 && !entry.initials.empty() && entry.initials == query_words[0]) {
                rank = 2;
            } else {
                int total = 0;
                for (const std::string& word : query_words) {
                    const int fit = word_fit(word, entry.words);
                    if (fit < 0) {
                        total = -1;
                        break;
                    }
                    total += fit;
                }
                if (total >= 0) rank = 4 + total;
            }
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
