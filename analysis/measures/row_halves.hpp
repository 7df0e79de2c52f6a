#pragma once
// Passes over every row of a big map, in two halves on two cores: where to split
// (half the arcs behind, so a hub does not leave one core idle) and running the
// halves (both_at_once, so a failure in either is rethrown, not std::terminate).
// Used by the measures that sweep all arcs many times (PageRank, eigenvector).

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <utility>
#include <vector>

#include "analysis/snapshot/both_at_once.hpp"

namespace stakemap {

// The first row with at least half of all arcs before it (row_start as in compressed rows).
inline std::size_t row_at_half_arcs(const std::vector<std::uint32_t>& row_start) {
    return static_cast<std::size_t>(std::lower_bound(row_start.begin(), row_start.end(), row_start.back() / 2) - row_start.begin());
}

// part(begin, end) over [0, n): on two cores, split at `middle`, when `two_cores`; else at once.
// Returns the halves' results as {lower, upper} (upper default-made when not split), so a caller
// that adds them always adds in the same order and rounds the same way every run.
template <class Part>
auto in_two_halves(bool two_cores, std::size_t n, std::size_t middle, Part&& part) {
    using Result = decltype(part(std::size_t{0}, std::size_t{0}));
    if constexpr (std::is_void_v<Result>) {
        if (!two_cores) return part(std::size_t{0}, n);
        both_at_once([&] { part(std::size_t{0}, middle); }, [&] { part(middle, n); });
    } else {
        if (!two_cores) return std::pair<Result, Result>{part(std::size_t{0}, n), Result{}};
        Result lower{}, upper{};
        both_at_once([&] { lower = part(std::size_t{0}, middle); }, [&] { upper = part(middle, n); });
        return std::pair<Result, Result>{lower, upper};
    }
}

}  // namespace stakemap
