#include "graph/stakeholder_map.hpp"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace stakemap {
namespace {

// Ends and tie-index entries are 32-bit (half the memory of the Boost store's); the
// importers' limits (input_limits.hpp) are far below this.
constexpr std::size_t kMostIndexed = 0xFFFF'FFFFu;

}  // namespace

StakeholderMap::StakeholderMap(StakeholderMap&& other) noexcept
    : metadata(std::move(other.metadata)),
      organisations_(std::exchange(other.organisations_, {})),
      relationships_(std::exchange(other.relationships_, {})),
      removed_relationships_(std::exchange(other.removed_relationships_, 0)),
      directed_(other.directed_),
      index_by_id_(std::exchange(other.index_by_id_, {})) {
    other.changed_ties();
}

StakeholderMap& StakeholderMap::operator=(StakeholderMap&& other) noexcept {
    if (this == &other) return *this;
    metadata = std::move(other.metadata);
    organisations_ = std::exchange(other.organisations_, {});
    relationships_ = std::exchange(other.relationships_, {});
    removed_relationships_ = std::exchange(other.removed_relationships_, 0);
    directed_ = other.directed_;
    index_by_id_ = std::exchange(other.index_by_id_, {});
    changed_ties();
    other.changed_ties();
    return *this;
}

StakeholderMap::OrgIndex StakeholderMap::add_organisation(Organisation organisation) {
    if (organisation.id.empty()) throw std::invalid_argument("organisation id is empty");
    if (find(organisation.id)) {
        throw std::invalid_argument("duplicate organisation id '" + organisation.id + "'");
    }
    if (organisations_.size() >= kMostIndexed) throw std::length_error("more organisations than the map can index");
    if (organisation.label.empty()) organisation.label = organisation.id;
    index_by_id_.append(organisation.id);
    organisations_.push_back(std::move(organisation));
    changed_ties();
    return organisations_.size() - 1;
}

StakeholderMap::RelationshipHandle StakeholderMap::add_relationship(OrgIndex source, OrgIndex target,
                                                                    Relationship relationship) {
    if (source >= organisation_count() || target >= organisation_count()) {
        throw std::out_of_range("relationship names an organisation index outside the map");
    }
    if (relationships_.size() >= kMostIndexed) throw std::length_error("more relationships than the map can index");
    relationships_.push_back({static_cast<std::uint32_t>(source), static_cast<std::uint32_t>(target), false, std::move(relationship)});
    changed_ties();
    return {relationships_.size() - 1};
}

void StakeholderMap::remove_relationship(RelationshipHandle handle) {
    if (handle.slot >= relationships_.size() || relationships_[handle.slot].removed) {
        throw std::out_of_range("remove_relationship: no such relationship");
    }
    StoredRelationship& stored = relationships_[handle.slot];
    stored.removed = true;
    stored.data = {};  // its text and attributes are freed now; the slot stays
    ++removed_relationships_;
    changed_ties();
}

void StakeholderMap::remove_organisation(OrgIndex index) {
    if (index >= organisation_count()) throw std::out_of_range("remove_organisation: no such organisation");
    // Its relationships go, the gaps of removed ones close, and later organisations move down one.
    relationships_.keep_if([index](StoredRelationship& stored) {
        if (stored.removed || stored.source == index || stored.target == index) return false;
        if (stored.source > index) --stored.source;
        if (stored.target > index) --stored.target;
        return true;
    });
    removed_relationships_ = 0;
    std::size_t position = 0;
    organisations_.keep_if([&](const Organisation&) { return position++ != index; });
    index_by_id_.clear();
    for (std::size_t v = 0; v < organisations_.size(); ++v) index_by_id_.append(organisations_[v].id);
    changed_ties();
}

void StakeholderMap::rename_organisation(OrgIndex index, const std::string& id) {
    if (index >= organisation_count()) throw std::out_of_range("rename_organisation: no such organisation");
    if (id.empty()) throw std::invalid_argument("organisation id is empty");
    Organisation& organisation = organisations_[index];
    if (id == organisation.id) return;
    if (find(id)) throw std::invalid_argument("duplicate organisation id '" + id + "'");
    index_by_id_.rename(index, id);
    if (organisation.label == organisation.id) organisation.label = id;
    organisation.id = id;
}

void StakeholderMap::set_organisation(OrgIndex index, Organisation organisation) {
    if (index >= organisation_count()) throw std::out_of_range("set_organisation: no such organisation");
    organisation.id = organisations_[index].id;
    if (organisation.label.empty()) organisation.label = organisation.id;
    organisations_[index] = std::move(organisation);
}

