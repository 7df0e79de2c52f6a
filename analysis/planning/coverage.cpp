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

std::string gap_text(const CoverageGap& gap) {
    const std::string place = gap.dimension == "theme" ? "works on " + vocabulary::theme_in_words(gap.where)
                                                       : "is active in " + gap.where;
    const std::string place_plural = gap.dimension == "theme" ? "work on " + vocabulary::theme_in_words(gap.where)
                                                              : "are active in " + gap.where;
    if (gap.have == 0) {
        return "No " + vocabulary::type_in_words(gap.type) + " " + place + " (the profile asks for " + std::to_string(gap.need) + ").";
    }
    return "Only " + std::to_string(gap.have) + " " + vocabulary::type_in_words(gap.type, gap.have != 1) + " " +
           (gap.have == 1 ? place : place_plural) + " (the profile asks for " + std::to_string(gap.need) + ").";
}

}  // namespace

CoverageResult coverage(const StakeholderMap& map, const CoverageProfile& profile) {
    CoverageResult result;
    std::set<std::string> types_present, themes_present, regions_present;
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        const Organisation& organisation = map.organisation(v);
        types_present.insert(organisation.type);
        for (const auto& theme : organisation.themes) {
            themes_present.insert(theme);
            ++result.by_theme[organisation.type][theme];
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
            CoverageGap gap{dimension, where, type, have, need->second, organisations_in(type, dimension, where), {}};
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
    return result;
}

}  // namespace stakemap
