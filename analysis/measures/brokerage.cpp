#include "analysis/measures/brokerage.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>
#include <unordered_map>

#include "analysis/snapshot/symmetric_adjacency.hpp"

namespace stakemap {

StructuralHoles structural_holes(const AnalysisGraph& graph, bool weighted) {
    return structural_holes(symmetric_adjacency(graph, weighted));
}

StructuralHoles structural_holes(const SymmetricAdjacency& adjacency) {
    const std::size_t n = adjacency.size();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    StructuralHoles result{std::vector<double>(n, nan), std::vector<double>(n, nan), std::vector<double>(n, nan)};

    std::vector<double> total(n, 0.0), strongest(n, 0.0);  // per organisation: sum and max of its tie weights
    for (std::size_t u = 0; u < n; ++u) {
        for (std::size_t k = adjacency.offset[u]; k < adjacency.offset[u + 1]; ++k) {
            total[u] += adjacency.weight[k];
            strongest[u] = std::max(strongest[u], adjacency.weight[k]);
        }
    }
    // Scratch per ego, indexed by organisation: u's share in each partner, and
    // what the partners' ties to each other add up to.
    std::vector<double> share(n, 0.0), indirect(n, 0.0), redundancy(n, 0.0);
    std::vector<char> is_partner(n, 0);
    for (std::size_t u = 0; u < n; ++u) {
        const std::size_t begin = adjacency.offset[u], end = adjacency.offset[u + 1];
        if (begin == end) continue;
        for (std::size_t k = begin; k < end; ++k) {
            const NodeIndex v = adjacency.partner[k];
            is_partner[v] = 1;
            share[v] = total[u] > 0 ? adjacency.weight[k] / total[u] : 0.0;
        }
        for (std::size_t k = begin; k < end; ++k) {
            const NodeIndex w = adjacency.partner[k];
            const double p_uw = share[w];
            for (std::size_t j = adjacency.offset[w]; j < adjacency.offset[w + 1]; ++j) {
                const NodeIndex v = adjacency.partner[j];
                if (!is_partner[v]) continue;
                const double a_wv = adjacency.weight[j];
                if (total[w] > 0) indirect[v] += p_uw * a_wv / total[w];         // p_uw * p_wv
                if (strongest[v] > 0) redundancy[v] += p_uw * a_wv / strongest[v];  // p_uw * m_vw
            }
        }
        double constraint = 0.0, effective = 0.0;
        std::vector<double> local;
        local.reserve(end - begin);
        for (std::size_t k = begin; k < end; ++k) {
            const NodeIndex v = adjacency.partner[k];
            const double c = (share[v] + indirect[v]) * (share[v] + indirect[v]);
            local.push_back(c);
            constraint += c;
            effective += 1.0 - redundancy[v];
        }
        result.constraint[u] = constraint;
        result.effective_size[u] = effective;
        const double partners = static_cast<double>(end - begin);
        if (end - begin >= 2 && constraint > 0) {
            double h = 0.0;
            for (const double c : local) {
                const double ratio = c / (constraint / partners);
                if (ratio > 0) h += ratio * std::log(ratio);
            }
            result.hierarchy[u] = h / (partners * std::log(partners));
        }
        for (std::size_t k = begin; k < end; ++k) {
            const NodeIndex v = adjacency.partner[k];
            is_partner[v] = 0;
            share[v] = indirect[v] = redundancy[v] = 0.0;
        }
    }
    return result;
}

BrokerageRoles brokerage_roles(const AnalysisGraph& graph, const std::vector<std::string>& group) {
    const std::size_t n = graph.node_count();
    if (group.size() != n) throw std::invalid_argument("brokerage_roles: one group per organisation is needed");
    BrokerageRoles roles{std::vector<double>(n, 0.0), std::vector<double>(n, 0.0), std::vector<double>(n, 0.0),
                         std::vector<double>(n, 0.0), std::vector<double>(n, 0.0)};
    // Groups as small integers for fast comparison.
    std::unordered_map<std::string, std::size_t> numbers;
    std::vector<std::size_t> g(n);
    for (std::size_t v = 0; v < n; ++v) g[v] = numbers.emplace(group[v], numbers.size()).first->second;

    const ArcGraph& out = graph.out_arcs();
    const ArcGraph& in = graph.in_arcs();
    std::vector<std::size_t> reaches(n, static_cast<std::size_t>(-1));  // reaches[c] == a: a -> c exists
    for (NodeIndex b = 0; b < n; ++b) {
        for (const auto in_arc : boost::make_iterator_range(boost::out_edges(b, in))) {
            const NodeIndex a = boost::target(in_arc, in);
            for (const auto arc : boost::make_iterator_range(boost::out_edges(a, out))) reaches[boost::target(arc, out)] = a;
            for (const auto out_arc : boost::make_iterator_range(boost::out_edges(b, out))) {
                const NodeIndex c = boost::target(out_arc, out);
                if (c == a || reaches[c] == a) continue;  // closed triad: no brokerage
                const bool ab = g[a] == g[b], bc = g[b] == g[c], ac = g[a] == g[c];
                if (ab && bc) roles.coordinator[b] += 1;
                else if (ac) roles.itinerant[b] += 1;
                else if (bc) roles.gatekeeper[b] += 1;
                else if (ab) roles.representative[b] += 1;
                else roles.liaison[b] += 1;
            }
        }
    }
    return roles;
}

}  // namespace stakemap
