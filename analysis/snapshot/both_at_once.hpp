#pragma once
// Two independent computations at once: `second` on a helper thread, `first` on the
// calling thread (which keeps its progress report, so the bar still moves). Used where
// a command analyses or reads two maps that share nothing (before and after a change,
// two versions of a map). The helper runs under its own progress report, cancelled
// when the caller's is or when `first` fails, so a refused first half stops the second
// at its next step instead of being waited for. The first failure, if any, is rethrown
// once both have stopped.

#include <exception>
#include <thread>

#include "graph/support/progress.hpp"

namespace stakemap {

template <typename First, typename Second>
void both_at_once(First&& first, Second&& second) {
    ProgressReport helper_report(current_progress());
    std::exception_ptr second_failure;
    std::thread helper([&] {
        const ProgressScope scope(helper_report);
        try {
            second();
        } catch (...) {
            second_failure = std::current_exception();
        }
    });
    try {
        first();
    } catch (...) {
        helper_report.cancel();
        helper.join();
        throw;
    }
    helper.join();
    if (second_failure) std::rethrow_exception(second_failure);
}

}  // namespace stakemap
