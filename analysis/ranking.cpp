#include "analysis/ranking.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <stdexcept>
#include <string_view>

namespace stakemap {
namespace {

// The sort key of one organisation, held together so that comparing two rarely leaves it:
// most maps have long runs of equal values (degree 1, 2, ...), ordered by id, and reading
// each id from its organisation record cost a cache miss per comparison (a full ranking
// of a million organisations took 6 s). The first eight bytes of the id, as a big-endian
// number, order ids as std::string does whenever they differ; only equal prefixes look further.
struct RankKey {
    double value;
    std::uint64_t id_prefix;
    std::size_t index;
};

std::uint64_t prefix_of(std::string_view id) {
    std::uint64_t prefix = 0;
    for (std::size_t i = 0; i < 8; ++i) {
        prefix = (prefix << 8) | (i < id.size() ? static_cast<unsigned char>(id[i]) : 0u);
    }
    return prefix;
}

template <typename IdOf>
std::vector<std::size_t> rank(const std::vector<double>& values, IdOf&& id_of, std::size_t limit, RankOrder order) {
    std::vector<RankKey> keys(values.size());
    for (std::size_t v = 0; v < values.size(); ++v) keys[v] = {values[v], prefix_of(id_of(v)), v};
    const auto before = [&](const RankKey& a, const RankKey& b) {
        const double x = a.value, y = b.value;
        if (std::isnan(x) != std::isnan(y)) return std::isnan(y);  // undefined values last
        if (x != y && !std::isnan(x)) return order == RankOrder::highest_first ? x > y : x < y;
        if (a.id_prefix != b.id_prefix) return a.id_prefix < b.id_prefix;
        return id_of(a.index) < id_of(b.index);
    };
    const std::size_t head = std::min(limit, keys.size());
    // A short head from a long list: a heap of `head` keys; most of the list (or all): one sort.
    if (head < keys.size() / 16) {
        std::partial_sort(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(head), keys.end(), before);
    } else {
        std::sort(keys.begin(), keys.end(), before);
    }
    std::vector<std::size_t> indices(head);
    for (std::size_t i = 0; i < head; ++i) indices[i] = keys[i].index;
    return indices;
}

}  // namespace

std::vector<std::size_t> ranked_by(const std::vector<double>& values, const StakeholderMap& map, std::size_t limit, RankOrder order) {
    if (values.size() != map.organisation_count()) throw std::invalid_argument("ranked_by: one value per organisation is needed");
    return rank(values, [&](std::size_t v) -> const std::string& { return map.organisation(v).id; }, limit, order);
}

std::vector<std::size_t> ranked_by(const std::vector<double>& values, const std::vector<std::string>& ids, std::size_t limit,
                                   RankOrder order) {
    if (values.size() != ids.size()) throw std::invalid_argument("ranked_by: one value per organisation is needed");
    return rank(values, [&](std::size_t v) -> const std::string& { return ids[v]; }, limit, order);
}

}  // namespace stakemap
