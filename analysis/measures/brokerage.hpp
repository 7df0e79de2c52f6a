#pragma once
// Brokerage: who spans structural holes between others.
//
// Burt's measures (Burt 1992), computed as NetworkX does:
//  - constraint c(u) = sum over partners v of (p_uv + sum_w p_uw p_wv)^2,
//    where p_uv is u's tie to v (both directions added) as a share of all u's
//    ties. Low constraint: u's partners do not know each other.
//  - effective size e(u) = sum over partners v of (1 - sum_w p_uw m_vw), with
//    m_vw = v's tie to w over v's strongest tie: partners not made redundant
//    by each other. Undirected and unweighted this is n - 2t/n.
//  - hierarchy: how far the constraint is concentrated on one partner,
//    sum_v (c_uv / (C/N)) ln(c_uv / (C/N)) / (N ln N) over the N partners.
// Isolated organisations get NaN (undefined), as in NetworkX; hierarchy is NaN
// for fewer than two partners. Partners are predecessors and successors alike.
// O(sum over ties of min(deg u, deg v) log deg): a hub costs its degree, not its square.
//
// Gould-Fernandez brokerage roles (Gould & Fernandez 1989): for every a -> b -> c
// with no a -> c, broker b's role depends on the groups of a, b, c:
// coordinator (all one group), itinerant (a and c share a group, b is outside),
// gatekeeper (b shares c's group, a is outside), representative (b shares a's
// group, c is outside), liaison (three groups). In an undirected map every tie
// runs both ways, so each open triad counts for both orders of its ends
// (gatekeeper and representative then mirror each other).
// Counted from group tallies less the closed triads: O(sum over ties of min(deg a, deg b) log deg).

#include <string>
#include <vector>

#include "analysis/snapshot/analysis_graph.hpp"
#include "analysis/snapshot/symmetric_adjacency.hpp"

namespace stakemap {

struct StructuralHoles {
    std::vector<double> constraint;
    std::vector<double> effective_size;
    std::vector<double> hierarchy;
};

StructuralHoles structural_holes(const AnalysisGraph& graph, bool weighted = false);
// The same on partner lists already built (symmetric_adjacency(graph, weighted)).
StructuralHoles structural_holes(const SymmetricAdjacency& partners);

struct BrokerageRoles {
    std::vector<double> coordinator, itinerant, gatekeeper, representative, liaison;
    double total(std::size_t v) const {
        return coordinator[v] + itinerant[v] + gatekeeper[v] + representative[v] + liaison[v];
    }
};

// `group` gives each organisation's group (e.g. its type); equal strings, same group.
BrokerageRoles brokerage_roles(const AnalysisGraph& graph, const std::vector<std::string>& group);

}  // namespace stakemap
