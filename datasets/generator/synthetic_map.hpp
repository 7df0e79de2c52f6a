#pragma once
// Realistic synthetic stakeholder networks for tests and benchmarks: the type
// mix of national scoping studies, heavy-tailed degrees (a few agencies,
// donors and ministries tied to many), communities by country, region and
// theme, and relationship types that fit the pair of organisation types.
// Deterministic for a seed: the same options give the same network.
//
// Model: every organisation gets a country (sizes falling like 1/sqrt(rank)),
// a region within it, 1-4 themes and an activity level (Pareto, tail exponent
// 2.3, scaled by type). Each relationship picks one end by activity across the
// map, then a scope (its region, its country, or anywhere; international
// agencies and donors reach further) and the other end by activity within the
// scope, preferring a shared theme. Self-ties and repeats are redrawn.
// Sampling uses alias tables: O(n + m) expected time, about 30 bytes per
// organisation and 12 per relationship besides the hash of pairs.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "graph/stakeholder_map.hpp"
#include "graph/map_source.hpp"

namespace stakemap {

struct GeneratorOptions {
    std::size_t organisations = 1000;
    std::size_t relationships = 0;  // 0: five per organisation
    std::uint64_t seed = 1;
    std::size_t countries = 5;
};

class SyntheticNetwork final : public MapSource {
public:
    struct Member {
        std::uint8_t type;       // index into the type table
        std::uint8_t themes;     // bit t: theme t
        std::uint32_t country;
        std::uint32_t region;    // country * regions_per_country + r
    };
    struct Tie {
        std::uint32_t source;
        std::uint32_t target;
        std::uint8_t type;       // index into the relationship-type table
        std::uint8_t weight;     // 1..5
    };

    // Throws std::invalid_argument when the options cannot be met.
    explicit SyntheticNetwork(const GeneratorOptions& options);

    const std::vector<Member>& members() const { return members_; }
    const std::vector<Tie>& ties() const { return ties_; }

    bool directed() const override { return false; }
    const Attributes& metadata() const override { return metadata_; }
    std::size_t organisation_count() const override { return members_.size(); }
    const Organisation& organisation(std::size_t v, Organisation& scratch) const override;
    void for_each_relationship(const RelationshipVisitor& visit) const override;

    StakeholderMap to_map() const;

private:
    std::vector<Member> members_;
    std::vector<Tie> ties_;
    Attributes metadata_;
};

inline StakeholderMap generate_map(const GeneratorOptions& options) { return SyntheticNetwork(options).to_map(); }

}  // namespace stakemap
