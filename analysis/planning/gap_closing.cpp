#include "analysis/planning/gap_closing.hpp"

#include <algorithm>
#include <deque>
#include <cstdio>
#include <map>

#include "analysis/planning/coverage.hpp"
#include "graph/vocabulary.hpp"

namespace stakemap {
namespace {

constexpr double kJoinsPart = 1.0, kJoinsTwoSmallParts = 0.6, kUnionPartner = 0.7, kGroupsMeet = 0.4, kAbsentSectorTie = 0.3,
                 kRareSectorTie = 0.2;

// A fragile point relieved for k organisations: 0.5 for one, up to 1 for ten or more.
double relief_value(std::size_t k) { return 0.5 + 0.5 * std::min(1.0, static_cast<double>(k) / 10.0); }

}  // namespace

GapClosing::GapClosing(const StakeholderMap& map, const SymmetricAdjacency& partners, const ComponentResult& components,
                       const std::vector<std::size_t>& cut_off, const Communities& communities,
                       const std::vector<CommunityPair>& never_meet, const MixingResult& mixing)
    : map_(map), partners_(partners), components_(components), communities_(communities) {
    for (std::size_t c = 1; c < components_.sizes.size(); ++c) {
        if (components_.sizes[c] > components_.sizes[largest_component_]) largest_component_ = c;
    }
    is_union_.assign(map.organisation_count(), false);
    for (std::size_t v = 0; v < map.organisation_count(); ++v) is_union_[v] = map.organisation(v).type == "union";
    find_parts();
    find_fragile_points(cut_off);
    find_union_gaps();
    find_meetings(never_meet);
    find_sector_pairs(mixing);
    // What most pairs need asked is whether either end is on any gap's side at all.
    in_a_side_.assign(map.organisation_count(), false);
    for (const Fragile& fragile : fragile_) {
        for (const auto& [v, side] : fragile.side) in_a_side_[v] = true;
    }
    union_gap_of_community_.assign(communities_.count, TieEffect::kUnlisted);
    for (std::size_t g = 0; g < gaps_.size(); ++g) {
        if (gaps_[g].kind == GapToClose::Kind::no_union_partner) union_gap_of_community_[detail_[g]] = g;
    }
}

std::vector<std::size_t> GapClosing::best_connected(std::vector<std::size_t> members) const {
    std::stable_sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) { return partners_.degree(a) > partners_.degree(b); });
    if (members.size() > kInsideCap) members.resize(kInsideCap);
    return members;
}

std::string GapClosing::names(const std::vector<std::size_t>& members) const {
    std::string words;
    for (std::size_t k = 0; k < members.size() && k < 2; ++k) words += (k ? ", " : "") + map_.organisation(members[k]).label;
    return words;  // the callers add ", ..." when there are more
}

void GapClosing::find_parts() {
    const std::size_t n = map_.organisation_count();
    if (components_.sizes.size() < 2) return;
    std::vector<std::size_t> order;
    for (std::size_t c = 0; c < components_.sizes.size(); ++c) {
        if (c != largest_component_) order.push_back(c);
    }
    // The biggest separate parts first (an isolated organisation is a part of one).
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return components_.sizes[a] > components_.sizes[b]; });
    if (order.size() > kMostParts) order.resize(kMostParts);
    std::map<std::size_t, std::vector<std::size_t>> members;
    for (const std::size_t c : order) members[c];
    for (std::size_t v = 0; v < n; ++v) {
        if (const auto found = members.find(components_.component[v]); found != members.end()) found->second.push_back(v);
    }
    for (const std::size_t c : order) {
        const auto& all = members[c];
        GapToClose gap{GapToClose::Kind::separate_part, "", best_connected(all), all.size()};
        gap.words = all.size() == 1 ? "joins " + map_.organisation(all[0]).label + ", which has no tie, to the rest"
                                    : "joins the separate part of " + std::to_string(all.size()) + " (" + names(gap.inside) + (all.size() > 2 ? ", ...)" : ")") + " to the rest";
        gaps_.push_back(std::move(gap));
        detail_.push_back(c);
    }
}

