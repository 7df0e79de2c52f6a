#pragma once
// Communities: groups of organisations more tied to each other than to the
// rest, found by the Louvain method (Blondel et al. 2008), maximising
// modularity. Boost.Graph has no released Louvain, so it is implemented here.
//
// Ties are read undirected (a directed tie u->v counts as u-v) and weighted by
// tie weight, as NetworkX's louvain_communities. Deterministic for a seed: the
// seed fixes the order in which organisations are visited; ties in gain go to
// the community with the smallest number. Louvain ends in a local optimum
// that depends on that order, so small maps (up to 2,000 organisations) are
// partitioned from several orders derived from the seed and the best
// modularity kept. Communities are numbered 0, 1, ...
// in order of their first organisation. Isolated organisations are each their
// own community. Nodes are revisited only when a neighbour moved (a queue, as
// in Leiden's fast local move): about O(m) for the first pass, less after.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "analysis/snapshot/analysis_graph.hpp"
#include "analysis/snapshot/symmetric_adjacency.hpp"

namespace stakemap {

struct CommunityOptions {
    std::uint64_t seed = 1;
    double resolution = 1.0;
    double min_gain = 1e-7;  // a level stops when a full pass gains less modularity than this
    std::size_t restarts = 0;  // orders tried; 0: 8 for maps up to 2,000 organisations, else 1
};

struct Communities {
    std::vector<std::size_t> community;  // per organisation
    std::size_t count = 0;
    double modularity = 0.0;
    std::size_t levels = 0;
};

Communities louvain_communities(const AnalysisGraph& graph, const CommunityOptions& options = {});
// The same on partner lists already built with summed weights (symmetric_adjacency(graph, true)).
Communities louvain_communities(const SymmetricAdjacency& weighted, const CommunityOptions& options = {});

// Modularity of any partition (resolution 1): sum over communities of
// L_c/m - (d_c/2m)^2; 0 for a map without ties.
double modularity(const AnalysisGraph& graph, const std::vector<std::size_t>& community);
double modularity(const SymmetricAdjacency& weighted, const std::vector<std::size_t>& community);

// Tie weight between pairs of communities (undirected, summed), for "groups
// that never meet". Only pairs with ties are stored: a big map has tens of
// thousands of one-organisation communities, and a dense table of all pairs
// would take gigabytes.
class CommunityTies {
public:
    void add(std::size_t a, std::size_t b, double weight) { weight_[key(a, b)] += weight; }
    // The summed weight between a and b, in either order; 0 when they share no tie.
    double between(std::size_t a, std::size_t b) const {
        const auto found = weight_.find(key(a, b));
        return found == weight_.end() ? 0.0 : found->second;
    }
    std::size_t linked_pairs() const { return weight_.size(); }

private:
    static std::uint64_t key(std::size_t a, std::size_t b) {
        return static_cast<std::uint64_t>(std::min(a, b)) << 32 | static_cast<std::uint64_t>(std::max(a, b));
    }
    std::unordered_map<std::uint64_t, double> weight_;
};

CommunityTies ties_between_communities(const AnalysisGraph& graph, const Communities& communities);

}  // namespace stakemap
