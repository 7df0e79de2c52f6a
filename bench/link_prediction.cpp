// Link-prediction benchmark for `stakemap suggest`: hide 10% of a map's ties,
// score every untied pair of what is left, and see how well the hidden ties
// come out on top. Compares the full suggestion score, its structural part
// alone (which ranks as Adamic-Adar), and the common-neighbours and
// Adamic-Adar baselines. Reports precision@k (k = number of hidden ties) and
// AUC (chance a hidden tie outscores a random untied pair; ties count half),
// averaged over five splits (--splits N for more).
//
// Run: build/bench/link_prediction [--splits N] [--dump DIR] MAP [MAP ...]
// --dump writes each split (training ties, hidden ties, the other untied pairs
// and stakemap's scores for both) as DIR/<map>-<split>.json, so that
// bench/link_prediction_vs_networkx.py can score the same pairs with
// NetworkX's own functions and rank everything the same way.

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <numeric>
#include <optional>
#include <set>
#include <string>

#include "analysis/planning/suggestions.hpp"
#include "graph/seeded_random.hpp"
#include "importers/importer.hpp"

#include <nlohmann/json.hpp>

using namespace stakemap;

namespace {

using Pair = std::pair<std::size_t, std::size_t>;

struct Scores {
    double precision = 0.0;
    double auc = 0.0;
};

Scores evaluate(const std::vector<double>& hidden, const std::vector<double>& others, SeededRandom& random) {
    // precision@k: of the k best-scored pairs (hidden and others together), how many are hidden.
    std::vector<std::pair<double, bool>> all;
    for (double s : hidden) all.emplace_back(s, true);
    for (double s : others) all.emplace_back(s, false);
    // Equal scores are ordered by a fixed shuffle, so ties are neither favoured nor penalised.
    std::vector<std::size_t> order(all.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    random.shuffle(order);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return all[a].first > all[b].first; });
    const std::size_t k = hidden.size();
    double hits = 0;
    for (std::size_t i = 0; i < k && i < order.size(); ++i) hits += all[order[i]].second;
    Scores result;
    result.precision = k ? hits / static_cast<double>(k) : 0.0;
    const std::size_t samples = 20000;
    double wins = 0;
    for (std::size_t s = 0; s < samples; ++s) {
        const double h = hidden[random.below(hidden.size())], o = others[random.below(others.size())];
        wins += h > o ? 1.0 : (h == o ? 0.5 : 0.0);
    }
    result.auc = wins / samples;
    return result;
}

}  // namespace

void dump_split(const std::filesystem::path& file, std::size_t organisations, const std::vector<Pair>& training, const std::vector<Pair>& hidden,
                const std::vector<Pair>& untied, const std::vector<Suggestion>& hidden_scores, const std::vector<Suggestion>& untied_scores) {
    nlohmann::json document;
    document["organisations"] = organisations;
    document["training"] = training;
    document["hidden"] = hidden;
    document["untied"] = untied;
    for (const auto* scores : {&hidden_scores, &untied_scores}) {
        const char* side = scores == &hidden_scores ? "hidden" : "untied";
        std::vector<double> plausibility, planning;
        for (const Suggestion& s : *scores) {
            plausibility.push_back(s.plausibility);
            planning.push_back(s.score);
        }
        document["stakemap"][side]["plausibility"] = plausibility;
        document["stakemap"][side]["planning score"] = planning;
    }
    std::ofstream(file) << document.dump();
}

