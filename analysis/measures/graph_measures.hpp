#pragma once
// Every measure of one analysis snapshot, each computed at most once and
// kept: partner lists, degrees, components, communities, fragility,
// structural holes, closeness, and the metric columns the registry
// (metrics.hpp) asks for. Whoever needs a result asks this object, so a
// report that wants communities for its gaps, its suggestions and its
// diagram runs Louvain once.
//
// Not thread-safe: one thread asks at a time (the window's worker owns its
// own). Long results honour the thread's ProgressReport (progress.hpp) and
// may throw Cancelled; a cancelled result is not kept, so asking again
// computes it.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "analysis/measures/brokerage.hpp"
#include "analysis/measures/closeness.hpp"
#include "analysis/measures/communities.hpp"
#include "analysis/measures/degree.hpp"
#include "analysis/measures/metrics.hpp"
#include "analysis/measures/structure.hpp"
#include "analysis/snapshot/analysis_graph.hpp"
#include "analysis/snapshot/symmetric_adjacency.hpp"

namespace stakemap {

struct MeasureSettings {
    WeightPolicy weights;
    BetweennessPolicy betweenness;
    std::uint64_t seed = 1;  // Louvain's visiting order and sampled betweenness

    // Throws std::invalid_argument for values no measure can use (NaN, epsilon
    // outside (0, 1), ...), naming the setting.
    void validate() const;
};

class GraphMeasures {
public:
    // Borrows `graph`, which must outlive this object.
    explicit GraphMeasures(const AnalysisGraph& graph, MeasureSettings settings = {});
    // Owns the snapshot.
    explicit GraphMeasures(AnalysisGraph&& graph, MeasureSettings settings = {});
    GraphMeasures(const GraphMeasures&) = delete;
    GraphMeasures& operator=(const GraphMeasures&) = delete;

    const AnalysisGraph& graph() const { return *graph_; }
    const MeasureSettings& settings() const { return settings_; }

    // Partners regardless of direction, each once; every tie weighs 1 (per direction).
    const SymmetricAdjacency& partners();
    // The same with tie weights summed (Louvain reads these).
    const SymmetricAdjacency& weighted_partners();
    const DegreeResult& degrees();
    const ComponentResult& components();
    const Communities& communities();
    // Runs `work` on this thread while Louvain finds the communities on another (Louvain is
    // one core's work; at a million organisations, seconds). `work` may ask for anything but
    // the communities and what is built on them; the partner lists Louvain reads are made
    // first, so both threads only read them.
    void communities_beside(const std::function<void()>& work);
    // Takes a partition (one community per organisation, numbered below `count`) instead of
    // finding one; before communities() is first asked for, or it replaces what was found.
    void use_communities(Communities given);
    // Tie weight between every pair of communities (a < b), for "groups that never meet".
    const CommunityTies& ties_between_communities();
    const FragilityResult& fragility();
    const std::vector<std::size_t>& cut_off();
    const StructuralHoles& structural_holes();  // unweighted, as NetworkX's default
    const ClosenessResult& closeness();
    const std::vector<double>& betweenness();   // exact or sampled by settings().betweenness; notes say which

    // Computes the metrics not computed yet (in registry order) and returns
    // every column so far, with the whole-map figures and notes.
    const MetricResults& compute(const std::vector<Metric>& metrics);
    const MetricResults& results() const { return results_; }
    bool computed(Metric metric) const;
    // The column of that name, computing the metric behind it first.
    const MetricColumn* column(std::string_view name);

    // For the registry's compute functions.
    MetricResults& results_for_update() { return results_; }
    void note(std::string text);

private:
    void start();

    std::unique_ptr<AnalysisGraph> owned_;
    const AnalysisGraph* graph_;
    MeasureSettings settings_;
    MetricResults results_;
    std::vector<Metric> computed_;

    std::optional<SymmetricAdjacency> partners_, weighted_partners_;
    std::optional<DegreeResult> degrees_;
    std::optional<ComponentResult> components_;
    std::optional<Communities> communities_;
    std::optional<CommunityTies> between_communities_;
    std::optional<FragilityResult> fragility_;
    std::optional<std::vector<std::size_t>> cut_off_;
    std::optional<StructuralHoles> holes_;
    std::optional<ClosenessResult> closeness_;
    std::optional<std::vector<double>> betweenness_;
};

}  // namespace stakemap
