#include "viz/interactive/analysis_worker.hpp"

#include <algorithm>
#include <chrono>

#include "analysis/map_analysis.hpp"

namespace stakemap::interactive {
namespace {

using Clock = std::chrono::steady_clock;

// The window's stages: the linear-cost measures first, so colours and sizes appear at once;
// then the local and all-paths measures (closeness only below the path-measure limit).
std::vector<Metric> slow_metrics(bool with_paths) {
    std::vector<Metric> metrics;
    for (const Metric metric : metrics_costing(MetricCost::paths)) {
        if (with_paths || metric == Metric::betweenness) metrics.push_back(metric);  // betweenness is estimated above the limit
    }
    for (const Metric metric : metrics_costing(MetricCost::local)) metrics.push_back(metric);
    return metrics;
}

std::vector<std::string> ids_of(const StakeholderMap& map) {
    std::vector<std::string> ids;
    ids.reserve(map.organisation_count());
    for (std::size_t v = 0; v < map.organisation_count(); ++v) ids.push_back(map.organisation(v).id);
    return ids;
}

}  // namespace

AnalysisWorker::AnalysisWorker(AnalysisSettings settings) : settings_(std::move(settings)), thread_([this] { run(); }) {}

AnalysisWorker::~AnalysisWorker() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
    thread_.join();
}

void AnalysisWorker::request(std::shared_ptr<const StakeholderMap> map, std::uint64_t revision) {
    {
        std::lock_guard lock(mutex_);
        pending_map_ = map;
        pending_revision_ = revision;
        if (running_report_) running_report_->cancel();  // stale now: stop at the next check
        current_map_ = std::move(map);
        current_revision_ = revision;
    }
    changed_.notify_all();
}

void AnalysisWorker::request_focus(std::string id) {
    {
        std::lock_guard lock(mutex_);
        pending_focus_ = std::move(id);
    }
    changed_.notify_all();
}

std::shared_ptr<const AnalysisResults> AnalysisWorker::latest() const {
    std::lock_guard lock(mutex_);
    return latest_;
}

std::shared_ptr<const FocusSuggestions> AnalysisWorker::latest_focus() const {
    std::lock_guard lock(mutex_);
    return latest_focus_;
}

AnalysisProgress AnalysisWorker::progress() const {
    std::lock_guard lock(mutex_);
    AnalysisProgress progress = progress_;
    if (running_report_) {
        const ProgressReport::Snapshot state = running_report_->snapshot();
        progress.measure = state.task;
        if (state.total > 0) progress.fraction = std::min(1.0, static_cast<double>(state.done) / static_cast<double>(state.total));
    }
    return progress;
}

bool AnalysisWorker::idle() const {
    std::lock_guard lock(mutex_);
    return !working_ && !pending_map_ && !pending_focus_;
}

bool AnalysisWorker::wait_until_idle(double timeout_seconds) const {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, std::chrono::duration<double>(timeout_seconds),
                             [&] { return !working_ && !pending_map_ && !pending_focus_; });
}

bool AnalysisWorker::superseded(std::uint64_t revision) const {
    std::lock_guard lock(mutex_);
    return stopping_ || (pending_map_ && pending_revision_ != revision);
}

void AnalysisWorker::set_stage(std::uint64_t revision, std::string stage, int step, int steps) {
    std::lock_guard lock(mutex_);
    progress_ = {true, revision, std::move(stage), step, steps, "", -1};
}

void AnalysisWorker::publish(std::shared_ptr<const AnalysisResults> results) {
    std::lock_guard lock(mutex_);
    latest_ = std::move(results);
}

