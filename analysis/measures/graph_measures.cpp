#include "analysis/measures/graph_measures.hpp"

#include <algorithm>

#include "analysis/compute_once.hpp"
#include "analysis/snapshot/both_at_once.hpp"
#include <chrono>
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "analysis/measures/betweenness.hpp"
#include "analysis/measures/sampled_betweenness.hpp"
#include "graph/support/progress.hpp"

namespace stakemap {
namespace {

void require(bool holds, const std::string& what) {
    if (!holds) throw std::invalid_argument(what);
}

}  // namespace

void MeasureSettings::validate() const {
    if (betweenness.epsilon) {
        require(std::isfinite(*betweenness.epsilon) && *betweenness.epsilon > 0 && *betweenness.epsilon < 1,
                "betweenness epsilon must be a number between 0 and 1 (exclusive)");
    }
    require(std::isfinite(betweenness.default_epsilon) && betweenness.default_epsilon > 0 && betweenness.default_epsilon < 1,
            "the default betweenness epsilon must be a number between 0 and 1 (exclusive)");
    require(std::isfinite(betweenness.delta) && betweenness.delta > 0 && betweenness.delta < 1,
            "betweenness delta must be a number between 0 and 1 (exclusive)");
}

GraphMeasures::GraphMeasures(const AnalysisGraph& graph, MeasureSettings settings) : graph_(&graph), settings_(std::move(settings)) {
    start();
}

GraphMeasures::GraphMeasures(AnalysisGraph&& graph, MeasureSettings settings)
    : owned_(std::make_unique<AnalysisGraph>(std::move(graph))), graph_(owned_.get()), settings_(std::move(settings)) {
    start();
}

void GraphMeasures::start() {
    settings_.validate();
    const AnalysisGraph& graph = *graph_;
    GraphFigures& figures = results_.graph;
    figures.nodes = graph.node_count();
    figures.ties = graph.tie_count();
    figures.directed = graph.directed();
    figures.density = density(graph);
    figures.self_loops_dropped = graph.report().self_loops_dropped;
    figures.negative_ties_left_out = graph.report().negative_ties_left_out;
    figures.parallel_relationships_merged = graph.report().parallel_relationships_merged;
}

const SymmetricAdjacency& GraphMeasures::partners() {
    return compute_once(partners_, [&] { return symmetric_adjacency(graph(), false); });
}

const SymmetricAdjacency& GraphMeasures::weighted_partners() {
    return compute_once(weighted_partners_, [&] { return symmetric_adjacency(graph(), true); });
}

const DegreeResult& GraphMeasures::degrees() {
    return compute_once(degrees_, [&] { return compute_degree(graph()); });
}

const ComponentResult& GraphMeasures::components() {
    return compute_once(components_, [&] { return connected_components(graph()); });
}

const Communities& GraphMeasures::communities() {
    return compute_once(communities_, [&] {
        CommunityOptions options;
        options.seed = settings_.seed;
        return louvain_communities(weighted_partners(), options);
    });
}

void GraphMeasures::communities_beside(const std::function<void()>& work) {
    if (communities_) {
        work();
        return;
    }
    const SymmetricAdjacency& weighted = weighted_partners();
    CommunityOptions options;
    options.seed = settings_.seed;
    std::optional<Communities> found;
    both_at_once(work, [&] { found.emplace(louvain_communities(weighted, options)); });
    communities_ = std::move(found);
}

void GraphMeasures::use_communities(Communities given) {
    if (given.community.size() != graph().node_count()) throw std::invalid_argument("use_communities: one community per organisation is needed");
    for (const std::size_t c : given.community) {
        if (c >= given.count) throw std::invalid_argument("use_communities: a community number beyond the count");
    }
    given.modularity = modularity(weighted_partners(), given.community);
    communities_ = std::move(given);
    between_communities_.reset();
}

const CommunityTies& GraphMeasures::ties_between_communities() {
    return compute_once(between_communities_, [&] { return stakemap::ties_between_communities(graph(), communities()); });
}

const FragilityResult& GraphMeasures::fragility() {
    return compute_once(fragility_, [&] { return stakemap::fragility(partners()); });
}

const std::vector<std::size_t>& GraphMeasures::cut_off() {
    return compute_once(cut_off_, [&] { return cut_off_if_removed(partners()); });
}

const StructuralHoles& GraphMeasures::structural_holes() {
    return compute_once(holes_, [&] { return stakemap::structural_holes(partners()); });
}

const ClosenessResult& GraphMeasures::closeness() {
    const PathLength length = settings_.weights.weighted_paths ? PathLength::inverse_weight : PathLength::hops;
    return compute_once(closeness_, [&] { return closeness_centrality(graph(), length); });
}

const std::vector<double>& GraphMeasures::betweenness() {
    return compute_once(betweenness_, [&] {
        const BetweennessPolicy& policy = settings_.betweenness;
        const bool weighted = settings_.weights.weighted_paths;
        const bool sample = !policy.force_exact && !weighted && (policy.epsilon || graph().node_count() > policy.exact_up_to);
        if (!sample) return betweenness_centrality(graph(), weighted ? PathLength::inverse_weight : PathLength::hops);
        const double epsilon = policy.epsilon.value_or(policy.default_epsilon);
        SampledBetweenness estimate = sampled_betweenness(graph(), epsilon, policy.delta, settings_.seed);
        char text[256];
        std::snprintf(text, sizeof text,
                      "betweenness is estimated from %zu sampled shortest paths (Riondato-Kornaropoulos): within %g of the "
                      "exact value for every organisation with probability %g",
                      estimate.samples, estimate.epsilon, 1 - estimate.delta);
        note(text);
        return std::move(estimate.values);
    });
}

void GraphMeasures::note(std::string text) {
    auto& notes = results_.notes;
    if (std::find(notes.begin(), notes.end(), text) == notes.end()) notes.push_back(std::move(text));
}

bool GraphMeasures::computed(Metric metric) const {
    return std::find(computed_.begin(), computed_.end(), metric) != computed_.end();
}

const MetricResults& GraphMeasures::compute(const std::vector<Metric>& metrics) {
    for (const MetricInfo& info : metric_registry()) {
        if (computed(info.metric) || std::find(metrics.begin(), metrics.end(), info.metric) == metrics.end()) continue;
        const auto started = std::chrono::steady_clock::now();
        progress_begin(info.name, 0);
        info.compute(*this);
        computed_.push_back(info.metric);
        results_.seconds.emplace_back(std::string(info.name),
                                      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    }
    return results_;
}

const MetricColumn* GraphMeasures::column(std::string_view name) {
    if (const MetricColumn* found = results_.column(name)) return found;
    // Columns named after another measure's: in/out degree come with degree, hierarchy with constraint.
    const std::string_view owner = name == "in_degree" || name == "out_degree" ? "degree" : name == "hierarchy" ? "constraint" : name;
    if (const auto metric = metric_from_name(owner)) compute({*metric});
    return results_.column(name);
}

}  // namespace stakemap
