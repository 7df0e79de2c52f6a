#pragma once
// A result kept after it is first computed. A computation that throws
// (Cancelled) leaves the slot empty, so asking again computes it.

#include <optional>

namespace stakemap {

template <typename T, typename Make>
const T& compute_once(std::optional<T>& slot, Make&& make) {
    if (!slot) slot.emplace(make());
    return *slot;
}

}  // namespace stakemap
