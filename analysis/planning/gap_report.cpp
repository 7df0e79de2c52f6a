#include "analysis/planning/gap_report.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

#include "analysis/measures/degree.hpp"
#include "analysis/snapshot/symmetric_adjacency.hpp"

namespace stakemap {
namespace {

// The pairs of types whose absence the report names organisation by organisation.
constexpr std::pair<const char*, const char*> kLinkPairs[] = {
    {"government", "cso"}, {"cso", "union"}, {"cso", "government"}, {"union", "cso"}, {"employer", "union"}, {"cso", "un_agency"},
};

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

}  // namespace

GapReport gap_report(const StakeholderMap& map, const AnalysisGraph& graph, const CoverageProfile& profile,
                     const GapOptions& options) {
    GapReport report;
    const std::size_t n = graph.node_count();
    report.coverage = coverage(map, profile);

    const std::vector<std::string> types = groups_of(map, BrokerGroups::type);
    report.mixing = type_mixing(graph, types);
    for (const auto& [type, partner] : kLinkPairs) {
        const auto a = std::find(report.mixing.groups.begin(), report.mixing.groups.end(), type);
        const auto b = std::find(report.mixing.groups.begin(), report.mixing.groups.end(), partner);
        if (a == report.mixing.groups.end() || b == report.mixing.groups.end()) continue;
        const auto i = static_cast<std::size_t>(a - report.mixing.groups.begin());
        const auto j = static_cast<std::size_t>(b - report.mixing.groups.begin());
        const std::size_t without = report.mixing.unlinked[i][j];
        if (without > 0) report.unlinked.push_back({type, partner, without, report.mixing.members[i]});
    }

    // Regions where a whole group of one type lacks any partner of another (e.g. a CSO cluster with no union).
    const SymmetricAdjacency adjacency = symmetric_adjacency(graph, false);
    for (const auto& [type, partner] : kLinkPairs) {
        std::map<std::string, std::pair<std::size_t, bool>> by_region;  // region -> (count, any linked)
        for (std::size_t v = 0; v < n; ++v) {
            const Organisation& organisation = map.organisation(v);
            if (organisation.type != type || organisation.region.empty()) continue;
            auto& entry = by_region[organisation.region];
            ++entry.first;
            for (std::size_t k = adjacency.offset[v]; k < adjacency.offset[v + 1]; ++k) {
                if (map.organisation(adjacency.partner[k]).type == partner) entry.second = true;
            }
        }
        for (const auto& [region, entry] : by_region) {
            if (entry.first >= 3 && !entry.second) report.regional_unlinked.push_back({region, type, partner, entry.first});
        }
    }

    report.components = connected_components(graph);
    const DegreeResult degree = compute_degree(graph);
    for (std::size_t v = 0; v < n; ++v) {
        if (degree.degree[v] == 0) report.isolated.push_back(v);
    }
    const std::vector<std::size_t> cut_off = cut_off_if_removed(graph);
    for (std::size_t v = 0; v < n; ++v) {
        if (cut_off[v] > 0) report.fragile.push_back({v, cut_off[v]});
    }
    std::stable_sort(report.fragile.begin(), report.fragile.end(),
                     [](const FragilePoint& a, const FragilePoint& b) { return a.cut_off > b.cut_off; });
    report.bridges = fragility(graph).bridges;

    report.holes = structural_holes(graph, false);
    report.roles = brokerage_roles(graph, groups_of(map, options.groups));
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    auto constraint_of = [&](std::size_t v) { return std::isnan(report.holes.constraint[v]) ? 2.0 : report.holes.constraint[v]; };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (report.roles.total(a) != report.roles.total(b)) return report.roles.total(a) > report.roles.total(b);
        if (constraint_of(a) != constraint_of(b)) return constraint_of(a) < constraint_of(b);
        return map.organisation(a).id < map.organisation(b).id;
    });
    for (std::size_t k = 0; k < order.size() && k < options.top; ++k) {
        if (report.roles.total(order[k]) > 0) report.top_brokers.push_back(order[k]);
    }

    CommunityOptions community_options;
    community_options.seed = options.seed;
    report.communities = louvain_communities(graph, community_options);
    report.community_size.assign(report.communities.count, 0);
    for (const std::size_t c : report.communities.community) ++report.community_size[c];
    const auto between = ties_between_communities(graph, report.communities);
    std::vector<double> community_degree(report.communities.count, 0.0);
    double ends = 0.0;
    for (std::size_t v = 0; v < n; ++v) {
        community_degree[report.communities.community[v]] += degree.degree[v];
        ends += degree.degree[v];
    }
    for (std::size_t a = 0; a < report.communities.count; ++a) {
        if (report.community_size[a] < 3) continue;
        for (std::size_t b = a + 1; b < report.communities.count; ++b) {
            if (report.community_size[b] < 3) continue;
            const double expected = ends > 0 ? community_degree[a] * community_degree[b] / ends : 0.0;
            const CommunityPair pair{a, b, between[a][b], expected};
            if (between[a][b] == 0) report.never_meet.push_back(pair);
            else if (between[a][b] <= 1 && expected >= 3) report.barely_meet.push_back(pair);
        }
    }
    auto by_expected = [](const CommunityPair& x, const CommunityPair& y) { return x.expected > y.expected; };
    std::stable_sort(report.never_meet.begin(), report.never_meet.end(), by_expected);
    std::stable_sort(report.barely_meet.begin(), report.barely_meet.end(), by_expected);
    return report;
}

}  // namespace stakemap
