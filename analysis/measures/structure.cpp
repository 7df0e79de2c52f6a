#include "analysis/measures/structure.hpp"

#include <algorithm>
#include <cstdint>


#include "analysis/snapshot/symmetric_adjacency.hpp"

namespace stakemap {

namespace {

// Calls visit(v) for every neighbour of u, ties read both ways; in a directed
// map a reciprocated pair is visited twice (once per arc), as NetworkX's
// core_number counts it.
template <class Visit>
void for_each_neighbour(const AnalysisGraph& graph, NodeIndex u, Visit&& visit) {
    for (const auto arc : boost::make_iterator_range(boost::out_edges(u, graph.out_arcs()))) visit(boost::target(arc, graph.out_arcs()));
    if (!graph.directed()) return;
    for (const auto arc : boost::make_iterator_range(boost::out_edges(u, graph.in_arcs()))) visit(boost::target(arc, graph.in_arcs()));
}

}  // namespace

// Batagelj & Zaversnik (2003): organisations in bins by degree, peeled from
// the lowest; O(n + m) on the snapshot itself, no copy of the graph.
std::vector<double> core_numbers(const AnalysisGraph& graph) {
    const std::size_t n = graph.node_count();
    std::vector<std::uint32_t> degree(n, 0);
    std::uint32_t top = 0;
    for (NodeIndex u = 0; u < n; ++u) {
        for_each_neighbour(graph, u, [&](NodeIndex) { ++degree[u]; });
        top = std::max(top, degree[u]);
    }
    std::vector<std::uint32_t> bin_start(top + 2, 0);
    for (NodeIndex u = 0; u < n; ++u) ++bin_start[degree[u] + 1];
    for (std::size_t d = 0; d <= top; ++d) bin_start[d + 1] += bin_start[d];
    std::vector<NodeIndex> order(n);
    std::vector<std::uint32_t> position(n);
    {
        std::vector<std::uint32_t> fill(bin_start.begin(), bin_start.end() - 1);
        for (NodeIndex u = 0; u < n; ++u) {
            position[u] = fill[degree[u]]++;
            order[position[u]] = u;
        }
    }
    for (std::size_t k = 0; k < n; ++k) {
        const NodeIndex u = order[k];
        for_each_neighbour(graph, u, [&](NodeIndex v) {
            if (degree[v] <= degree[u]) return;
            // Move v to the front of its bin, then shrink that bin by one.
            const std::uint32_t d = degree[v];
            const NodeIndex first = order[bin_start[d]];
            if (first != v) {
                std::swap(order[position[v]], order[bin_start[d]]);
                std::swap(position[v], position[first]);
            }
            ++bin_start[d];
            --degree[v];
        });
    }
    return {degree.begin(), degree.end()};
}

// Breadth-first over the snapshot (ties read both ways): components are
// numbered in the order of their first organisation, as before.
ComponentResult connected_components(const AnalysisGraph& graph) {
    const std::size_t n = graph.node_count();
    constexpr std::size_t kUnseen = static_cast<std::size_t>(-1);
    ComponentResult result;
    result.component.assign(n, kUnseen);
    std::vector<NodeIndex> queue;
    queue.reserve(n);
    for (NodeIndex root = 0; root < n; ++root) {
        if (result.component[root] != kUnseen) continue;
        const std::size_t id = result.sizes.size();
        queue.clear();
        queue.push_back(root);
        result.component[root] = id;
        for (std::size_t head = 0; head < queue.size(); ++head) {
            for_each_neighbour(graph, queue[head], [&](NodeIndex v) {
                if (result.component[v] != kUnseen) return;
                result.component[v] = id;
                queue.push_back(v);
            });
        }
        result.sizes.push_back(queue.size());
    }
    return result;
}

// Hopcroft & Tarjan (1973), iteratively over the partner lists (ties read
// both ways, each pair once): an organisation is an articulation point if it
// is a root with two or more depth-first children, or has a child whose
// subtree reaches no higher than it; a tree tie is a bridge if the child's
// subtree reaches no higher than the child. O(n + m), no copy of the graph.
FragilityResult fragility(const AnalysisGraph& graph) { return fragility(symmetric_adjacency(graph, false)); }

FragilityResult fragility(const SymmetricAdjacency& adjacency) {
    const std::size_t n = adjacency.size();
    constexpr std::size_t kUnseen = static_cast<std::size_t>(-1);
    FragilityResult result;
    result.articulation.assign(n, false);
    std::vector<std::size_t> discovered(n, kUnseen), low(n, 0), parent(n, kUnseen), next_partner(n, 0);
    std::vector<std::size_t> stack;
    std::size_t clock = 0;
    for (std::size_t root = 0; root < n; ++root) {
        if (discovered[root] != kUnseen) continue;
        discovered[root] = low[root] = clock++;
        std::size_t root_children = 0;
        stack.assign(1, root);
        while (!stack.empty()) {
            const std::size_t u = stack.back();
            if (next_partner[u] < adjacency.degree(u)) {
                const std::size_t v = adjacency.partner[adjacency.offset[u] + next_partner[u]++];
                if (discovered[v] == kUnseen) {
                    parent[v] = u;
                    discovered[v] = low[v] = clock++;
                    if (u == root) ++root_children;
                    stack.push_back(v);
                } else if (v != parent[u]) {
                    low[u] = std::min(low[u], discovered[v]);
                }
                continue;
            }
            stack.pop_back();
            const std::size_t p = parent[u];
            if (p == kUnseen) continue;
            low[p] = std::min(low[p], low[u]);
            if (p != root && low[u] >= discovered[p]) result.articulation[p] = true;
            if (low[u] > discovered[p]) {
                result.bridges.emplace_back(static_cast<NodeIndex>(std::min(p, u)), static_cast<NodeIndex>(std::max(p, u)));
            }
        }
        if (root_children >= 2) result.articulation[root] = true;
    }
    std::sort(result.bridges.begin(), result.bridges.end());
    return result;
}

std::vector<std::size_t> cut_off_if_removed(const AnalysisGraph& graph) {
    return cut_off_if_removed(symmetric_adjacency(graph, false));
}

std::vector<std::size_t> cut_off_if_removed(const SymmetricAdjacency& adjacency) {
    const std::size_t n = adjacency.size();
    constexpr std::size_t kUnseen = static_cast<std::size_t>(-1);
    std::vector<std::size_t> discovered(n, kUnseen), low(n, 0), subtree(n, 1), parent(n, kUnseen);
    std::vector<std::size_t> next_partner(n, 0);
    // Per organisation: sizes of the pieces its removal would split off (children whose
    // subtree cannot reach above it), and the sum of those sizes.
    std::vector<std::size_t> largest_piece(n, 0), split_off(n, 0);
    std::vector<std::size_t> result(n, 0);
    std::size_t clock = 0;
    std::vector<std::size_t> stack;
    for (std::size_t root = 0; root < n; ++root) {
        if (discovered[root] != kUnseen) continue;
        discovered[root] = low[root] = clock++;
        stack.push_back(root);
        std::vector<std::size_t> members{root};
        while (!stack.empty()) {
            const std::size_t u = stack.back();
            if (next_partner[u] < adjacency.degree(u)) {
                const std::size_t v = adjacency.partner[adjacency.offset[u] + next_partner[u]++];
                if (discovered[v] == kUnseen) {
                    parent[v] = u;
                    discovered[v] = low[v] = clock++;
                    stack.push_back(v);
                    members.push_back(v);
                } else if (v != parent[u]) {
                    low[u] = std::min(low[u], discovered[v]);
                }
                continue;
            }
            stack.pop_back();
            const std::size_t p = parent[u];
            if (p == kUnseen) continue;
            subtree[p] += subtree[u];
            low[p] = std::min(low[p], low[u]);
            if (low[u] >= discovered[p]) {  // u's subtree hangs on p alone
                split_off[p] += subtree[u];
                largest_piece[p] = std::max(largest_piece[p], subtree[u]);
            }
        }
        const std::size_t component = members.size();
        for (const std::size_t v : members) {
            if (split_off[v] == 0) continue;
            // What is not split off stays joined through v's parent (nothing, for the root).
            const std::size_t rest = component - 1 - split_off[v];
            result[v] = component - 1 - std::max(largest_piece[v], rest);
        }
    }
    return result;
}

}  // namespace stakemap