void GapClosing::find_fragile_points(const std::vector<std::size_t>& cut_off) {
    const std::size_t n = map_.organisation_count();
    std::vector<std::size_t> points;
    for (std::size_t v = 0; v < cut_off.size(); ++v) {
        if (cut_off[v] >= 2) points.push_back(v);  // one leaf hanging on its only partner is no gap
    }
    std::stable_sort(points.begin(), points.end(), [&](std::size_t a, std::size_t b) { return cut_off[a] > cut_off[b]; });
    if (points.size() > kMostFragilePoints) points.resize(kMostFragilePoints);
    std::vector<std::uint32_t> label(n, 0);
    std::size_t listed_fragile = 0;  // a hub may cut off a thousand pairs: the gaps listed stay few
    for (const std::size_t point : points) {
        // Sides of the point: what stays connected among its partners once it is gone. The
        // sides but the largest hold cut_off[point] organisations in all, so a side found to be
        // bigger than that is the rest of the map: its search stops there, as does that of any
        // side reaching it (on a million-organisation map each point's full search was a
        // pass over the whole component).
        std::vector<std::vector<std::size_t>> sides;
        std::vector<bool> is_rest;
        std::vector<NodeIndex> seen_in_rest;  // labelled by stopped searches, cleared below
        for (std::size_t k = partners_.offset[point]; k < partners_.offset[point + 1]; ++k) {
            const NodeIndex start = partners_.partner[k];
            if (start == point || label[start] != 0) continue;
            sides.emplace_back();
            is_rest.push_back(false);
            const auto id = static_cast<std::uint32_t>(sides.size());
            std::deque<NodeIndex> queue = {start};
            label[start] = id;
            std::vector<std::size_t>& side = sides.back();
            while (!queue.empty() && !is_rest.back()) {
                const NodeIndex u = queue.front();
                queue.pop_front();
                side.push_back(u);
                if (side.size() > cut_off[point]) is_rest.back() = true;
                for (std::size_t j = partners_.offset[u]; j < partners_.offset[u + 1] && !is_rest.back(); ++j) {
                    const NodeIndex w = partners_.partner[j];
                    if (w == point) continue;
                    if (label[w] != 0) {
                        if (label[w] != id && is_rest[label[w] - 1]) is_rest.back() = true;  // joins the rest
                        continue;
                    }
                    label[w] = id;
                    queue.push_back(w);
                }
            }
            if (is_rest.back()) {
                seen_in_rest.insert(seen_in_rest.end(), queue.begin(), queue.end());
                for (const std::size_t v : side) seen_in_rest.push_back(static_cast<NodeIndex>(v));
                side.clear();
            }
        }
        std::size_t rest = 0;  // the largest side (the first of equals), as if every side were searched in full
        const auto found_rest = std::find(is_rest.begin(), is_rest.end(), true);
        if (found_rest != is_rest.end()) {
            rest = static_cast<std::size_t>(found_rest - is_rest.begin());
        } else {
            for (std::size_t s = 1; s < sides.size(); ++s) {
                if (sides[s].size() > sides[rest].size()) rest = s;
            }
        }
        for (const NodeIndex v : seen_in_rest) label[v] = 0;
        Fragile fragile{point, {}, {0}, components_.component[point]};
        for (std::size_t s = 0; s < sides.size(); ++s) {
            for (const std::size_t v : sides[s]) label[v] = 0;  // ready for the next point
            if (s == rest || is_rest[s] || sides[s].size() < 2 || listed_fragile >= kMostFragilePoints) continue;
            ++listed_fragile;
            fragile.side_size.push_back(sides[s].size());
            const auto id = static_cast<std::uint32_t>(fragile.side_size.size() - 1);
            for (const std::size_t v : sides[s]) fragile.side.emplace_back(static_cast<NodeIndex>(v), id);
            GapToClose gap{GapToClose::Kind::fragile_point, "", best_connected(sides[s]), sides[s].size()};
            gap.words = map_.organisation(point).label + " would no longer be the only link of " + std::to_string(sides[s].size()) +
                        " organisations (" + names(gap.inside) + (sides[s].size() > 2 ? ", ...)" : ")") + " to the rest";
            gaps_.push_back(std::move(gap));
            detail_.push_back(fragile_.size());
        }
        std::sort(fragile.side.begin(), fragile.side.end());
        if (fragile.side_size.size() > 1) fragile_.push_back(std::move(fragile));
    }
}

std::uint32_t GapClosing::side_of(const Fragile& fragile, std::size_t v) const {
    const auto at = std::lower_bound(fragile.side.begin(), fragile.side.end(), std::make_pair(static_cast<NodeIndex>(v), std::uint32_t{0}));
    return at != fragile.side.end() && at->first == v ? at->second : 0;
}

