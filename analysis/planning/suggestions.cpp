#include "analysis/planning/suggestions.hpp"

#include "graph/support/progress.hpp"

#include "analysis/planning/gap_closing.hpp"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <map>
#include <set>
#include <span>
#include <thread>
#include <unordered_set>

#include "analysis/map_analysis.hpp"
#include "analysis/measures/brokerage.hpp"
#include "analysis/measures/communities.hpp"
#include "analysis/planning/coverage.hpp"
#include "analysis/planning/gap_report.hpp"
#include "analysis/planning/mixing.hpp"
#include "analysis/measures/structure.hpp"
#include "analysis/snapshot/parallel_sources.hpp"
#include "analysis/snapshot/symmetric_adjacency.hpp"
#include "analysis/planning/wording.hpp"
#include "graph/vocabulary.hpp"

namespace stakemap {
namespace {

std::vector<std::string> shared_themes(const Organisation& a, const Organisation& b) {
    std::vector<std::string> shared;
    for (const auto& theme : a.themes) {
        if (std::find(b.themes.begin(), b.themes.end(), theme) != b.themes.end()) shared.push_back(theme);
    }
    return shared;
}

std::string themes_in_words(const std::vector<std::string>& themes) {
    std::string words;
    for (std::size_t k = 0; k < themes.size(); ++k) {
        if (k > 0) words += k + 1 == themes.size() ? " and " : ", ";
        words += vocabulary::theme_in_words(themes[k]);
    }
    return words;
}

// A candidate pair (first, second) in one word, so tens of millions of them take 8 bytes each.
using PackedPair = std::uint64_t;
PackedPair pack(std::size_t first, std::size_t second) { return static_cast<PackedPair>(first) << 32 | second; }
std::size_t first_of(PackedPair pair) { return static_cast<std::size_t>(pair >> 32); }
std::size_t second_of(PackedPair pair) { return static_cast<std::size_t>(pair & 0xFFFFFFFFu); }

// Everything the scoring needs about the map, computed once.
class PartnerFinder {
public:
    PartnerFinder(MapAnalysis& analysis, const SuggestionOptions& options)
        : map_(analysis.map()),
          graph_(analysis.graph()),
          options_(options),
          rules_(analysis.settings().rules),
          weights_(rules_.weights),
          scorer_(analysis.measures().partners()),
          adjacency_(scorer_.adjacency()),
          mixing_(analysis.type_mixing()),
          components_(analysis.measures().components()),
          communities_(analysis.measures().communities()),
          between_(analysis.measures().ties_between_communities()),
          gaps_(analysis.map(), analysis.measures().partners(), analysis.measures().components(), analysis.measures().cut_off(),
                analysis.measures().communities(), community_meetings(analysis.measures(), analysis.settings().rules).never_meet,
                analysis.type_mixing()) {
        const std::size_t n = graph_.node_count();
        const StakeholderMap& map = map_;
        for (std::size_t g = 0; g < mixing_.groups.size(); ++g) group_of_type_[mixing_.groups[g]] = g;
        community_size_.assign(communities_.count, 0);
        for (const std::size_t c : communities_.community) ++community_size_[c];
        // Themes as bit sets and places as numbers, so scoring a pair allocates nothing.
        std::map<std::string, std::uint64_t> theme_bit;
        std::map<std::string, std::uint32_t> place_number;
        auto place = [&](const std::string& name) {
            return name.empty() ? 0u : place_number.emplace(name, static_cast<std::uint32_t>(place_number.size() + 1)).first->second;
        };
        features_.resize(n);
        for (std::size_t v = 0; v < n; ++v) {
            const Organisation& organisation = map.organisation(v);
            for (const auto& theme : organisation.themes) {
                const auto bit = theme_bit.emplace(theme, theme_bit.size() < 64 ? 1ULL << theme_bit.size() : 0ULL).first->second;
                features_[v].themes |= bit;
            }
            features_[v].country = place(organisation.country);
            features_[v].region = place("region:" + organisation.region) * (organisation.region.empty() ? 0u : 1u);
            features_[v].group = group_of_type_.at(organisation.type);
            described_ = described_ || !organisation.themes.empty() || !organisation.country.empty() || !organisation.region.empty() ||
                         vocabulary::is_known_organisation_type(organisation.type);
        }
        list_hubs_paired_partners();
    }

