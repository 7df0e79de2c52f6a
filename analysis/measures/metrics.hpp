#pragma once
// The measures stakemap computes, as one registry: each entry names a
// measure, its cost class and the function that adds its columns and
// figures. Adding a measure is one entry in metrics.cpp (plus its algorithm).
// compute_metrics() runs a chosen set once on a snapshot; GraphMeasures
// (graph_measures.hpp) keeps them for everything else that needs them.
// Nothing here prints: callers format the result.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analysis/snapshot/analysis_graph.hpp"

namespace stakemap {

enum class Metric {
    degree,        // + in_degree/out_degree columns in a directed map
    strength,
    betweenness,
    closeness,
    harmonic,
    eigenvector,
    pagerank,
    kcore,
    component,
    articulation,
    clustering,
    constraint,      // Burt's constraint (+ hierarchy column)
    effective_size,
    community,       // Louvain
};

// How a measure's work grows, so the window can run cheap ones first and a
// caller can leave the expensive ones out of big maps.
enum class MetricCost {
    linear,  // O(n + m), or a few passes of it (degree, PageRank, k-core, components, Louvain)
    local,   // over each organisation's partners (clustering, structural holes, eigenvector, articulation)
    paths,   // one search per organisation, O(n m) (betweenness, closeness, harmonic)
};

class GraphMeasures;  // graph_measures.hpp

struct MetricInfo {
    Metric metric;
    std::string_view name;
    MetricCost cost;
    // Adds this measure's columns (and whole-map figures, notes) to the measures' results.
    void (*compute)(GraphMeasures& measures);
};

// Every metric, in the order columns are reported.
const std::vector<MetricInfo>& metric_registry();
const MetricInfo& metric_info(Metric metric);
std::vector<Metric> metrics_costing(MetricCost cost);
const std::vector<Metric>& all_metrics();
std::string_view metric_name(Metric metric);
std::optional<Metric> metric_from_name(std::string_view name);

// How tie weights enter the measures. The defaults are NetworkX's defaults:
// paths and eigenvector unweighted, PageRank weighted.
struct WeightPolicy {
    // (Burt's measures and Louvain: structural holes unweighted, as NetworkX's
    // default; Louvain weighted, as NetworkX's louvain_communities.)
    bool weighted_paths = false;        // betweenness, closeness, harmonic use length 1/weight
    bool weighted_eigenvector = false;
    bool weighted_pagerank = true;
};

// When betweenness is estimated instead of computed exactly: above
// `exact_up_to` organisations (unweighted paths only), or whenever `epsilon`
// is given. Closeness has no estimate here: above `exact_up_to` it is left
// out (with a note) unless `force_exact`. The estimate is within epsilon of the exact value for every
// organisation with probability 1 - delta (see sampled_betweenness.hpp).
struct BetweennessPolicy {
    std::size_t exact_up_to = 50000;
    std::optional<double> epsilon;  // given: always sample, with this bound
    double default_epsilon = 0.01;
    double delta = 0.1;
    bool force_exact = false;
};

enum class ColumnKind { real, integer, flag };

struct MetricColumn {
    std::string name;
    ColumnKind kind = ColumnKind::real;
    std::vector<double> values;  // flags are 0 or 1
};

struct GraphFigures {
    std::size_t nodes = 0;
    std::size_t relationships = 0;  // as imported
    std::size_t ties = 0;           // after the simplification policy
    bool directed = false;
    double density = 0.0;
    std::size_t self_loops_dropped = 0;
    std::size_t negative_ties_left_out = 0;
    std::size_t parallel_relationships_merged = 0;
    std::optional<std::size_t> components;
    std::optional<std::size_t> largest_component;
    std::optional<double> average_clustering;
    std::optional<std::size_t> articulation_points;
    std::optional<std::vector<std::pair<NodeIndex, NodeIndex>>> bridges;
    std::optional<std::size_t> communities;
    std::optional<double> modularity;
};

struct MetricResults {
    GraphFigures graph;
    std::vector<MetricColumn> columns;
    std::vector<std::string> notes;  // e.g. a power iteration that did not converge
    std::vector<std::pair<std::string, double>> seconds;  // wall time of each metric, in order

    const MetricColumn* column(std::string_view name) const;
};

// Computes `metrics` on the snapshot (throws std::invalid_argument for unusable policies).
MetricResults compute_metrics(const AnalysisGraph& graph, std::size_t relationship_count,
                              const std::vector<Metric>& metrics, const WeightPolicy& weights = {},
                              std::uint64_t community_seed = 1, const BetweennessPolicy& betweenness = {});

}  // namespace stakemap
