#pragma once
// A compact, read-only snapshot of a StakeholderMap for analysis: a Boost
// compressed-sparse-row graph with 32-bit indices, built once per map revision.
//
// Policy for what a source file may contain but a measure cannot read well:
//  - self-loops (an organisation tied to itself) are dropped: they say nothing
//    about who connects whom. They are counted in SimplificationReport.
//  - parallel relationships between the same pair (same direction in a
//    directed map; either direction in an undirected one) become one tie whose
//    weight is the sum of theirs. Degree therefore counts distinct partners,
//    and strength still counts every relationship's weight.
// In an undirected map every tie is stored as two arcs, one each way, so one
// traversal code serves both kinds of map.

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/range/iterator_range.hpp>

#include "graph/stakeholder_map.hpp"

namespace stakemap {

struct Arc {
    double weight = 1.0;    // tie strength (sum over merged relationships)
    double distance = 1.0;  // 1/weight: a stronger tie is a shorter path (infinite when weight <= 0)
};

using ArcGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, Arc,
                                                    boost::no_property, std::uint32_t, std::uint32_t>;
using NodeIndex = std::uint32_t;

struct SimplificationReport {
    std::size_t self_loops_dropped = 0;
    std::size_t negative_ties_left_out = 0;  // "obstructs" and the like: not a channel for brokerage or reach
    std::size_t parallel_relationships_merged = 0;  // relationships folded into an existing tie
};

class AnalysisGraph {
public:
    static AnalysisGraph from_map(const StakeholderMap& map);

    // Ties given as (source, target, weight) over nodes 0..node_count-1; the
    // same policy as from_map applies. For tests and generators.
    struct Tie {
        NodeIndex source;
        NodeIndex target;
        double weight = 1.0;
    };
    static AnalysisGraph from_ties(std::size_t node_count, bool directed, const std::vector<Tie>& ties);

    // The map's snapshot as if some relationships were added and others removed, without
    // copying the map (what-if questions on a big map): every relationship between a `cut`
    // pair (either way in an undirected map; `added` ones too) is left out, then `added` joins.
    struct TieChange {
        std::vector<Tie> added;
        std::vector<std::pair<NodeIndex, NodeIndex>> cut;
        // A pair as one number, for sets of pairs (undirected: the lower index first).
        static std::uint64_t pair_key(bool directed, NodeIndex u, NodeIndex v) {
            if (!directed && u > v) std::swap(u, v);
            return (std::uint64_t{u} << 32) | v;
        }
    };
    static AnalysisGraph from_map(const StakeholderMap& map, const TieChange& change);

    std::size_t node_count() const { return node_count_; }
    // Distinct ties after simplification (an undirected tie counts once).
    std::size_t tie_count() const { return tie_count_; }
    bool directed() const { return directed_; }

    // Arcs leaving each node. In an undirected map: every tie, both ways.
    const ArcGraph& out_arcs() const { return out_; }
    // Arcs entering each node (stored reversed: target() is the arc's source).
    // In an undirected map this is the same graph as out_arcs().
    const ArcGraph& in_arcs() const { return directed_ ? in_ : out_; }

    // The in-arcs as compressed rows for tight loops: node v's arcs are
    // [row_start[v], row_start[v + 1]) of column (their other ends), in arc-index order.
    struct Rows {
        const std::vector<std::uint32_t>& row_start;
        const std::vector<NodeIndex>& column;
    };
    Rows in_rows() const;
    // The out-arcs the same way.
    Rows out_rows() const;

    const SimplificationReport& report() const { return report_; }

private:
    std::size_t node_count_ = 0;
    std::size_t tie_count_ = 0;
    bool directed_ = false;
    ArcGraph out_;
    ArcGraph in_;
    SimplificationReport report_;
};

}  // namespace stakemap