    std::vector<Suggestion> run() {
        progress_begin("suggest: candidate pairs", 0);
        // Pairs sharing a partner are most of a big map's candidates (tens of millions at a
        // million organisations): they are found organisation by organisation while scoring,
        // never listed. The other kinds are listed here, without the shared-partner pairs.
        const bool shared_partners = !options_.focus;
        const std::vector<PackedPair> listed = options_.focus ? focus_candidates() : listed_candidates();
        const std::size_t n = graph_.node_count();
        progress_begin(shared_partners ? "suggest: scoring candidate pairs" : "suggest: scoring " + std::to_string(listed.size()) + " candidate pairs",
                       listed.size() + (shared_partners ? n : 0));
        ProgressReport* const report = current_progress();
        // Only the head of the ranking is needed: enough for the constraint re-ranking and for
        // every gap's candidates to compete. Each core keeps its own head; the order is total
        // (ids break ties), so the heads' best do not depend on which core scored what.
        const std::size_t head = std::max(options_.top * 3, kHead);
        const std::size_t threads = std::min(analysis_threads(), (listed.size() + (shared_partners ? n * kSharedPartnerPairsPerOrganisationGuess : 0)) / kCandidatesPerThread + 1);
        std::vector<RankingHead> heads;
        for (std::size_t t = 0; t < threads; ++t) heads.emplace_back(*this, head);
        std::atomic<std::size_t> next_organisations{0}, next_listed{0};
        std::atomic<bool> stop{false};
        const auto work = [&](RankingHead& kept) {
            std::vector<std::uint32_t> seen_with;  // seen_with[x] == u + 1: x already met as u's candidate or partner
            if (shared_partners) seen_with.assign(n, 0);
            // The listed pairs first: they are chosen for the gaps they close, so the head's bar
            // rises early and most shared-partner pairs are dropped before their partners are walked.
            while (!stop) {
                const std::size_t begin = next_listed.fetch_add(kCandidatesPerStep);
                if (begin >= listed.size()) break;
                const std::size_t end = std::min(listed.size(), begin + kCandidatesPerStep);
                for (std::size_t k = begin; k < end; ++k) kept.offer(first_of(listed[k]), second_of(listed[k]));
                if (progress_step(report, end - begin)) stop = true;
            }
            while (shared_partners && !stop) {
                const std::size_t begin = next_organisations.fetch_add(kOrganisationsPerStep);
                if (begin >= n) break;
                const std::size_t end = std::min(n, begin + kOrganisationsPerStep);
                for (std::size_t u = begin; u < end; ++u) {
                    for_each_shared_partner_pair(u, seen_with, [&](std::size_t v) { kept.offer(u, v); });
                }
                if (progress_step(report, end - begin)) stop = true;
            }
        };
        {
            std::vector<std::jthread> pool;
            for (std::size_t t = 0; t + 1 < threads; ++t) pool.emplace_back([&, t] { work(heads[t]); });
            work(heads[threads - 1]);
        }
        throw_if_cancelled();
        std::vector<Suggestion> scored;
        for (auto& part : heads) scored.insert(scored.end(), std::make_move_iterator(part.kept.begin()), std::make_move_iterator(part.kept.end()));
        std::sort(scored.begin(), scored.end(), [&](const Suggestion& a, const Suggestion& b) { return better(a, b); });
        if (scored.size() > head) scored.resize(head);
        // A focal organisation's constraint is worth recomputing for its leading candidates only.
        if (options_.focus) {
            for (Suggestion& suggestion : scored) add_constraint_relief(suggestion);
            std::sort(scored.begin(), scored.end(), [&](const Suggestion& a, const Suggestion& b) { return better(a, b); });
        }
        scored = pick_together(std::move(scored));
        for (Suggestion& suggestion : scored) explain(suggestion);
        return scored;
    }

    // Best first: score, then the ids (a total order, so a ranking is repeatable).
    bool better(const Suggestion& a, const Suggestion& b) const {
        if (a.score != b.score) return a.score > b.score;
        const std::string& a_source = map_.organisation(a.source).id;
        const std::string& b_source = map_.organisation(b.source).id;
        if (a_source != b_source) return a_source < b_source;
        return map_.organisation(a.target).id < map_.organisation(b.target).id;
    }

    // The best `size` suggestions offered so far, in a heap with the worst on top, so memory
    // follows the head, not the millions of candidate pairs.
    struct RankingHead {
        RankingHead(const PartnerFinder& scorer, std::size_t length) : finder(&scorer), size(length), prune(scorer.structure_bound_holds()) {
            kept.reserve(length + 1);
        }
        void offer(std::size_t u, std::size_t v) {
            const auto ahead = [this](const Suggestion& a, const Suggestion& b) { return finder->better(a, b); };
            Suggestion next = finder->score_but_structure(u, v);
            if (prune && kept.size() == size && !ahead(next, kept.front())) return;  // even at its best it is out
            finder->add_structure(next);
            if (kept.size() == size && !ahead(next, kept.front())) return;
            kept.push_back(std::move(next));
            std::push_heap(kept.begin(), kept.end(), ahead);
            if (kept.size() > size) {
                std::pop_heap(kept.begin(), kept.end(), ahead);
                kept.pop_back();
            }
        }
        const PartnerFinder* finder;
        std::size_t size;
        bool prune;
        std::vector<Suggestion> kept;
    };

    static constexpr std::size_t kHead = 300;
    static constexpr std::size_t kCandidatesPerThread = 20'000;  // fewer are scored at once on one core
    // The shared-partner pairs are not counted before scoring (they are found while scoring);
    // for choosing the thread count each organisation is guessed to bring a few of them.
    static constexpr std::size_t kSharedPartnerPairsPerOrganisationGuess = 8;
    static constexpr std::size_t kCandidatesPerStep = 4096;      // listed pairs handed out (and progress told) at once
    static constexpr std::size_t kOrganisationsPerStep = 512;    // organisations whose shared-partner pairs are handed out at once

