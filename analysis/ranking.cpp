#include "analysis/ranking.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace stakemap {
namespace {

template <typename IdOf>
std::vector<std::size_t> rank(const std::vector<double>& values, IdOf&& id_of, std::size_t limit, RankOrder order) {
    std::vector<std::size_t> indices(values.size());
    std::iota(indices.begin(), indices.end(), std::size_t{0});
    const auto before = [&](std::size_t a, std::size_t b) {
        const double x = values[a], y = values[b];
        if (std::isnan(x) != std::isnan(y)) return std::isnan(y);  // undefined values last
        if (x != y && !std::isnan(x)) return order == RankOrder::highest_first ? x > y : x < y;
        return id_of(a) < id_of(b);
    };
    const std::size_t head = std::min(limit, indices.size());
    std::partial_sort(indices.begin(), indices.begin() + static_cast<std::ptrdiff_t>(head), indices.end(), before);
    indices.resize(head);
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