void GapClosing::find_union_gaps() {
    if (std::none_of(is_union_.begin(), is_union_.end(), [](bool u) { return u; })) return;  // no union to tie to
    const std::size_t n = map_.organisation_count();
    std::vector<std::vector<std::size_t>> csos(communities_.count);
    std::vector<bool> linked(communities_.count, false);
    for (std::size_t v = 0; v < n && v < communities_.community.size(); ++v) {
        if (map_.organisation(v).type != "cso") continue;
        const std::size_t c = communities_.community[v];
        csos[c].push_back(v);
        for (std::size_t k = partners_.offset[v]; k < partners_.offset[v + 1]; ++k) linked[c] = linked[c] || is_union_[partners_.partner[k]];
    }
    std::vector<std::size_t> order;
    for (std::size_t c = 0; c < csos.size(); ++c) {
        if (csos[c].size() >= 2 && !linked[c]) order.push_back(c);
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return csos[a].size() > csos[b].size(); });
    if (order.size() > kMostUnionGaps) order.resize(kMostUnionGaps);
    for (const std::size_t c : order) {
        GapToClose gap{GapToClose::Kind::no_union_partner, "", best_connected(csos[c]), csos[c].size()};
        gap.words = "gives the " + std::to_string(csos[c].size()) + " CSOs of one group (" + names(gap.inside) + (csos[c].size() > 2 ? ", ...)" : ")") + ", none tied to a union, a union partner";
        gaps_.push_back(std::move(gap));
        detail_.push_back(c);
    }
}

std::string GapClosing::community_words(std::size_t community) const {
    const auto& members = community_members_[community];
    const auto leaders = best_connected(members);
    return std::to_string(members.size()) + " (" + names(leaders) + (members.size() > 2 ? ", ...)" : ")");
}

void GapClosing::find_meetings(const std::vector<CommunityPair>& never_meet) {
    if (never_meet.empty()) return;
    community_members_.assign(communities_.count, {});
    for (std::size_t v = 0; v < communities_.community.size(); ++v) community_members_[communities_.community[v]].push_back(v);
    // The pairs expected to meet most first (the gap report's order).
    for (std::size_t k = 0; k < never_meet.size() && k < kMostMeetings; ++k) {
        const CommunityPair& pair = never_meet[k];
        GapToClose gap{GapToClose::Kind::groups_never_meet, "", best_connected(community_members_[pair.a]),
                       community_members_[pair.a].size() + community_members_[pair.b].size()};
        gap.words = "brings together two groups that never meet: one of " + community_words(pair.a) + " and one of " + community_words(pair.b);
        meeting_gap_[{std::min(pair.a, pair.b), std::max(pair.a, pair.b)}] = gaps_.size();
        meeting_or_sector_.resize(gaps_.size() + 1);
        meeting_or_sector_.back() = {pair.a, pair.b};
        gaps_.push_back(std::move(gap));
        detail_.push_back(k);
    }
}

void GapClosing::find_sector_pairs(const MixingResult& mixing) {
    std::map<std::string, std::size_t> group_of;
    for (std::size_t g = 0; g < mixing.groups.size(); ++g) group_of[mixing.groups[g]] = g;
    sector_of_.assign(map_.organisation_count(), static_cast<std::size_t>(-1));
    std::vector<std::vector<std::size_t>> members(mixing.groups.size());
    for (std::size_t v = 0; v < map_.organisation_count(); ++v) {
        const auto found = group_of.find(map_.organisation(v).type);
        if (found == group_of.end()) continue;
        sector_of_[v] = found->second;
        members[found->second].push_back(v);
    }
    std::size_t listed = 0;
    for (const MixingFlag& flag : mixing.flags) {  // most expected first
        if (listed == kMostSectorPairs) break;
        // A type stakemap does not recognise says nothing of which sector an organisation is in.
        if (flag.a == flag.b || !is_recognised_type(mixing.groups[flag.a]) || !is_recognised_type(mixing.groups[flag.b])) continue;
        ++listed;
        const std::string a = vocabulary::type_in_words(mixing.groups[flag.a]), b = vocabulary::type_in_words(mixing.groups[flag.b]);
        GapToClose gap{GapToClose::Kind::rare_sector_pair, "", best_connected(members[flag.a]), members[flag.a].size() + members[flag.b].size()};
        char expected[32];
        std::snprintf(expected, sizeof expected, "%.1f", flag.expected);
        gap.words = "adds a " + a + "–" + b + " tie, of which the map records " + std::to_string(static_cast<long long>(flag.observed)) +
                    " where " + expected + " would be expected if ties ignored type";
        sector_gap_[{std::min(flag.a, flag.b), std::max(flag.a, flag.b)}] = gaps_.size();
        meeting_or_sector_.resize(gaps_.size() + 1);
        meeting_or_sector_.back() = {flag.a, flag.b};
        gaps_.push_back(std::move(gap));
        detail_.push_back(flag.absent ? 1 : 0);
    }
}

