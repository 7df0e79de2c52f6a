#pragma once
// Everything stakemap computes about one revision of a map, each result
// computed at most once and kept: the snapshot and its measures
// (GraphMeasures), coverage, cross-sector mixing, the gap report,
// suggestions and the what-if figures. The CLI commands, the report, the
// diagrams, what-if, diff and the window's worker all take their results
// from one MapAnalysis instead of recomputing them.
//
// Staged: ask for cheap results first and the expensive ones later; long
// computations report progress through the thread's ProgressReport and stop
// with Cancelled when it is cancelled (progress.hpp). Not thread-safe: one
// thread asks at a time.

#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

#include "analysis/measures/graph_measures.hpp"
#include "analysis/planning/coverage.hpp"
#include "analysis/planning/gap_report.hpp"
#include "analysis/planning/gap_rules.hpp"
#include "analysis/planning/mixing.hpp"
#include "analysis/planning/suggestions.hpp"
#include "analysis/planning/whatif.hpp"
#include "graph/coverage_profile.hpp"
#include "graph/stakeholder_map.hpp"

namespace stakemap {

struct MapAnalysisSettings {
    CoverageProfile profile = CoverageProfile::sdg87_default();
    GapRules rules;
    MeasureSettings measures;
    BrokerGroups broker_groups = BrokerGroups::type;  // groups for Gould-Fernandez roles
    std::size_t top_brokers = 10;
};

class MapAnalysis {
public:
    // Borrows `map`, which must outlive the analysis and not change.
    explicit MapAnalysis(const StakeholderMap& map, MapAnalysisSettings settings = {});
    // Shares `map` (the window's worker keeps the revision alive this way).
    explicit MapAnalysis(std::shared_ptr<const StakeholderMap> map, MapAnalysisSettings settings = {});
    // Borrows both the map and a snapshot already built from it (or from it with ties
    // added or cut: AnalysisGraph::TieChange, for what-if questions).
    MapAnalysis(const StakeholderMap& map, const AnalysisGraph& graph, MapAnalysisSettings settings = {});
    MapAnalysis(const MapAnalysis&) = delete;
    MapAnalysis& operator=(const MapAnalysis&) = delete;

    const StakeholderMap& map() const { return *map_; }
    const MapAnalysisSettings& settings() const { return settings_; }

    GraphMeasures& measures() { return *measures_; }
    const AnalysisGraph& graph() const { return measures_->graph(); }

    // The metric columns asked for (and any computed before), with whole-map figures.
    const MetricResults& metrics(const std::vector<Metric>& metrics);
    const MetricColumn* column(std::string_view name);

    // Organisation types as the gap rules read them (one per organisation).
    const std::vector<std::string>& types();
    const CoverageResult& coverage();
    const MixingResult& type_mixing();
    const GapReport& gaps();

    // Whole-map suggestions, best first (computed once for the longest list asked for).
    std::vector<Suggestion> suggestions(std::size_t top);
    // Suggestions for one organisation (not kept: each focus is its own question).
    std::vector<Suggestion> suggestions_for(std::size_t organisation, std::size_t top);

    // Parts, distances and coverage, as what-if compares them.
    const MapFigures& figures();

private:
    std::shared_ptr<const StakeholderMap> shared_map_;
    const StakeholderMap* map_;
    MapAnalysisSettings settings_;
    std::unique_ptr<GraphMeasures> measures_;

    std::optional<std::vector<std::string>> types_;
    std::optional<CoverageResult> coverage_;
    std::optional<MixingResult> mixing_;
    std::optional<GapReport> gaps_;
    std::vector<Suggestion> suggestions_;
    std::size_t suggestions_asked_ = 0;
    std::optional<MapFigures> figures_;
};

}  // namespace stakemap
