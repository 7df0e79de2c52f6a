#pragma once
// The structural gaps a single new tie can close, and exactly what a given tie
// closes - the same figures what-if recomputes after adding it:
//  - a separate part (or an isolated organisation): a tie from it to the
//    largest part joins it;
//  - a fragile point: an organisation whose removal cuts off two or more
//    others; a tie from the cut-off side to the rest, past it, means they are
//    no longer cut off by its loss;
//  - CSOs with no union partner: a group (community) of two or more CSOs none
//    of which is tied to a union; a tie from one of them to a union closes it;
//  - groups that never meet: two communities of the gap report's size with no
//    tie between them; a tie from one to the other makes them meet;
//  - a rare sector pair: two recognised types with far fewer ties than
//    expected if ties ignored type (the gap report's cross-sector flags); a
//    tie between an organisation of each adds one.
// Coverage cells (no government body on a theme) are not closed by a tie: the
// gap report names them. Work is bounded: at most kMostParts parts,
// kMostFragilePoints fragile points (the ones cutting off most),
// kMostUnionGaps groups, kMostMeetings community pairs and kMostSectorPairs type pairs are followed, each in O(organisations + ties)
// (a fragile point's sides: only as far as it cuts off, which is why `cut_off` must be cut_off_if_removed(partners)).

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "analysis/measures/communities.hpp"
#include "analysis/measures/structure.hpp"
#include "analysis/planning/gap_report.hpp"
#include "analysis/planning/mixing.hpp"
#include "analysis/snapshot/symmetric_adjacency.hpp"
#include "graph/stakeholder_map.hpp"

namespace stakemap {

struct GapToClose {
    enum class Kind { separate_part, fragile_point, no_union_partner, groups_never_meet, rare_sector_pair };
    Kind kind;
    std::string words;                 // "the separate part of 6 (Northern pastoralist group 1, ...)"
    std::vector<std::size_t> inside;   // the organisations on the gap's side (best-connected first, capped)
    std::size_t size = 0;              // how many organisations the gap concerns
};

struct TieEffect {
    double value = 0.0;                // 0 (closes nothing) .. 1
    std::vector<std::string> closes;   // the gaps, in words
    // Each gap closed: its index in gaps() (kUnlisted for one not followed) and its share of value.
    static constexpr std::size_t kUnlisted = static_cast<std::size_t>(-1);
    std::vector<std::pair<std::size_t, double>> parts;
};

class GapClosing {
public:
    static constexpr std::size_t kMostParts = 30, kMostFragilePoints = 20, kMostUnionGaps = 20, kMostMeetings = 20, kMostSectorPairs = 10,
                                 kInsideCap = 3;

    GapClosing(const StakeholderMap& map, const SymmetricAdjacency& partners, const ComponentResult& components,
               const std::vector<std::size_t>& cut_off, const Communities& communities,
               const std::vector<CommunityPair>& never_meet, const MixingResult& mixing);

    const std::vector<GapToClose>& gaps() const { return gaps_; }
    // For each gap, whether organisation v may be the other end of a tie closing it.
    bool other_end(std::size_t gap, std::size_t v) const;
    // What adding the tie u-v closes, exactly (the words only when asked: scoring many pairs needs the value).
    TieEffect effect(std::size_t u, std::size_t v, bool with_words = true) const;

private:
    struct Fragile {
        std::size_t point;
        std::vector<std::pair<NodeIndex, std::uint32_t>> side;  // cut-off organisations and their side (sorted by organisation)
        std::vector<std::size_t> side_size;
        std::size_t component;
    };
    void find_parts();
    void find_fragile_points(const std::vector<std::size_t>& cut_off);
    void find_union_gaps();
    void find_meetings(const std::vector<CommunityPair>& never_meet);
    void find_sector_pairs(const MixingResult& mixing);
    std::string community_words(std::size_t community) const;
    std::uint32_t side_of(const Fragile& fragile, std::size_t v) const;  // 0: the rest (or not in its component)
    std::vector<std::size_t> best_connected(std::vector<std::size_t> members) const;
    std::string names(const std::vector<std::size_t>& members) const;

    const StakeholderMap& map_;
    const SymmetricAdjacency& partners_;
    const ComponentResult& components_;
    const Communities& communities_;
    std::size_t largest_component_ = 0;
    std::vector<GapToClose> gaps_;
    // Per gap: its component (a separate part), its entry in fragile_ (a fragile point) or its community (CSOs).
    std::vector<std::size_t> detail_;
    std::vector<Fragile> fragile_;
    std::vector<bool> is_union_;
    std::vector<bool> in_a_side_;                      // on the cut-off side of a fragile point followed
    std::vector<std::size_t> union_gap_of_community_;  // the no_union_partner gap of each community, or kUnlisted
    std::vector<std::vector<std::size_t>> community_members_;
    std::map<std::pair<std::size_t, std::size_t>, std::size_t> meeting_gap_;  // community pair (low, high) -> gap
    std::vector<std::size_t> sector_of_;                                      // mixing group of each organisation
    std::map<std::pair<std::size_t, std::size_t>, std::size_t> sector_gap_;   // group pair (low, high) -> gap
    std::vector<std::pair<std::size_t, std::size_t>> meeting_or_sector_;      // per gap: its pair (those two kinds)
};

}  // namespace stakemap