bool GapClosing::other_end(std::size_t gap, std::size_t v) const {
    switch (gaps_[gap].kind) {
        case GapToClose::Kind::separate_part: return components_.component[v] == largest_component_;
        case GapToClose::Kind::no_union_partner: return is_union_[v];
        case GapToClose::Kind::groups_never_meet: return communities_.community[v] == meeting_or_sector_[gap].second;
        case GapToClose::Kind::rare_sector_pair: return sector_of_[v] == meeting_or_sector_[gap].second;
        case GapToClose::Kind::fragile_point: {
            const Fragile& fragile = fragile_[detail_[gap]];
            return v != fragile.point && components_.component[v] == fragile.component && side_of(fragile, v) == 0;
        }
    }
    return false;
}

TieEffect GapClosing::effect(std::size_t u, std::size_t v, bool with_words) const {
    TieEffect effect;
    const std::size_t cu = components_.component[u], cv = components_.component[v];
    if (cu != cv) {
        const bool to_main = cu == largest_component_ || cv == largest_component_;
        const std::size_t other = cu == largest_component_ ? cv : cu;
        std::size_t listed = TieEffect::kUnlisted;
        for (std::size_t g = 0; g < gaps_.size() && to_main; ++g) {
            if (gaps_[g].kind == GapToClose::Kind::separate_part && detail_[g] == other) listed = g;
        }
        if (with_words) {
            effect.closes.push_back(listed != TieEffect::kUnlisted ? gaps_[listed].words
                                    : to_main ? "joins a separate part of " + std::to_string(components_.sizes[other]) + " to the rest"
                                              : "joins two separate parts (of " + std::to_string(components_.sizes[cu]) + " and " +
                                                    std::to_string(components_.sizes[cv]) + ")");
        }
        effect.parts.emplace_back(listed, to_main ? kJoinsPart : kJoinsTwoSmallParts);
    }
    for (std::size_t f = 0; f < fragile_.size() && (in_a_side_[u] || in_a_side_[v]); ++f) {
        const Fragile& fragile = fragile_[f];
        if (u == fragile.point || v == fragile.point || cu != fragile.component || cv != fragile.component) continue;
        const std::uint32_t su = side_of(fragile, u), sv = side_of(fragile, v);
        if ((su == 0) == (sv == 0)) continue;  // both on the rest, or both cut off (still behind the point)
        const std::size_t size = fragile.side_size[std::max(su, sv)];
        std::size_t listed = TieEffect::kUnlisted, seen = 0;  // the gap of that side: sides are listed in order
        for (std::size_t g = 0; g < gaps_.size(); ++g) {
            if (gaps_[g].kind != GapToClose::Kind::fragile_point || detail_[g] != f) continue;
            if (++seen == std::max(su, sv)) listed = g;
        }
        effect.parts.emplace_back(listed, relief_value(size));
        if (with_words) effect.closes.push_back(map_.organisation(fragile.point).label + " would no longer be the only link of " + std::to_string(size) +
                                " organisations to the rest");
    }
    // A CSO of a group with no union partner, tied to a union.
    for (const auto& [cso, other] : {std::make_pair(u, v), std::make_pair(v, u)}) {
        if (!is_union_[other] || cso >= communities_.community.size() || map_.organisation(cso).type != "cso") continue;
        const std::size_t g = union_gap_of_community_[communities_.community[cso]];
        if (g == TieEffect::kUnlisted) continue;
        if (with_words) effect.closes.push_back(gaps_[g].words);
        effect.parts.emplace_back(g, kUnionPartner);
    }
    // Two groups that never meet, and a sector pair with too few ties.
    if (!meeting_gap_.empty() && u < communities_.community.size() && v < communities_.community.size()) {
        const std::size_t a = communities_.community[u], b = communities_.community[v];
        if (const auto found = meeting_gap_.find({std::min(a, b), std::max(a, b)}); a != b && found != meeting_gap_.end()) {
            if (with_words) effect.closes.push_back(gaps_[found->second].words);
            effect.parts.emplace_back(found->second, kGroupsMeet);
        }
    }
    if (!sector_gap_.empty()) {
        const std::size_t a = sector_of_[u], b = sector_of_[v];
        if (const auto found = sector_gap_.find({std::min(a, b), std::max(a, b)}); found != sector_gap_.end()) {
            if (with_words) effect.closes.push_back(gaps_[found->second].words);
            effect.parts.emplace_back(found->second, detail_[found->second] ? kAbsentSectorTie : kRareSectorTie);
        }
    }
    for (const auto& [gap, value] : effect.parts) effect.value += value;
    effect.value = std::min(1.0, effect.value);
    return effect;
}

}  // namespace stakemap
