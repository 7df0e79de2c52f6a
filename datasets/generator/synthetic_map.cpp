#include "datasets/generator/synthetic_map.hpp"

#include "graph/seeded_random.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

namespace stakemap {
namespace {

using Random = SeededRandom;

struct TypeProfile {
    const char* type;
    const char* label;
    double share;     // of all organisations
    double activity;  // multiplies the expected number of ties
    double reach;     // chance a tie leaves the country
};

constexpr std::array<TypeProfile, 11> kTypes = {{
    {"cso", "CSO", 0.38, 1.0, 0.10},
    {"government", "Government", 0.10, 2.5, 0.10},
    {"union", "Union", 0.08, 1.5, 0.15},
    {"un_agency", "UN", 0.03, 4.0, 0.50},
    {"employer", "Employer", 0.10, 0.8, 0.15},
    {"research", "Research", 0.07, 1.0, 0.25},
    {"donor", "Donor", 0.05, 3.0, 0.50},
    {"survivor_network", "Survivors", 0.05, 0.6, 0.05},
    {"media", "Media", 0.05, 0.7, 0.10},
    {"faith", "Faith", 0.05, 0.7, 0.05},
    {"other", "Other", 0.04, 0.5, 0.10},
}};

constexpr std::array<const char*, 4> kThemes = {"child_labour", "forced_labour", "human_trafficking", "modern_slavery"};
constexpr std::array<const char*, 7> kRelationshipTypes = {"partnership", "funding",  "membership", "coordination",
                                                           "referral",    "advocacy", "information"};
enum RelationshipType : std::uint8_t { partnership, funding, membership, coordination, referral, advocacy, information };

constexpr std::array<const char*, 24> kCountries = {"KE", "PH", "NP", "JO", "GH", "IN", "BR", "BD", "ET", "UG", "NG", "PK",
                                                    "TH", "ID", "MX", "PE", "TZ", "MA", "LB", "VN", "KH", "MM", "CI", "ZA"};
constexpr std::size_t kRegionsPerCountry = 4;
constexpr double kSameRegion = 0.7;  // of ties that stay in the country

std::size_t pick_type(Random& random) {
    double u = random.uniform();
    for (std::size_t t = 0; t < kTypes.size(); ++t) {
        if ((u -= kTypes[t].share) < 0) return t;
    }
    return 0;
}

// The relationship a pair of organisation types most plausibly has.
std::uint8_t relationship_type(std::size_t a, std::size_t b, Random& random) {
    auto is = [&](std::string_view type) { return kTypes[a].type == type || kTypes[b].type == type; };
    const double u = random.uniform();
    if (is("donor")) return u < 0.7 ? funding : partnership;
    if (is("union") && (is("cso") || is("survivor_network"))) return u < 0.5 ? membership : partnership;
    if (is("government") || is("un_agency")) return u < 0.6 ? coordination : partnership;
    if (is("media")) return information;
    if (is("research")) return u < 0.5 ? information : partnership;
    if (is("cso") && u < 0.3) return referral;
    return u < 0.2 ? advocacy : partnership;
}

// Vose's alias method over contiguous groups of `order`: O(1) draws by weight.
// A slot holds both candidates' ids and themes, so a draw touches one cache line.
class AliasTables {
public:
    struct Draw {
        std::uint32_t member;
        std::uint8_t themes;
    };

    // `order[group_start[g] .. group_start[g+1])` are group g's members.
    AliasTables(const std::vector<std::uint32_t>& order, const std::vector<double>& weight,
                const std::vector<std::uint8_t>& themes, const std::vector<std::size_t>& group_start)
        : group_start_(group_start), slots_(order.size()) {
        std::vector<std::uint32_t> small, large;
        std::vector<double> scaled(order.size());
        for (std::size_t g = 0; g + 1 < group_start.size(); ++g) {
            const std::size_t begin = group_start[g], end = group_start[g + 1];
            if (begin == end) continue;
            double total = 0;
            for (std::size_t k = begin; k < end; ++k) total += weight[order[k]];
            small.clear();
            large.clear();
            for (std::size_t k = begin; k < end; ++k) {
                scaled[k] = weight[order[k]] * static_cast<double>(end - begin) / total;
                (scaled[k] < 1.0 ? small : large).push_back(static_cast<std::uint32_t>(k));
            }
            auto settle = [&](std::uint32_t k, double probability, std::uint32_t alias) {
                slots_[k] = {probability, order[k], order[alias], themes[order[k]], themes[order[alias]]};
            };
            while (!small.empty() && !large.empty()) {
                const std::uint32_t light = small.back(), heavy = large.back();
                small.pop_back();
                settle(light, scaled[light], heavy);
                scaled[heavy] -= 1.0 - scaled[light];
                if (scaled[heavy] < 1.0) {
                    large.pop_back();
                    small.push_back(heavy);
                }
            }
            for (const std::uint32_t k : large) settle(k, 1.0, k);
            for (const std::uint32_t k : small) settle(k, 1.0, k);
        }
    }