const StakeholderMap::TieIndex& StakeholderMap::TieIndexCache::get(const StakeholderMap& map) const {
    std::lock_guard lock(mutex_);
    if (index_) return *index_;
    // Counting sort of the live slots by source (out) and by target (in): slot order is kept.
    auto index = std::make_unique<TieIndex>();
    const std::size_t n = map.organisation_count();
    index->out_start.assign(n + 1, 0);
    index->in_start.assign(n + 1, 0);
    for (std::size_t slot = 0; slot < map.relationships_.size(); ++slot) {
        const auto& stored = map.relationships_[slot];
        if (stored.removed) continue;
        ++index->out_start[stored.source + 1];
        ++index->in_start[stored.target + 1];
    }
    for (std::size_t v = 0; v < n; ++v) {
        index->out_start[v + 1] += index->out_start[v];
        index->in_start[v + 1] += index->in_start[v];
    }
    index->out_slots.resize(map.relationship_count());
    index->in_slots.resize(map.relationship_count());
    std::vector<std::uint32_t> out_next(index->out_start.begin(), index->out_start.end() - 1);
    std::vector<std::uint32_t> in_next(index->in_start.begin(), index->in_start.end() - 1);
    for (std::size_t slot = 0; slot < map.relationships_.size(); ++slot) {
        const auto& stored = map.relationships_[slot];
        if (stored.removed) continue;
        index->out_slots[out_next[stored.source]++] = static_cast<std::uint32_t>(slot);
        index->in_slots[in_next[stored.target]++] = static_cast<std::uint32_t>(slot);
    }
    index_ = std::move(index);
    return *index_;
}

std::vector<StakeholderMap::RelationshipHandle> StakeholderMap::relationships_from(OrgIndex index) const {
    const TieIndex& ties = tie_index_.get(*this);
    std::vector<RelationshipHandle> handles;
    for (auto k = ties.out_start[index]; k < ties.out_start[index + 1]; ++k) handles.push_back({ties.out_slots[k]});
    return handles;
}

std::vector<StakeholderMap::RelationshipHandle> StakeholderMap::relationships_to(OrgIndex index) const {
    const TieIndex& ties = tie_index_.get(*this);
    std::vector<RelationshipHandle> handles;
    for (auto k = ties.in_start[index]; k < ties.in_start[index + 1]; ++k) handles.push_back({ties.in_slots[k]});
    return handles;
}

std::vector<StakeholderMap::RelationshipHandle> StakeholderMap::relationships_between(OrgIndex source, OrgIndex target,
                                                                                       bool either_way) const {
    const TieIndex& ties = tie_index_.get(*this);
    std::vector<RelationshipHandle> handles;
    const auto from_to = [&](OrgIndex from, OrgIndex to) {
        for (auto k = ties.out_start[from]; k < ties.out_start[from + 1]; ++k) {
            if (relationships_[ties.out_slots[k]].target == to) handles.push_back({ties.out_slots[k]});
        }
    };
    from_to(source, target);
    if (either_way && source != target) from_to(target, source);
    return handles;
}

bool StakeholderMap::tied(OrgIndex a, OrgIndex b) const {
    const TieIndex& ties = tie_index_.get(*this);
    for (auto k = ties.out_start[a]; k < ties.out_start[a + 1]; ++k) {
        if (relationships_[ties.out_slots[k]].target == b) return true;
    }
    for (auto k = ties.in_start[a]; k < ties.in_start[a + 1]; ++k) {
        if (relationships_[ties.in_slots[k]].source == b) return true;
    }
    return false;
}

std::vector<StakeholderMap::OrgIndex> StakeholderMap::partners(OrgIndex index) const {
    const TieIndex& ties = tie_index_.get(*this);
    std::vector<OrgIndex> result;
    for (auto k = ties.out_start[index]; k < ties.out_start[index + 1]; ++k) result.push_back(relationships_[ties.out_slots[k]].target);
    for (auto k = ties.in_start[index]; k < ties.in_start[index + 1]; ++k) result.push_back(relationships_[ties.in_slots[k]].source);
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    result.erase(std::remove(result.begin(), result.end(), index), result.end());
    return result;
}

std::optional<StakeholderMap::OrgIndex> StakeholderMap::find(std::string_view id) const {
    return index_by_id_.find(id);
}

}  // namespace stakemap
