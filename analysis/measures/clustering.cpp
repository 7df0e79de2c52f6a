#include "analysis/measures/clustering.hpp"

#include <numeric>

namespace stakemap {
namespace {

// Every triangle once, by the forward algorithm (Schank & Wagner 2005): ties
// point from the lower-ranked end to the higher (rank: degree, then index), and
// a triangle is found from its lowest-ranked corner. O(m^1.5) whatever the
// degrees, so a hub is as cheap as its ties. `found(u, v, w, s_uv, s_vw, s_uw)`.
template <typename Found>
void for_each_triangle(const SymmetricAdjacency& partners, Found&& found) {
    const std::size_t n = partners.size();
    const auto before = [&](std::size_t a, std::size_t b) {
        return partners.degree(a) != partners.degree(b) ? partners.degree(a) < partners.degree(b) : a < b;
    };
    std::vector<std::size_t> offset(n + 1, 0);
    for (std::size_t u = 0; u < n; ++u) {
        offset[u + 1] = offset[u];
        for (std::size_t k = partners.offset[u]; k < partners.offset[u + 1]; ++k) offset[u + 1] += before(u, partners.partner[k]);
    }
    std::vector<NodeIndex> forward(offset[n]);
    std::vector<double> weight(offset[n]);
    for (std::size_t u = 0, at = 0; u < n; ++u) {
        for (std::size_t k = partners.offset[u]; k < partners.offset[u + 1]; ++k) {
            if (!before(u, partners.partner[k])) continue;
            forward[at] = partners.partner[k];
            weight[at++] = partners.weight[k];
        }
    }
    std::vector<double> mark(n, 0.0);  // s_uw for w in u's forward list, 0 elsewhere
    for (std::size_t u = 0; u < n; ++u) {
        for (std::size_t k = offset[u]; k < offset[u + 1]; ++k) mark[forward[k]] = weight[k];
        for (std::size_t k = offset[u]; k < offset[u + 1]; ++k) {
            const NodeIndex v = forward[k];
            for (std::size_t j = offset[v]; j < offset[v + 1]; ++j) {
                const NodeIndex w = forward[j];
                if (mark[w] != 0.0) found(u, v, w, weight[k], weight[j], mark[w]);
            }
        }
        for (std::size_t k = offset[u]; k < offset[u + 1]; ++k) mark[forward[k]] = 0.0;
    }
}

}  // namespace

std::vector<double> clustering_coefficients(const AnalysisGraph& graph) {
    return clustering_coefficients(graph, symmetric_adjacency(graph, false));
}

// Undirected: 2 T(u) / (d (d - 1)). Directed (Fagiolo 2007, as NetworkX): with s_ij the
// arcs between i and j (1 or 2), T(i) = sum over triangles of s_ij s_jk s_ki, counted for
// both orders of j and k, over 2 (d_tot (d_tot - 1) - 2 d_reciprocal).
std::vector<double> clustering_coefficients(const AnalysisGraph& graph, const SymmetricAdjacency& partners) {
    const std::size_t n = graph.node_count();
    std::vector<double> triangles(n, 0.0);
    for_each_triangle(partners, [&](std::size_t u, std::size_t v, std::size_t w, double uv, double vw, double uw) {
        const double product = 2.0 * uv * vw * uw;  // both orders of the other two corners
        triangles[u] += product;
        triangles[v] += product;
        triangles[w] += product;
    });
    std::vector<double> result(n, 0.0);
    for (std::size_t u = 0; u < n; ++u) {
        if (triangles[u] == 0.0) continue;
        if (!graph.directed()) {
            const double degree = static_cast<double>(partners.degree(u));
            result[u] = triangles[u] / (degree * (degree - 1.0));
            continue;
        }
        double total = 0.0, reciprocal = 0.0;
        for (std::size_t k = partners.offset[u]; k < partners.offset[u + 1]; ++k) {
            total += partners.weight[k];
            reciprocal += partners.weight[k] >= 2.0;
        }
        const double possible = 2.0 * (total * (total - 1.0) - 2.0 * reciprocal);
        if (possible > 0.0) result[u] = triangles[u] / possible;
    }
    return result;
}

double average_clustering(const std::vector<double>& coefficients) {
    if (coefficients.empty()) return 0.0;
    return std::accumulate(coefficients.begin(), coefficients.end(), 0.0) / static_cast<double>(coefficients.size());
}

}  // namespace stakemap
