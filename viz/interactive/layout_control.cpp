#include "viz/interactive/layout_control.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cmath>

#include "viz/export/graphviz_layout.hpp"

namespace stakemap::interactive {
namespace {

using Clock = std::chrono::steady_clock;

bool every_organisation_placed(const StakeholderMap& map) {
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        if (!map.organisation(v).position) return false;
    }
    return map.organisation_count() > 0;
}

}  // namespace

void LayoutControl::start_over(const StakeholderMap& map) {
    pinned_.clear();
    running_ = !every_organisation_placed(map);
    restart_watch();
}

void LayoutControl::rebuild(const StakeholderMap& map, const std::vector<double>& radii) {
    const std::size_t n = map.organisation_count();
    std::vector<Point> positions(n);
    std::vector<bool> placed(n, false);
    std::size_t placed_count = 0;
    for (std::size_t v = 0; v < n; ++v) {
        if (const auto& p = map.organisation(v).position) {
            positions[v] = {p->x, p->y};
            placed[v] = true;
            ++placed_count;
        }
    }
    if (placed_count == 0) {
        positions = spiral_positions(n);
    } else if (placed_count < n) {
        const std::vector<Point> fallback = spiral_positions(n);
        for (std::size_t v = 0; v < n; ++v) {
            if (placed[v]) continue;
            Point sum{0, 0};
            int partners = 0;
            const auto add = [&](std::size_t u) {
                if (!placed[u]) return;
                sum.x += positions[u].x;
                sum.y += positions[u].y;
                ++partners;
            };
            for (const auto handle : map.relationships_from(v)) add(map.relationship(handle).target);
            for (const auto handle : map.relationships_to(v)) add(map.relationship(handle).source);
            const double angle = static_cast<double>(v) * 2.399963;  // golden angle: neighbours of one hub spread out
            positions[v] = partners > 0 ? Point{sum.x / partners + 12 * std::cos(angle), sum.y / partners + 12 * std::sin(angle)}
                                        : fallback[v];
        }
    }
    std::vector<bool> pinned(n, false);
    for (std::size_t v = 0; v < n; ++v) pinned[v] = pinned_.contains(map.organisation(v).id);
    std::vector<ForceLayout::Tie> ties;
    ties.reserve(map.relationship_count());
    for (const auto handle : map.relationship_handles()) {
        const auto tie = map.relationship(handle);
        const double weight = std::isfinite(tie.data.weight) ? std::clamp(tie.data.weight, 0.05, 10.0) : 1.0;
        ties.push_back({static_cast<std::uint32_t>(tie.source), static_cast<std::uint32_t>(tie.target), weight});
    }
    layout_.reset(std::move(positions), radii.size() == n ? radii : std::vector<double>(n, 6.0), std::move(pinned), std::move(ties));
}

bool LayoutControl::run(double budget_seconds) {
    if (!running_ || layout_.size() == 0) return false;
    const auto started = Clock::now();
    // Within the time budget (a step starts only if it should end in time),
    // and at most 10 steps a frame, so a small map visibly settles rather
    // than jumping into place.
    int steps = 0;
    double elapsed = 0, slowest = 0;
    do {
        const auto step_started = Clock::now();
        layout_.step();
        if (cooling_) layout_.cooling *= kCoolingPerStep;
        slowest = std::max(slowest, std::chrono::duration<double>(Clock::now() - step_started).count());
        elapsed = std::chrono::duration<double>(Clock::now() - started).count();
    } while (++steps < 10 && elapsed + slowest < budget_seconds);
    watch_convergence();
    return true;
}

// ForceAtlas2's nodes keep trembling about their places (a few tenths of a
// percent of the map a step) long after the picture has stopped changing, so
// the step-to-step movement never reaches zero. What a reader sees is the net
// drift: where nodes are now against where they were kSettleWindow steps ago.
// Twice in a row under kSettledDrift of the map's extent, on average, and the
// layout is settled and stops. Drift that has stopped falling for three
// windows means nodes wander (a dense core does) rather than converge: the
// layout is then cooled, each step a little slower, until it rests.
// kMostSteps stops it whatever happens.
void LayoutControl::watch_convergence() {
    const std::size_t iterations = layout_.iterations();
    if (iterations < checkpoint_iteration_ + kSettleWindow && !checkpoint_.empty()) return;
    const auto& now = layout_.positions();
    if (checkpoint_.size() == now.size()) {
        double drift = 0;
        Point low = now.empty() ? Point{0, 0} : now[0], high = low;
        for (std::size_t v = 0; v < now.size(); ++v) {
            drift += std::hypot(now[v].x - checkpoint_[v].x, now[v].y - checkpoint_[v].y);
            low = {std::min(low.x, now[v].x), std::min(low.y, now[v].y)};
            high = {std::max(high.x, now[v].x), std::max(high.y, now[v].y)};
        }
        const double extent = std::max({high.x - low.x, high.y - low.y, 1e-9});
        last_drift_ = drift / static_cast<double>(std::max<std::size_t>(now.size(), 1)) / extent;
        quiet_windows_ = last_drift_ < kSettledDrift ? quiet_windows_ + 1 : 0;
        // Drift that stops falling means nodes wander rather than converge: cool the layout down.
        if (last_drift_ < 0.9 * best_drift_) {
            best_drift_ = last_drift_;
            windows_without_progress_ = 0;
        } else if (++windows_without_progress_ >= 3) {
            cooling_ = true;
        }
    }
    checkpoint_ = now;
    checkpoint_iteration_ = iterations;
    if (quiet_windows_ >= 2 || layout_.cooling < kColdEnough || iterations >= started_at_ + kMostSteps) {
        running_ = false;
        settled_ = true;
    }
}

void LayoutControl::drag(const StakeholderMap& map, StakeholderMap::OrgIndex index, Point to) {
    layout_.move(index, to);
    layout_.set_pinned(index, true);
    pinned_.insert(map.organisation(index).id);
    ++changes_;
}

void LayoutControl::unpin_all() {
    pinned_.clear();
    for (std::size_t v = 0; v < layout_.size(); ++v) layout_.set_pinned(v, false);
}

void LayoutControl::start_graphviz(std::shared_ptr<const StakeholderMap> snapshot, std::uint64_t revision, std::string engine,
                                   std::vector<double> radii) {
    if (graphviz_busy()) return;
    graphviz_revision_ = revision;
    graphviz_engine_ = engine;
    graphviz_job_ = std::async(std::launch::async, [snapshot = std::move(snapshot), engine, radii = std::move(radii)] {
        return viz::graphviz_positions(*snapshot, engine, radii);
    });
}

std::optional<LayoutControl::GraphvizOutcome> LayoutControl::take_graphviz_result(std::uint64_t revision) {
    if (!graphviz_job_.valid() || graphviz_job_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return std::nullopt;
    try {
        const std::vector<Position> positions = graphviz_job_.get();
        if (graphviz_revision_ != revision || positions.size() != layout_.size()) {
            return GraphvizOutcome{false, "The map changed during the Graphviz layout; run it again"};
        }
        for (std::size_t v = 0; v < positions.size(); ++v) layout_.move(v, {positions[v].x, positions[v].y});
        running_ = false;
        ++changes_;
        return GraphvizOutcome{true, "Laid out with Graphviz " + graphviz_engine_ + " (live layout paused)"};
    } catch (const std::exception& error) {
        return GraphvizOutcome{false, error.what()};
    }
}

}  // namespace stakemap::interactive
