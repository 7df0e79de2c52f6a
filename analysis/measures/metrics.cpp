#include "analysis/measures/metrics.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>

#include "analysis/measures/betweenness.hpp"
#include "analysis/measures/brokerage.hpp"
#include "analysis/measures/closeness.hpp"
#include "analysis/measures/clustering.hpp"
#include "analysis/measures/communities.hpp"
#include "analysis/snapshot/progress.hpp"
#include "analysis/measures/sampled_betweenness.hpp"
#include "analysis/measures/degree.hpp"
#include "analysis/measures/spectral.hpp"
#include "analysis/measures/structure.hpp"

namespace stakemap {
namespace {

constexpr std::array<std::pair<Metric, std::string_view>, 14> kNames = {{
    {Metric::degree, "degree"},
    {Metric::strength, "strength"},
    {Metric::betweenness, "betweenness"},
    {Metric::closeness, "closeness"},
    {Metric::harmonic, "harmonic"},
    {Metric::eigenvector, "eigenvector"},
    {Metric::pagerank, "pagerank"},
    {Metric::kcore, "kcore"},
    {Metric::component, "component"},
    {Metric::articulation, "articulation"},
    {Metric::clustering, "clustering"},
    {Metric::constraint, "constraint"},
    {Metric::effective_size, "effective_size"},
    {Metric::community, "community"},
}};

bool wants(const std::vector<Metric>& metrics, Metric metric) {
    return std::find(metrics.begin(), metrics.end(), metric) != metrics.end();
}

std::vector<double> as_doubles(const std::vector<bool>& flags) {
    std::vector<double> values(flags.size());
    for (std::size_t i = 0; i < flags.size(); ++i) values[i] = flags[i] ? 1.0 : 0.0;
    return values;
}

void note_convergence(const SpectralResult& result, std::string_view name, std::vector<std::string>& notes) {
    if (!result.converged) {
        notes.push_back(std::string(name) + " did not converge in " + std::to_string(result.iterations - 1) +
                        " iterations; values are the last iterate");
    }
}

}  // namespace

const std::vector<Metric>& all_metrics() {
    static const std::vector<Metric> metrics = [] {
        std::vector<Metric> list;
        for (const auto& entry : kNames) list.push_back(entry.first);
        return list;
    }();
    return metrics;
}

std::string_view metric_name(Metric metric) {
    for (const auto& [candidate, name] : kNames) {
        if (candidate == metric) return name;
    }
    return "?";
}

std::optional<Metric> metric_from_name(std::string_view name) {
    for (const auto& [metric, candidate] : kNames) {
        if (candidate == name) return metric;
    }
    return std::nullopt;
}

const MetricColumn* MetricResults::column(std::string_view name) const {
    for (const auto& column : columns) {
        if (column.name == name) return &column;
    }
    return nullptr;
}

MetricResults compute_metrics(const AnalysisGraph& graph, std::size_t relationship_count,
                              const std::vector<Metric>& metrics, const WeightPolicy& weights,
                              std::uint64_t community_seed, const BetweennessPolicy& betweenness) {
    MetricResults results;
    GraphFigures& figures = results.graph;
    figures.nodes = graph.node_count();
    figures.relationships = relationship_count;
    figures.ties = graph.tie_count();
    figures.directed = graph.directed();
    figures.density = density(graph);
    figures.self_loops_dropped = graph.report().self_loops_dropped;
    figures.negative_ties_left_out = graph.report().negative_ties_left_out;
    figures.parallel_relationships_merged = graph.report().parallel_relationships_merged;

    const PathLength length = weights.weighted_paths ? PathLength::inverse_weight : PathLength::hops;
    auto add = [&](std::string name, ColumnKind kind, std::vector<double> values) {
        results.columns.push_back({std::move(name), kind, std::move(values)});
    };

    std::optional<DegreeResult> degrees;  // degree and strength come from one pass
    auto degree_result = [&]() -> DegreeResult& {
        if (!degrees) degrees = compute_degree(graph);
        return *degrees;
    };
    for (const Metric metric : all_metrics()) {
        if (!wants(metrics, metric)) continue;
        const auto started = std::chrono::steady_clock::now();
        progress_begin(metric_name(metric), 0);
        switch (metric) {
            case Metric::degree: {
                const DegreeResult& degree = degree_result();
                add("degree", ColumnKind::integer, degree.degree);
                if (graph.directed()) {
                    add("in_degree", ColumnKind::integer, degree.in_degree);
                    add("out_degree", ColumnKind::integer, degree.out_degree);
                }
                break;
            }
            case Metric::strength:
                add("strength", ColumnKind::real, degree_result().strength);
                break;
            case Metric::betweenness: {
                const bool sample = !betweenness.force_exact && !weights.weighted_paths &&
                                    (betweenness.epsilon || graph.node_count() > betweenness.exact_up_to);
                if (!sample) {
                    add("betweenness", ColumnKind::real, betweenness_centrality(graph, length));
                    break;
                }
                const double epsilon = betweenness.epsilon.value_or(betweenness.default_epsilon);
                SampledBetweenness estimate = sampled_betweenness(graph, epsilon, betweenness.delta, community_seed);
                char note[256];
                std::snprintf(note, sizeof note,
                              "betweenness is estimated from %zu sampled shortest paths (Riondato-Kornaropoulos): within %g of the "
                              "exact value for every organisation with probability %g",
                              estimate.samples, estimate.epsilon, 1 - estimate.delta);
                results.notes.push_back(note);
                add("betweenness", ColumnKind::real, std::move(estimate.values));
                break;
            }
            case Metric::closeness:
            case Metric::harmonic: {
                // Both come from the same searches; compute once for whichever is asked first.
                if (results.column("closeness") || results.column("harmonic")) break;
                if (graph.node_count() > betweenness.exact_up_to && !betweenness.force_exact) {
                    const bool noted = std::any_of(results.notes.begin(), results.notes.end(),
                                                   [](const std::string& note) { return note.starts_with("closeness"); });
                    if (!noted) {
                        results.notes.push_back("closeness and harmonic closeness are left out above " + std::to_string(betweenness.exact_up_to) +
                                                " organisations (one search per organisation, O(nodes x ties)); --exact computes them");
                    }
                    break;
                }
                ClosenessResult closeness = closeness_centrality(graph, length);
                if (wants(metrics, Metric::closeness)) add("closeness", ColumnKind::real, std::move(closeness.closeness));
                if (wants(metrics, Metric::harmonic)) add("harmonic", ColumnKind::real, std::move(closeness.harmonic));
                break;
            }
            case Metric::eigenvector: {
                SpectralResult result = eigenvector_centrality(graph, weights.weighted_eigenvector);
                note_convergence(result, "eigenvector", results.notes);
                add("eigenvector", ColumnKind::real, std::move(result.values));
                break;
            }
            case Metric::pagerank: {
                SpectralResult result = pagerank(graph, 0.85, weights.weighted_pagerank);
                note_convergence(result, "pagerank", results.notes);
                add("pagerank", ColumnKind::real, std::move(result.values));
                break;
            }
            case Metric::kcore:
                add("kcore", ColumnKind::integer, core_numbers(graph));
                break;
            case Metric::component: {
                const ComponentResult components = connected_components(graph);
                figures.components = components.sizes.size();
                figures.largest_component =
                    components.sizes.empty() ? 0 : *std::max_element(components.sizes.begin(), components.sizes.end());
                add("component", ColumnKind::integer, {components.component.begin(), components.component.end()});
                break;
            }
            case Metric::articulation: {
                FragilityResult fragile = fragility(graph);
                figures.articulation_points = static_cast<std::size_t>(
                    std::count(fragile.articulation.begin(), fragile.articulation.end(), true));
                figures.bridges = std::move(fragile.bridges);
                add("articulation", ColumnKind::flag, as_doubles(fragile.articulation));
                break;
            }
            case Metric::clustering: {
                std::vector<double> coefficients = clustering_coefficients(graph);
                figures.average_clustering = average_clustering(coefficients);
                add("clustering", ColumnKind::real, std::move(coefficients));
                break;
            }
            case Metric::constraint:
            case Metric::effective_size: {
                if (results.column("constraint") || results.column("effective_size")) break;  // one computation serves both
                StructuralHoles holes = structural_holes(graph, false);
                if (wants(metrics, Metric::constraint)) {
                    add("constraint", ColumnKind::real, std::move(holes.constraint));
                    add("hierarchy", ColumnKind::real, std::move(holes.hierarchy));
                }
                if (wants(metrics, Metric::effective_size)) add("effective_size", ColumnKind::real, std::move(holes.effective_size));
                break;
            }
            case Metric::community: {
                CommunityOptions options;
                options.seed = community_seed;
                const Communities communities = louvain_communities(graph, options);
                figures.communities = communities.count;
                figures.modularity = communities.modularity;
                add("community", ColumnKind::integer, {communities.community.begin(), communities.community.end()});
                break;
            }
        }
        results.seconds.emplace_back(std::string(metric_name(metric)),
                                     std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    }
    return results;
}

}  // namespace stakemap
