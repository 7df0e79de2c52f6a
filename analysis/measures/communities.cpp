#include "analysis/measures/communities.hpp"

#include <algorithm>
#include <numeric>

#include "analysis/snapshot/symmetric_adjacency.hpp"
#include "graph/seeded_random.hpp"

namespace stakemap {
namespace {

// One level of the Louvain hierarchy: a weighted undirected graph whose
// nodes are the previous level's communities. Each tie appears in both
// endpoints' lists; `loop` holds the weight inside a node (counted once).
struct Level {
    std::vector<std::size_t> offset;
    std::vector<std::uint32_t> target;
    std::vector<double> weight;
    std::vector<double> loop;
    std::size_t size() const { return loop.size(); }
};

Level first_level(const SymmetricAdjacency& adjacency) {
    Level level;
    level.loop.assign(adjacency.size(), 0.0);  // self-ties are not in the analysis graph
    level.offset = adjacency.offset;
    level.target = adjacency.partner;
    level.weight = adjacency.weight;
    return level;
}

// Moves nodes between communities while modularity improves. Returns true if any moved.
//
// Nodes wait in a queue, first all of them in the seed's order; when a node moves, its
// neighbours outside its new community join the queue's end (unless already waiting): only a
// node whose surroundings changed can gain by moving (the "fast local move" of Traag et al.
// 2019, Leiden). Sweeping every node again and again, as before, visited each node about
// seven times on a million-organisation map where a handful of them still moved. The work
// stops when the queue empties, or when the last `n` visits (a pass's worth) gained less
// than min_gain.
bool move_nodes(const Level& level, std::vector<std::uint32_t>& community, double total_weight, const CommunityOptions& options,
                SeededRandom& random) {
    const std::size_t n = level.size();
    if (n == 0) return false;
    std::vector<double> strength(n, 0.0), community_strength(n, 0.0);
    for (std::size_t u = 0; u < n; ++u) {
        strength[u] = 2.0 * level.loop[u];
        for (std::size_t k = level.offset[u]; k < level.offset[u + 1]; ++k) strength[u] += level.weight[k];
        community_strength[community[u]] += strength[u];
    }
    // A ring of n places: a node is in the queue at most once.
    std::vector<std::uint32_t> queue(n);
    std::iota(queue.begin(), queue.end(), 0u);
    random.shuffle(queue);
    std::vector<char> waiting(n, 1);
    std::size_t head = 0, queued = n;

    std::vector<double> link_to(n, 0.0);  // weight from the node being moved to each community
    std::vector<char> is_touched(n, 0);
    std::vector<std::uint32_t> touched;
    const double two_m = 2.0 * total_weight;
    bool moved_any = false;
    double gained = 0.0;   // over the current pass's worth of visits
    std::size_t visits = 0;
    while (queued > 0) {
        const std::uint32_t u = queue[head];
        head = head + 1 == n ? 0 : head + 1;
        --queued;
        waiting[u] = 0;

        const std::uint32_t own = community[u];
        touched.clear();
        touched.push_back(own);
        is_touched[own] = 1;
        for (std::size_t k = level.offset[u]; k < level.offset[u + 1]; ++k) {
            const std::uint32_t c = community[level.target[k]];
            if (!is_touched[c]) {
                is_touched[c] = 1;
                touched.push_back(c);
            }
            link_to[c] += level.weight[k];
        }
        community_strength[own] -= strength[u];
        // Gain of joining c (up to a constant factor): link_to[c] - resolution * tot[c] * k_u / 2m.
        auto gain = [&](std::uint32_t c) {
            return link_to[c] - options.resolution * community_strength[c] * strength[u] / two_m;
        };
        // Stay unless another community is strictly better; among equals the smallest number wins.
        std::uint32_t best = own;
        double best_gain = gain(own);
        for (const std::uint32_t c : touched) {
            const double g = gain(c);
            if (g > best_gain + 1e-12 || (best != own && g > best_gain - 1e-12 && c < best)) {
                best = c;
                best_gain = g;
            }
        }
        community_strength[best] += strength[u];
        if (best != own) {
            community[u] = best;
            gained += (best_gain - gain(own)) / total_weight;
            moved_any = true;
            for (std::size_t k = level.offset[u]; k < level.offset[u + 1]; ++k) {
                const std::uint32_t v = level.target[k];
                if (waiting[v] || community[v] == best) continue;
                waiting[v] = 1;
                std::size_t tail = head + queued;
                if (tail >= n) tail -= n;
                queue[tail] = v;
                ++queued;
            }
        }
        for (const std::uint32_t c : touched) {
            link_to[c] = 0.0;
            is_touched[c] = 0;
        }
        if (++visits == n) {
            if (gained <= options.min_gain) break;
            visits = 0;
            gained = 0.0;
        }
    }
    return moved_any;
}

// Renumbers communities 0.. in order of first appearance; returns how many.
std::size_t renumber(std::vector<std::uint32_t>& community) {
    std::vector<std::uint32_t> number(community.size(), UINT32_MAX);
    std::uint32_t next = 0;
    for (auto& c : community) {
        if (number[c] == UINT32_MAX) number[c] = next++;
        c = number[c];
    }
    return next;
}

Level aggregate(const Level& level, const std::vector<std::uint32_t>& community, std::size_t count) {
    std::vector<std::vector<std::pair<std::uint32_t, double>>> lists(count);
    Level next;
    next.loop.assign(count, 0.0);
    for (std::size_t u = 0; u < level.size(); ++u) {
        const std::uint32_t cu = community[u];
        next.loop[cu] += level.loop[u];
        for (std::size_t k = level.offset[u]; k < level.offset[u + 1]; ++k) {
            const std::uint32_t cv = community[level.target[k]];
            if (cu == cv) next.loop[cu] += level.weight[k] / 2.0;  // each inner tie is seen from both ends
            else lists[cu].emplace_back(cv, level.weight[k]);
        }
    }
    next.offset.assign(count + 1, 0);
    for (std::size_t c = 0; c < count; ++c) {
        auto& list = lists[c];
        std::sort(list.begin(), list.end());
        for (std::size_t k = 0; k < list.size(); ++k) {
            if (k > 0 && list[k].first == list[k - 1].first) next.weight.back() += list[k].second;
            else {
                next.target.push_back(list[k].first);
                next.weight.push_back(list[k].second);
            }
        }
        next.offset[c + 1] = next.target.size();
    }
    return next;
}

}  // namespace

namespace {

Communities louvain_once(const SymmetricAdjacency& weighted, const CommunityOptions& options, std::uint64_t seed) {
    const std::size_t n = weighted.size();
    Communities result;
    result.community.resize(n);
    std::iota(result.community.begin(), result.community.end(), std::size_t{0});
    result.count = n;
    Level level = first_level(weighted);
    double total_weight = 0.0;
    for (double w : level.weight) total_weight += w;
    total_weight /= 2.0;
    if (total_weight <= 0.0) return result;

    SeededRandom random(seed);
    std::vector<std::uint32_t> membership(n);  // original node -> current-level node
    std::iota(membership.begin(), membership.end(), 0u);
    while (true) {
        std::vector<std::uint32_t> community(level.size());
        std::iota(community.begin(), community.end(), 0u);
        const bool moved = move_nodes(level, community, total_weight, options, random);
        if (!moved) break;
        const std::size_t count = renumber(community);
        for (auto& m : membership) m = community[m];
        ++result.levels;
        if (count == level.size()) break;
        level = aggregate(level, community, count);
    }
    // Refinement: one more round of single-organisation moves on the original
    // map, starting from the final partition, recovers gains the coarse
    // levels could not see.
    const Level original = first_level(weighted);
    std::vector<std::uint32_t> final_membership(membership.begin(), membership.end());
    move_nodes(original, final_membership, total_weight, options, random);
    result.count = renumber(final_membership);
    result.community.assign(final_membership.begin(), final_membership.end());
    result.modularity = modularity(weighted, result.community);
    return result;
}

}  // namespace

Communities louvain_communities(const AnalysisGraph& graph, const CommunityOptions& options) {
    return louvain_communities(symmetric_adjacency(graph, true), options);
}

Communities louvain_communities(const SymmetricAdjacency& weighted, const CommunityOptions& options) {
    const std::size_t restarts = options.restarts != 0 ? options.restarts : (weighted.size() <= 2000 ? 8 : 1);
    SeededRandom seeds(options.seed);
    Communities best = louvain_once(weighted, options, seeds.next());
    for (std::size_t run = 1; run < restarts; ++run) {
        Communities candidate = louvain_once(weighted, options, seeds.next());
        if (candidate.modularity > best.modularity + 1e-12) best = std::move(candidate);
    }
    return best;
}

double modularity(const AnalysisGraph& graph, const std::vector<std::size_t>& community) {
    return modularity(symmetric_adjacency(graph, true), community);
}

double modularity(const SymmetricAdjacency& level, const std::vector<std::size_t>& community) {
    const std::size_t count = community.empty() ? 0 : *std::max_element(community.begin(), community.end()) + 1;
    std::vector<double> inside(count, 0.0), degree(count, 0.0);
    double total = 0.0;
    for (std::size_t u = 0; u < level.size(); ++u) {
        for (std::size_t k = level.offset[u]; k < level.offset[u + 1]; ++k) {
            total += level.weight[k];
            degree[community[u]] += level.weight[k];
            if (community[u] == community[level.partner[k]]) inside[community[u]] += level.weight[k];
        }
    }
    if (total <= 0.0) return 0.0;  // total = 2m
    double q = 0.0;
    for (std::size_t c = 0; c < count; ++c) q += inside[c] / total - (degree[c] / total) * (degree[c] / total);
    return q;
}

CommunityTies ties_between_communities(const AnalysisGraph& graph, const Communities& communities) {
    CommunityTies between;
    const ArcGraph& arcs = graph.out_arcs();
    for (NodeIndex u = 0; u < graph.node_count(); ++u) {
        for (const auto arc : boost::make_iterator_range(boost::out_edges(u, arcs))) {
            const NodeIndex v = boost::target(arc, arcs);
            if (!graph.directed() && v < u) continue;  // each undirected tie once
            const std::size_t a = communities.community[u], b = communities.community[v];
            if (a != b) between.add(a, b, arcs[arc].weight);
        }
    }
    return between;
}

}  // namespace stakemap
