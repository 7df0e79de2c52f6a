#pragma once
// Every organisation's partners regardless of direction, each once, with the
// tie weight summed over both directions (u->v plus v->u in a directed map).
// Louvain and the structural-hole measures read ties this way.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "analysis/snapshot/analysis_graph.hpp"

namespace stakemap {

struct SymmetricAdjacency {
    std::vector<std::size_t> offset;  // partners of u: [offset[u], offset[u+1])
    std::vector<NodeIndex> partner;   // sorted per organisation
    std::vector<double> weight;

    std::size_t size() const { return offset.empty() ? 0 : offset.size() - 1; }
    std::size_t degree(std::size_t u) const { return offset[u + 1] - offset[u]; }
};

// With use_weights = false every tie (in each direction) weighs 1.
// Weights below 0 count as 0.
SymmetricAdjacency symmetric_adjacency(const AnalysisGraph& graph, bool use_weights = true);

}  // namespace stakemap
