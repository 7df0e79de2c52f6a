#pragma once
// The window's layout: the live force layout, whether it runs and whether the
// view follows it, organisations pinned by dragging (by id, so pins survive
// edits), and a one-shot Graphviz layout computed off the frame thread.
// Positions come from the map; the session stores them back before a save.

#include <cstdint>
#include <future>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "graph/stakeholder_map.hpp"
#include "viz/interactive/force_layout.hpp"

namespace stakemap::interactive {

class LayoutControl {
public:
    const ForceLayout& layout() const { return layout_; }
    ForceLayout& layout() { return layout_; }
    Point position(StakeholderMap::OrgIndex index) const { return layout_.positions()[index]; }

    bool running() const { return running_; }
    void set_running(bool running) {
        running_ = running;
        if (running) restart_watch();
    }
    // The live layout stopped by itself: its picture no longer changed (or it ran kMostSteps).
    bool settled() const { return settled_ && !running_; }
    // Net movement over the last window of steps, as a share of the map's extent.
    double last_drift() const { return last_drift_; }
    static constexpr std::size_t kSettleWindow = 200, kMostSteps = 20000;
    static constexpr double kSettledDrift = 0.004, kCoolingPerStep = 0.995, kColdEnough = 0.02;
    // While following, the view keeps the whole map in sight as the layout moves it.
    bool following() const { return following_; }
    void set_following(bool following) { following_ = following; }

    // Positions from the map; organisations without one go beside their placed
    // partners (or on a spiral when nothing is placed yet). Pins are kept by id.
    void rebuild(const StakeholderMap& map, const std::vector<double>& radii);
    // A new document: no pins; the layout runs unless every organisation has a saved position.
    void start_over(const StakeholderMap& map);

    // Runs iterations for about `budget_seconds` (at least one) when running; true if it stepped.
    bool run(double budget_seconds);

    // A person's drag: moves and pins the organisation.
    void drag(const StakeholderMap& map, StakeholderMap::OrgIndex index, Point to);
    void unpin_all();
    // Layout changes a person (or a Graphviz layout) made: autosave compares this.
    std::uint64_t changes() const { return changes_; }

    void start_graphviz(std::shared_ptr<const StakeholderMap> snapshot, std::uint64_t revision, std::string engine,
                        std::vector<double> radii);
    bool graphviz_busy() const { return graphviz_job_.valid(); }
    // When a Graphviz layout has finished: applies it (if the map is still that revision) and
    // says what happened; nullopt while none has finished.
    struct GraphvizOutcome {
        bool applied = false;
        std::string message;
    };
    std::optional<GraphvizOutcome> take_graphviz_result(std::uint64_t revision);

private:
    void watch_convergence();
    void restart_watch() {
        settled_ = false;
        quiet_windows_ = 0;
        checkpoint_.clear();
        checkpoint_iteration_ = started_at_ = layout_.iterations();
        cooling_ = false;
        layout_.cooling = 1.0;
        best_drift_ = 1e9;
        windows_without_progress_ = 0;
    }

    ForceLayout layout_;
    bool settled_ = false;
    std::vector<Point> checkpoint_;
    std::size_t checkpoint_iteration_ = 0, started_at_ = 0, quiet_windows_ = 0;
    double last_drift_ = 1.0, best_drift_ = 1e9;
    std::size_t windows_without_progress_ = 0;
    bool cooling_ = false;
    bool running_ = true;
    bool following_ = true;
    std::set<std::string> pinned_;
    std::uint64_t changes_ = 0;
    std::future<std::vector<Position>> graphviz_job_;
    std::uint64_t graphviz_revision_ = 0;
    std::string graphviz_engine_;
};

}  // namespace stakemap::interactive
