#include "analysis/measures/pagerank_linear_solve.hpp"

#include <cmath>
#include <thread>

#include "graph/support/progress.hpp"

namespace stakemap {
namespace {

// Stop when the residual is this small against the right-hand side: near double
// precision, so the power iteration that follows usually confirms at once.
constexpr double kRelativeResidual = 1e-14;
constexpr std::size_t kMaxSteps = 300;
// Below this many organisations one core does the work (a thread costs more).
constexpr std::size_t kTwoCoresFrom = 200000;

// y <- A p for A = I - d S^(-1/2) W S^(-1/2) (dangling rows: the identity), and
// returns p . A p. `scaled` holds p_k / sqrt(s_k) (0 for dangling k).
class SymmetricOperator {
public:
    SymmetricOperator(const SymmetricRows& rows, const std::vector<double>& inverse_root, double damping)
        : rows_(rows), inverse_root_(inverse_root), damping_(damping), scaled_(inverse_root.size()) {
        const std::size_t n = inverse_root.size();
        // Split the rows where half the arcs are behind, so a hub does not leave one core idle.
        const std::uint32_t half_arcs = rows.row_start[n] / 2;
        split_ = 0;
        while (split_ < n && rows.row_start[split_] < half_arcs) ++split_;
    }

    double apply(const std::vector<double>& p, std::vector<double>& result) {
        const std::size_t n = p.size();
        for (std::size_t k = 0; k < n; ++k) scaled_[k] = p[k] * inverse_root_[k];
        if (n < kTwoCoresFrom) return apply_rows(p, result, 0, n);
        double upper = 0.0;
        std::thread helper([&] { upper = apply_rows(p, result, split_, n); });
        const double lower = apply_rows(p, result, 0, split_);
        helper.join();
        return lower + upper;  // the same order every time: the same rounding every run
    }

private:
    double apply_rows(const std::vector<double>& p, std::vector<double>& result, std::size_t begin, std::size_t end) const {
        return rows_.arc_weight.empty() ? apply_rows<false>(p, result, begin, end) : apply_rows<true>(p, result, begin, end);
    }

    template <bool kWeighted>  // unweighted rows skip reading a weight per arc
    double apply_rows(const std::vector<double>& p, std::vector<double>& result, std::size_t begin, std::size_t end) const {
        const auto& row_start = rows_.row_start;
        const auto& column = rows_.column;
        const auto& weight = rows_.arc_weight;
        double dot = 0.0;
        for (std::size_t v = begin; v < end; ++v) {
            double inflow = 0.0;
            for (std::size_t k = row_start[v]; k < row_start[v + 1]; ++k) {
                inflow += kWeighted ? weight[k] * scaled_[column[k]] : scaled_[column[k]];
            }
            result[v] = p[v] - damping_ * inverse_root_[v] * inflow;
            dot += p[v] * result[v];
        }
        return dot;
    }

    const SymmetricRows& rows_;
    const std::vector<double>& inverse_root_;
    double damping_;
    std::vector<double> scaled_;
    std::size_t split_ = 0;
};

double dot(const std::vector<double>& a, const std::vector<double>& b) {
    double sum = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) sum += a[i] * b[i];
    return sum;
}

}  // namespace

std::optional<std::vector<double>> pagerank_by_conjugate_gradients(const SymmetricRows& rows,
                                                                   const std::vector<double>& strength,
                                                                   double damping) {
    const std::size_t n = strength.size();
    if (n == 0) return std::vector<double>{};
    std::vector<double> root(n), inverse_root(n);
    for (std::size_t v = 0; v < n; ++v) {
        const bool dangling = !(strength[v] > 0.0);
        root[v] = dangling ? 1.0 : std::sqrt(strength[v]);
        inverse_root[v] = dangling ? 0.0 : 1.0 / root[v];
    }
    // Right-hand side S^(-1/2) (1/n); dangling organisations keep x = y = 1/n.
    const double uniform = 1.0 / static_cast<double>(n);
    std::vector<double> rhs(n);
    for (std::size_t v = 0; v < n; ++v) rhs[v] = uniform / root[v];

    SymmetricOperator matrix(rows, inverse_root, damping);
    std::vector<double> y = rhs;  // start from the teleport term alone
    std::vector<double> product(n);
    matrix.apply(y, product);
    std::vector<double> residual(n);
    for (std::size_t v = 0; v < n; ++v) residual[v] = rhs[v] - product[v];
    std::vector<double> direction = residual;
    double residual_norm2 = dot(residual, residual);
    const double target2 = kRelativeResidual * kRelativeResidual * dot(rhs, rhs);
    for (std::size_t step = 0; step < kMaxSteps && residual_norm2 > target2; ++step) {
        const double curvature = matrix.apply(direction, product);
        if (!(curvature > 0.0)) break;  // cannot happen for this matrix unless rounding has taken over
        const double alpha = residual_norm2 / curvature;
        for (std::size_t v = 0; v < n; ++v) {
            y[v] += alpha * direction[v];
            residual[v] -= alpha * product[v];
        }
        const double next_norm2 = dot(residual, residual);
        const double beta = next_norm2 / residual_norm2;
        for (std::size_t v = 0; v < n; ++v) direction[v] = residual[v] + beta * direction[v];
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
