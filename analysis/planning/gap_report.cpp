#include "analysis/planning/gap_report.hpp"

#include "graph/support/progress.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

#include "analysis/map_analysis.hpp"
#include "graph/vocabulary.hpp"

namespace stakemap {
namespace {

std::vector<std::string> groups_of(const StakeholderMap& map, BrokerGroups groups) {
    std::vector<std::string> result(map.organisation_count());
    for (std::size_t v = 0; v < result.size(); ++v) {
        const Organisation& organisation = map.organisation(v);
        result[v] = groups == BrokerGroups::type ? organisation.type
                    : groups == BrokerGroups::country ? organisation.country
                                                      : organisation.region;
    }
    return result;
}

bool has_partner_of_type(const StakeholderMap& map, const SymmetricAdjacency& partners, std::size_t v, const std::string& type) {
    for (std::size_t k = partners.offset[v]; k < partners.offset[v + 1]; ++k) {
        if (map.organisation(partners.partner[k]).type == type) return true;
    }
    return false;
}

bool has_unrecognised_partner(const StakeholderMap& map, const SymmetricAdjacency& partners, std::size_t v) {
    for (std::size_t k = partners.offset[v]; k < partners.offset[v + 1]; ++k) {
        if (!is_recognised_type(map.organisation(partners.partner[k]).type)) return true;
    }
    return false;
}

std::string unknown_partners_words(std::size_t count) {
    if (count == 0) return "";
    return " (" + std::to_string(count) + (count == 1 ? " of them has" : " of them have") +
           " partners whose type stakemap does not recognise, who could be one)";
}

// "N of the M CSOs have no union partner", for each pair the rules name.
void add_unlinked_shares(GapReport& report, const StakeholderMap& map, const SymmetricAdjacency& partners, const GapRules& rules) {
    const MixingResult& mixing = report.mixing;
    for (const auto& [type, partner] : rules.link_pairs) {
        const auto a = std::find(mixing.groups.begin(), mixing.groups.end(), type);
        const auto b = std::find(mixing.groups.begin(), mixing.groups.end(), partner);
        if (a == mixing.groups.end() || b == mixing.groups.end()) continue;
        const auto i = static_cast<std::size_t>(a - mixing.groups.begin());
        const auto j = static_cast<std::size_t>(b - mixing.groups.begin());
        const std::size_t without = mixing.unlinked[i][j];
        if (without == 0) continue;
        UnlinkedShare share{type, partner, without, mixing.members[i], 0, {}};
        for (std::size_t v = 0; v < map.organisation_count(); ++v) {
            const Organisation& organisation = map.organisation(v);
            if (organisation.type == type && !has_partner_of_type(map, partners, v, partner) && has_unrecognised_partner(map, partners, v)) {
                ++share.with_unrecognised_partners;
            }
        }
        share.text = std::to_string(without) + " of " + std::to_string(share.of) + " " + vocabulary::type_in_words(type, share.of != 1) +
                     (without == 1 ? " has" : " have") + " no " + (share.with_unrecognised_partners ? "partner recognised as a " : "") +
                     vocabulary::type_in_words(partner) + (share.with_unrecognised_partners ? "" : " partner") +
                     unknown_partners_words(share.with_unrecognised_partners) + ".";
        report.unlinked.push_back(std::move(share));
    }
}

// A cross-sector finding names recognised types only; a pair of types the vocabulary does not
// know says nothing a planner can act on, and organisations of unknown type could be either.
void qualify_mixing(MixingResult& mixing, const CoverageResult& coverage) {
    std::size_t unrecognised = 0;
    for (const auto& [value, count] : coverage.unrecognised_types) unrecognised += count;
    std::vector<MixingFlag> kept;
    for (MixingFlag& flag : mixing.flags) {
        if (!is_recognised_type(mixing.groups[flag.a]) || !is_recognised_type(mixing.groups[flag.b])) continue;
        if (unrecognised > 0) {
            flag.text.pop_back();  // the full stop
            flag.text += "; " + std::to_string(unrecognised) + " organisation" + (unrecognised == 1 ? " has" : "s have") +
                         " a type stakemap does not recognise and could be of either type.";
        }
        kept.push_back(std::move(flag));
    }
    mixing.flags = std::move(kept);
}

// Regions where a whole group of one type lacks any partner of another (e.g. a CSO cluster with no union).
void add_regional_unlinked(GapReport& report, const StakeholderMap& map, const SymmetricAdjacency& partners, const GapRules& rules) {
    for (const auto& [type, partner] : rules.link_pairs) {
        std::map<std::string, std::pair<std::size_t, bool>> by_region;  // region -> (count, any linked)
        for (std::size_t v = 0; v < map.organisation_count(); ++v) {
            const Organisation& organisation = map.organisation(v);
            if (organisation.type != type || organisation.region.empty()) continue;
            auto& entry = by_region[organisation.region];
            ++entry.first;
            for (std::size_t k = partners.offset[v]; k < partners.offset[v + 1]; ++k) {
                if (map.organisation(partners.partner[k]).type == partner) entry.second = true;
            }
        }
        for (const auto& [region, entry] : by_region) {
            if (entry.first < rules.regional_group_at_least || entry.second) continue;
            RegionalUnlinked gap{region, type, partner, entry.first, 0, {}};
            for (std::size_t v = 0; v < map.organisation_count(); ++v) {
                const Organisation& organisation = map.organisation(v);
                if (organisation.type == type && organisation.region == region && has_unrecognised_partner(map, partners, v)) {
                    ++gap.with_unrecognised_partners;
                }
            }
            gap.text = "In " + region + ", none of the " + std::to_string(gap.organisations) + " " + vocabulary::type_in_words(type, true) +
                       " has a " + (gap.with_unrecognised_partners ? "partner recognised as a " : "") + vocabulary::type_in_words(partner) +
                       (gap.with_unrecognised_partners ? "" : " partner") + unknown_partners_words(gap.with_unrecognised_partners) + ".";
            report.regional_unlinked.push_back(std::move(gap));
        }
    }
}

void add_fragility(GapReport& report, GraphMeasures& measures) {
    report.components = measures.components();
    const DegreeResult& degree = measures.degrees();
    for (std::size_t v = 0; v < degree.degree.size(); ++v) {
        if (degree.degree[v] == 0) report.isolated.push_back(v);
    }
    const std::vector<std::size_t>& cut_off = measures.cut_off();
    for (std::size_t v = 0; v < cut_off.size(); ++v) {
        if (cut_off[v] > 0) report.fragile.push_back({v, cut_off[v]});
    }
    std::stable_sort(report.fragile.begin(), report.fragile.end(),
                     [](const FragilePoint& a, const FragilePoint& b) { return a.cut_off > b.cut_off; });
    report.bridges = measures.fragility().bridges;
}

// Brokers by Gould-Fernandez roles, then lowest constraint, then id.
void add_brokers(GapReport& report, MapAnalysis& analysis) {
    const StakeholderMap& map = analysis.map();
    GraphMeasures& measures = analysis.measures();
    report.holes = measures.structural_holes();
    report.roles = brokerage_roles(measures.graph(), groups_of(map, analysis.settings().broker_groups));
    std::vector<std::size_t> order(map.organisation_count());
    std::iota(order.begin(), order.end(), std::size_t{0});
    auto constraint_of = [&](std::size_t v) { return std::isnan(report.holes.constraint[v]) ? 2.0 : report.holes.constraint[v]; };
    const std::size_t head = std::min(order.size(), analysis.settings().top_brokers);
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(head), order.end(), [&](std::size_t a, std::size_t b) {
        if (report.roles.total(a) != report.roles.total(b)) return report.roles.total(a) > report.roles.total(b);
        if (constraint_of(a) != constraint_of(b)) return constraint_of(a) < constraint_of(b);
        return map.organisation(a).id < map.organisation(b).id;
    });
    for (std::size_t k = 0; k < head; ++k) {
        if (report.roles.total(order[k]) > 0) report.top_brokers.push_back(order[k]);
    }
}

void add_communities(GapReport& report, GraphMeasures& measures, const GapRules& rules) {
    report.communities = measures.communities();
    CommunityMeetings meetings = community_meetings(measures, rules);
    report.community_size = std::move(meetings.community_size);
    report.never_meet = std::move(meetings.never_meet);
    report.barely_meet = std::move(meetings.barely_meet);
}

}  // namespace

