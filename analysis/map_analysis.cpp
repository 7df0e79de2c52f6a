#include "analysis/map_analysis.hpp"

#include <algorithm>

#include "analysis/compute_once.hpp"
#include <stdexcept>

namespace stakemap {
MapAnalysis::MapAnalysis(const StakeholderMap& map, MapAnalysisSettings settings)
    : map_(&map),
      settings_(std::move(settings)),
      measures_(std::make_unique<GraphMeasures>(AnalysisGraph::from_map(map), settings_.measures)) {}

MapAnalysis::MapAnalysis(std::shared_ptr<const StakeholderMap> map, MapAnalysisSettings settings)
    : shared_map_(std::move(map)),
      map_(shared_map_.get()),
      settings_(std::move(settings)),
      measures_(std::make_unique<GraphMeasures>(AnalysisGraph::from_map(*map_), settings_.measures)) {}

MapAnalysis::MapAnalysis(const StakeholderMap& map, const AnalysisGraph& graph, MapAnalysisSettings settings)
    : map_(&map), settings_(std::move(settings)), measures_(std::make_unique<GraphMeasures>(graph, settings_.measures)) {
    if (graph.node_count() != map.organisation_count()) throw std::invalid_argument("MapAnalysis: the snapshot is of another map");
}

const MetricResults& MapAnalysis::metrics(const std::vector<Metric>& metrics) {
    measures_->compute(metrics);
    measures_->results_for_update().graph.relationships = map_->relationship_count();
    return measures_->results();
}

const MetricColumn* MapAnalysis::column(std::string_view name) {
    const MetricColumn* found = measures_->column(name);
    measures_->results_for_update().graph.relationships = map_->relationship_count();
    return found;
}

const std::vector<std::string>& MapAnalysis::types() {
    return compute_once(types_, [&] {
        std::vector<std::string> types(map_->organisation_count());
        for (std::size_t v = 0; v < types.size(); ++v) types[v] = map_->organisation(v).type;
        return types;
    });
}

const CoverageResult& MapAnalysis::coverage() {
    return compute_once(coverage_, [&] { return stakemap::coverage(*map_, settings_.profile); });
}

const MixingResult& MapAnalysis::type_mixing() {
    return compute_once(mixing_, [&] {
        return stakemap::type_mixing(measures_->partners(), types(), settings_.rules.mixing_min_expected, settings_.rules.mixing_ratio);
    });
}

const GapReport& MapAnalysis::gaps() {
    return compute_once(gaps_, [&] { return compute_gap_report(*this); });
}

std::vector<Suggestion> MapAnalysis::suggestions(std::size_t top) {
    if (top > suggestions_asked_) {
        SuggestionOptions options;
        options.top = top;
        options.community_seed = settings_.measures.seed;
        suggestions_ = suggest_partners(*this, options);
        suggestions_asked_ = top;
    }
    return {suggestions_.begin(), suggestions_.begin() + static_cast<std::ptrdiff_t>(std::min(top, suggestions_.size()))};
}

std::vector<Suggestion> MapAnalysis::suggestions_for(std::size_t organisation, std::size_t top) {
    SuggestionOptions options;
    options.focus = organisation;
    options.top = top;
    options.community_seed = settings_.measures.seed;
    return suggest_partners(*this, options);
}

const MapFigures& MapAnalysis::figures() {
    return compute_once(figures_, [&] { return compute_map_figures(*this); });
}

}  // namespace stakemap
