#include "viz/colouring.hpp"

#include <algorithm>
#include <map>

#include "graph/vocabulary.hpp"
#include "viz/palette.hpp"

namespace stakemap::viz {

Colouring colour_organisations(const StakeholderMap& map, const std::string& by, const std::vector<std::size_t>& community,
                               const std::vector<bool>& shown) {
    Colouring colouring;
    colouring.fill.resize(map.organisation_count());
    std::map<std::string, std::size_t> seen;
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        const Organisation& organisation = map.organisation(v);
        std::string value;
        if (by == "type") {
            colouring.fill[v] = type_colour(organisation.type);
            value = organisation.type;
        } else {
            if (by == "community") value = v < community.size() ? "community " + std::to_string(community[v]) : std::string();
            else if (by == "country") value = organisation.country;
            else if (by == "region") value = organisation.region;
            else if (const auto found = organisation.attributes.find(by); found != organisation.attributes.end()) value = to_display_string(found->second);
            const auto [entry, inserted] = seen.emplace(value, seen.size());
            colouring.fill[v] = value.empty() ? "#DDDDDD" : category_colour(entry->second);
        }
        if (v < shown.size() && !shown[v]) continue;
        const std::string words = by == "type" ? vocabulary::type_in_words(value, true) : (value.empty() ? "(none)" : value);
        if (std::find_if(colouring.keys.begin(), colouring.keys.end(), [&](const auto& key) { return key.first == words; }) == colouring.keys.end()) {
            colouring.keys.emplace_back(words, colouring.fill[v]);
        }
    }
    if (by == "type") {  // legend in vocabulary order
        std::vector<std::pair<std::string, std::string>> ordered;
        for (const auto type : vocabulary::organisation_types()) {
            const std::string words = vocabulary::type_in_words(type, true);
            for (const auto& key : colouring.keys) {
                if (key.first == words) ordered.push_back(key);
            }
        }
        for (const auto& key : colouring.keys) {
            if (std::find(ordered.begin(), ordered.end(), key) == ordered.end()) ordered.push_back(key);
        }
        colouring.keys = ordered;
    }
    return colouring;
}


}  // namespace stakemap::viz