    // Planners bring several partners at once: each pick counts only the gaps the picks above it
    // have not closed yet (greedy on the effect), so ten suggestions close as many gaps as they can.
    std::vector<Suggestion> pick_together(std::vector<Suggestion> candidates) const {
        std::vector<TieEffect> effects;
        effects.reserve(candidates.size());
        for (const Suggestion& s : candidates) effects.push_back(gaps_.effect(s.source, s.target, false));
        std::set<std::size_t> closed;
        std::map<std::size_t, std::size_t> closed_by;  // gap -> rank of the first pick closing it
        const auto marginal_effect = [&](const TieEffect& effect) {
            double value = 0.0;
            for (const auto& [gap, share] : effect.parts) {
                if (gap == TieEffect::kUnlisted || !closed.count(gap)) value += share;
            }
            return std::min(1.0, value);
        };
        std::vector<Suggestion> picked;
        std::vector<bool> taken(candidates.size(), false);
        while (picked.size() < options_.top && picked.size() < candidates.size()) {
            std::size_t best = candidates.size();
            double best_score = -1.0;
            for (std::size_t k = 0; k < candidates.size(); ++k) {
                if (taken[k]) continue;
                const double score = kEffectShare * marginal_effect(effects[k]) + (1.0 - kEffectShare) * candidates[k].plausibility;
                if (score > best_score + 1e-12) {  // candidates are in ranking order: the first best wins ties
                    best = k;
                    best_score = score;
                }
            }
            taken[best] = true;
            Suggestion s = candidates[best];
            s.effect = marginal_effect(effects[best]);
            s.score = best_score;
            // The gaps in words; one a suggestion above closes already is said so.
            const TieEffect words = gaps_.effect(s.source, s.target);
            for (std::size_t k = 0; k < words.parts.size(); ++k) {
                const std::size_t gap = words.parts[k].first;
                const auto earlier = closed_by.find(gap);
                s.closes.push_back(words.closes[k] + (gap != TieEffect::kUnlisted && earlier != closed_by.end()
                                                          ? " (as #" + std::to_string(earlier->second) + " above does)" : ""));
                if (gap != TieEffect::kUnlisted) {
                    closed.insert(gap);
                    closed_by.emplace(gap, picked.size() + 1);
                }
            }
            picked.push_back(std::move(s));
        }
        return picked;
    }

    std::vector<GapCandidates> for_each_gap(std::size_t per_gap) {
        std::vector<GapCandidates> result;
        for (std::size_t g = 0; g < gaps_.gaps().size(); ++g) {
            std::vector<std::uint64_t> pairs;
            auto add = [&](std::size_t u, std::size_t v) {
                if (u != v && !tied(u, v)) pairs.push_back(static_cast<std::uint64_t>(std::min(u, v)) << 32 | std::max(u, v));
            };
            add_candidates_of(g, add);
            std::sort(pairs.begin(), pairs.end());
            pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
            GapCandidates entry{gaps_.gaps()[g].words, gaps_.gaps()[g].size, {}};
            for (const std::uint64_t pair : pairs) {
                const std::size_t u = pair >> 32, v = pair & 0xFFFFFFFFu;
                const TieEffect effect = gaps_.effect(u, v, false);
                if (std::none_of(effect.parts.begin(), effect.parts.end(), [&](const auto& part) { return part.first == g; })) continue;
                entry.candidates.push_back(score(u, v));
            }
            std::stable_sort(entry.candidates.begin(), entry.candidates.end(), [](const Suggestion& a, const Suggestion& b) { return a.score > b.score; });
            if (entry.candidates.size() > per_gap) entry.candidates.resize(per_gap);
            for (Suggestion& s : entry.candidates) {
                s.closes = gaps_.effect(s.source, s.target).closes;
                explain(s);
            }
            result.push_back(std::move(entry));
        }
        return result;
    }

    std::vector<Suggestion> score_all(const std::vector<std::pair<std::size_t, std::size_t>>& pairs) {
        std::vector<Suggestion> scored;
        scored.reserve(pairs.size());
        for (const auto& [u, v] : pairs) scored.push_back(score(u, v));
        return scored;
    }

private:
    bool tied(std::size_t u, std::size_t v) const { return scorer_.tied(u, v); }

    std::vector<PackedPair> focus_candidates() const {
        std::vector<PackedPair> candidates;
        const std::size_t u = *options_.focus;
        for (std::size_t v = 0; v < graph_.node_count(); ++v) {
            if (v != u && !tied(u, v)) candidates.push_back(pack(u, v));
        }
        return candidates;
    }

    // Pairs sharing a partner w are candidates. Through a hub, only its best-connected partners
    // are paired: a hub's million partners would make half a trillion pairs, each of which
    // shares little more than the hub (Adamic-Adar weighs a shared partner by 1/ln of its degree).
    // A hub's paired partners, sorted by index, are kept in paired_through_hub_.
    void list_hubs_paired_partners() {
        const std::size_t cap = rules_.candidates.partners_paired_through_one;
        hub_slot_.assign(graph_.node_count(), kNotAHub);
        for (std::size_t w = 0; w < graph_.node_count(); ++w) {
            if (adjacency_.degree(w) <= cap) continue;
            std::vector<NodeIndex> best = partners_of(w);
            std::partial_sort(best.begin(), best.begin() + static_cast<std::ptrdiff_t>(cap), best.end(), [&](NodeIndex a, NodeIndex b) {
                return adjacency_.degree(a) != adjacency_.degree(b) ? adjacency_.degree(a) > adjacency_.degree(b) : a < b;
            });
            best.resize(cap);
            std::sort(best.begin(), best.end());
            hub_slot_[w] = static_cast<std::uint32_t>(paired_through_hub_.size());
            paired_through_hub_.push_back(std::move(best));
        }
    }
    static constexpr std::uint32_t kNotAHub = 0xFFFFFFFFu;

