#pragma once
// What the writers read: a map seen one organisation and one relationship at
// a time. A StakeholderMap is one source; a generator can be another, so a
// million-organisation synthetic network is written without first being
// built as an editable map.

#include <cstddef>
#include <functional>

#include "graph/stakeholder_map.hpp"

namespace stakemap {

class MapSource {
public:
    virtual ~MapSource() = default;
    virtual bool directed() const = 0;
    virtual const Attributes& metadata() const = 0;
    virtual std::size_t organisation_count() const = 0;
    // Organisation v (0 <= v < organisation_count()); `scratch` may be used to build it.
    virtual const Organisation& organisation(std::size_t v, Organisation& scratch) const = 0;
    // Every relationship, in order, as (source index, target index, data).
    using RelationshipVisitor = std::function<void(std::size_t, std::size_t, const Relationship&)>;
    virtual void for_each_relationship(const RelationshipVisitor& visit) const = 0;
};

class StakeholderMapSource final : public MapSource {
public:
    explicit StakeholderMapSource(const StakeholderMap& map) : map_(map) {}
    bool directed() const override { return map_.directed(); }
    const Attributes& metadata() const override { return map_.metadata; }
    std::size_t organisation_count() const override { return map_.organisation_count(); }
    const Organisation& organisation(std::size_t v, Organisation&) const override { return map_.organisation(v); }
    void for_each_relationship(const RelationshipVisitor& visit) const override {
        for (const auto handle : map_.relationship_handles()) {
            const auto tie = map_.relationship(handle);
            visit(tie.source, tie.target, tie.data);
        }
    }

private:
    const StakeholderMap& map_;
};

// For formats without fields for them (CSV, GraphML, GEXF, GML, node-link JSON):
// the Net-Map `influence` and `stance` written as attributes of those names, which
// every reader maps back to the fields.
class NetMapFieldsAsAttributes final : public MapSource {
public:
    explicit NetMapFieldsAsAttributes(const MapSource& source) : source_(source) {}
    bool directed() const override { return source_.directed(); }
    const Attributes& metadata() const override { return source_.metadata(); }
    std::size_t organisation_count() const override { return source_.organisation_count(); }
    const Organisation& organisation(std::size_t v, Organisation& scratch) const override {
        const Organisation& organisation = source_.organisation(v, scratch);
        if (!organisation.influence && organisation.stance.empty()) return organisation;
        if (&organisation != &scratch) scratch = organisation;
        if (scratch.influence) scratch.attributes["influence"] = *scratch.influence;
        if (!scratch.stance.empty()) scratch.attributes["stance"] = scratch.stance;
        return scratch;
    }
    void for_each_relationship(const RelationshipVisitor& visit) const override { source_.for_each_relationship(visit); }

private:
    const MapSource& source_;
};

}  // namespace stakemap
