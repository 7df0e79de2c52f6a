#include "analysis/planning/coverage_answers.hpp"

#include <algorithm>

#include "graph/vocabulary.hpp"

namespace stakemap {

std::vector<CoverageAnswer> coverage_answers(const StakeholderMap& map, const CoverageResult& coverage) {
    std::vector<CoverageAnswer> answers;
    for (const CoverageGap& gap : coverage.gaps) {
        if (gap.dimension != "theme") continue;
        CoverageAnswer answer{gap.type, gap.where, gap.have, gap.need, {}, ""};
        std::vector<std::size_t> of_type;
        for (std::size_t v = 0; v < map.organisation_count(); ++v) {
            const Organisation& o = map.organisation(v);
            if (o.type == gap.type && std::find(o.themes.begin(), o.themes.end(), gap.where) == o.themes.end()) of_type.push_back(v);
        }
        std::stable_sort(of_type.begin(), of_type.end(), [&](std::size_t a, std::size_t b) {
            return map.organisation(a).themes.size() > map.organisation(b).themes.size();
        });
        if (of_type.size() > 3) of_type.resize(3);
        answer.closest = of_type;
        const std::string who = vocabulary::type_in_words(gap.type, gap.have != 1);
        std::string text = (gap.have == 0 ? "No " + vocabulary::type_in_words(gap.type, false) : "Only " + std::to_string(gap.have) + " " + who) +
                           " recorded on " + vocabulary::theme_in_words(gap.where) + " (" + std::to_string(gap.need) + " expected";
        // What the data cannot rule out, so the sentence stays true.
        if (gap.unrecognised_type_here > 0) text += "; " + std::to_string(gap.unrecognised_type_here) + " organisation(s) of a type stakemap does not recognise work on it and could be one";
        if (gap.of_type_without_place > 0) {
            const bool one = gap.of_type_without_place == 1;
            text += "; " + std::to_string(gap.of_type_without_place) + " " + vocabulary::type_in_words(gap.type, !one) + (one ? " has" : " have") +
                    " no theme recorded and could work on it";
        }
        text += "). A tie cannot close this: ";
        if (of_type.empty()) {
            text += std::string(gap.have == 0 ? "no " : "no other ") + vocabulary::type_in_words(gap.type, false) + " is on the map; one would have to join it.";
        } else {
            text += "one of these could take the theme up, or a new one join: ";
            for (std::size_t k = 0; k < of_type.size(); ++k) {
                const Organisation& o = map.organisation(of_type[k]);
                std::string themes;
                for (const auto& theme : o.themes) themes += (themes.empty() ? "" : ", ") + vocabulary::theme_in_words(theme);
                text += (k ? "; " : "") + o.label + (themes.empty() ? " (no theme recorded)" : " (works on " + themes + ")");
            }
            text += ".";
        }
        answer.text = std::move(text);
        answers.push_back(std::move(answer));
    }
    return answers;
}

}  // namespace stakemap
