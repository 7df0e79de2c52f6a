#pragma once
// Two independent computations at once: `second` on a helper thread, `first` on the
// calling thread (which keeps its progress report, so the bar still moves). Used where
// a command analyses two maps that share nothing (before and after a change, two
// versions of a map). The first failure, if any, is rethrown once both have stopped.

#include <exception>
#include <thread>

namespace stakemap {

template <typename First, typename Second>
void both_at_once(First&& first, Second&& second) {
    std::exception_ptr second_failure;
    std::thread helper([&] {
        try {
            second();
        } catch (...) {
            second_failure = std::current_exception();
        }
    });
    try {
        first();
    } catch (...) {
        helper.join();
        throw;
    }
    helper.join();
    if (second_failure) std::rethrow_exception(second_failure);
}

}  // namespace stakemap
