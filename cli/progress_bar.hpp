#pragma once
// A progress bar for long work, on standard error and only when that is a
// terminal (never in pipes, files or tests): the measure being computed, how
// far it is, and the seconds so far, redrawn a few times a second.

#include <atomic>
#include <thread>

#include "graph/support/progress.hpp"

namespace stakemap::cli {

class ProgressBar {
public:
    ProgressBar();  // installs a ProgressReport for the analysis run in this scope
    ~ProgressBar();
    ProgressBar(const ProgressBar&) = delete;
    ProgressBar& operator=(const ProgressBar&) = delete;

private:
    void draw_loop();

    ProgressReport report_;
    ProgressScope scope_;
    std::atomic<bool> stop_{false};
    std::thread drawer_;
};

}  // namespace stakemap::cli