int main(int argc, char** argv) {
    std::vector<std::string> maps;
    std::optional<std::filesystem::path> dump;
    int splits = 5;
    for (int a = 1; a < argc; ++a) {
        if (std::string(argv[a]) == "--dump" && a + 1 < argc) dump = argv[++a];
        else if (std::string(argv[a]) == "--splits" && a + 1 < argc) splits = std::max(1, std::atoi(argv[++a]));
        else maps.emplace_back(argv[a]);
    }
    if (maps.empty()) {
        std::cerr << "usage: link_prediction [--splits N] [--dump DIR] MAP [MAP ...]\n";
        return 2;
    }
    if (dump) std::filesystem::create_directories(*dump);
    std::printf("| map | organisations / ties | method | precision@k | AUC |\n|---|---|---|---:|---:|\n");
    for (const std::string& map_path : maps) {
        const char* map_name = map_path.c_str();
        const StakeholderMap full = import_map(map_path).map;
        std::vector<Pair> ties;
        {
            std::set<Pair> seen;
            for (const auto handle : full.relationship_handles()) {
                const auto tie = full.relationship(handle);
                if (tie.source == tie.target) continue;
                seen.emplace(std::min(tie.source, tie.target), std::max(tie.source, tie.target));
            }
            ties.assign(seen.begin(), seen.end());
        }
        constexpr int kMethods = 6;
        const char* names[kMethods] = {"suggest: plausibility", "suggest: planning score (effect + plausibility)", "suggest, structure only",
                                       "common neighbours", "Adamic-Adar", "resource allocation"};
        Scores total[kMethods];
        const int kSplits = splits;
        for (int split = 0; split < kSplits; ++split) {
            SeededRandom random(static_cast<std::uint64_t>(split) + 1);
            std::vector<Pair> shuffled = ties;
            random.shuffle(shuffled);
            const std::size_t hidden_count = std::max<std::size_t>(1, shuffled.size() / 10);
            const std::vector<Pair> hidden(shuffled.begin(), shuffled.begin() + static_cast<std::ptrdiff_t>(hidden_count));
            // The training map: every organisation, the remaining ties.
            StakeholderMap training(full.directed());
            for (std::size_t v = 0; v < full.organisation_count(); ++v) training.add_organisation(full.organisation(v));
            for (std::size_t k = hidden_count; k < shuffled.size(); ++k) training.add_relationship(shuffled[k].first, shuffled[k].second, {});
            const AnalysisGraph graph = AnalysisGraph::from_map(training);
            const PairScorer scorer(graph);
            std::vector<Pair> untied;
            const std::set<Pair> hidden_set(hidden.begin(), hidden.end());
            for (std::size_t u = 0; u < full.organisation_count(); ++u) {
                for (std::size_t v = u + 1; v < full.organisation_count(); ++v) {
                    if (!scorer.tied(u, v) && !hidden_set.count({u, v})) untied.emplace_back(u, v);
                }
            }
            const auto full_hidden = score_pairs(training, graph, hidden);
            const auto full_untied = score_pairs(training, graph, untied);
            if (dump) {
                const std::vector<Pair> kept(shuffled.begin() + static_cast<std::ptrdiff_t>(hidden_count), shuffled.end());
                dump_split(*dump / (std::filesystem::path(map_path).stem().string() + "-" + std::to_string(split) + ".json"), full.organisation_count(), kept,
                           hidden, untied, full_hidden, full_untied);
            }
            std::function<double(const Suggestion&, const Pair&)> pick[kMethods] = {
                [](const Suggestion& s, const Pair&) { return s.plausibility; },
                [](const Suggestion& s, const Pair&) { return s.score; },
                [](const Suggestion& s, const Pair&) { return s.structure; },
                [&](const Suggestion&, const Pair& p) { return scorer.scores(p.first, p.second).common_neighbours; },
                [&](const Suggestion&, const Pair& p) { return scorer.scores(p.first, p.second).adamic_adar; },
                [&](const Suggestion&, const Pair& p) { return scorer.scores(p.first, p.second).resource_allocation; }};
            for (int m = 0; m < kMethods; ++m) {
                std::vector<double> h, o;
                for (std::size_t k = 0; k < hidden.size(); ++k) h.push_back(pick[m](full_hidden[k], hidden[k]));
                for (std::size_t k = 0; k < untied.size(); ++k) o.push_back(pick[m](full_untied[k], untied[k]));
                SeededRandom tie_breaker(99 + static_cast<std::uint64_t>(split));
                const Scores s = evaluate(h, o, tie_breaker);
                total[m].precision += s.precision / kSplits;
                total[m].auc += s.auc / kSplits;
            }
        }
        for (int m = 0; m < kMethods; ++m) {
            std::printf("| %s | %zu / %zu | %s | %.3f | %.3f |\n", map_name, full.organisation_count(), ties.size(), names[m],
                        total[m].precision, total[m].auc);
        }
    }
    return 0;
}
