#include "analysis/planning/map_diff.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdint>
#include <limits>
#include <map>
#include <numeric>
#include <set>
#include <stdexcept>
#include <string_view>
#include <tuple>
#include <unordered_map>

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

// Ids and tie types as numbers in the order of their text across both maps: sorting ties by
// numbers then gives the order their text would (the lists come out as before), without a
// string comparison, reaching into organisation records all over memory, at each step.
// At a million ties each side, sorting by text took 20 s.
struct TextRanks {
    std::vector<std::uint32_t> old_ids, new_ids;  // by organisation index
    std::unordered_map<std::string_view, std::uint32_t> types;
};

std::vector<std::uint32_t> by_id(const StakeholderMap& map) {
    std::vector<std::uint32_t> order(map.organisation_count());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return map.organisation(a).id < map.organisation(b).id; });
    return order;
}

TextRanks text_ranks(const StakeholderMap& old_map, const StakeholderMap& new_map) {
    TextRanks ranks;
    ranks.old_ids.resize(old_map.organisation_count());
    ranks.new_ids.resize(new_map.organisation_count());
    const auto old_order = by_id(old_map), new_order = by_id(new_map);
    std::uint32_t rank = 0;
    for (std::size_t i = 0, j = 0; i < old_order.size() || j < new_order.size(); ++rank) {
        const std::string* old_id = i < old_order.size() ? &old_map.organisation(old_order[i]).id : nullptr;
        const std::string* new_id = j < new_order.size() ? &new_map.organisation(new_order[j]).id : nullptr;
        const bool take_old = old_id && (!new_id || *old_id <= *new_id);
        const bool take_new = new_id && (!old_id || *new_id <= *old_id);
        if (take_old) ranks.old_ids[old_order[i++]] = rank;
        if (take_new) ranks.new_ids[new_order[j++]] = rank;
    }
    std::set<std::string_view> types;
    for (const StakeholderMap* map : {&old_map, &new_map}) {
        for (const auto handle : map->relationship_handles()) types.insert(map->relationship(handle).data.type);
    }
    rank = 0;
    for (const auto type : types) ranks.types.emplace(type, rank++);
    return ranks;
}

// A tie as (source, target, type) ranks and its slot in the map: 16 bytes, so two lists
// of five million sort in place without a buffer. The slot breaks ties between repeats of
// one tie, so the first of them in the map's order comes first.
struct TieView {
    std::uint32_t source, target, type, slot;
    auto key() const { return std::tie(source, target, type); }
    auto order() const { return std::tie(source, target, type, slot); }
    StakeholderMap::RelationshipHandle handle() const { return {slot}; }
};

// Every distinct tie once (a repeated tie counts once: the first), sorted by key.
std::vector<TieView> ties_of(const StakeholderMap& map, const std::vector<std::uint32_t>& id_rank, const TextRanks& ranks) {
    std::vector<TieView> ties;
    ties.reserve(map.relationship_count());
    for (const auto handle : map.relationship_handles()) {
        if (handle.slot > std::numeric_limits<std::uint32_t>::max()) throw std::length_error("diff: more than 2^32 relationship slots");
        const auto tie = map.relationship(handle);
        TieView view{id_rank[tie.source], id_rank[tie.target], ranks.types.at(tie.data.type), static_cast<std::uint32_t>(handle.slot)};
        if (!map.directed() && view.target < view.source) std::swap(view.source, view.target);
        ties.push_back(view);
    }
    std::sort(ties.begin(), ties.end(), [](const TieView& a, const TieView& b) { return a.order() < b.order(); });
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

void compare_organisations(MapDiff& diff, const StakeholderMap& old_map, const StakeholderMap& new_map) {
    for (std::size_t v = 0; v < new_map.organisation_count(); ++v) {
        const auto then = old_map.find(new_map.organisation(v).id);
        if (!then) diff.added.push_back(v);
        else if (!organisation_changes(old_map.organisation(*then), new_map.organisation(v)).empty()) diff.changed.push_back({*then, v});
    }
    for (std::size_t v = 0; v < old_map.organisation_count(); ++v) {
        if (!new_map.find(old_map.organisation(v).id)) diff.removed.push_back(v);
    }
}

void compare_ties(MapDiff& diff, const StakeholderMap& old_map, const StakeholderMap& new_map) {
    const TextRanks ranks = text_ranks(old_map, new_map);
    std::vector<TieView> old_ties, new_ties;
    both_at_once([&] { old_ties = ties_of(old_map, ranks.old_ids, ranks); }, [&] { new_ties = ties_of(new_map, ranks.new_ids, ranks); });
    // Both lists are sorted by key: one walk finds the ties added, removed and changed.
    auto then = old_ties.begin();
    for (const TieView& now : new_ties) {
        for (; then != old_ties.end() && then->key() < now.key(); ++then) diff.ties_removed.push_back(then->handle());
        if (then == old_ties.end() || now.key() < then->key()) {
            diff.ties_added.push_back(now.handle());
            continue;
        }
        if (!tie_changes(old_map.relationship(then->handle()).data, new_map.relationship(now.handle()).data).empty()) {
            diff.ties_changed.push_back({then->handle(), now.handle()});
        }
        ++then;
    }
    for (; then != old_ties.end(); ++then) diff.ties_removed.push_back(then->handle());
}

}  // namespace

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

std::vector<FieldChange> tie_changes(const Relationship& before, const Relationship& after) {
    std::vector<FieldChange> changes;
    compare(changes, "weight", number_text(before.weight), number_text(after.weight));
    compare_attributes(changes, before.attributes, after.attributes);
    return changes;
}

TieKey tie_key(const StakeholderMap& map, StakeholderMap::RelationshipHandle handle) {
    const auto tie = map.relationship(handle);
    TieKey key{map.organisation(tie.source).id, map.organisation(tie.target).id, tie.data.type};
    if (!map.directed() && key.target < key.source) std::swap(key.source, key.target);
    return key;
}

MapDiff diff_maps(MapAnalysis& old_analysis, MapAnalysis& new_analysis, std::size_t brokers) {
    const StakeholderMap& old_map = old_analysis.map();
    const StakeholderMap& new_map = new_analysis.map();
    MapDiff diff;
    // The measures of both maps (both cores' work) and the walk over organisations and ties
    // (one core's) read the maps only and fill different parts of the diff: all at once.
    progress_begin("diff: organisations, ties and the measures of both maps", 0);
    both_at_once([&] { compare_measures(diff, old_analysis, new_analysis, brokers); },
                 [&] {
                     compare_organisations(diff, old_map, new_map);
                     compare_ties(diff, old_map, new_map);
                 });
    return diff;
}

MapDiff diff_maps(const StakeholderMap& old_map, const StakeholderMap& new_map, const CoverageProfile& profile, std::size_t brokers) {
    MapAnalysisSettings settings;
    settings.profile = profile;
    MapAnalysis old_analysis(old_map, settings), new_analysis(new_map, settings);
    return diff_maps(old_analysis, new_analysis, brokers);
}

}  // namespace stakemap
