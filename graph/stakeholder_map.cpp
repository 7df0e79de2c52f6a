#include "graph/stakeholder_map.hpp"

#include <algorithm>
#include <stdexcept>

namespace stakemap {

StakeholderMap::OrgIndex StakeholderMap::add_organisation(Organisation organisation) {
    if (organisation.id.empty()) throw std::invalid_argument("organisation id is empty");
    if (find(organisation.id)) {
        throw std::invalid_argument("duplicate organisation id '" + organisation.id + "'");
    }
    if (organisation.label.empty()) organisation.label = organisation.id;
    index_by_id_.append(organisation.id);
    return boost::add_vertex(std::move(organisation), (*graph_));
}

StakeholderMap::RelationshipHandle StakeholderMap::add_relationship(OrgIndex source, OrgIndex target,
                                                                    Relationship relationship) {
    if (source >= organisation_count() || target >= organisation_count()) {
        throw std::out_of_range("relationship names an organisation index outside the map");
    }
    return boost::add_edge(source, target, std::move(relationship), (*graph_)).first;
}

void StakeholderMap::remove_organisation(OrgIndex index) {
    if (index >= organisation_count()) throw std::out_of_range("remove_organisation: no such organisation");
    boost::clear_vertex(index, (*graph_));
    boost::remove_vertex(index, (*graph_));
    index_by_id_.clear();
    for (OrgIndex v = 0; v < organisation_count(); ++v) index_by_id_.append((*graph_)[v].id);
}

void StakeholderMap::rename_organisation(OrgIndex index, const std::string& id) {
    if (index >= organisation_count()) throw std::out_of_range("rename_organisation: no such organisation");
    if (id.empty()) throw std::invalid_argument("organisation id is empty");
    Organisation& organisation = (*graph_)[index];
    if (id == organisation.id) return;
    if (find(id)) throw std::invalid_argument("duplicate organisation id '" + id + "'");
    index_by_id_.rename(index, id);
    if (organisation.label == organisation.id) organisation.label = id;
    organisation.id = id;
}

void StakeholderMap::set_organisation(OrgIndex index, Organisation organisation) {
    if (index >= organisation_count()) throw std::out_of_range("set_organisation: no such organisation");
    organisation.id = (*graph_)[index].id;
    if (organisation.label.empty()) organisation.label = organisation.id;
    (*graph_)[index] = std::move(organisation);
}

std::vector<StakeholderMap::RelationshipHandle> StakeholderMap::relationships_from(OrgIndex index) const {
    const auto range = boost::out_edges(index, (*graph_));
    return {range.first, range.second};
}

std::vector<StakeholderMap::RelationshipHandle> StakeholderMap::relationships_to(OrgIndex index) const {
    const auto range = boost::in_edges(index, (*graph_));
    return {range.first, range.second};
}

std::vector<StakeholderMap::RelationshipHandle> StakeholderMap::relationships_between(OrgIndex source, OrgIndex target,
                                                                                       bool either_way) const {
    std::vector<RelationshipHandle> handles;
    for (const auto handle : boost::make_iterator_range(boost::out_edges(source, (*graph_)))) {
        if (boost::target(handle, (*graph_)) == target) handles.push_back(handle);
    }
    if (either_way && source != target) {
        for (const auto handle : boost::make_iterator_range(boost::out_edges(target, (*graph_)))) {
            if (boost::target(handle, (*graph_)) == source) handles.push_back(handle);
        }
    }
    return handles;
}

bool StakeholderMap::tied(OrgIndex a, OrgIndex b) const {
    for (const auto handle : boost::make_iterator_range(boost::out_edges(a, (*graph_)))) {
        if (boost::target(handle, (*graph_)) == b) return true;
    }
    for (const auto handle : boost::make_iterator_range(boost::in_edges(a, (*graph_)))) {
        if (boost::source(handle, (*graph_)) == b) return true;
    }
    return false;
}

std::vector<StakeholderMap::OrgIndex> StakeholderMap::partners(OrgIndex index) const {
    std::vector<OrgIndex> result;
    for (const auto handle : boost::make_iterator_range(boost::out_edges(index, (*graph_)))) result.push_back(boost::target(handle, (*graph_)));
    for (const auto handle : boost::make_iterator_range(boost::in_edges(index, (*graph_)))) result.push_back(boost::source(handle, (*graph_)));
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    result.erase(std::remove(result.begin(), result.end(), index), result.end());
    return result;
}

std::optional<StakeholderMap::OrgIndex> StakeholderMap::find(std::string_view id) const {
    return index_by_id_.find(id);
}

}  // namespace stakemap