CommunityMeetings community_meetings(GraphMeasures& measures, const GapRules& rules) {
    CommunityMeetings meetings;
    const Communities& communities = measures.communities();
    const std::size_t count = communities.count;
    meetings.community_size.assign(count, 0);
    for (const std::size_t c : communities.community) ++meetings.community_size[c];
    const auto& between = measures.ties_between_communities();
    const DegreeResult& degree = measures.degrees();
    std::vector<double> community_degree(count, 0.0);
    double ends = 0.0;
    for (std::size_t v = 0; v < degree.degree.size(); ++v) {
        community_degree[communities.community[v]] += degree.degree[v];
        ends += degree.degree[v];
    }
    std::vector<std::size_t> sizeable;  // one-organisation communities are most of a big map's
    for (std::size_t c = 0; c < count; ++c) {
        if (meetings.community_size[c] >= rules.community_at_least) sizeable.push_back(c);
    }
    for (std::size_t i = 0; i < sizeable.size(); ++i) {
        for (std::size_t j = i + 1; j < sizeable.size(); ++j) {
            const std::size_t a = sizeable[i], b = sizeable[j];
            const double expected = ends > 0 ? community_degree[a] * community_degree[b] / ends : 0.0;
            const double ties = between.between(a, b);
            const CommunityPair pair{a, b, ties, expected};
            if (ties == 0) meetings.never_meet.push_back(pair);
            else if (ties <= rules.barely_meet_at_most && expected >= rules.barely_meet_expected) meetings.barely_meet.push_back(pair);
        }
    }
    auto by_expected = [](const CommunityPair& x, const CommunityPair& y) { return x.expected > y.expected; };
    std::stable_sort(meetings.never_meet.begin(), meetings.never_meet.end(), by_expected);
    std::stable_sort(meetings.barely_meet.begin(), meetings.barely_meet.end(), by_expected);
    return meetings;
}

