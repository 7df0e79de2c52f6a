#include "analysis/planning/mixing.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <stdexcept>

#include "analysis/snapshot/symmetric_adjacency.hpp"
#include "analysis/planning/wording.hpp"
#include "graph/vocabulary.hpp"

namespace stakemap {
namespace {

std::string pair_words(const std::string& a, const std::string& b) {
    return vocabulary::type_in_words(a) + "–" + vocabulary::type_in_words(b);
}

}  // namespace

MixingResult type_mixing(const AnalysisGraph& graph, const std::vector<std::string>& group, double min_expected, double ratio) {
    return type_mixing(symmetric_adjacency(graph, false), group, min_expected, ratio);
}

MixingResult type_mixing(const SymmetricAdjacency& adjacency, const std::vector<std::string>& group, double min_expected, double ratio) {
    const std::size_t n = adjacency.size();
    if (group.size() != n) throw std::invalid_argument("type_mixing: one group per organisation is needed");
    MixingResult result;
    // Groups in vocabulary order for known types, then others by name.
    std::map<std::string, std::size_t> present;
    for (const auto& g : group) ++present[g];
    for (const auto type : vocabulary::organisation_types()) {
        if (present.count(std::string(type))) result.groups.emplace_back(type);
    }
    for (const auto& [g, count] : present) {
        if (!vocabulary::is_known_organisation_type(g)) result.groups.push_back(g);
    }
    const std::size_t k = result.groups.size();
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < k; ++i) index[result.groups[i]] = i;
    std::vector<std::size_t> g(n);
    result.members.assign(k, 0);
    for (std::size_t v = 0; v < n; ++v) {
        g[v] = index[group[v]];
        ++result.members[g[v]];
    }

    result.observed.assign(k, std::vector<double>(k, 0.0));
    result.expected.assign(k, std::vector<double>(k, 0.0));
    result.unlinked.assign(k, std::vector<std::size_t>(k, 0));
    std::vector<double> degree_sum(k, 0.0);
    std::vector<char> has_partner_in(k);
    double ends = 0.0;  // 2m
    for (std::size_t u = 0; u < n; ++u) {
        std::fill(has_partner_in.begin(), has_partner_in.end(), 0);
        for (std::size_t j = adjacency.offset[u]; j < adjacency.offset[u + 1]; ++j) {
            const NodeIndex v = adjacency.partner[j];
            has_partner_in[g[v]] = 1;
            if (u < v) {
                result.observed[g[u]][g[v]] += 1;
                if (g[u] != g[v]) result.observed[g[v]][g[u]] += 1;
            }
        }
        const double degree = static_cast<double>(adjacency.degree(u));
        degree_sum[g[u]] += degree;
        ends += degree;
        for (std::size_t b = 0; b < k; ++b) {
            if (!has_partner_in[b]) ++result.unlinked[g[u]][b];
        }
    }
    if (ends > 0) {
        for (std::size_t a = 0; a < k; ++a) {
            for (std::size_t b = 0; b < k; ++b) {
                result.expected[a][b] = a == b ? degree_sum[a] * degree_sum[a] / (2.0 * ends) : degree_sum[a] * degree_sum[b] / ends;
            }
        }
    }
    // Assortativity: e_ab is the share of tie ends running from a to b (each tie both ways).
    result.assortativity = std::numeric_limits<double>::quiet_NaN();
    if (ends > 0) {
        double trace = 0.0, products = 0.0;
        for (std::size_t a = 0; a < k; ++a) {
            const double e_aa = 2.0 * result.observed[a][a] / ends;
            trace += e_aa;
            const double share = degree_sum[a] / ends;  // a_i = b_i = share of tie ends
            products += share * share;
        }
        if (products < 1.0) result.assortativity = (trace - products) / (1.0 - products);
    }
    for (std::size_t a = 0; a < k; ++a) {
        for (std::size_t b = a; b < k; ++b) {
            const double observed = result.observed[a][b], expected = result.expected[a][b];
            if (expected < min_expected || observed >= ratio * expected) continue;
            MixingFlag flag{a, b, observed, expected, observed == 0, {}};
            const std::string pair = pair_words(result.groups[a], result.groups[b]);
            flag.text = observed == 0 ? "No " + pair + " ties (" + decimals(expected, 1) + " expected if ties ignored type)."
                                      : "Few " + pair + " ties: " + decimals(observed, 1) + " where " + decimals(expected, 1) +
                                            " would be expected if ties ignored type.";
            result.flags.push_back(std::move(flag));
        }
    }
    std::stable_sort(result.flags.begin(), result.flags.end(),
                     [](const MixingFlag& x, const MixingFlag& y) { return x.expected - x.observed > y.expected - y.observed; });
    return result;
}

}  // namespace stakemap
