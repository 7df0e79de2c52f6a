#pragma once
// Missing-partner suggestions: ranked, explained candidate relationships for
// the whole map or for one organisation.
//
// Score = 0.5 effect + 0.5 plausibility. Effect: the gaps the tie closes,
// exactly as adding it would (gap_closing.hpp: a separate part joined, a
// fragile point no longer the only link of a group, CSOs given a union
// partner, two groups that never met now meeting, a rare sector pair tied);
// every such gap also brings its own candidates.
// Plausibility = 0.5 structure + 0.3 complementarity + 0.2 bridging, each in [0, 1]
// (the weights and limits are GapRules, gap_rules.hpp):
//  - structure: 1 - exp(-2 RA), RA the resource-allocation index (sum over
//    shared partners w of 1/deg(w); Zhou, Lu & Zhang 2009), so it ranks pairs
//    exactly as resource allocation, the best of the classic local indices on
//    the benchmark maps (bench/link_prediction_vs_networkx.py);
//  - complementarity: 0.4 x how under-represented the pair's type pair is
//    (1 - observed/expected ties, when >= 1 expected), 0.3 x shared themes
//    (Jaccard), 0.15 same country, 0.15 same region;
//  - bridging: 1 if the pair joins two separate parts of the map, 0.6 if it
//    joins two communities with no tie between them, 0.3 if two communities
//    with few; plus, for a focal organisation, how much the tie would lower
//    its constraint (share of its current constraint).
// Every suggestion carries plain-language reasons with the evidence.
// Ties are read undirected; suggested pairs are unordered.
// Candidates: for the whole map, pairs with a shared partner, pairs across
// under-represented type pairs sharing a theme, and the best-connected members
// of parts and communities that never meet; for one organisation, everyone
// it is not yet tied to. Ties broken by ids, so the ranking is deterministic.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "analysis/snapshot/analysis_graph.hpp"
#include "graph/stakeholder_map.hpp"

namespace stakemap {

struct SymmetricAdjacency;  // analysis/snapshot/symmetric_adjacency.hpp
class MapAnalysis;          // analysis/map_analysis.hpp

struct SuggestionOptions {
    std::optional<std::size_t> focus;  // organisation index; none: the whole map
    std::size_t top = 10;
    std::uint64_t community_seed = 1;
};

struct Suggestion {
    std::size_t source = 0;
    std::size_t target = 0;
    double score = 0.0;         // 0.5 effect + 0.5 plausibility
    double effect = 0.0;        // what the tie closes (gap_closing.hpp), 0..1
    double plausibility = 0.0;  // 0.5 structure + 0.3 complementarity + 0.2 bridging
    double structure = 0.0;
    double complementarity = 0.0;
    double bridging = 0.0;
    std::vector<std::string> closes;   // the gaps it closes, in words
    std::vector<std::string> reasons;  // why it is plausible
};

// From an analysis's cached measures (its seed is used for communities) ...
std::vector<Suggestion> suggest_partners(MapAnalysis& analysis, const SuggestionOptions& options = {});
// ... or on their own (builds a MapAnalysis).
std::vector<Suggestion> suggest_partners(const StakeholderMap& map, const AnalysisGraph& graph,
                                         const SuggestionOptions& options = {});

// Each gap a tie can close (gap_closing.hpp), in the order listed there, with
// its `per_gap` best candidates (best score first, reasons included): only
// ties whose effect includes closing that gap. The window's Gaps tab lists them.
struct GapCandidates {
    std::string gap;                     // in words
    std::size_t size = 0;                // organisations it concerns
    std::vector<Suggestion> candidates;  // may be empty: nothing on the other side
};
std::vector<GapCandidates> gap_candidates(MapAnalysis& analysis, std::size_t per_gap = 3);

// The same score for given pairs (without reasons), e.g. to evaluate the
// ranking on hidden ties. Pairs already tied score like any other.
std::vector<Suggestion> score_pairs(const StakeholderMap& map, const AnalysisGraph& graph,
                                    const std::vector<std::pair<std::size_t, std::size_t>>& pairs,
                                    std::uint64_t community_seed = 1);
std::vector<Suggestion> score_pairs(MapAnalysis& analysis, const std::vector<std::pair<std::size_t, std::size_t>>& pairs);

// The structural scores alone: common neighbours, Adamic-Adar and resource
// allocation of an unordered pair (partners in either direction).
struct PairScores {
    double common_neighbours = 0.0;
    double adamic_adar = 0.0;
    double resource_allocation = 0.0;
};

class PairScorer {
public:
    explicit PairScorer(const AnalysisGraph& graph);
    // Reads partner lists built elsewhere (symmetric_adjacency(graph, false)), which must outlive the scorer.
    explicit PairScorer(const SymmetricAdjacency& partners);
    ~PairScorer();
    PairScorer(const PairScorer&) = delete;
    PairScorer& operator=(const PairScorer&) = delete;
    // O(deg u + deg v), no allocation.
    PairScores scores(std::size_t u, std::size_t v) const;
    bool tied(std::size_t u, std::size_t v) const;
    // The partner lists the scores are computed on.
    const SymmetricAdjacency& adjacency() const;

private:
    void start(const SymmetricAdjacency& partners);
    struct Data;
    std::unique_ptr<Data> data_;
};

}  // namespace stakemap