    std::vector<NodeIndex> partners_of(std::size_t w) const {
        return {adjacency_.partner.begin() + static_cast<std::ptrdiff_t>(adjacency_.offset[w]),
                adjacency_.partner.begin() + static_cast<std::ptrdiff_t>(adjacency_.offset[w + 1])};
    }

    // The partners of w that are paired as sharing w, sorted by index.
    std::span<const NodeIndex> paired_through(std::size_t w) const {
        if (hub_slot_[w] != kNotAHub) return paired_through_hub_[hub_slot_[w]];
        return {adjacency_.partner.data() + adjacency_.offset[w], adjacency_.degree(w)};
    }

    bool paired_through(std::size_t w, std::size_t u) const {
        const std::span<const NodeIndex> paired = paired_through(w);
        return std::binary_search(paired.begin(), paired.end(), static_cast<NodeIndex>(u));
    }

    // Calls visit(v) once for every v > u that shares a paired partner with u and is not tied to
    // it. seen_with (one per thread, n entries) marks what u has met: u's partners and candidates.
    template <typename Visit>
    void for_each_shared_partner_pair(std::size_t u, std::vector<std::uint32_t>& seen_with, Visit&& visit) const {
        const auto mark = static_cast<std::uint32_t>(u + 1);
        seen_with[u] = mark;
        for (std::size_t k = adjacency_.offset[u]; k < adjacency_.offset[u + 1]; ++k) seen_with[adjacency_.partner[k]] = mark;
        for (std::size_t k = adjacency_.offset[u]; k < adjacency_.offset[u + 1]; ++k) {
            const NodeIndex w = adjacency_.partner[k];
            if (hub_slot_[w] != kNotAHub && !paired_through(w, u)) continue;
            const std::span<const NodeIndex> paired = paired_through(w);
            for (auto v = std::upper_bound(paired.begin(), paired.end(), static_cast<NodeIndex>(u)); v != paired.end(); ++v) {
                if (seen_with[*v] == mark) continue;
                seen_with[*v] = mark;
                visit(*v);
            }
        }
    }

    // Whether u and v share a partner through which they are paired (so for_each_shared_partner_pair finds them).
    bool share_a_paired_partner(std::size_t u, std::size_t v) const {
        const std::size_t small = adjacency_.degree(u) <= adjacency_.degree(v) ? u : v, large = small == u ? v : u;
        for (std::size_t k = adjacency_.offset[small]; k < adjacency_.offset[small + 1]; ++k) {
            const NodeIndex w = adjacency_.partner[k];
            if (tied(large, w) && (hub_slot_[w] == kNotAHub || (paired_through(w, u) && paired_through(w, v)))) return true;
        }
        return false;
    }

    // The map-wide candidates other than the pairs sharing a partner (for_each_shared_partner_pair
    // finds those), sorted, each once.
    std::vector<PackedPair> listed_candidates() {
        std::vector<PackedPair> pairs;
        auto add = [&](std::size_t u, std::size_t v) {
            if (u == v || tied(u, v)) return;
            pairs.push_back(pack(std::min(u, v), std::max(u, v)));
        };
        const std::size_t n = graph_.node_count();
        // Under-represented type pairs: each organisation of one side with the best-connected of the other sharing a theme.
        const std::vector<double> degree = degrees();
        for (const MixingFlag& flag : mixing_.flags) {
            for (const auto& [from, to] : {std::make_pair(flag.a, flag.b), std::make_pair(flag.b, flag.a)}) {
                std::vector<std::size_t> others = members_of(to, degree);
                for (std::size_t u = 0; u < n; ++u) {
                    if (features_[u].group != from) continue;
                    std::size_t taken = 0;
                    for (const std::size_t v : others) {
                        if (taken == rules_.candidates.partners_per_rare_pair) break;
                        if ((features_[u].themes & features_[v].themes) == 0) continue;
                        add(u, v);
                        ++taken;
                    }
                }
            }
        }
        // Parts and communities that never meet: their best-connected members.
        auto leaders = [&](const std::vector<std::size_t>& label, std::size_t count) {
            std::vector<std::vector<std::size_t>> best(count);
            std::vector<std::size_t> order(n);
            for (std::size_t v = 0; v < n; ++v) order[v] = v;
            std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return degree[a] > degree[b]; });
            for (const std::size_t v : order) {
                if (best[label[v]].size() < rules_.candidates.leaders_per_group) best[label[v]].push_back(v);
            }
            return best;
        };
        const auto component_leaders = leaders(components_.component, components_.sizes.size());
        std::vector<std::size_t> biggest(components_.sizes.size());
        for (std::size_t c = 0; c < biggest.size(); ++c) biggest[c] = c;
        std::stable_sort(biggest.begin(), biggest.end(), [&](std::size_t a, std::size_t b) { return components_.sizes[a] > components_.sizes[b]; });
        if (biggest.size() > rules_.candidates.largest_parts) biggest.resize(rules_.candidates.largest_parts);
        for (std::size_t i = 0; i < biggest.size(); ++i) {
            for (std::size_t j = i + 1; j < biggest.size(); ++j) {
                for (const std::size_t u : component_leaders[biggest[i]]) {
                    for (const std::size_t v : component_leaders[biggest[j]]) add(u, v);
                }
            }
        }
        const auto community_leaders = leaders(communities_.community, communities_.count);
        const std::size_t communities = std::min(communities_.count, rules_.candidates.communities);
        for (std::size_t a = 0; a < communities; ++a) {
            for (std::size_t b = a + 1; b < communities; ++b) {
                if (between_.between(a, b) > 0 || community_size_[a] < rules_.community_at_least || community_size_[b] < rules_.community_at_least) continue;
                for (const std::size_t u : community_leaders[a]) {
                    for (const std::size_t v : community_leaders[b]) add(u, v);
                }
            }
        }
        add_gap_candidates(add);
        std::sort(pairs.begin(), pairs.end());
        pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
        pairs.erase(std::remove_if(pairs.begin(), pairs.end(), [&](PackedPair pair) { return share_a_paired_partner(first_of(pair), second_of(pair)); }),
                    pairs.end());
        return pairs;
    }

