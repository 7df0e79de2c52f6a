#include "analysis/measures/metrics.hpp"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

#include "analysis/measures/clustering.hpp"
#include "analysis/measures/graph_measures.hpp"
#include "analysis/measures/spectral.hpp"

namespace stakemap {
namespace {

void add_column(GraphMeasures& measures, std::string name, ColumnKind kind, std::vector<double> values) {
    measures.results_for_update().columns.push_back({std::move(name), kind, std::move(values)});
}

std::vector<double> as_doubles(const std::vector<bool>& flags) {
    std::vector<double> values(flags.size());
    for (std::size_t i = 0; i < flags.size(); ++i) values[i] = flags[i] ? 1.0 : 0.0;
    return values;
}

void note_convergence(GraphMeasures& measures, const SpectralResult& result, std::string_view name) {
    if (!result.converged) {
        measures.note(std::string(name) + " did not converge in " + std::to_string(result.iterations - 1) +
                      " iterations; values are the last iterate");
    }
}

// Closeness is left out of big maps unless asked for exactly (no estimate exists here).
bool closeness_too_big(GraphMeasures& measures) {
    const BetweennessPolicy& policy = measures.settings().betweenness;
    if (measures.graph().node_count() <= policy.exact_up_to || policy.force_exact) return false;
    measures.note("closeness and harmonic closeness are left out above " + std::to_string(policy.exact_up_to) +
                  " organisations (one search per organisation, O(nodes x ties)); --exact computes them");
    return true;
}

void degree(GraphMeasures& measures) {
    const DegreeResult& result = measures.degrees();
    add_column(measures, "degree", ColumnKind::integer, result.degree);
    if (measures.graph().directed()) {
        add_column(measures, "in_degree", ColumnKind::integer, result.in_degree);
        add_column(measures, "out_degree", ColumnKind::integer, result.out_degree);
    }
}

void strength(GraphMeasures& measures) { add_column(measures, "strength", ColumnKind::real, measures.degrees().strength); }

void betweenness(GraphMeasures& measures) { add_column(measures, "betweenness", ColumnKind::real, measures.betweenness()); }

void closeness(GraphMeasures& measures) {
    if (closeness_too_big(measures)) return;
    add_column(measures, "closeness", ColumnKind::real, measures.closeness().closeness);
}

void harmonic(GraphMeasures& measures) {
    if (closeness_too_big(measures)) return;
    add_column(measures, "harmonic", ColumnKind::real, measures.closeness().harmonic);
}

void eigenvector(GraphMeasures& measures) {
    SpectralResult result = eigenvector_centrality(measures.graph(), measures.settings().weights.weighted_eigenvector);
    note_convergence(measures, result, "eigenvector");
    add_column(measures, "eigenvector", ColumnKind::real, std::move(result.values));
}

void pagerank_metric(GraphMeasures& measures) {
    SpectralResult result = pagerank(measures.graph(), 0.85, measures.settings().weights.weighted_pagerank);
    note_convergence(measures, result, "pagerank");
    add_column(measures, "pagerank", ColumnKind::real, std::move(result.values));
}

void kcore(GraphMeasures& measures) { add_column(measures, "kcore", ColumnKind::integer, core_numbers(measures.graph())); }

void component(GraphMeasures& measures) {
    const ComponentResult& components = measures.components();
    GraphFigures& figures = measures.results_for_update().graph;
    figures.components = components.sizes.size();
    figures.largest_component = components.sizes.empty() ? 0 : *std::max_element(components.sizes.begin(), components.sizes.end());
    add_column(measures, "component", ColumnKind::integer, {components.component.begin(), components.component.end()});
}

void articulation(GraphMeasures& measures) {
    const FragilityResult& fragile = measures.fragility();
    GraphFigures& figures = measures.results_for_update().graph;
    figures.articulation_points = static_cast<std::size_t>(std::count(fragile.articulation.begin(), fragile.articulation.end(), true));
    figures.bridges = fragile.bridges;
    add_column(measures, "articulation", ColumnKind::flag, as_doubles(fragile.articulation));
}

void clustering(GraphMeasures& measures) {
    std::vector<double> coefficients = clustering_coefficients(measures.graph(), measures.partners());
    measures.results_for_update().graph.average_clustering = average_clustering(coefficients);
    add_column(measures, "clustering", ColumnKind::real, std::move(coefficients));
}

void constraint(GraphMeasures& measures) {
    const StructuralHoles& holes = measures.structural_holes();
    add_column(measures, "constraint", ColumnKind::real, holes.constraint);
    add_column(measures, "hierarchy", ColumnKind::real, holes.hierarchy);
}

void effective_size(GraphMeasures& measures) {
    add_column(measures, "effective_size", ColumnKind::real, measures.structural_holes().effective_size);
}

void community(GraphMeasures& measures) {
    const Communities& communities = measures.communities();
    GraphFigures& figures = measures.results_for_update().graph;
    figures.communities = communities.count;
    figures.modularity = communities.modularity;
    add_column(measures, "community", ColumnKind::integer, {communities.community.begin(), communities.community.end()});
}

const std::vector<MetricInfo> kRegistry = {
    {Metric::degree, "degree", MetricCost::linear, degree},
    {Metric::strength, "strength", MetricCost::linear, strength},
    {Metric::betweenness, "betweenness", MetricCost::paths, betweenness},
    {Metric::closeness, "closeness", MetricCost::paths, closeness},
    {Metric::harmonic, "harmonic", MetricCost::paths, harmonic},
    {Metric::eigenvector, "eigenvector", MetricCost::local, eigenvector},
    {Metric::pagerank, "pagerank", MetricCost::linear, pagerank_metric},
    {Metric::kcore, "kcore", MetricCost::linear, kcore},
    {Metric::component, "component", MetricCost::linear, component},
    {Metric::articulation, "articulation", MetricCost::local, articulation},
    {Metric::clustering, "clustering", MetricCost::local, clustering},
    {Metric::constraint, "constraint", MetricCost::local, constraint},
    {Metric::effective_size, "effective_size", MetricCost::local, effective_size},
    {Metric::community, "community", MetricCost::linear, community},
};

}  // namespace

const std::vector<MetricInfo>& metric_registry() { return kRegistry; }

const MetricInfo& metric_info(Metric metric) {
    for (const MetricInfo& info : kRegistry) {
        if (info.metric == metric) return info;
    }
    throw std::logic_error("metric missing from the registry");
}

std::vector<Metric> metrics_costing(MetricCost cost) {
    std::vector<Metric> metrics;
    for (const MetricInfo& info : kRegistry) {
        if (info.cost == cost) metrics.push_back(info.metric);
    }
    return metrics;
}

const std::vector<Metric>& all_metrics() {
    static const std::vector<Metric> metrics = [] {
        std::vector<Metric> list;
        for (const MetricInfo& info : kRegistry) list.push_back(info.metric);
        return list;
    }();
    return metrics;
}

std::string_view metric_name(Metric metric) { return metric_info(metric).name; }

std::optional<Metric> metric_from_name(std::string_view name) {
    for (const MetricInfo& info : kRegistry) {
        if (info.name == name) return info.metric;
    }
    return std::nullopt;
}

const MetricColumn* MetricResults::column(std::string_view name) const {
    for (const auto& column : columns) {
        if (column.name == name) return &column;
    }
    return nullptr;
}

MetricResults compute_metrics(const AnalysisGraph& graph, std::size_t relationship_count, const std::vector<Metric>& metrics,
                              const WeightPolicy& weights, std::uint64_t community_seed, const BetweennessPolicy& betweenness) {
    GraphMeasures measures(graph, {weights, betweenness, community_seed});
    MetricResults results = measures.compute(metrics);
    results.graph.relationships = relationship_count;
    return results;
}

}  // namespace stakemap
