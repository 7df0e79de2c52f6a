#pragma once
// Long computations say how far they are and stop when asked. A caller that
// wants a progress bar (the CLI) or a way to abandon stale work (the window's
// analysis worker) installs a ProgressReport with a ProgressScope; the
// all-sources measures, sampled betweenness, PageRank and Louvain advance it
// and check it. With no report installed they run exactly as before.
// A report belongs to the thread that installs it (so the window's export on
// the frame thread never sees the analysis worker's); parallel loops hand it
// to their helper threads themselves.

#include <atomic>
#include <cstddef>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>

namespace stakemap {

class ProgressReport {
public:
    struct Snapshot {
        std::string task;
        std::size_t done = 0;
        std::size_t total = 0;  // 0: unknown
    };

    ProgressReport() = default;
    // A report for work started on behalf of another (a helper thread's half of a job): it
    // counts its own steps but is cancelled whenever `parent` is.
    explicit ProgressReport(const ProgressReport* parent) : parent_(parent) {}

    void begin(std::string_view task, std::size_t total) {
        std::lock_guard lock(mutex_);
        task_ = task;
        total_ = total;
        done_.store(0, std::memory_order_relaxed);
    }
    void advance(std::size_t steps = 1) { done_.fetch_add(steps, std::memory_order_relaxed); }
    void cancel() { cancelled_.store(true, std::memory_order_relaxed); }
    bool cancelled() const {
        return cancelled_.load(std::memory_order_relaxed) || (parent_ && parent_->cancelled());
    }
    Snapshot snapshot() const {
        std::lock_guard lock(mutex_);
        return {task_, done_.load(std::memory_order_relaxed), total_};
    }

private:
    mutable std::mutex mutex_;
    std::string task_;
    std::size_t total_ = 0;
    std::atomic<std::size_t> done_{0};
    std::atomic<bool> cancelled_{false};
    const ProgressReport* parent_ = nullptr;
};

// Thrown out of a computation whose report was cancelled.
class Cancelled : public std::runtime_error {
public:
    Cancelled() : std::runtime_error("cancelled") {}
};

namespace progress_detail {
inline ProgressReport*& current() {
    thread_local ProgressReport* report = nullptr;
    return report;
}
}  // namespace progress_detail

// The installed report, or nullptr.
inline ProgressReport* current_progress() { return progress_detail::current(); }

class ProgressScope {
public:
    explicit ProgressScope(ProgressReport& report) : previous_(progress_detail::current()) { progress_detail::current() = &report; }
    ~ProgressScope() { progress_detail::current() = previous_; }
    ProgressScope(const ProgressScope&) = delete;
    ProgressScope& operator=(const ProgressScope&) = delete;

private:
    ProgressReport* previous_;
};

inline void progress_begin(std::string_view task, std::size_t total) {
    if (ProgressReport* report = current_progress()) report->begin(task, total);
}
// Advances the report; throws Cancelled if it was cancelled. Call it only
// from the thread that started the computation (worker threads use
// progress_step, which never throws, and the caller checks afterwards).
inline void progress_advance(std::size_t steps = 1) {
    if (ProgressReport* report = current_progress()) {
        report->advance(steps);
        if (report->cancelled()) throw Cancelled();
    }
}
// For helper threads, given the report their caller had: advances, and says whether to stop.
inline bool progress_step(ProgressReport* report, std::size_t steps = 1) {
    if (!report) return false;
    report->advance(steps);
    return report->cancelled();
}
inline void throw_if_cancelled() {
    if (ProgressReport* report = current_progress(); report && report->cancelled()) throw Cancelled();
}

}  // namespace stakemap
