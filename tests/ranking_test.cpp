#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

#include "analysis/ranking.hpp"

using namespace stakemap;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

// The rule written out plainly: best value first, equal values by id, NaN last.
std::vector<std::size_t> reference_ranking(const std::vector<double>& values, const std::vector<std::string>& ids, RankOrder order) {
    std::vector<std::size_t> indices(values.size());
    std::iota(indices.begin(), indices.end(), std::size_t{0});
    std::stable_sort(indices.begin(), indices.end(), [&](std::size_t a, std::size_t b) {
        const bool a_nan = std::isnan(values[a]), b_nan = std::isnan(values[b]);
        if (a_nan != b_nan) return b_nan;
        if (!a_nan && values[a] != values[b]) return order == RankOrder::highest_first ? values[a] > values[b] : values[a] < values[b];
        return ids[a] < ids[b];
    });
    return indices;
}

}  // namespace

TEST_CASE("ranking: higher first, equal values by id, undefined last", "[ranking]") {
    const std::vector<std::string> ids = {"b", "a", "c", "d", "e"};
    const std::vector<double> values = {2.0, 2.0, kNaN, 5.0, 1.0};
    CHECK(ranked_by(values, ids) == std::vector<std::size_t>{3, 1, 0, 4, 2});
    CHECK(ranked_by(values, ids, 2) == std::vector<std::size_t>{3, 1});
    CHECK(ranked_by(values, ids, 100, RankOrder::lowest_first) == std::vector<std::size_t>{4, 1, 0, 3, 2});
}

TEST_CASE("ranking: ids that share their first eight bytes, are shorter, or are not Latin, order as strings do", "[ranking]") {
    // "organisation-10" < "organisation-9" as strings; "ab" < "ab\0" < "abc"; UTF-8 bytes above 0x7f sort after ASCII.
    const std::vector<std::string> ids = {"organisation-9", "organisation-10", "abc", std::string("ab\0", 3), "ab",
                                          "\xd9\x85\xd9\x86\xd8\xb8\xd9\x85\xd8\xa9", "zzzzzzzz", "zzzzzzzz0"};
    const std::vector<double> values(ids.size(), 1.0);
    CHECK(ranked_by(values, ids) == std::vector<std::size_t>{4, 3, 2, 1, 0, 6, 7, 5});
}

TEST_CASE("ranking agrees with the plain rule on 20,000 values with long runs of ties, for every head length", "[ranking]") {
    std::mt19937 random(5);
    std::vector<std::string> ids(20'000);
    std::vector<double> values(ids.size());
    for (std::size_t v = 0; v < ids.size(); ++v) {
        ids[v] = v % 3 == 0 ? "organisation-" : "o";
        ids[v].append(std::to_string(random() % 100'000));
        values[v] = random() % 50 == 0 ? kNaN : static_cast<double>(random() % 12);
    }
    // Ids must be unique for one order to be right: a suffix keeps repeats apart (and shares long prefixes).
    for (std::size_t v = 0; v < ids.size(); ++v) ids[v].append("#").append(std::to_string(v));
    for (const RankOrder order : {RankOrder::highest_first, RankOrder::lowest_first}) {
        const auto expected = reference_ranking(values, ids, order);
        for (const std::size_t limit : {std::size_t{1}, std::size_t{10}, std::size_t{1'000}, std::size_t{1'250}, std::size_t{20'000}}) {
            const auto got = ranked_by(values, ids, limit, order);
            REQUIRE(got.size() == limit);
            CHECK(std::equal(got.begin(), got.end(), expected.begin()));
        }
    }
}
