// Two computations at once: failures come back, and a failed or cancelled half stops the other.

#include <catch2/catch.hpp>

#include <atomic>
#include <stdexcept>

#include "analysis/snapshot/both_at_once.hpp"
#include "graph/support/progress.hpp"

namespace {

// Steps until cancelled; without a cancel it would run for ever, so the test hangs if the
// cancel does not arrive. Counts its steps so the test can see it really ran.
void step_until_cancelled(std::atomic<int>& steps) {
    for (;;) {
        ++steps;
        stakemap::progress_advance();
    }
}

}  // namespace

TEST_CASE("Both at once: the two results and the first failure", "[both_at_once]") {
    int first = 0, second = 0;
    stakemap::both_at_once([&] { first = 1; }, [&] { second = 2; });
    CHECK(first == 1);
    CHECK(second == 2);
    CHECK_THROWS_WITH(stakemap::both_at_once([] {}, [] { throw std::runtime_error("second broke"); }), "second broke");
}

TEST_CASE("Both at once: a failing first half stops the second at its next step", "[both_at_once]") {
    std::atomic<int> steps{0};
    CHECK_THROWS_WITH(stakemap::both_at_once(
                          [&] {
                              while (steps.load() < 10) {}  // the helper is running
                              throw std::runtime_error("old file refused");
                          },
                          [&] { step_until_cancelled(steps); }),
                      "old file refused");
    CHECK(steps.load() >= 10);
}

TEST_CASE("Both at once: cancelling the caller's report cancels the helper's half too", "[both_at_once]") {
    stakemap::ProgressReport report;
    const stakemap::ProgressScope scope(report);
    std::atomic<int> steps{0};
    CHECK_THROWS_AS(stakemap::both_at_once(
                        [&] {
                            while (steps.load() < 10) {}
                            report.cancel();
                            stakemap::progress_advance();  // the caller's own half stops here
                        },
                        [&] { step_until_cancelled(steps); }),
                    stakemap::Cancelled);
    // The helper's report is its own: the caller's bar never counted the helper's steps.
    CHECK(report.snapshot().done == 1);
}
