#include "analysis/measures/pagerank_linear_solve.hpp"

#include <cmath>

#include "analysis/measures/row_halves.hpp"
#include "graph/support/progress.hpp"

namespace stakemap {
namespace {

// Stop when the residual is this small against the right-hand side: near double
// precision, so the power iteration that follows usually confirms at once.
constexpr double kRelativeResidual = 1e-13;
constexpr std::size_t kMaxSteps = 300;
// Below this many organisations one core does the work (a thread costs more).
constexpr std::size_t kTwoCoresFrom = 200000;

// Runs part(begin, end) over [0, n), on both cores for big maps (split at `middle`),
// and returns the sum of what the halves return, added in the same order every run.
template <class Part>
double summed_over_rows(std::size_t n, std::size_t middle, Part&& part) {
    const auto [lower, upper] = in_two_halves(n >= kTwoCoresFrom, n, middle, part);
    return lower + upper;
}

// y <- A p for A = I - d S^(-1/2) W S^(-1/2) (dangling rows: the identity), and
// returns p . A p. Reads p / sqrt(s) from `scaled` (0 for dangling organisations),
// which the caller keeps up to date with p.
class SymmetricOperator {
public:
    SymmetricOperator(const DegreeOrderedRows& rows, const std::vector<double>& inverse_root, double damping)
        : rows_(rows), inverse_root_(inverse_root), damping_(damping), split_(row_at_half_arcs(rows.row_start)) {}

    double apply(const std::vector<double>& p, const std::vector<double>& scaled, std::vector<double>& result) const {
        return rows_.arc_weight.visit([&](const auto weight) {
            return summed_over_rows(p.size(), split_, [&](std::size_t begin, std::size_t end) {
                return apply_rows(weight, p, scaled, result, begin, end);
            });
        });
    }

private:
    template <class Weight>  // compiled once per kind of weights: all ones, floats, doubles
    double apply_rows(const Weight weight, const std::vector<double>& p, const std::vector<double>& scaled,
                      std::vector<double>& result, std::size_t begin, std::size_t end) const {
        const auto& row_start = rows_.row_start;
        const auto& column = rows_.column;
        double dot = 0.0;
        for (std::size_t v = begin; v < end; ++v) {
            double inflow = 0.0;
            for (std::size_t k = row_start[v]; k < row_start[v + 1]; ++k) {
                inflow += static_cast<double>(weight[k]) * scaled[column[k]];
            }
            result[v] = p[v] - damping_ * inverse_root_[v] * inflow;
            dot += p[v] * result[v];
        }
        return dot;
    }

    const DegreeOrderedRows& rows_;
    const std::vector<double>& inverse_root_;
    double damping_;
    std::size_t split_;  // half the arcs behind: a hub does not leave one core idle
};

}  // namespace

std::optional<std::vector<double>> pagerank_by_conjugate_gradients(const DegreeOrderedRows& rows, double damping) {
    const std::size_t n = rows.size();
    if (n == 0) return std::vector<double>{};
    std::vector<double> root(n), inverse_root(n);
    for (std::size_t v = 0; v < n; ++v) {
        const bool dangling = !(rows.out_strength[v] > 0.0);
        root[v] = dangling ? 1.0 : std::sqrt(rows.out_strength[v]);
        inverse_root[v] = dangling ? 0.0 : 1.0 / root[v];
    }
    // Right-hand side S^(-1/2) (1/n); dangling organisations keep x = y = 1/n.
    const double uniform = 1.0 / static_cast<double>(n);
    std::vector<double> rhs(n);
    double rhs_norm2 = 0.0;
    for (std::size_t v = 0; v < n; ++v) {
        rhs[v] = uniform / root[v];
        rhs_norm2 += rhs[v] * rhs[v];
    }

    // Conjugate gradients from y = rhs. Every vector pass is bound by memory, so the
    // updates that read the same vectors share one pass, on both cores for big maps.
    const SymmetricOperator matrix(rows, inverse_root, damping);
    const std::size_t middle = n / 2;
    std::vector<double> y = rhs;
    std::vector<double> scaled(n);
    for (std::size_t v = 0; v < n; ++v) scaled[v] = y[v] * inverse_root[v];
    std::vector<double> product(n);
    matrix.apply(y, scaled, product);
    std::vector<double> residual(n);
    double residual_norm2 = 0.0;
    for (std::size_t v = 0; v < n; ++v) {
        residual[v] = rhs[v] - product[v];
        residual_norm2 += residual[v] * residual[v];
    }
    std::vector<double> direction = residual;
    for (std::size_t v = 0; v < n; ++v) scaled[v] = direction[v] * inverse_root[v];
    const double target2 = kRelativeResidual * kRelativeResidual * rhs_norm2;
    for (std::size_t step = 0; step < kMaxSteps && residual_norm2 > target2; ++step) {
        const double curvature = matrix.apply(direction, scaled, product);
        if (!(curvature > 0.0)) break;  // cannot happen for this matrix unless rounding has taken over
        const double alpha = residual_norm2 / curvature;
        const double next_norm2 = summed_over_rows(n, middle, [&](std::size_t begin, std::size_t end) {
            double norm2 = 0.0;
            for (std::size_t v = begin; v < end; ++v) {
                y[v] += alpha * direction[v];
                residual[v] -= alpha * product[v];
                norm2 += residual[v] * residual[v];
            }
            return norm2;
        });
        const double beta = next_norm2 / residual_norm2;
        summed_over_rows(n, middle, [&](std::size_t begin, std::size_t end) {
            for (std::size_t v = begin; v < end; ++v) {
                direction[v] = residual[v] + beta * direction[v];
                scaled[v] = direction[v] * inverse_root[v];
            }
            return 0.0;
        });
        residual_norm2 = next_norm2;
        progress_advance();
    }
    double total = 0.0;
    for (std::size_t v = 0; v < n; ++v) {
        y[v] *= root[v];  // back to x = S^(1/2) y
        if (!(y[v] > 0.0) || !std::isfinite(y[v])) return std::nullopt;
        total += y[v];
    }
    for (double& value : y) value /= total;
    return y;
}

}  // namespace stakemap
