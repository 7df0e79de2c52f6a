#pragma once
// Centralities from the leading eigenvector of the tie structure, by power
// iteration (PageRank of an undirected map starts from a linear solve) (Boost.Graph has no eigenvector centrality, and its page_rank
// treats dangling organisations differently from NetworkX).

#include <cstddef>
#include <vector>

#include "analysis/snapshot/analysis_graph.hpp"

namespace stakemap {

struct IterationLimits {
    std::size_t max_iterations = 10000;
    double tolerance = 1e-12;  // stop when the L1 change per node falls below this
};

struct SpectralResult {
    std::vector<double> values;
    std::size_t iterations = 0;
    bool converged = false;
};

// Eigenvector centrality: x(v) proportional to the sum of x over v's partners
// (over the organisations tying *to* v in a directed map), L2-normalised.
// Iterates x <- (A + sI)x from the uniform vector (NetworkX: s = 1), which
// converges on bipartite maps too; s grows with the largest hub, so a star of a
// million ties converges in a few iterations instead of none in 10,000. Weighted when `weighted` (tie weight as given).
// Disconnected maps: the result is dominated by the component with the largest
// eigenvalue; others tend to 0. An empty map gives an empty vector.
SpectralResult eigenvector_centrality(const AnalysisGraph& graph, bool weighted = false,
                                      IterationLimits limits = {});

// PageRank with damping `damping` (0.85 by default): a random walk that follows
// ties in proportion to their weight (when `weighted`) and jumps uniformly
// otherwise; an organisation with no outgoing tie spreads its rank uniformly
// over all organisations (NetworkX's dangling rule). Sums to 1. Stops when every
// organisation's value changes by less than 1e-11 of itself in one iteration (a rule
// per organisation: small components beside a big one converge too).
// An undirected map is read as every tie both ways; its PageRank is first solved
// as a symmetric linear system (pagerank_linear_solve.hpp, about 45 steps where
// the power iteration takes up to 154), and `iterations` then counts only the
// power steps that confirmed it (usually 1).
SpectralResult pagerank(const AnalysisGraph& graph, double damping = 0.85, bool weighted = true,
                        IterationLimits limits = {});

}  // namespace stakemap
