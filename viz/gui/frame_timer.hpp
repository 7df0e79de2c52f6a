#pragma once
// Frame times for --bench-frames: median and 95th percentile of the whole
// frame and of the CPU work of building it.

#include <algorithm>
#include <cstddef>
#include <vector>

namespace stakemap::gui {

struct Percentiles {
    double median = 0, p95 = 0;
};

inline Percentiles percentiles(std::vector<double> samples) {
    if (samples.empty()) return {};
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) { return samples[std::min(samples.size() - 1, static_cast<std::size_t>(q * static_cast<double>(samples.size() - 1) + 0.5))]; };
    return {at(0.5), at(0.95)};
}

}  // namespace stakemap::gui
