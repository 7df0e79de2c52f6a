#include "graph/organisation_lookup.hpp"

#include <algorithm>
#include <stdexcept>

#include "graph/support/text_fold.hpp"

namespace stakemap {
namespace {

// Folded, with runs of spaces, dots and hyphens as one space and no space at the ends.
std::string key_of(std::string_view text) {
    const std::string folded = fold_case_and_accents(text);
    std::string key;
    for (const char c : folded) {
        const bool gap = c == ' ' || c == '\t' || c == '.' || c == '-' || c == '_';
        if (gap) {
            if (!key.empty() && key.back() != ' ') key += ' ';
        } else {
            key += c;
        }
    }
    while (!key.empty() && key.back() == ' ') key.pop_back();
    return key;
}

// The acronym a name carries in parentheses: "International Labour Organization (ILO)" -> "ilo".
std::string bracketed(std::string_view label) {
    const auto open = label.rfind('('), close = label.rfind(')');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open) return "";
    return key_of(label.substr(open + 1, close - open - 1));
}

// Edit distance, or more than `bound` once it cannot be within it.
std::size_t edits_within(std::string_view a, std::string_view b, std::size_t bound) {
    if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > bound) return bound + 1;
    std::vector<std::size_t> previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        std::size_t best = current[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            best = std::min(best, current[j]);
        }
        if (best > bound) return bound + 1;
        std::swap(previous, current);
    }
    return previous[b.size()];
}

std::vector<std::string> names_of(const Organisation& organisation) {
    std::vector<std::string> names = {key_of(organisation.id), key_of(organisation.label)};
    if (const auto acronym = organisation.attributes.find("acronym"); acronym != organisation.attributes.end()) {
        if (const auto* text = std::get_if<std::string>(&acronym->second)) names.push_back(key_of(*text));
    }
    if (std::string inner = bracketed(organisation.label); !inner.empty()) names.push_back(std::move(inner));
    return names;
}

}  // namespace

OrganisationLookup look_up_organisation(const StakeholderMap& map, std::string_view name) {
    OrganisationLookup lookup;
    if (const auto exact = map.find(std::string(name))) {
        lookup.matches.push_back(*exact);
        return lookup;
    }
    const std::string wanted = key_of(name);
    if (wanted.empty()) return lookup;
    // Ids first (an id is unique), then names and acronyms.
    std::vector<std::size_t> by_name;
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        const auto names = names_of(map.organisation(v));
        if (names[0] == wanted) {
            lookup.matches.push_back(v);
            continue;
        }
        if (std::find(names.begin() + 1, names.end(), wanted) != names.end()) by_name.push_back(v);
    }
    if (!lookup.matches.empty()) return lookup;
    lookup.matches = std::move(by_name);
    if (!lookup.matches.empty()) return lookup;
    // Nothing: the closest names, within about a third of the name's length in edits.
    const std::size_t bound = std::max<std::size_t>(2, wanted.size() / 3);
    std::vector<std::pair<std::size_t, std::size_t>> near;  // (edits, index)
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        std::size_t best = bound + 1;
        for (const auto& candidate : names_of(map.organisation(v))) best = std::min(best, edits_within(wanted, candidate, bound));
        if (best <= bound) near.emplace_back(best, v);
    }
    std::sort(near.begin(), near.end());
    for (std::size_t k = 0; k < near.size() && k < 5; ++k) lookup.closest.push_back(near[k].second);
    return lookup;
}

std::string organisation_in_words(const StakeholderMap& map, std::size_t index) {
    const Organisation& organisation = map.organisation(index);
    return organisation.label == organisation.id ? organisation.id : organisation.label + " (" + organisation.id + ")";
}

std::size_t require_organisation(const StakeholderMap& map, std::string_view name) {
    const OrganisationLookup lookup = look_up_organisation(map, name);
    if (lookup.matches.size() == 1) return lookup.matches.front();
    const auto list = [&](const std::vector<std::size_t>& indices) {
        std::string words;
        for (std::size_t k = 0; k < indices.size() && k < 10; ++k) words += (k ? "; " : "") + organisation_in_words(map, indices[k]);
        if (indices.size() > 10) words += "; and " + std::to_string(indices.size() - 10) + " more";
        return words;
    };
    if (lookup.matches.size() > 1) {
        throw std::invalid_argument("'" + std::string(name) + "' names " + std::to_string(lookup.matches.size()) + " organisations: " +
                                    list(lookup.matches) + "; give the id");
    }
    std::string message = "no organisation '" + std::string(name) + "' in the map (by id, name or acronym)";
    if (!lookup.closest.empty()) message += "; did you mean: " + list(lookup.closest) + "?";
    throw std::invalid_argument(message);
}

}  // namespace stakemap
