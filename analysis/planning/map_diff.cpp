#include "analysis/planning/map_diff.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "analysis/snapshot/analysis_graph.hpp"
#include "analysis/measures/betweenness.hpp"
#include "analysis/planning/coverage.hpp"

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

std::map<TieKey, const Relationship*> ties_of(const StakeholderMap& map) {
    std::map<TieKey, const Relationship*> ties;
    for (const auto handle : map.relationship_handles()) {
        const auto tie = map.relationship(handle);
        TieKey key{map.organisation(tie.source).id, map.organisation(tie.target).id, tie.data.type};
        if (!map.directed() && key.target < key.source) std::swap(key.source, key.target);
        ties.emplace(std::move(key), &tie.data);  // a repeated tie counts once
    }
    return ties;
}

std::vector<RankedBroker> top_brokers(const StakeholderMap& map, std::size_t count) {
    const std::vector<double> betweenness = betweenness_centrality(AnalysisGraph::from_map(map));
    std::vector<std::size_t> order(betweenness.size());
    for (std::size_t v = 0; v < order.size(); ++v) order[v] = v;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return betweenness[a] > betweenness[b]; });
    std::vector<RankedBroker> brokers;
    for (std::size_t k = 0; k < std::min(count, order.size()); ++k) {
        if (betweenness[order[k]] <= 0.0) break;
        const Organisation& organisation = map.organisation(order[k]);
        brokers.push_back({organisation.id, organisation.label, betweenness[order[k]]});
    }
    return brokers;
}

}  // namespace

MapDiff diff_maps(const StakeholderMap& old_map, const StakeholderMap& new_map, const CoverageProfile& profile, std::size_t brokers) {
    MapDiff diff;
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

    const auto old_ties = ties_of(old_map), new_ties = ties_of(new_map);
    for (const auto& [key, data] : new_ties) {
        const auto then = old_ties.find(key);
        if (then == old_ties.end()) {
            diff.ties_added.push_back(key);
            continue;
        }
        std::vector<FieldChange> fields;
        compare(fields, "weight", number_text(then->second->weight), number_text(data->weight));
        compare_attributes(fields, then->second->attributes, data->attributes);
        if (!fields.empty()) diff.ties_changed.push_back({key, std::move(fields)});
    }
    for (const auto& [key, data] : old_ties) {
        if (!new_ties.count(key)) diff.ties_removed.push_back(key);
    }

    diff.before = map_figures(old_map, profile);
    diff.after = map_figures(new_map, profile);
    diff.brokers_before = top_brokers(old_map, brokers);
    diff.brokers_after = top_brokers(new_map, brokers);
    std::set<std::string> gaps_before, gaps_after;
    for (const auto& gap : coverage(old_map, profile).gaps) gaps_before.insert(gap.text);
    for (const auto& gap : coverage(new_map, profile).gaps) gaps_after.insert(gap.text);
    for (const auto& text : gaps_before) {
        if (!gaps_after.count(text)) diff.coverage_filled.push_back(text);
    }
    for (const auto& text : gaps_after) {
        if (!gaps_before.count(text)) diff.coverage_emptied.push_back(text);
    }
    return diff;
}

}  // namespace stakemap
