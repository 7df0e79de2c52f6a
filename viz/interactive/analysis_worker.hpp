#pragma once
// Runs analysis off the frame thread. The window posts a copy of the map with
// its revision; the worker computes measures, the gap report and suggestions
// in stages, publishing what it has after each, and drops work for a
// revision that a newer request has made stale. The window shows the last
// finished result and the progress of the current one; it computes nothing.

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "analysis/map_analysis.hpp"
#include "graph/support/progress.hpp"
#include "graph/coverage_profile.hpp"
#include "graph/stakeholder_map.hpp"

namespace stakemap::interactive {

struct AnalysisResults {
    std::uint64_t revision = 0;
    std::vector<std::string> ids;  // organisation ids, in the order of the columns and indices below
    MetricResults metrics;
    std::optional<GapReport> gaps;
    std::vector<Suggestion> suggestions;  // for the whole map
    std::vector<GapCandidates> gap_candidates;  // each gap a tie can close, with its best candidates
    std::vector<std::string> notes;       // what was left out, and why
    bool complete = false;                // false: an early stage, more is coming
    double seconds = 0;
};

struct FocusSuggestions {
    std::uint64_t revision = 0;
    std::string focus;              // organisation id
    std::vector<std::string> ids;   // as in AnalysisResults
    std::vector<Suggestion> suggestions;
};

struct AnalysisProgress {
    bool busy = false;
    std::uint64_t revision = 0;
    std::string stage;
    int step = 0, steps = 0;
    std::string measure;     // within the stage, the measure being computed
    double fraction = -1;    // how far that measure is, 0..1; -1 when unknown
};

struct AnalysisSettings {
    CoverageProfile profile = CoverageProfile::sdg87_default();
    std::size_t suggestions = 20;
    // Exact betweenness and closeness cost O(nodes x ties); above this many
    // organisations betweenness is estimated from sampled paths and closeness
    // left out (the notes say so).
    std::size_t path_measures_limit = 20000;
};

class AnalysisWorker {
public:
    explicit AnalysisWorker(AnalysisSettings settings = {});
    ~AnalysisWorker();
    AnalysisWorker(const AnalysisWorker&) = delete;
    AnalysisWorker& operator=(const AnalysisWorker&) = delete;

    // The newest request wins; older, unfinished work is abandoned at the next stage.
    void request(std::shared_ptr<const StakeholderMap> map, std::uint64_t revision);
    // Suggestions for one organisation of the most recently requested map.
    void request_focus(std::string id);

    std::shared_ptr<const AnalysisResults> latest() const;
    std::shared_ptr<const FocusSuggestions> latest_focus() const;
    AnalysisProgress progress() const;
    // True when every request so far has been answered.
    bool idle() const;
    // Blocks until idle() or the timeout (seconds) passes; returns idle().
    bool wait_until_idle(double timeout_seconds) const;

private:
    void run();
    void analyse(const std::shared_ptr<const StakeholderMap>& map, std::uint64_t revision);
    void suggest_for(const std::shared_ptr<const StakeholderMap>& map, std::uint64_t revision, const std::string& id);
    bool superseded(std::uint64_t revision) const;
    void set_stage(std::uint64_t revision, std::string stage, int step, int steps);
    void publish(std::shared_ptr<const AnalysisResults> results);
    // Any error but Cancelled: published as a note of the revision's results.
    void fail(std::uint64_t revision, const std::string& what);

    AnalysisSettings settings_;
    mutable std::mutex mutex_;
    mutable std::condition_variable changed_;
    std::shared_ptr<const StakeholderMap> pending_map_;
    std::uint64_t pending_revision_ = 0;
    std::optional<std::string> pending_focus_;
    std::shared_ptr<const StakeholderMap> current_map_;  // the last requested map, for focus requests
    std::uint64_t current_revision_ = 0;
    std::shared_ptr<const AnalysisResults> latest_;
    std::shared_ptr<const FocusSuggestions> latest_focus_;
    AnalysisProgress progress_;
    ProgressReport* running_report_ = nullptr;  // the analysis under way, to cancel when superseded
    // The latest revision's analysis: touched only by the worker thread (the mutex guards the pointer).
    std::shared_ptr<MapAnalysis> analysis_;
    std::uint64_t analysis_revision_ = 0;
    bool working_ = false;
    bool stopping_ = false;
    std::thread thread_;  // last: starts after every other member is ready
};

}  // namespace stakemap::interactive
