#pragma once
// Runs one computation per source organisation on all cores, for the
// all-sources measures (betweenness, closeness). Sources are dealt out in
// fixed contiguous blocks, one per worker, and each worker's partial result is
// combined in worker order, so a run is repeatable for a given worker count.

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

#include "graph/support/progress.hpp"

namespace stakemap {

inline std::size_t analysis_threads() {
    const unsigned cores = std::thread::hardware_concurrency();
    return cores == 0 ? 1 : cores;
}

// `make_worker()` returns an object with `void visit(task)`; workers are
// returned in order so the caller can combine them deterministically. Each task
// covers `sources_per_task` sources (the last one what is left of
// `source_count`): progress counts sources. A worker is started for every 64
// sources at most (a thread is not worth starting for a few cheap searches).
template <typename MakeWorker>
auto for_each_task(std::size_t source_count, std::size_t sources_per_task, MakeWorker make_worker) {
    using Worker = decltype(make_worker());
    ProgressReport* report = current_progress();
    if (report) report->begin(report->snapshot().task, source_count);
    const std::size_t tasks = (source_count + sources_per_task - 1) / sources_per_task;
    const std::size_t threads = std::max<std::size_t>(1, std::min({analysis_threads(), source_count / 64 + 1, tasks}));
    std::vector<Worker> workers;
    workers.reserve(threads);
    for (std::size_t t = 0; t < threads; ++t) workers.push_back(make_worker());
    std::vector<std::thread> pool;
    const std::size_t block = (tasks + threads - 1) / threads;
    for (std::size_t t = 0; t < threads; ++t) {
        const std::size_t begin = std::min(tasks, t * block);
        const std::size_t end = std::min(tasks, begin + block);
        auto run = [&workers, t, begin, end, report, source_count, sources_per_task] {
            for (std::size_t task = begin; task < end; ++task) {
                workers[t].visit(task);
                const std::size_t covered = std::min(source_count, (task + 1) * sources_per_task) - task * sources_per_task;
                if (progress_step(report, covered)) break;  // cancelled: the caller throws below
            }
        };
        if (t + 1 == threads) run();  // the calling thread takes the last block
        else pool.emplace_back(run);
    }
    for (auto& thread : pool) thread.join();
    throw_if_cancelled();
    return workers;
}

// One task per source.
template <typename MakeWorker>
auto for_each_source(std::size_t source_count, MakeWorker make_worker) {
    return for_each_task(source_count, 1, make_worker);
}

}  // namespace stakemap
