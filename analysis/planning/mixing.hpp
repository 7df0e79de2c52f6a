#pragma once
// Cross-sector ties: how often organisations of each type are tied to each
// other type, against how often they would be if ties ignored type (the
// configuration model: a tie end lands on a type in proportion to that
// type's share of all tie ends, so E[a,b] = D_a D_b / 2m for a != b and
// D_a^2 / 4m within a, D_a being the degree sum of type a). Also Newman's
// attribute assortativity coefficient (as NetworkX's
// attribute_assortativity_coefficient), and, per pair of types, how many
// organisations of one type have no partner of the other.
// Ties are read undirected; repeated relationships count once.

#include <cstddef>
#include <string>
#include <vector>

#include "analysis/snapshot/analysis_graph.hpp"
#include "analysis/snapshot/symmetric_adjacency.hpp"

namespace stakemap {

struct MixingFlag {
    std::size_t a, b;  // indices into MixingResult::groups, a <= b
    double observed = 0;
    double expected = 0;
    bool absent = false;  // no tie at all, although several were expected
    std::string text;     // e.g. "No CSO-union ties (4.2 expected if ties ignored type)."
};

struct MixingResult {
    std::vector<std::string> groups;                // the types (empty string: unspecified)
    std::vector<std::size_t> members;               // organisations per group
    std::vector<std::vector<double>> observed;      // symmetric, ties between groups
    std::vector<std::vector<double>> expected;      // symmetric
    double assortativity = 0.0;                     // NaN when undefined (one group, or no ties)
    // unlinked[a][b]: organisations of group a with no partner in group b.
    std::vector<std::vector<std::size_t>> unlinked;
    std::vector<MixingFlag> flags;                  // absent or far below expectation, most expected first
};

// `group` per organisation (e.g. its type). Pairs are flagged when at least
// `min_expected` ties were expected and fewer than `ratio` of them occur.
MixingResult type_mixing(const AnalysisGraph& graph, const std::vector<std::string>& group, double min_expected = 1.0,
                         double ratio = 0.5);
// The same on partner lists already built (symmetric_adjacency(graph, false)).
MixingResult type_mixing(const SymmetricAdjacency& partners, const std::vector<std::string>& group, double min_expected = 1.0,
                         double ratio = 0.5);

}  // namespace stakemap
