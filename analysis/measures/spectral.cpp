#include "analysis/measures/spectral.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "analysis/measures/degree_ordered_rows.hpp"
#include "analysis/measures/pagerank_linear_solve.hpp"
#include "analysis/measures/row_halves.hpp"
#include "graph/support/progress.hpp"

namespace stakemap {
namespace {

double l1_change(const std::vector<double>& a, const std::vector<double>& b) {
    double change = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) change += std::abs(a[i] - b[i]);
    return change;
}

// max over v of |a_v - b_v| / a_v (PageRank values are at least (1 - damping) / n > 0).
double largest_relative_change(const std::vector<double>& a, const std::vector<double>& b) {
    double change = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i] > 0) change = std::max(change, std::abs(a[i] - b[i]) / a[i]);
    }
    return change;
}

constexpr std::size_t kTwoCoresFrom = 200000;  // organisations; below, a thread costs more than it saves

// pass(begin, end) over all rows, on two cores for big maps. Rows are independent, so the
// halves compute what one pass would.
template <class Pass>
void over_rows_in_halves(const DegreeOrderedRows& rows, const Pass& pass) {
    in_two_halves(rows.size() >= kTwoCoresFrom, rows.size(), row_at_half_arcs(rows.row_start), pass);
}

// Each value within about 1e-10 / (1 - damping) of its limit, relatively.
constexpr double kPagerankRelativeTolerance = 1e-11;

}  // namespace

SpectralResult eigenvector_centrality(const AnalysisGraph& graph, bool weighted, IterationLimits limits) {
    const std::size_t n = graph.node_count();
    SpectralResult result;
    if (n == 0) {
        result.converged = true;
        return result;
    }
    // By row of the renumbered in-arcs (degree_ordered_rows.hpp), mapped back at the end.
    const DegreeOrderedRows rows(graph, weighted ? DegreeOrderedRows::WeightRule::as_given : DegreeOrderedRows::WeightRule::ones);
    // x <- (A + sI)x has A's leading eigenvector. s = 1 (NetworkX's choice) converges slowly
    // where a hub makes the map nearly bipartite with a large spectral radius r (a star: the
    // eigenvalues 1 +- r, ratio (r - 1)/(r + 1), thousands of iterations). s grows with
    // sqrt(largest strength), a lower bound of r on unweighted maps, so -r is damped.
    const double largest_strength = rows.arc_weight.visit([&](const auto weight) {
        double largest = 0.0;
        for (std::size_t v = 0; v < n; ++v) {
            double strength = 0.0;
            for (std::size_t k = rows.row_start[v]; k < rows.row_start[v + 1]; ++k) strength += std::abs(static_cast<double>(weight[k]));
            largest = std::max(largest, strength);
        }
        return largest;
    });
    const double shift = std::max(1.0, 0.5 * std::sqrt(largest_strength));
    std::vector<double> x(n, 1.0 / static_cast<double>(n));
    std::vector<double> next(n);
    for (result.iterations = 1; result.iterations <= limits.max_iterations; ++result.iterations) {
        over_rows_in_halves(rows, [&](std::size_t begin, std::size_t end) {
            rows.arc_weight.visit([&](const auto weight) {
                for (std::size_t v = begin; v < end; ++v) {
                    double sum = shift * x[v];  // the identity term of (A + sI)
                    for (std::size_t k = rows.row_start[v]; k < rows.row_start[v + 1]; ++k) {
                        sum += static_cast<double>(weight[k]) * x[rows.column[k]];
                    }
                    next[v] = sum;
                }
            });
        });
        double norm = 0.0;
        for (double value : next) norm += value * value;
        norm = std::sqrt(norm);
        if (norm == 0.0 || !std::isfinite(norm)) {
            throw std::domain_error("eigenvector centrality is undefined for these tie weights");
        }
        for (double& value : next) value /= norm;
        const double change = l1_change(next, x);
        x.swap(next);
        if (change < static_cast<double>(n) * limits.tolerance) {
            result.converged = true;
            break;
        }
    }
    result.values.resize(n);
    for (std::size_t v = 0; v < n; ++v) result.values[v] = x[rows.position[v]];
    return result;
}

SpectralResult pagerank(const AnalysisGraph& graph, double damping, bool weighted, IterationLimits limits) {
    const std::size_t n = graph.node_count();
    SpectralResult result;
    if (n == 0) {
        result.converged = true;
        return result;
    }
    // Everything below works by row of the renumbered rows, mapped back at the end.
    const DegreeOrderedRows rows(graph, weighted ? DegreeOrderedRows::WeightRule::negative_as_zero : DegreeOrderedRows::WeightRule::ones);
    const auto& row_start = rows.row_start;
    const auto& column = rows.column;
    const auto& out_strength = rows.out_strength;
    const double uniform = 1.0 / static_cast<double>(n);
    std::vector<double> x(n, uniform);
    if (!graph.directed()) {
        // An undirected map's ties are symmetric: solve for PageRank directly, then let the
        // power iteration below confirm it by the same rule as any other start.
        if (auto estimate = pagerank_by_conjugate_gradients(rows, damping)) x = std::move(*estimate);
    }
    std::vector<double> next(n);
    std::vector<double> share_of_rank(n);  // x_u / out-strength_u: what each arc of u carries per unit weight
    for (result.iterations = 1; result.iterations <= limits.max_iterations; ++result.iterations) {
        double dangling = 0.0;
        for (NodeIndex u = 0; u < n; ++u) {
            if (out_strength[u] > 0.0) {
                share_of_rank[u] = x[u] / out_strength[u];
            } else {
                share_of_rank[u] = 0.0;
                dangling += x[u];
            }
        }
        const double base = (1.0 - damping) * uniform + damping * dangling * uniform;
        // Rows are independent: two halves on two threads give the same sums as one.
        const auto pull = [&](std::size_t begin, std::size_t end) {
            rows.arc_weight.visit([&](const auto weight) {
                for (std::size_t v = begin; v < end; ++v) {
                    double inflow = 0.0;
                    for (std::size_t k = row_start[v]; k < row_start[v + 1]; ++k) {
                        inflow += static_cast<double>(weight[k]) * share_of_rank[column[k]];
                    }
                    next[v] = base + damping * inflow;
                }
            });
        };
        over_rows_in_halves(rows, pull);
        // Every organisation's value must have settled, not only their sum: beside a big
        // component a small one's values are tiny, and a global rule stops while they still move.
        const double change = largest_relative_change(next, x);
        x.swap(next);
        progress_advance();
        if (change < kPagerankRelativeTolerance) {
            result.converged = true;
            break;
        }
    }
    result.values.resize(n);
    for (NodeIndex v = 0; v < n; ++v) result.values[v] = x[rows.position[v]];
    return result;
}

}  // namespace stakemap
