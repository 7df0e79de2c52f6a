#include <catch2/catch.hpp>

#include <vector>

#include "analysis/measures/degree_ordered_rows.hpp"

using namespace stakemap;

namespace {

// Arc k's weight, whatever kind the rows keep.
double weight_at(const DegreeOrderedRows& rows, std::size_t k) {
    return rows.arc_weight.visit([k](const auto weights) { return static_cast<double>(weights[k]); });
}

// Row r's partners, as organisations, with their weights.
std::vector<std::pair<NodeIndex, double>> partners(const DegreeOrderedRows& rows, std::uint32_t row) {
    std::vector<NodeIndex> organisation_at(rows.size());
    for (NodeIndex v = 0; v < rows.size(); ++v) organisation_at[rows.position[v]] = v;
    std::vector<std::pair<NodeIndex, double>> result;
    for (std::uint32_t k = rows.row_start[row]; k < rows.row_start[row + 1]; ++k) {
        result.emplace_back(organisation_at[rows.column[k]], weight_at(rows, k));
    }
    return result;
}

}  // namespace

TEST_CASE("the widest weight decides how arc weights are kept", "[pagerank][weights]") {
    using Kind = ArcWeights::Kind;
    CHECK(ArcWeights::widened(Kind::all_ones, 1.0) == Kind::all_ones);
    CHECK(ArcWeights::widened(Kind::all_ones, 3.0) == Kind::floats);
    CHECK(ArcWeights::widened(Kind::all_ones, 0.5) == Kind::floats);
    CHECK(ArcWeights::widened(Kind::floats, 1.0) == Kind::floats);
    CHECK(ArcWeights::widened(Kind::all_ones, 0.1) == Kind::doubles);  // 0.1 is no float exactly
    CHECK(ArcWeights::widened(Kind::doubles, 1.0) == Kind::doubles);
    CHECK(ArcWeights::wider(Kind::floats, Kind::all_ones) == Kind::floats);
    CHECK(ArcWeights::wider(Kind::floats, Kind::doubles) == Kind::doubles);
}

TEST_CASE("rows renumbered by falling degree keep every arc and weight", "[pagerank][weights]") {
    // Undirected: 0-1 (0.1), 1-2 (2), 1-3 (1), 2-3 (1), 4 alone.
    // Degrees 1, 3, 2, 2, 0 -> rows: 1 first, then 2 and 3 (organisation order), then 0, then 4.
    const auto graph = AnalysisGraph::from_ties(5, false, {{0, 1, 0.1}, {1, 2, 2.0}, {1, 3, 1.0}, {2, 3, 1.0}});
    const DegreeOrderedRows rows(graph, DegreeOrderedRows::WeightRule::negative_as_zero);
    CHECK(rows.position == std::vector<std::uint32_t>{3, 0, 1, 2, 4});
    CHECK(rows.row_start == std::vector<std::uint32_t>{0, 3, 5, 7, 8, 8});
    using P = std::vector<std::pair<NodeIndex, double>>;
    CHECK(partners(rows, 0) == P{{0, 0.1}, {2, 2.0}, {3, 1.0}});  // 0.1 kept exactly: stored as doubles
    CHECK(partners(rows, 1) == P{{1, 2.0}, {3, 1.0}});
    CHECK(partners(rows, 3) == P{{1, 0.1}});
    CHECK(rows.out_strength == std::vector<double>{3.1, 3.0, 2.0, 0.1, 0.0});

    const DegreeOrderedRows unweighted(graph, DegreeOrderedRows::WeightRule::ones);
    CHECK(partners(unweighted, 0) == P{{0, 1.0}, {2, 1.0}, {3, 1.0}});
    CHECK(unweighted.out_strength == std::vector<double>{3.0, 2.0, 2.0, 1.0, 0.0});
}

TEST_CASE("directed rows hold the in-arcs, strengths the out-arcs", "[pagerank][weights]") {
    // 0 -> 1 (3), 0 -> 2 (1), 2 -> 1 (2), negative 1 -> 0 counts as weight 0.
    const auto graph = AnalysisGraph::from_ties(3, true, {{0, 1, 3.0}, {0, 2, 1.0}, {2, 1, 2.0}, {1, 0, -1.0}});
    const DegreeOrderedRows rows(graph, DegreeOrderedRows::WeightRule::negative_as_zero);
    // In-degrees 1, 2, 1 -> organisation 1 first, then 0, then 2.
    CHECK(rows.position == std::vector<std::uint32_t>{1, 0, 2});
    using P = std::vector<std::pair<NodeIndex, double>>;
    CHECK(partners(rows, 0) == P{{0, 3.0}, {2, 2.0}});
    CHECK(partners(rows, 2) == P{{0, 1.0}});
    CHECK(rows.out_strength == std::vector<double>{0.0, 4.0, 2.0});  // by row: organisations 1, 0, 2

    const DegreeOrderedRows as_given(graph, DegreeOrderedRows::WeightRule::as_given);  // eigenvector centrality's rule
    CHECK(partners(as_given, 1) == P{{1, -1.0}});
    CHECK(as_given.out_strength == std::vector<double>{-1.0, 4.0, 2.0});
}
