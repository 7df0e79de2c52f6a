#include "cli/progress_bar.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <string>

namespace stakemap::cli {

ProgressBar::ProgressBar() : scope_(report_) {
    if (::isatty(STDERR_FILENO)) drawer_ = std::thread([this] { draw_loop(); });
}

ProgressBar::~ProgressBar() {
    stop_ = true;
    if (drawer_.joinable()) drawer_.join();
}

void ProgressBar::draw_loop() {
    using Clock = std::chrono::steady_clock;
    const auto started = Clock::now();
    bool drawn = false;
    while (!stop_) {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
        if (seconds < 1.0 || stop_) continue;  // quick runs show nothing
        const ProgressReport::Snapshot state = report_.snapshot();
        // Built in steps: GCC 12 warns wrongly about "literal" + std::string.
        std::string line = "\r  ";
        line += state.task.empty() ? std::string("working") : state.task;
        line += "  ";
        if (state.total > 0) {
            const double share = std::min(1.0, static_cast<double>(state.done) / static_cast<double>(state.total));
            const auto filled = static_cast<std::size_t>(share * 30);
            line += '[';
            line.append(filled, '#');
            line.append(30 - filled, '.');
            line += "] ";
            line += std::to_string(static_cast<int>(share * 100));
            line += '%';
        } else if (state.done > 0) {
            line += std::to_string(state.done) + " steps";
        }
        line += "  " + std::to_string(static_cast<int>(seconds)) + " s   ";
        std::fputs(line.c_str(), stderr);
        std::fflush(stderr);
        drawn = true;
    }
    if (drawn) {
        std::string blank(1, '\r');
        blank.append(72, ' ');
        blank += '\r';
        std::fputs(blank.c_str(), stderr);
        std::fflush(stderr);
    }
}

}  // namespace stakemap::cli