    bool empty(std::size_t group) const { return group_start_[group] == group_start_[group + 1]; }

    Draw pick(std::size_t group, Random& random) const {
        const std::size_t begin = group_start_[group], size = group_start_[group + 1] - begin;
        const Slot& slot = slots_[begin + random.below(size)];
        if (random.uniform() < slot.probability) return {slot.member, slot.member_themes};
        return {slot.alias, slot.alias_themes};
    }

private:
    struct Slot {
        double probability;
        std::uint32_t member;
        std::uint32_t alias;
        std::uint8_t member_themes;
        std::uint8_t alias_themes;
    };
    std::vector<std::size_t> group_start_;
    std::vector<Slot> slots_;
};

// Open-addressing set of unordered pairs, far smaller than std::unordered_set.
class PairSet {
public:
    explicit PairSet(std::size_t expected) {
        std::size_t size = 16;
        while (size < expected * 2) size <<= 1;
        slots_.assign(size, 0);
    }
    bool insert(std::uint32_t a, std::uint32_t b) {
        const std::uint64_t key = (static_cast<std::uint64_t>(std::min(a, b)) << 32 | std::max(a, b)) + 1;  // never 0
        std::size_t slot = (key * 0x9E3779B97F4A7C15ULL) >> 20 & (slots_.size() - 1);
        while (slots_[slot] != 0) {
            if (slots_[slot] == key) return false;
            slot = (slot + 1) & (slots_.size() - 1);
        }
        slots_[slot] = key;
        return true;
    }

private:
    std::vector<std::uint64_t> slots_;
};

std::string country_code(std::size_t country) {
    if (country < kCountries.size()) return kCountries[country];
    std::string code("C");  // built in steps: GCC 12 misreports "C" + string (PR 105651)
    return code.append(std::to_string(country + 1));
}

}  // namespace

SyntheticNetwork::SyntheticNetwork(const GeneratorOptions& options) {
    const std::size_t n = options.organisations;
    // By default 5 ties per organisation, or half of all pairs for a handful of organisations.
    const std::size_t half_of_pairs = static_cast<std::size_t>(0.25 * static_cast<double>(n) * static_cast<double>(n > 0 ? n - 1 : 0));
    const std::size_t m = options.relationships == 0 ? std::min(n * 5, half_of_pairs) : options.relationships;
    if (n < 2) throw std::invalid_argument("at least 2 organisations are needed");
    if (n > 0xFFFFFFF0u) throw std::invalid_argument("too many organisations");
    if (options.countries == 0) throw std::invalid_argument("at least 1 country is needed");
    if (static_cast<double>(m) > 0.25 * static_cast<double>(n) * static_cast<double>(n - 1)) {
        throw std::invalid_argument("too many relationships for " + std::to_string(n) +
                                    " organisations (at most half of all pairs: " + std::to_string(half_of_pairs) + ")");
    }
    Random random(options.seed);

    // Organisations.
    std::vector<double> country_weight(options.countries);
    for (std::size_t c = 0; c < options.countries; ++c) country_weight[c] = 1.0 / std::sqrt(static_cast<double>(c + 1));
    const double country_total = std::accumulate(country_weight.begin(), country_weight.end(), 0.0);
    const double activity_cap = std::sqrt(static_cast<double>(n)) * 4.0;
    members_.resize(n);
    std::vector<double> activity(n);
    for (std::size_t v = 0; v < n; ++v) {
        Member& member = members_[v];
        const std::size_t type = pick_type(random);
        member.type = static_cast<std::uint8_t>(type);
        double u = random.uniform() * country_total;
        std::size_t country = 0;
        while (country + 1 < options.countries && (u -= country_weight[country]) >= 0) ++country;
        member.country = static_cast<std::uint32_t>(country);
        member.region = static_cast<std::uint32_t>(country * kRegionsPerCountry + random.below(kRegionsPerCountry));
        unsigned themes = 1u << random.below(kThemes.size());
        for (std::size_t t = 0; t < kThemes.size(); ++t) {
            if (random.uniform() < 0.25) themes |= 1u << t;
        }
        member.themes = static_cast<std::uint8_t>(themes);
        const double pareto = std::pow(1.0 - random.uniform(), -1.0 / 1.3);  // tail exponent 2.3
        activity[v] = std::min(pareto, activity_cap) * kTypes[type].activity;
    }

    // Alias tables: group 0 is everyone; then one group per region.
    const std::size_t regions = options.countries * kRegionsPerCountry;
    std::vector<std::uint32_t> order(2 * n);
    std::vector<std::size_t> group_start(regions + 2, 0);
    std::iota(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(n), 0u);
    group_start[1] = n;
    {
        std::vector<std::size_t> count(regions, 0);
        for (const Member& member : members_) ++count[member.region];
        for (std::size_t r = 0; r < regions; ++r) group_start[r + 2] = group_start[r + 1] + count[r];
        std::vector<std::size_t> next(group_start.begin() + 1, group_start.end() - 1);
        for (std::uint32_t v = 0; v < n; ++v) order[next[members_[v].region]++] = v;
    }
    std::vector<std::uint8_t> themes(n);
    for (std::size_t v = 0; v < n; ++v) themes[v] = members_[v].themes;
    const AliasTables tables(order, activity, themes, group_start);
    std::vector<double> region_activity(regions, 0.0);
    for (std::size_t v = 0; v < n; ++v) region_activity[members_[v].region] += activity[v];

    constexpr AliasTables::Draw kNone{0xFFFFFFFFu, 0};
    auto pick_in_region = [&](std::size_t region) {
        return tables.empty(region + 1) ? kNone : tables.pick(region + 1, random);
    };
    auto pick_in_country = [&](std::size_t country) {
        const std::size_t first = country * kRegionsPerCountry;
        double total = 0;
        for (std::size_t r = 0; r < kRegionsPerCountry; ++r) total += region_activity[first + r];
        double u = random.uniform() * total;
        std::size_t r = 0;
        while (r + 1 < kRegionsPerCountry && (u -= region_activity[first + r]) >= 0) ++r;
        return pick_in_region(first + r);
    };

    // Relationships.
    PairSet taken(m);
    ties_.reserve(m);
    const std::size_t max_draws = 100 * m + 10000;  // guards against options no draw can satisfy
    for (std::size_t draw = 0; ties_.size() < m; ++draw) {
        if (draw == max_draws) throw std::invalid_argument("could not place the requested relationships; ask for fewer");
        const std::uint32_t u = tables.pick(0, random).member;
        const Member& from = members_[u];
        const double reach = kTypes[from.type].reach;
        AliasTables::Draw v = kNone;
        for (int attempt = 0; attempt < 2; ++attempt) {  // prefer a partner sharing a theme
            const double scope = random.uniform();
            if (scope < reach) v = tables.pick(0, random);
            else if (scope < reach + (1 - reach) * (1 - kSameRegion)) v = pick_in_country(from.country);
            else v = pick_in_region(from.region);
            if (v.member != kNone.member && (v.themes & from.themes) != 0) break;
        }
        if (v.member == kNone.member || v.member == u) continue;
        const std::uint32_t target = v.member;
        if (!taken.insert(u, target)) continue;
        const auto weight = static_cast<std::uint8_t>(1.0 + std::floor(std::min(4.0, -std::log(1.0 - random.uniform()))));
        ties_.push_back({u, target, relationship_type(from.type, members_[target].type, random), weight});
    }

    metadata_["title"] = std::string("Synthetic stakeholder network");
    metadata_["provenance"] = std::string("synthetic");
    metadata_["generator"] = std::string("stakemap generate");
    metadata_["seed"] = static_cast<std::int64_t>(options.seed);
    metadata_["countries"] = static_cast<std::int64_t>(options.countries);
}

const Organisation& SyntheticNetwork::organisation(std::size_t v, Organisation& scratch) const {
    const Member& member = members_[v];
    char id[24] = {'o'};
    const char* id_end = std::to_chars(id + 1, id + sizeof id, v).ptr;
    const std::string_view number(id + 1, static_cast<std::size_t>(id_end - id - 1));
    scratch.id.assign(id, static_cast<std::size_t>(id_end - id));
    scratch.country = country_code(member.country);
    scratch.label.assign(kTypes[member.type].label).append(" ").append(number).append(" ").append(scratch.country);
    scratch.type = kTypes[member.type].type;
    scratch.region = scratch.country + "-" + std::to_string(member.region % kRegionsPerCountry + 1);
    scratch.themes.clear();
    for (std::size_t t = 0; t < kThemes.size(); ++t) {
        if (member.themes & (1u << t)) scratch.themes.emplace_back(kThemes[t]);
    }
    return scratch;
}

void SyntheticNetwork::for_each_relationship(const RelationshipVisitor& visit) const {
    Relationship relationship;
    for (const Tie& tie : ties_) {
        relationship.type = kRelationshipTypes[tie.type];
        relationship.weight = tie.weight;
        visit(tie.source, tie.target, relationship);
    }
}

StakeholderMap SyntheticNetwork::to_map() const {
    StakeholderMap map(false);
    map.metadata = metadata_;
    Organisation scratch;
    for (std::size_t v = 0; v < members_.size(); ++v) map.add_organisation(organisation(v, scratch));
    for_each_relationship([&](std::size_t source, std::size_t target, const Relationship& data) {
        map.add_relationship(source, target, data);
    });
    return map;
}

}  // namespace stakemap