    // Each gap's best-connected members with the most plausible organisations that can close
    // it from the other side: same region, then same country, shared themes, partners.
    template <typename Add>
    void add_gap_candidates(Add& add) const {
        for (std::size_t g = 0; g < gaps_.gaps().size(); ++g) add_candidates_of(g, add);
    }

    template <typename Add>
    void add_candidates_of(std::size_t g, Add& add) const {
        const std::size_t n = graph_.node_count();
        for (const std::size_t u : gaps_.gaps()[g].inside) {
            std::vector<std::pair<double, std::size_t>> others;
            for (std::size_t v = 0; v < n; ++v) {
                if (v == u || !gaps_.other_end(g, v)) continue;
                const Features& a = features_[u];
                const Features& b = features_[v];
                const double closeness = 4.0 * (a.region != 0 && a.region == b.region) + 2.0 * (a.country != 0 && a.country == b.country) +
                                         std::popcount(a.themes & b.themes) + std::log1p(static_cast<double>(adjacency_.degree(v))) / 10.0;
                others.emplace_back(-closeness, v);
            }
            const std::size_t keep = std::min(others.size(), kOtherEndsPerGapMember);
            std::partial_sort(others.begin(), others.begin() + static_cast<std::ptrdiff_t>(keep), others.end());
            for (std::size_t k = 0; k < keep; ++k) add(u, others[k].second);
        }
    }
    static constexpr std::size_t kOtherEndsPerGapMember = 30;

    std::vector<double> degrees() const {
        std::vector<double> degree(graph_.node_count());
        for (std::size_t v = 0; v < degree.size(); ++v) degree[v] = static_cast<double>(adjacency_.degree(v));
        return degree;
    }

