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
// own community. Roughly O(m) per pass, a handful of passes per level.

#include <cstddef>
#include <cstdint>
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

// Tie weight between every pair of communities (undirected, summed), for
// "groups that never meet". between[a][b] with a < b.
std::vector<std::vector<double>> ties_between_communities(const AnalysisGraph& graph, const Communities& communities);

}  // namespace stakemap
