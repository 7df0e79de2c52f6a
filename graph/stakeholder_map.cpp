#include "graph/stakeholder_map.hpp"

#include <stdexcept>

namespace stakemap {

StakeholderMap::OrgIndex StakeholderMap::add_organisation(Organisation organisation) {
    if (organisation.id.empty()) throw std::invalid_argument("organisation id is empty");
    if (index_by_id_.contains(organisation.id)) {
        throw std::invalid_argument("duplicate organisation id '" + organisation.id + "'");
    }
    if (organisation.label.empty()) organisation.label = organisation.id;
    const std::string id = organisation.id;
    const OrgIndex index = boost::add_vertex(std::move(organisation), graph_);
    index_by_id_.emplace(id, index);
    return index;
}

StakeholderMap::RelationshipHandle StakeholderMap::add_relationship(OrgIndex source, OrgIndex target,
                                                                    Relationship relationship) {
    if (source >= organisation_count() || target >= organisation_count()) {
        throw std::out_of_range("relationship names an organisation index outside the map");
    }
    return boost::add_edge(source, target, std::move(relationship), graph_).first;
}

void StakeholderMap::remove_organisation(OrgIndex index) {
    if (index >= organisation_count()) throw std::out_of_range("remove_organisation: no such organisation");
    boost::clear_vertex(index, graph_);
    boost::remove_vertex(index, graph_);
    index_by_id_.clear();
    for (OrgIndex v = 0; v < organisation_count(); ++v) index_by_id_.emplace(graph_[v].id, v);
}

std::optional<StakeholderMap::OrgIndex> StakeholderMap::find(std::string_view id) const {
    const auto found = index_by_id_.find(id);
    if (found == index_by_id_.end()) return std::nullopt;
    return found->second;
}

}  // namespace stakemap