    std::vector<std::size_t> members_of(std::size_t group, const std::vector<double>& degree) const {
        std::vector<std::size_t> members;
        for (std::size_t v = 0; v < graph_.node_count(); ++v) {
            if (features_[v].group == group) members.push_back(v);
        }
        std::stable_sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) { return degree[a] > degree[b]; });
        return members;
    }

    double type_pair_shortfall(std::size_t u, std::size_t v) const {
        const std::size_t a = features_[u].group, b = features_[v].group;
        const double expected = mixing_.expected[a][b], observed = mixing_.observed[a][b];
        if (expected < 1.0 || observed >= expected) return 0.0;
        return 1.0 - observed / expected;
    }

    // On a map that says nothing of types, themes or places (a bare network), complementarity is 0
    // everywhere and bridging only rewards pairs far apart: the shared partners alone decide.
    double overall(const Suggestion& s) const {
        if (!described_) return s.structure;
        return weights_.structure * s.structure + weights_.complementarity * s.complementarity + weights_.bridging * s.bridging;
    }

    Suggestion score(std::size_t u, std::size_t v) const {
        Suggestion s = score_but_structure(u, v);
        add_structure(s);
        return s;
    }

    // Everything but the shared-partner term, which walks both partner lists: structure is
    // left at 1, its largest value, so s.score bounds the finished score from above (its
    // weight is >= 0 and rounding is monotone), and a candidate that cannot reach the
    // ranking's head is dropped without the walk.
    Suggestion score_but_structure(std::size_t u, std::size_t v) const {
        Suggestion s;
        s.source = u;
        s.target = v;
        s.structure = 1.0;
        const Features& a = features_[u];
        const Features& b = features_[v];
        const int shared = std::popcount(a.themes & b.themes), all = std::popcount(a.themes | b.themes);
        const double jaccard = all == 0 ? 0.0 : static_cast<double>(shared) / static_cast<double>(all);
        s.complementarity = weights_.rare_type_pair * type_pair_shortfall(u, v) + weights_.shared_themes * jaccard +
                            weights_.same_country * (a.country != 0 && a.country == b.country) +
                            weights_.same_region * (a.region != 0 && a.region == b.region);
        if (components_.component[u] != components_.component[v]) {
            s.bridging = weights_.joins_parts;
        } else {
            const std::size_t cu = communities_.community[u], cv = communities_.community[v];
            if (cu != cv) {
                const double between = between_.between(cu, cv);
                s.bridging = between == 0 ? weights_.joins_groups_that_never_meet
                                          : (between <= weights_.barely_meet_at_most_ties ? weights_.joins_groups_that_barely_meet : 0.0);
            }
        }
        s.effect = gaps_.effect(u, v, false).value;
        s.plausibility = overall(s);
        s.score = kEffectShare * s.effect + (1.0 - kEffectShare) * s.plausibility;
        return s;
    }

    void add_structure(Suggestion& s) const {
        const PairScores structural = scorer_.scores(s.source, s.target);
        s.structure = 1.0 - std::exp(-kStructureScale * structural.resource_allocation);
        s.plausibility = overall(s);
        s.score = kEffectShare * s.effect + (1.0 - kEffectShare) * s.plausibility;
    }

    // The bound above needs the structure weight >= 0 (a user's rules could make it negative).
    bool structure_bound_holds() const { return weights_.structure >= 0; }
    static constexpr double kEffectShare = 0.5;
    // Resource allocation sums 1/deg over shared partners: one shared partner of degree 2 gives
    // 0.5, so a scale of 2 maps it to 1 - 1/e, about where Adamic-Adar's 1/ln 3 used to put it.
    // (A scale of 4 ranks hidden ties better on a generated map, but gives shared partners so much
    // weight that a designed gap - Ghana's CSO cluster without a union - drops out of the top 10.)
    static constexpr double kStructureScale = 2.0;

    // Burt's constraint of the focal organisation before and after the tie, on the unweighted ties.
    void add_constraint_relief(Suggestion& s) {
        const std::size_t u = s.source, v = s.target;
        const double before = local_constraint(u, std::nullopt);
        const double after = local_constraint(u, v);
        if (std::isnan(before) || before <= 0 || after >= before) return;
        relief_[{u, v}] = {before, after};
        const double relief = std::min(1.0, (before - after) / before);
        const double extra = weights_.constraint_relief * relief;
        s.bridging = std::min(1.0, s.bridging + extra);
        s.plausibility = overall(s);
        s.score = kEffectShare * s.effect + (1.0 - kEffectShare) * s.plausibility;
    }

    // Constraint of u (all ties weight 1), optionally with an extra tie u-extra.
    double local_constraint(std::size_t u, std::optional<std::size_t> extra) {
        std::vector<NodeIndex> partners(adjacency_.partner.begin() + static_cast<std::ptrdiff_t>(adjacency_.offset[u]),
                                        adjacency_.partner.begin() + static_cast<std::ptrdiff_t>(adjacency_.offset[u + 1]));
        if (extra) partners.push_back(static_cast<NodeIndex>(*extra));
        if (partners.empty()) return std::nan("");
        const double p_u = 1.0 / static_cast<double>(partners.size());
        if (in_ego_.size() != graph_.node_count()) {
            in_ego_.assign(graph_.node_count(), 0);
            indirect_.assign(graph_.node_count(), 0.0);
        }
        for (const NodeIndex v : partners) in_ego_[v] = 1;
        // indirect[x] = sum over partners w tied to x of p_u / deg(w), walking the shorter of
        // w's partners and u's (so a hub focus costs its degree, not its square).
        for (const NodeIndex w : partners) {
            const double share = p_u / (static_cast<double>(adjacency_.degree(w)) + ((extra && w == *extra) ? 1.0 : 0.0));
            if (adjacency_.degree(w) <= partners.size()) {
                for (std::size_t k = adjacency_.offset[w]; k < adjacency_.offset[w + 1]; ++k) {
                    const NodeIndex x = adjacency_.partner[k];
                    if (x != w && in_ego_[x]) indirect_[x] += share;
                }
            } else {
                for (const NodeIndex x : partners) {
                    if (x != w && tied(w, x)) indirect_[x] += share;
                }
            }
        }
        double constraint = 0.0;
        for (const NodeIndex v : partners) {
            constraint += (p_u + indirect_[v]) * (p_u + indirect_[v]);
            in_ego_[v] = 0;
            indirect_[v] = 0.0;
        }
        return constraint;
    }

    void explain(Suggestion& s) {
        const std::size_t u = s.source, v = s.target;
        const Organisation& a = map_.organisation(u);
        const Organisation& b = map_.organisation(v);
        // Shared partners.
        std::vector<std::string> shared_partners;
        for (std::size_t i = adjacency_.offset[u]; i < adjacency_.offset[u + 1]; ++i) {
            const NodeIndex w = adjacency_.partner[i];
            if (tied(v, w)) shared_partners.push_back(map_.organisation(w).label);
        }
        if (!shared_partners.empty()) {
            std::string text = "shares " + std::to_string(shared_partners.size()) + " partner" + (shared_partners.size() == 1 ? "" : "s") + ": ";
            const std::size_t named = rules_.candidates.partners_named;
            for (std::size_t k = 0; k < shared_partners.size() && k < named; ++k) text += (k ? ", " : "") + shared_partners[k];
            if (shared_partners.size() > named) text += " and " + std::to_string(shared_partners.size() - named) + " more";
            s.reasons.push_back(text);
        }
        // Missing partner types on a shared theme ("no union works with this CSO on forced labour").
        const auto shared = shared_themes(a, b);
        for (const auto& [me, other, me_index] : {std::make_tuple(&a, &b, u), std::make_tuple(&b, &a, v)}) {
            // Said only when the data can tell: a partner of unrecognised type could be of that type.
            if (!is_recognised_type(other->type) || shared.empty() || has_partner_of_type(me_index, other->type) ||
                has_unrecognised_partner(me_index)) {
                continue;
            }
            s.reasons.push_back("no " + vocabulary::type_in_words(other->type) + " works with " + me->label + " on " +
                                themes_in_words(shared) + "; " + other->label + " does");
            break;
        }
        // The type pair is under-represented.
        const std::size_t ga = group_of_type_.at(a.type), gb = group_of_type_.at(b.type);
        const double expected = mixing_.expected[ga][gb], observed = mixing_.observed[ga][gb];
        if (type_pair_shortfall(u, v) > 1.0 - rules_.mixing_ratio) {  // below the share the gaps report flags
            s.reasons.push_back(vocabulary::type_in_words(a.type) + "–" + vocabulary::type_in_words(b.type) + " ties are rare here (" +
                                decimals(observed, 1) + " where " + decimals(expected, 1) + " would be expected if ties ignored type)");
        }
        if (!shared.empty()) s.reasons.push_back("both work on " + themes_in_words(shared));
        if (!a.region.empty() && a.region == b.region) s.reasons.push_back("both in " + a.region);
        else if (!a.country.empty() && a.country == b.country) s.reasons.push_back("both in " + a.country);
        // Bridging.
        const std::size_t ca = components_.component[u], cb = components_.component[v];
        if (ca != cb) {
            s.reasons.push_back("would join two separate parts of the map (of " + std::to_string(components_.sizes[ca]) + " and " +
                                std::to_string(components_.sizes[cb]) + " organisations)");
        } else {
            const std::size_t x = communities_.community[u], y = communities_.community[v];
            if (x != y) {
                const double between = between_.between(x, y);
                if (between == 0) {
                    s.reasons.push_back("would connect two groups that never meet (communities " + std::to_string(x) + " and " +
                                        std::to_string(y) + ", of " + std::to_string(community_size_[x]) + " and " +
                                        std::to_string(community_size_[y]) + " organisations)");
                } else if (between <= weights_.barely_meet_at_most_ties) {
                    s.reasons.push_back("would add to the few ties between communities " + std::to_string(x) + " and " + std::to_string(y));
                }
            }
        }
        if (const auto found = relief_.find({u, v}); found != relief_.end() && decimals(found->second.first, 2) != decimals(found->second.second, 2)) {
            s.reasons.push_back("would lower the constraint on " + a.label + " from " + decimals(found->second.first, 2) + " to " +
                                decimals(found->second.second, 2) + " (partners who do not already know each other)");
        }
        if (s.reasons.empty()) s.reasons.push_back("no shared partners or themes; a long shot");
    }

    bool has_unrecognised_partner(std::size_t u) const {
        for (std::size_t i = adjacency_.offset[u]; i < adjacency_.offset[u + 1]; ++i) {
            if (!is_recognised_type(map_.organisation(adjacency_.partner[i]).type)) return true;
        }
        return false;
    }

    bool has_partner_of_type(std::size_t u, const std::string& type) const {
        for (std::size_t i = adjacency_.offset[u]; i < adjacency_.offset[u + 1]; ++i) {
            if (map_.organisation(adjacency_.partner[i]).type == type) return true;
        }
        return false;
    }

    const StakeholderMap& map_;
    const AnalysisGraph& graph_;
    SuggestionOptions options_;
    const GapRules& rules_;
    const GapRules::SuggestionWeights& weights_;
    PairScorer scorer_;                     // reads the analysis's partner lists ...
    const SymmetricAdjacency& adjacency_;   // ... which the finder reads too
    const MixingResult& mixing_;
    std::map<std::string, std::size_t> group_of_type_;
    const ComponentResult& components_;
    const Communities& communities_;
    const CommunityTies& between_;
    GapClosing gaps_;  // what each candidate tie would close
    bool described_ = false;  // some organisation has a known type, a theme, a country or a region
    std::vector<std::size_t> community_size_;
    std::vector<std::uint32_t> hub_slot_;                    // index in paired_through_hub_, or kNotAHub
    std::vector<std::vector<NodeIndex>> paired_through_hub_;  // per hub: the partners paired through it
    struct Features {
        std::uint64_t themes = 0;   // bit per theme (the first 64 distinct themes)
        std::uint32_t country = 0;  // 0: none
        std::uint32_t region = 0;   // 0: none
        std::size_t group = 0;      // type, as a mixing group
    };
    std::vector<Features> features_;
    std::map<std::pair<std::size_t, std::size_t>, std::pair<double, double>> relief_;
    std::vector<char> in_ego_;       // scratch for local_constraint
    std::vector<double> indirect_;
};

}  // namespace