void AnalysisWorker::run() {
    std::unique_lock lock(mutex_);
    while (true) {
        changed_.wait(lock, [&] { return stopping_ || pending_map_ || pending_focus_; });
        if (stopping_) return;
        working_ = true;
        if (pending_map_) {
            auto map = std::move(pending_map_);
            pending_map_.reset();
            const std::uint64_t revision = pending_revision_;
            ProgressReport report;
            running_report_ = &report;
            lock.unlock();
            {
                const ProgressScope scope(report);
                try {
                    analyse(map, revision);
                } catch (const Cancelled&) {
                    // A newer revision was requested; its analysis starts next.
                } catch (const std::exception& error) {
                    fail(revision, error.what());
                } catch (...) {
                    fail(revision, "unknown error");
                }
            }
            lock.lock();
            running_report_ = nullptr;
        } else {
            const std::string focus = *pending_focus_;
            pending_focus_.reset();
            auto map = current_map_;
            const std::uint64_t revision = current_revision_;
            lock.unlock();
            try {
                if (map) suggest_for(map, revision, focus);
            } catch (const std::exception& error) {
                fail(revision, std::string("suggestions for the selection: ") + error.what());
            } catch (...) {
                fail(revision, "suggestions for the selection: unknown error");
            }
            lock.lock();
        }
        working_ = false;
        progress_ = {};
        changed_.notify_all();
    }
}

void AnalysisWorker::fail(std::uint64_t revision, const std::string& what) {
    // The window shows what failed as a note of a finished (if partial) result, instead of closing.
    auto results = std::make_shared<AnalysisResults>();
    if (const auto previous = latest(); previous && previous->revision == revision) *results = *previous;
    results->revision = revision;
    results->notes.push_back("The analysis stopped: " + what);
    results->complete = true;
    publish(std::move(results));
}

void AnalysisWorker::analyse(const std::shared_ptr<const StakeholderMap>& map, std::uint64_t revision) {
    const auto started = Clock::now();
    const auto elapsed = [&] { return std::chrono::duration<double>(Clock::now() - started).count(); };
    const bool with_paths = map->organisation_count() <= settings_.path_measures_limit;
    constexpr int steps = 4;

    set_stage(revision, "preparing the graph", 0, steps);
    MapAnalysisSettings analysis_settings;
    analysis_settings.profile = settings_.profile;
    analysis_settings.measures.betweenness.exact_up_to = settings_.path_measures_limit;  // the notes say what was estimated or left out
    auto analysis = std::make_shared<MapAnalysis>(map, analysis_settings);
    {
        std::lock_guard lock(mutex_);
        analysis_ = analysis;  // focus requests for this revision reuse its partner lists and communities
        analysis_revision_ = revision;
    }
    auto results = std::make_shared<AnalysisResults>();
    results->revision = revision;
    results->ids = ids_of(*map);

    set_stage(revision, "degree, PageRank, k-core, communities", 1, steps);
    results->metrics = analysis->metrics(metrics_costing(MetricCost::linear));
    results->seconds = elapsed();
    publish(std::make_shared<AnalysisResults>(*results));
    if (superseded(revision)) return;

    set_stage(revision, with_paths ? "betweenness, closeness, structural holes" : "betweenness (sampled), structural holes", 2, steps);
    results->metrics = analysis->metrics(slow_metrics(with_paths));
    if (superseded(revision)) return;

    set_stage(revision, "coverage, fragility and gaps", 3, steps);
    results->gaps = analysis->gaps();
    if (superseded(revision)) return;

    set_stage(revision, "suggested partners", 4, steps);
    results->suggestions = analysis->suggestions(settings_.suggestions);
    if (superseded(revision)) return;
    results->gap_candidates = gap_candidates(*analysis, 3);
    results->complete = true;
    results->seconds = elapsed();
    publish(std::move(results));
}

void AnalysisWorker::suggest_for(const std::shared_ptr<const StakeholderMap>& map, std::uint64_t revision,
                                 const std::string& id) {
    const auto index = map->find(id);
    if (!index) return;
    set_stage(revision, "suggestions for " + map->organisation(*index).label, 1, 1);
    std::shared_ptr<MapAnalysis> analysis;
    {
        std::lock_guard lock(mutex_);
        if (analysis_ && analysis_revision_ == revision && &analysis_->map() == map.get()) analysis = analysis_;
    }
    if (!analysis) {
        MapAnalysisSettings analysis_settings;
        analysis_settings.profile = settings_.profile;
        analysis = std::make_shared<MapAnalysis>(map, analysis_settings);
    }
    auto result = std::make_shared<FocusSuggestions>();
    result->revision = revision;
    result->focus = id;
    result->ids = ids_of(*map);
    result->suggestions = analysis->suggestions_for(*index, settings_.suggestions);
    std::lock_guard lock(mutex_);
    latest_focus_ = std::move(result);
}

}  // namespace stakemap::interactive
