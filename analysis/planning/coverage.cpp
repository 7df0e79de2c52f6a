#include "analysis/planning/coverage.hpp"

#include <algorithm>
#include <set>

#include "graph/vocabulary.hpp"

namespace stakemap {
namespace {

// Requirements for one theme or region, with "*" filling in for the unlisted.
const std::map<std::string, std::size_t>* requirements_for(const std::map<std::string, std::map<std::string, std::size_t>>& table,
                                                          const std::string& key) {
    if (const auto found = table.find(key); found != table.end()) return &found->second;
    if (const auto any = table.find("*"); any != table.end()) return &any->second;
    return nullptr;
}

std::string values_in_words(const std::vector<std::pair<std::string, std::size_t>>& values) {
    std::string words;
    for (std::size_t k = 0; k < values.size() && k < 3; ++k) {
        words += (k ? ", " : "") + (values[k].first.empty() ? std::string("none given") : "'" + values[k].first + "'") + " \u00d7" +
                 std::to_string(values[k].second);
    }
    if (values.size() > 3) words += " and " + std::to_string(values.size() - 3) + " more";
    return words;
}

// A finding that the data could contradict says so: "No organisation recognised as a union
// works on child labour ...; 1 organisation working on it has an unrecognised type ('Consultora' ×1)".
std::string gap_text(const CoverageGap& gap) {
    const bool theme = gap.dimension == "theme";
    const bool type_unsure = gap.unrecognised_type_here > 0, place_unsure = gap.of_type_without_place > 0;
    const bool plural = gap.have > 1;
    // Where the data is incomplete, the sentence says only what is recorded.
    const std::string where = theme ? vocabulary::theme_in_words(gap.where) : gap.where;
    const std::string place = place_unsure ? std::string(plural ? "are" : "is") + " recorded as " + (theme ? "working on " : "active in ") + where
                                           : (theme ? std::string(plural ? "work on " : "works on ") : std::string(plural ? "are active in " : "is active in ")) + where;
    const std::string who = !type_unsure ? vocabulary::type_in_words(gap.type, plural)
                                         : std::string(plural ? "organisations recognised as " + vocabulary::type_in_words(gap.type, true)
                                                              : "organisation recognised as a " + vocabulary::type_in_words(gap.type));
    std::string text = (gap.have == 0 ? "No " : "Only " + std::to_string(gap.have) + " ") + who + " " + place +
                       " (the profile asks for " + std::to_string(gap.need) + ")";
    if (gap.certain()) return text + ".";
    std::vector<std::string> unknowns;
    if (type_unsure) {
        unknowns.push_back(std::to_string(gap.unrecognised_type_here) + " organisation" + (gap.unrecognised_type_here == 1 ? " " : "s ") +
                           (theme ? "working on it" : "there") + (gap.unrecognised_type_here == 1 ? " has" : " have") +
                           " a type stakemap does not recognise (" + values_in_words(gap.unrecognised_type_values) + ")");
    }
    if (place_unsure) {
        unknowns.push_back(std::to_string(gap.of_type_without_place) + " " + vocabulary::type_in_words(gap.type, gap.of_type_without_place != 1) +
                           (gap.of_type_without_place == 1 ? " has" : " have") + (theme ? " no recognised theme recorded" : " no region recorded"));
    }
    text += "; the data cannot tell for sure: ";
    for (std::size_t k = 0; k < unknowns.size(); ++k) text += (k ? ", and " : "") + unknowns[k];
    return text + ".";
}

bool works_on_a_known_theme(const Organisation& organisation) {
    return std::any_of(organisation.themes.begin(), organisation.themes.end(), [](const std::string& theme) { return vocabulary::is_known_theme(theme); });
}

}  // namespace

bool is_recognised_type(const std::string& type) { return vocabulary::is_known_organisation_type(type); }

std::vector<std::string> coverage_caveats(const CoverageResult& coverage) {
    const auto listed = [](const std::map<std::string, std::size_t>& counts) {
        std::vector<std::pair<std::string, std::size_t>> values(counts.begin(), counts.end());
        std::stable_sort(values.begin(), values.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        std::size_t total = 0;
        for (const auto& [value, count] : values) total += count;
        return std::make_pair(total, values_in_words(values));
    };
    std::vector<std::string> caveats;
    if (!coverage.unrecognised_types.empty()) {
        const auto [total, words] = listed(coverage.unrecognised_types);
        caveats.push_back(std::to_string(total) + " organisation" + (total == 1 ? " has" : "s have") + " a type stakemap does not recognise (" +
                          words + "): each is counted in a row of its own, and a finding it could change says so. Map the values "
                          "with --vocabulary (field,value,canonical) to count them.");
    }
    if (!coverage.unrecognised_themes.empty()) {
        const auto [total, words] = listed(coverage.unrecognised_themes);
        caveats.push_back("Themes stakemap does not recognise are written " + std::to_string(total) + " time" + (total == 1 ? "" : "s") + " (" +
                          words + "); they have columns of their own but no profile asks for them.");
    }
    if (coverage.without_themes > 0) {
        caveats.push_back(std::to_string(coverage.without_themes) + " organisation" + (coverage.without_themes == 1 ? " has" : "s have") +
                          " no theme recorded: what they work on is unknown, not nothing.");
    }
    return caveats;
}

CoverageCell theme_cell(const CoverageResult& coverage, const std::string& type, const std::string& theme) {
    CoverageCell cell;
    if (const auto row = coverage.by_theme.find(type); row != coverage.by_theme.end()) {
        if (const auto found = row->second.find(theme); found != row->second.end()) cell.have = found->second;
    }
    for (const auto& gap : coverage.gaps) {
        if (gap.dimension == "theme" && gap.where == theme && gap.type == type) cell.need = gap.need;
    }
    return cell;
}

CoverageResult coverage(const StakeholderMap& map, const CoverageProfile& profile) {
    CoverageResult result;
    std::set<std::string> types_present, themes_present, regions_present;
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        const Organisation& organisation = map.organisation(v);
        types_present.insert(organisation.type);
        if (!is_recognised_type(organisation.type)) ++result.unrecognised_types[organisation.type];
        if (organisation.themes.empty()) ++result.without_themes;
        for (const auto& theme : organisation.themes) {
            themes_present.insert(theme);
            ++result.by_theme[organisation.type][theme];
            if (!vocabulary::is_known_theme(theme)) ++result.unrecognised_themes[theme];
        }
        if (!organisation.region.empty()) {
            regions_present.insert(organisation.region);
            ++result.by_region[organisation.type][organisation.region];
        }
    }
    // Rows: the known types in vocabulary order (those present or required), then others.
    std::set<std::string> required_types;
    for (const auto& table : {profile.themes, profile.regions}) {
        for (const auto& [key, needs] : table) {
            for (const auto& [type, count] : needs) required_types.insert(type);
        }
    }
    for (const auto type : vocabulary::organisation_types()) {
        if (types_present.count(std::string(type)) || required_types.count(std::string(type))) result.types.emplace_back(type);
    }
    for (const auto& type : types_present) {
        if (std::find(result.types.begin(), result.types.end(), type) == result.types.end()) result.types.push_back(type);
    }
    // Columns: the known themes, then others present; regions as found.
    for (const auto theme : vocabulary::themes()) result.themes.emplace_back(theme);
    for (const auto& theme : themes_present) {
        if (!vocabulary::is_known_theme(theme)) result.themes.push_back(theme);
    }
    result.regions.assign(regions_present.begin(), regions_present.end());

    auto organisations_in = [&](const std::string& type, const std::string& dimension, const std::string& where) {
        std::vector<std::string> ids;
        for (std::size_t v = 0; v < map.organisation_count(); ++v) {
            const Organisation& organisation = map.organisation(v);
            if (organisation.type != type) continue;
            const bool in = dimension == "theme"
                                ? std::find(organisation.themes.begin(), organisation.themes.end(), where) != organisation.themes.end()
                                : organisation.region == where;
            if (in) ids.push_back(organisation.id);
        }
        return ids;
    };
    // Who the data cannot place: organisations here of an unrecognised type, and organisations of
    // the type with no recognised theme (or no region) recorded.
    auto note_what_is_unknown = [&](CoverageGap& gap) {
        std::map<std::string, std::size_t> values;
        for (std::size_t v = 0; v < map.organisation_count(); ++v) {
            const Organisation& organisation = map.organisation(v);
            const bool here = gap.dimension == "theme"
                                  ? std::find(organisation.themes.begin(), organisation.themes.end(), gap.where) != organisation.themes.end()
                                  : organisation.region == gap.where;
            if (here && !is_recognised_type(organisation.type)) {
                ++gap.unrecognised_type_here;
                ++values[organisation.type];
            }
            if (organisation.type == gap.type) {
                const bool unplaced = gap.dimension == "theme" ? !works_on_a_known_theme(organisation) : organisation.region.empty();
                if (unplaced) ++gap.of_type_without_place;
            }
        }
        gap.unrecognised_type_values.assign(values.begin(), values.end());
        std::stable_sort(gap.unrecognised_type_values.begin(), gap.unrecognised_type_values.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
    };
    auto check = [&](const std::string& dimension, const std::string& where,
                     const std::map<std::string, std::map<std::string, std::size_t>>& counts,
                     const std::map<std::string, std::size_t>& needs) {
        for (const auto& type : result.types) {
            const auto need = needs.find(type);
            if (need == needs.end() || need->second == 0) continue;
            ++result.cells_required;
            std::size_t have = 0;
            if (const auto row = counts.find(type); row != counts.end()) {
                if (const auto cell = row->second.find(where); cell != row->second.end()) have = cell->second;
            }
            if (have >= need->second) {
                ++result.cells_filled;
                continue;
            }
            CoverageGap gap{dimension, where, type, have, need->second, organisations_in(type, dimension, where), 0, {}, 0, {}};
            note_what_is_unknown(gap);
            gap.text = gap_text(gap);
            result.gaps.push_back(std::move(gap));
        }
    };
    for (const auto& theme : result.themes) {
        // "*" covers the known themes; other themes only when the profile names them.
        const bool named = profile.themes.count(theme) != 0;
        if (!named && !vocabulary::is_known_theme(theme)) continue;
        if (const auto* needs = requirements_for(profile.themes, theme)) check("theme", theme, result.by_theme, *needs);
    }
    for (const auto& region : result.regions) {
        if (const auto* needs = requirements_for(profile.regions, region)) check("region", region, result.by_region, *needs);
    }
    result.caveats = coverage_caveats(result);
    return result;
}

}  // namespace stakemap
