#include "analysis/planning/map_diff.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include <tuple>

#include "analysis/map_analysis.hpp"
#include "analysis/ranking.hpp"
#include "analysis/snapshot/both_at_once.hpp"
#include "graph/support/progress.hpp"

namespace stakemap {
namespace {

std::string themes_text(const std::vector<std::string>& themes) {
    std::vector<std::string> sorted = themes;
    std::sort(sorted.begin(), sorted.end());
    std::string text;
    for (const auto& theme : sorted) text += (text.empty() ? "" : ", ") + theme;
    return text;
}

std::string number_text(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

void compare(std::vector<FieldChange>& changes, const std::string& field, const std::string& before, const std::string& after) {
    if (before != after) changes.push_back({field, before, after});
}

void compare_attributes(std::vector<FieldChange>& changes, const Attributes& before, const Attributes& after) {
    std::set<std::string> names;
    for (const auto& [name, value] : before) names.insert(name);
    for (const auto& [name, value] : after) names.insert(name);
    for (const auto& name : names) {
        const auto b = before.find(name), a = after.find(name);
        compare(changes, "attributes." + name, b == before.end() ? "" : to_display_string(b->second),
                a == after.end() ? "" : to_display_string(a->second));
    }
}

std::vector<FieldChange> organisation_changes(const Organisation& before, const Organisation& after) {
    std::vector<FieldChange> changes;
    compare(changes, "label", before.label, after.label);
    compare(changes, "type", before.type, after.type);
    compare(changes, "country", before.country, after.country);
    compare(changes, "region", before.region, after.region);
    compare(changes, "themes", themes_text(before.themes), themes_text(after.themes));
    compare(changes, "influence", before.influence ? number_text(*before.influence) : "",
            after.influence ? number_text(*after.influence) : "");
    compare(changes, "stance", before.stance, after.stance);
    compare_attributes(changes, before.attributes, after.attributes);
    return changes;
}

// A tie as (source id, target id, type), viewing the map's own strings: no copies
// for the hundreds of thousands of ties that did not change.
struct TieView {
    std::string_view source, target, type;
    const Relationship* data;
    auto key() const { return std::tie(source, target, type); }
    TieKey owned() const { return {std::string(source), std::string(target), std::string(type)}; }
};

// Every distinct tie once (a repeated tie counts once: the first), sorted by key.
std::vector<TieView> ties_of(const StakeholderMap& map) {
    std::vector<TieView> ties;
    ties.reserve(map.relationship_count());
    for (const auto handle : map.relationship_handles()) {
        const auto tie = map.relationship(handle);
        TieView view{map.organisation(tie.source).id, map.organisation(tie.target).id, tie.data.type, &tie.data};
        if (!map.directed() && view.target < view.source) std::swap(view.source, view.target);
        ties.push_back(view);
    }
    std::stable_sort(ties.begin(), ties.end(), [](const TieView& a, const TieView& b) { return a.key() < b.key(); });
    ties.erase(std::unique(ties.begin(), ties.end(), [](const TieView& a, const TieView& b) { return a.key() == b.key(); }), ties.end());
    return ties;
}

std::vector<RankedBroker> top_brokers(MapAnalysis& analysis, std::size_t count) {
    const StakeholderMap& map = analysis.map();
    const std::vector<double>& betweenness = analysis.measures().betweenness();
    std::vector<RankedBroker> brokers;
    for (const std::size_t v : ranked_by(betweenness, map, count)) {
        if (betweenness[v] <= 0.0) break;
        brokers.push_back({map.organisation(v).id, map.organisation(v).label, betweenness[v]});
    }
    return brokers;
}

// A coverage gap is the same gap in both maps when its dimension, place and type are:
// "Only 1 UN agency works on X" becoming "No UN agency works on X" is one gap that changed.
using GapKey = std::tuple<std::string, std::string, std::string>;

std::map<GapKey, std::string> gaps_by_key(MapAnalysis& analysis) {
    std::map<GapKey, std::string> gaps;
    for (const auto& gap : analysis.coverage().gaps) gaps.emplace(GapKey{gap.dimension, gap.where, gap.type}, gap.text);
    return gaps;
}

struct MeasuresOfOneMap {
    MapFigures figures;
    std::vector<RankedBroker> brokers;
    std::map<GapKey, std::string> gaps;
};

MeasuresOfOneMap measures_of(MapAnalysis& analysis, std::size_t brokers) {
    return {analysis.figures(), top_brokers(analysis, brokers), gaps_by_key(analysis)};
}

void compare_measures(MapDiff& diff, MapAnalysis& old_analysis, MapAnalysis& new_analysis, std::size_t brokers) {
    // The two maps' analyses share nothing: both at once halves the wait on a big map.
    progress_begin("diff: measures of both maps", 0);
    MeasuresOfOneMap old_measures, new_measures;
    both_at_once([&] { new_measures = measures_of(new_analysis, brokers); }, [&] { old_measures = measures_of(old_analysis, brokers); });
    diff.before = std::move(old_measures.figures);
    diff.after = std::move(new_measures.figures);
    diff.brokers_before = std::move(old_measures.brokers);
    diff.brokers_after = std::move(new_measures.brokers);
    const auto& before = old_measures.gaps;
    const auto& after = new_measures.gaps;
    for (const auto& [key, text] : before) {
        const auto now = after.find(key);
        if (now == after.end()) diff.coverage_filled.push_back(text);
        else if (now->second != text) diff.coverage_changed.push_back({text, now->second});
    }
    for (const auto& [key, text] : after) {
        if (!before.count(key)) diff.coverage_emptied.push_back(text);
    }
}

}  // namespace

MapDiff diff_maps(MapAnalysis& old_analysis, MapAnalysis& new_analysis, std::size_t brokers) {
    const StakeholderMap& old_map = old_analysis.map();
    const StakeholderMap& new_map = new_analysis.map();
    MapDiff diff;
    progress_begin("diff: organisations and ties", 0);
    for (std::size_t v = 0; v < new_map.organisation_count(); ++v) {
        const Organisation& now = new_map.organisation(v);
        const auto then = old_map.find(now.id);
        if (!then) {
            diff.added.push_back(now.id);
            continue;
        }
        auto fields = organisation_changes(old_map.organisation(*then), now);
        if (!fields.empty()) diff.changed.push_back({now.id, now.label, std::move(fields)});
    }
    for (std::size_t v = 0; v < old_map.organisation_count(); ++v) {
        if (!new_map.find(old_map.organisation(v).id)) diff.removed.push_back(old_map.organisation(v).id);
    }

    // Both lists are sorted by key: one walk finds the ties added, removed and changed.
    const auto old_ties = ties_of(old_map), new_ties = ties_of(new_map);
    auto then = old_ties.begin();
    for (const TieView& now : new_ties) {
        for (; then != old_ties.end() && then->key() < now.key(); ++then) diff.ties_removed.push_back(then->owned());
        if (then == old_ties.end() || now.key() < then->key()) {
            diff.ties_added.push_back(now.owned());
            continue;
        }
        std::vector<FieldChange> fields;
        compare(fields, "weight", number_text(then->data->weight), number_text(now.data->weight));
        compare_attributes(fields, then->data->attributes, now.data->attributes);
        if (!fields.empty()) diff.ties_changed.push_back({now.owned(), std::move(fields)});
        ++then;
    }
    for (; then != old_ties.end(); ++then) diff.ties_removed.push_back(then->owned());

    compare_measures(diff, old_analysis, new_analysis, brokers);
    return diff;
}

MapDiff diff_maps(const StakeholderMap& old_map, const StakeholderMap& new_map, const CoverageProfile& profile, std::size_t brokers) {
    MapAnalysisSettings settings;
    settings.profile = profile;
    MapAnalysis old_analysis(old_map, settings), new_analysis(new_map, settings);
    return diff_maps(old_analysis, new_analysis, brokers);
}

}  // namespace stakemap
