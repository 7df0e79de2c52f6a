#include "analysis/measures/brokerage.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <stdexcept>
#include <unordered_map>

#include "analysis/snapshot/parallel_sources.hpp"
#include "analysis/snapshot/symmetric_adjacency.hpp"

namespace stakemap {

StructuralHoles structural_holes(const AnalysisGraph& graph, bool weighted) {
    return structural_holes(symmetric_adjacency(graph, weighted));
}

namespace {

// Organisations per task when the ego loops are shared out over the cores.
constexpr std::size_t kEgosPerTask = 1024;

// Whether to find the common partners of two organisations by walking the first's list
// (a flag lookup per entry) rather than binary-searching it once per entry of the second.
// Walking is much faster per entry (no branch mispredictions), so it is chosen up to
// a few times the second list's length; past that (a hub) the searches bound the work
// to O(shorter list x log) per tie.
bool walk_longer_list(std::size_t first_length, std::size_t second_length) { return first_length <= 4 * second_length + 16; }

// The weight of u's tie to v in sorted partner lists, or 0: a binary search.
double tie_weight(const SymmetricAdjacency& adjacency, std::size_t u, NodeIndex v) {
    const auto begin = adjacency.partner.begin() + static_cast<std::ptrdiff_t>(adjacency.offset[u]);
    const auto end = adjacency.partner.begin() + static_cast<std::ptrdiff_t>(adjacency.offset[u + 1]);
    const auto found = std::lower_bound(begin, end, v);
    if (found == end || *found != v) return 0.0;
    return adjacency.weight[static_cast<std::size_t>(found - adjacency.partner.begin())];
}

}  // namespace

StructuralHoles structural_holes(const SymmetricAdjacency& adjacency) {
    const std::size_t n = adjacency.size();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    StructuralHoles result{std::vector<double>(n, nan), std::vector<double>(n, nan), std::vector<double>(n, nan)};

    std::vector<double> total(n, 0.0), strongest(n, 0.0);  // per organisation: sum and max of its tie weights
    for (std::size_t u = 0; u < n; ++u) {
        for (std::size_t k = adjacency.offset[u]; k < adjacency.offset[u + 1]; ++k) {
            total[u] += adjacency.weight[k];
            strongest[u] = std::max(strongest[u], adjacency.weight[k]);
        }
    }
    // Each worker takes a block of egos with its own scratch, indexed by organisation: the
    // ego's share in each partner, and what the partners' ties to each other add up to.
    // Every ego's figures are its own, so the blocks write disjoint entries.
    struct Worker {
        const SymmetricAdjacency* adjacency;
        const std::vector<double>* total;
        const std::vector<double>* strongest;
        StructuralHoles* result;
        std::vector<double> share, indirect, redundancy;
        std::vector<char> is_partner;
        std::vector<double> local;

        void visit(std::size_t task) {
            const std::size_t n = adjacency->size();
            const std::size_t last = std::min(n, (task + 1) * kEgosPerTask);
            for (std::size_t u = task * kEgosPerTask; u < last; ++u) ego(u);
        }

        void ego(std::size_t u) {
            const SymmetricAdjacency& a = *adjacency;
            const std::size_t begin = a.offset[u], end = a.offset[u + 1];
            if (begin == end) return;
            for (std::size_t k = begin; k < end; ++k) {
                const NodeIndex v = a.partner[k];
                is_partner[v] = 1;
                share[v] = (*total)[u] > 0 ? a.weight[k] / (*total)[u] : 0.0;
            }
            // For each partner w, the partners v of u that w is tied to. Walking (about) the shorter
            // of w's and u's lists keeps the work to O(min(deg u, deg w)) per tie, so one hub with
            // a million partners costs a few million steps, not a million squared.
            for (std::size_t k = begin; k < end; ++k) {
                const NodeIndex w = a.partner[k];
                const double p_uw = share[w];
                const double total_w = (*total)[w];
                const auto credit = [&](NodeIndex v, double a_wv) {
                    if (total_w > 0) indirect[v] += p_uw * a_wv / total_w;                    // p_uw * p_wv
                    if ((*strongest)[v] > 0) redundancy[v] += p_uw * a_wv / (*strongest)[v];  // p_uw * m_vw
                };
                if (walk_longer_list(a.degree(w), end - begin)) {
                    for (std::size_t j = a.offset[w]; j < a.offset[w + 1]; ++j) {
                        if (is_partner[a.partner[j]]) credit(a.partner[j], a.weight[j]);
                    }
                } else {
                    for (std::size_t j = begin; j < end; ++j) {
                        const NodeIndex v = a.partner[j];
                        if (v == w) continue;
                        // The lists are symmetric (one entry each way, same weight): search the shorter.
                        const double a_wv = a.degree(v) < a.degree(w) ? tie_weight(a, v, w) : tie_weight(a, w, v);
                        if (a_wv != 0.0) credit(v, a_wv);
                    }
                }
            }
            double constraint = 0.0, effective = 0.0;
            local.clear();
            for (std::size_t k = begin; k < end; ++k) {
                const NodeIndex v = a.partner[k];
                const double c = (share[v] + indirect[v]) * (share[v] + indirect[v]);
                local.push_back(c);
                constraint += c;
                effective += 1.0 - redundancy[v];
            }
            result->constraint[u] = constraint;
            result->effective_size[u] = effective;
            const double partners = static_cast<double>(end - begin);
            if (end - begin >= 2 && constraint > 0) {
                double h = 0.0;
                for (const double c : local) {
                    const double ratio = c / (constraint / partners);
                    if (ratio > 0) h += ratio * std::log(ratio);
                }
                result->hierarchy[u] = h / (partners * std::log(partners));
            }
            for (std::size_t k = begin; k < end; ++k) {
                const NodeIndex v = a.partner[k];
                is_partner[v] = 0;
                share[v] = indirect[v] = redundancy[v] = 0.0;
            }
        }
    };
    for_each_task(n, kEgosPerTask, [&] {
        return Worker{&adjacency, &total, &strongest, &result, std::vector<double>(n, 0.0), std::vector<double>(n, 0.0),
                      std::vector<double>(n, 0.0), std::vector<char>(n, 0), {}};
    });
    return result;
}

namespace {

// Whether `out` holds the arc a -> c: a binary search in a's sorted arcs (for the in-arcs
// graph, has_arc(in, c, a) asks the same of c's in-arcs).
bool has_arc(const ArcGraph& out, NodeIndex a, NodeIndex c) {
    const auto range = boost::out_edges(a, out);
    auto first = range.first, last = range.second;
    // The CSR keeps each node's arcs sorted by target.
    while (first != last) {
        auto middle = first;
        std::advance(middle, std::distance(first, last) / 2);
        const NodeIndex t = boost::target(*middle, out);
        if (t == c) return true;
        if (t < c) first = ++middle;
        else last = middle;
    }
    return false;
}

}  // namespace

// Roles from group counts: for broker b, every pair (a, c) of an in-partner and an
// out-partner, a != c, falls in a role by the groups of a, b and c; the pairs already
// tied a -> c (closed triads) are found by walking the shorter of a's and b's out-lists
// and taken off. O(deg) per broker plus O(min(deg a, deg b) log) per tie, so hubs are cheap.
BrokerageRoles brokerage_roles(const AnalysisGraph& graph, const std::vector<std::string>& group) {
    const std::size_t n = graph.node_count();
    if (group.size() != n) throw std::invalid_argument("brokerage_roles: one group per organisation is needed");
    BrokerageRoles roles{std::vector<double>(n, 0.0), std::vector<double>(n, 0.0), std::vector<double>(n, 0.0),
                         std::vector<double>(n, 0.0), std::vector<double>(n, 0.0)};
    // Groups as small integers for fast comparison.
    std::unordered_map<std::string, std::size_t> numbers;
    std::vector<std::size_t> g(n);
    for (std::size_t v = 0; v < n; ++v) g[v] = numbers.emplace(group[v], numbers.size()).first->second;

    // Each worker takes a block of brokers with its own counts; a broker's roles are its own
    // entries, so the blocks write disjoint entries.
    struct Worker {
        const ArcGraph* out;
        const ArcGraph* in;
        const std::vector<std::size_t>* g;
        BrokerageRoles* roles;
        std::vector<double> in_count, out_count;  // per group
        std::vector<std::size_t> touched;
        std::vector<char> is_out;                 // per organisation

        void visit(std::size_t task) {
            const std::size_t last = std::min(g->size(), (task + 1) * kEgosPerTask);
            for (std::size_t b = task * kEgosPerTask; b < last; ++b) broker(static_cast<NodeIndex>(b));
        }

        void classify(std::size_t a, std::size_t b, std::size_t c, double count) {
            const auto& group = *g;
            const bool ab = group[a] == group[b], bc = group[b] == group[c], ac = group[a] == group[c];
            if (ab && bc) roles->coordinator[b] += count;
            else if (ac) roles->itinerant[b] += count;
            else if (bc) roles->gatekeeper[b] += count;
            else if (ab) roles->representative[b] += count;
            else roles->liaison[b] += count;
        }

        void broker(NodeIndex b) {
            const auto& group = *g;
            const std::size_t gb = group[b];
            for (const auto arc : boost::make_iterator_range(boost::out_edges(b, *in))) {
                const NodeIndex a = boost::target(arc, *in);
                if (in_count[group[a]] == 0 && out_count[group[a]] == 0) touched.push_back(group[a]);
                in_count[group[a]] += 1;
            }
            for (const auto arc : boost::make_iterator_range(boost::out_edges(b, *out))) {
                const NodeIndex c = boost::target(arc, *out);
                if (in_count[group[c]] == 0 && out_count[group[c]] == 0) touched.push_back(group[c]);
                out_count[group[c]] += 1;
                is_out[c] = 1;
            }
            // Every (a, c) pair by groups.
            double in_other = 0, out_other = 0, same_other = 0;  // sums over groups other than b's
            for (const std::size_t x : touched) {
                if (x == gb) continue;
                in_other += in_count[x];
                out_other += out_count[x];
                same_other += in_count[x] * out_count[x];
            }
            roles->coordinator[b] += in_count[gb] * out_count[gb];
            roles->itinerant[b] += same_other;
            roles->gatekeeper[b] += in_other * out_count[gb];
            roles->representative[b] += in_count[gb] * out_other;
            roles->liaison[b] += in_other * out_other - same_other;
            // Off: pairs with a == c (a reciprocated tie), and closed triads a -> c.
            for (const auto arc : boost::make_iterator_range(boost::out_edges(b, *in))) {
                const NodeIndex a = boost::target(arc, *in);
                if (is_out[a]) classify(a, b, a, -1.0);
                const std::size_t out_a = boost::out_degree(a, *out), out_b = boost::out_degree(b, *out);
                if (walk_longer_list(out_a, out_b)) {
                    for (const auto next : boost::make_iterator_range(boost::out_edges(a, *out))) {
                        const NodeIndex c = boost::target(next, *out);
                        if (c != a && c != b && is_out[c]) classify(a, b, c, -1.0);
                    }
                } else {
                    for (const auto next : boost::make_iterator_range(boost::out_edges(b, *out))) {
                        const NodeIndex c = boost::target(next, *out);
                        // a -> c is in a's out-arcs and in c's in-arcs: search the shorter list.
                        const bool closed = boost::out_degree(c, *in) < out_a ? has_arc(*in, c, a) : has_arc(*out, a, c);
                        if (c != a && closed) classify(a, b, c, -1.0);
                    }
                }
            }
            for (const std::size_t x : touched) in_count[x] = out_count[x] = 0;
            touched.clear();
            for (const auto arc : boost::make_iterator_range(boost::out_edges(b, *out))) is_out[boost::target(arc, *out)] = 0;
        }
    };
    for_each_task(n, kEgosPerTask, [&] {
        return Worker{&graph.out_arcs(), &graph.in_arcs(), &g, &roles, std::vector<double>(numbers.size(), 0.0),
                      std::vector<double>(numbers.size(), 0.0), {}, std::vector<char>(n, 0)};
    });
    return roles;
}

}  // namespace stakemap
