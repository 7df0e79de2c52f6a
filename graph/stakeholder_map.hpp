#pragma once
// The stakeholder map: organisations, the relationships between them, and facts
// about the map as a whole. It owns the data and nothing else: it knows no file
// format and no algorithm.
//
// It keeps everything a source file said, including parallel relationships and
// self-loops; analysis decides how to read those (see
// analysis/snapshot/analysis_graph.hpp for the policy). Ids are the key of the
// map: they change only through rename_organisation, which keeps the index right.
//
// Storage is two chunked arrays (chunked_array.hpp), organisations and
// relationships in the order they were added, so loading a million organisations
// appends to two arrays instead of growing two lists per organisation (Boost's
// adjacency_list cost a list node per tie and a cache miss per end). Who is tied
// to whom is indexed on first asking and again after a change (O(organisations +
// relationships)): the importers and analysis read the ties in order, and only
// edits, the window and what-if's few checks ask.

#include <compare>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/attribute_value.hpp"
#include "graph/chunked_array.hpp"
#include "graph/id_index.hpp"
#include "graph/organisation.hpp"
#include "graph/relationship.hpp"

namespace stakemap {

class StakeholderMap {
public:
    using OrgIndex = std::size_t;  // 0 .. organisation_count()-1
    // A relationship's place in the map. It stays valid (and names the same relationship
    // in a copy of the map) until that relationship or any organisation is removed.
    struct RelationshipHandle {
        std::size_t slot = 0;
        auto operator<=>(const RelationshipHandle&) const = default;
    };

    struct RelationshipView {
        OrgIndex source;
        OrgIndex target;
        const Relationship& data;
    };

private:
    struct StoredRelationship {
        std::uint32_t source;
        std::uint32_t target;
        bool removed = false;
        Relationship data;
    };

public:
    // The live relationships' handles in the order they were added.
    class RelationshipHandles {
    public:
        class iterator {
        public:
            using iterator_category = std::forward_iterator_tag;
            using value_type = RelationshipHandle;
            using difference_type = std::ptrdiff_t;
            using pointer = void;
            using reference = RelationshipHandle;

            iterator() = default;
            iterator(const ChunkedArray<StoredRelationship>* stored, std::size_t slot) : stored_(stored), slot_(slot) { skip_removed(); }
            RelationshipHandle operator*() const { return {slot_}; }
            iterator& operator++() {
                ++slot_;
                skip_removed();
                return *this;
            }
            iterator operator++(int) {
                iterator before = *this;
                ++*this;
                return before;
            }
            bool operator==(const iterator& other) const { return slot_ == other.slot_; }

        private:
            void skip_removed() {
                while (slot_ < stored_->size() && (*stored_)[slot_].removed) ++slot_;
            }
            const ChunkedArray<StoredRelationship>* stored_ = nullptr;
            std::size_t slot_ = 0;
        };

        explicit RelationshipHandles(const ChunkedArray<StoredRelationship>& stored) : stored_(&stored) {}
        iterator begin() const { return {stored_, 0}; }
        iterator end() const { return {stored_, stored_->size()}; }

    private:
        const ChunkedArray<StoredRelationship>* stored_;
    };

    explicit StakeholderMap(bool directed = false) : directed_(directed) {}
    StakeholderMap(const StakeholderMap&) = default;
    StakeholderMap& operator=(const StakeholderMap&) = default;
    // A moved-from map is empty (and consistent), as Boost's store left it.
    StakeholderMap(StakeholderMap&& other) noexcept;
    StakeholderMap& operator=(StakeholderMap&& other) noexcept;

    // Whether relationships are read as directed (source -> target) by analysis.
    bool directed() const { return directed_; }
    void set_directed(bool directed) { directed_ = directed; }

    // Adds an organisation. Throws std::invalid_argument if its id is empty or taken.
    OrgIndex add_organisation(Organisation organisation);
    RelationshipHandle add_relationship(OrgIndex source, OrgIndex target, Relationship relationship);
    // Removes one relationship; other handles stay valid.
    void remove_relationship(RelationshipHandle handle);

    std::optional<OrgIndex> find(std::string_view id) const;

    // Gives an organisation a new id (throws std::invalid_argument if it is empty or taken).
    void rename_organisation(OrgIndex index, const std::string& id);
    // Replaces every field of an organisation but its id, which stays as it is.
    void set_organisation(OrgIndex index, Organisation organisation);

    // Removes an organisation and all its relationships. Indices of the organisations
    // after it shift down by one (ids stay as they are); relationship handles are renewed.
    void remove_organisation(OrgIndex index);

    std::size_t organisation_count() const { return organisations_.size(); }
    std::size_t relationship_count() const { return relationships_.size() - removed_relationships_; }

    const Organisation& organisation(OrgIndex index) const { return organisations_[index]; }
    // Changes the fields of an organisation in place; its id is restored if `change`
    // alters it (use rename_organisation), so the index can never go stale.
    template <typename Change>
    void update_organisation(OrgIndex index, Change&& change) {
        Organisation& organisation = organisations_[index];
        const std::string id = organisation.id;
        change(organisation);
        if (organisation.id != id) organisation.id = id;
        if (organisation.label.empty()) organisation.label = id;
    }

    // Relationships in the order they were added (copies keep it).
    RelationshipHandles relationship_handles() const { return RelationshipHandles(relationships_); }
    RelationshipView relationship(RelationshipHandle handle) const {
        const StoredRelationship& stored = relationships_[handle.slot];
        return {stored.source, stored.target, stored.data};
    }
    Relationship& relationship_data(RelationshipHandle handle) { return relationships_[handle.slot].data; }

    // The relationships leaving (out) and entering (in) an organisation, in the map's order.
    std::vector<RelationshipHandle> relationships_from(OrgIndex index) const;
    std::vector<RelationshipHandle> relationships_to(OrgIndex index) const;
    // The relationships from source to target (and, when `either_way`, from target to source), in the map's order.
    std::vector<RelationshipHandle> relationships_between(OrgIndex source, OrgIndex target, bool either_way = false) const;
    bool tied(OrgIndex a, OrgIndex b) const;  // a relationship either way
    // Every organisation tied to `index` either way, each once, in index order.
    std::vector<OrgIndex> partners(OrgIndex index) const;

    // Map-level facts: title, country, date, authors, provenance, ...
    Attributes metadata;

private:
    // Each organisation's relationship slots out and in, in slot order (compressed rows).
    struct TieIndex {
        std::vector<std::uint32_t> out_start, out_slots, in_start, in_slots;
    };
    // Built on first asking, dropped by every change; safe to ask from several threads.
    class TieIndexCache {
    public:
        TieIndexCache() = default;
        TieIndexCache(const TieIndexCache&) {}
        TieIndexCache& operator=(const TieIndexCache&) {
            drop();
            return *this;
        }
        const TieIndex& get(const StakeholderMap& map) const;
        void drop() {
            std::lock_guard lock(mutex_);
            index_.reset();
        }

    private:
        mutable std::mutex mutex_;
        mutable std::unique_ptr<const TieIndex> index_;
    };

    void changed_ties() { tie_index_.drop(); }

    ChunkedArray<Organisation> organisations_;
    ChunkedArray<StoredRelationship> relationships_;  // removed ones stay as gaps, so handles keep their place
    std::size_t removed_relationships_ = 0;
    bool directed_;
    IdIndex index_by_id_;  // position i holds organisation i's id
    TieIndexCache tie_index_;
};

}  // namespace stakemap
