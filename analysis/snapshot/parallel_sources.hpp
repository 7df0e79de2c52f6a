#pragma once
// Runs one computation per source organisation on all cores, for the
// all-sources measures (betweenness, closeness). Sources are dealt out in
// fixed contiguous blocks, one per worker, and each worker's partial result is
// combined in worker order, so a run is repeatable for a given worker count.

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

#include "analysis/snapshot/progress.hpp"

namespace stakemap {

inline std::size_t analysis_threads() {
    const unsigned cores = std::thread::hardware_concurrency();
    return cores == 0 ? 1 : cores;
}

// `make_worker()` returns an object with `void visit(source)`; workers are
// returned in order so the caller can combine them deterministically.
template <typename MakeWorker>
auto for_each_source(std::size_t source_count, MakeWorker make_worker) {
    using Worker = decltype(make_worker());
    ProgressReport* report = current_progress();
    if (report) report->begin(report->snapshot().task, source_count);
    const std::size_t threads = std::max<std::size_t>(1, std::min(analysis_threads(), source_count / 64 + 1));
    std::vector<Worker> workers;
    workers.reserve(threads);
    for (std::size_t t = 0; t < threads; ++t) workers.push_back(make_worker());
    std::vector<std::thread> pool;
    const std::size_t block = (source_count + threads - 1) / threads;
    for (std::size_t t = 0; t < threads; ++t) {
        const std::size_t begin = std::min(source_count, t * block);
        const std::size_t end = std::min(source_count, begin + block);
        auto run = [&workers, t, begin, end, report] {
            for (std::size_t s = begin; s < end; ++s) {
                workers[t].visit(s);
                if (progress_step(report)) break;  // cancelled: the caller throws below
            }
        };
        if (t + 1 == threads) run();  // the calling thread takes the last block
        else pool.emplace_back(run);
    }
    for (auto& thread : pool) thread.join();
    throw_if_cancelled();
    return workers;
}

}  // namespace stakemap