struct PairScorer::Data {
    std::optional<SymmetricAdjacency> owned;
    const SymmetricAdjacency* adjacency = nullptr;
    std::vector<double> inverse_log_degree;  // 1/ln(deg), 0 for degree < 2
};

PairScorer::PairScorer(const AnalysisGraph& graph) : data_(std::make_unique<Data>()) {
    data_->owned = symmetric_adjacency(graph, false);
    start(*data_->owned);
}

PairScorer::PairScorer(const SymmetricAdjacency& partners) : data_(std::make_unique<Data>()) { start(partners); }

void PairScorer::start(const SymmetricAdjacency& partners) {
    data_->adjacency = &partners;
    data_->inverse_log_degree.resize(partners.size(), 0.0);
    for (std::size_t w = 0; w < partners.size(); ++w) {
        const double degree = static_cast<double>(partners.degree(w));
        if (degree > 1) data_->inverse_log_degree[w] = 1.0 / std::log(degree);
    }
}

PairScorer::~PairScorer() = default;

const SymmetricAdjacency& PairScorer::adjacency() const { return *data_->adjacency; }

bool PairScorer::tied(std::size_t u, std::size_t v) const {
    const auto& adjacency = *data_->adjacency;
    const auto begin = adjacency.partner.begin() + static_cast<std::ptrdiff_t>(adjacency.offset[u]);
    const auto end = adjacency.partner.begin() + static_cast<std::ptrdiff_t>(adjacency.offset[u + 1]);
    return std::binary_search(begin, end, static_cast<NodeIndex>(v));
}