GapReport compute_gap_report(MapAnalysis& analysis) {
    GapReport report;
    const GapRules& rules = analysis.settings().rules;
    // Each step names itself to the progress bar: on a big map some take seconds.
    // Louvain runs beside everything up to the brokers, which never ask for communities.
    analysis.measures().communities_beside([&] {
        progress_begin("gaps: coverage", 0);
        report.coverage = analysis.coverage();
        progress_begin("gaps: ties between types", 0);
        report.mixing = analysis.type_mixing();
        qualify_mixing(report.mixing, report.coverage);
        progress_begin("gaps: organisations without a partner type", 0);
        add_unlinked_shares(report, analysis.map(), analysis.measures().partners(), rules);
        add_regional_unlinked(report, analysis.map(), analysis.measures().partners(), rules);
        progress_begin("gaps: fragile points", 0);
        add_fragility(report, analysis.measures());
        progress_begin("gaps: brokers", 0);
        add_brokers(report, analysis);
    });
    progress_begin("gaps: communities", 0);
    add_communities(report, analysis.measures(), rules);
    return report;
}

GapReport gap_report(const StakeholderMap& map, const AnalysisGraph& graph, const CoverageProfile& profile, const GapOptions& options) {
    MapAnalysisSettings settings;
    settings.profile = profile;
    settings.rules = options.rules;
    settings.measures.seed = options.seed;
    settings.broker_groups = options.groups;
    settings.top_brokers = options.top;
    MapAnalysis analysis(map, graph, settings);
    return analysis.gaps();
}

}  // namespace stakemap