PairScores PairScorer::scores(std::size_t u, std::size_t v) const {
    const auto& adjacency = *data_->adjacency;
    PairScores scores;
    const auto credit = [&](NodeIndex shared) {
        scores.common_neighbours += 1.0;
        scores.resource_allocation += 1.0 / static_cast<double>(adjacency.degree(shared));
        scores.adamic_adar += data_->inverse_log_degree[shared];
    };
    // A hub against a small organisation: look the few partners up in the long list.
    const std::size_t short_side = std::min(adjacency.degree(u), adjacency.degree(v)), long_side = std::max(adjacency.degree(u), adjacency.degree(v));
    if (short_side * 32 < long_side) {
        const std::size_t small = adjacency.degree(u) <= adjacency.degree(v) ? u : v, large = small == u ? v : u;
        for (std::size_t k = adjacency.offset[small]; k < adjacency.offset[small + 1]; ++k) {
            if (tied(large, adjacency.partner[k])) credit(adjacency.partner[k]);
        }
        return scores;
    }
    std::size_t i = adjacency.offset[u], j = adjacency.offset[v];
    const std::size_t i_end = adjacency.offset[u + 1], j_end = adjacency.offset[v + 1];
    while (i < i_end && j < j_end) {  // both partner lists are sorted
        const NodeIndex a = adjacency.partner[i], b = adjacency.partner[j];
        if (a < b) {
            ++i;
        } else if (b < a) {
            ++j;
        } else {
            scores.common_neighbours += 1.0;
            scores.resource_allocation += 1.0 / static_cast<double>(adjacency.degree(a));
            scores.adamic_adar += data_->inverse_log_degree[a];
            ++i;
            ++j;
        }
    }
    return scores;
}

namespace {

MapAnalysisSettings settings_with_seed(std::uint64_t seed) {
    MapAnalysisSettings settings;
    settings.measures.seed = seed;
    return settings;
}

}  // namespace

std::vector<Suggestion> score_pairs(const StakeholderMap& map, const AnalysisGraph& graph,
                                    const std::vector<std::pair<std::size_t, std::size_t>>& pairs, std::uint64_t community_seed) {
    MapAnalysis analysis(map, graph, settings_with_seed(community_seed));
    return score_pairs(analysis, pairs);
}

std::vector<Suggestion> score_pairs(MapAnalysis& analysis, const std::vector<std::pair<std::size_t, std::size_t>>& pairs) {
    for (const auto& [u, v] : pairs) {
        if (u >= analysis.graph().node_count() || v >= analysis.graph().node_count()) throw std::out_of_range("score_pairs: pair outside the map");
    }
    SuggestionOptions options;
    options.community_seed = analysis.settings().measures.seed;
    return PartnerFinder(analysis, options).score_all(pairs);
}

std::vector<GapCandidates> gap_candidates(MapAnalysis& analysis, std::size_t per_gap) {
    SuggestionOptions options;
    options.community_seed = analysis.settings().measures.seed;
    return PartnerFinder(analysis, options).for_each_gap(per_gap);
}

std::vector<Suggestion> suggest_partners(const StakeholderMap& map, const AnalysisGraph& graph, const SuggestionOptions& options) {
    MapAnalysis analysis(map, graph, settings_with_seed(options.community_seed));
    return suggest_partners(analysis, options);
}

std::vector<Suggestion> suggest_partners(MapAnalysis& analysis, const SuggestionOptions& options) {
    if (options.focus && *options.focus >= analysis.graph().node_count()) throw std::out_of_range("suggest_partners: focus outside the map");
    progress_begin("suggest: communities and gaps", 0);
    return PartnerFinder(analysis, options).run();
}

}  // namespace stakemap
