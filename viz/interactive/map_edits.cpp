#include "viz/interactive/map_edits.hpp"

#include <stdexcept>
#include <utility>

namespace stakemap::interactive {
namespace {

using OrgIndex = StakeholderMap::OrgIndex;

OrgIndex require(const StakeholderMap& map, const std::string& id) {
    const auto index = map.find(id);
    if (!index) throw std::invalid_argument("the map has no organisation '" + id + "'");
    return *index;
}

StakeholderMap::RelationshipHandle require_relationship(const StakeholderMap& map, const std::string& source,
                                                        const std::string& target, std::size_t ordinal) {
    const auto handles = map.relationships_between(require(map, source), require(map, target));
    if (ordinal >= handles.size()) {
        throw std::invalid_argument("the map has no relationship " + source + " -> " + target + " #" +
                                    std::to_string(ordinal + 1));
    }
    return handles[ordinal];
}

class AddOrganisation final : public MapEdit {
public:
    explicit AddOrganisation(Organisation organisation) : organisation_(std::move(organisation)) {}
    void apply(StakeholderMap& map) override { map.add_organisation(organisation_); }
    void revert(StakeholderMap& map) override { map.remove_organisation(require(map, organisation_.id)); }
    std::string description() const override { return "add " + organisation_.label; }

private:
    Organisation organisation_;
};

// Keeps what it removed (the organisation and every relationship touching
// it) so revert can put it all back. Restored organisations go to the end of
// the list; ids, fields and ties are as before.
class RemoveOrganisation final : public MapEdit {
public:
    explicit RemoveOrganisation(std::string id) : id_(std::move(id)) {}

    void apply(StakeholderMap& map) override {
        const OrgIndex index = require(map, id_);
        removed_ = map.organisation(index);
        ties_.clear();
        for (const auto handle : map.relationship_handles()) {
            const auto view = map.relationship(handle);
            if (view.source != index && view.target != index) continue;
            ties_.push_back({map.organisation(view.source).id, map.organisation(view.target).id, view.data});
        }
        map.remove_organisation(index);
    }

    void revert(StakeholderMap& map) override {
        map.add_organisation(removed_);
        for (const auto& tie : ties_) {
            map.add_relationship(require(map, tie.source), require(map, tie.target), tie.data);
        }
    }

    std::string description() const override { return "delete " + (removed_.label.empty() ? id_ : removed_.label); }

private:
    struct Tie {
        std::string source, target;
        Relationship data;
    };
    std::string id_;
    Organisation removed_;
    std::vector<Tie> ties_;
};

class EditOrganisation final : public MapEdit {
public:
    EditOrganisation(std::string id, OrganisationFields before, OrganisationFields after)
        : id_(std::move(id)), before_(std::move(before)), after_(std::move(after)) {}
    void apply(StakeholderMap& map) override {
        map.update_organisation(require(map, id_), [&](Organisation& organisation) { after_.copy_to(organisation); });
    }
    void revert(StakeholderMap& map) override {
        map.update_organisation(require(map, id_), [&](Organisation& organisation) { before_.copy_to(organisation); });
    }
    std::string description() const override { return "edit " + after_.label; }

private:
    std::string id_;
    OrganisationFields before_, after_;
};

// Ties name organisations by index, so they follow a new id by themselves.
class RenameOrganisation final : public MapEdit {
public:
    RenameOrganisation(std::string from, std::string to) : from_(std::move(from)), to_(std::move(to)) {}
    void apply(StakeholderMap& map) override { rename(map, from_, to_); }
    void revert(StakeholderMap& map) override { rename(map, to_, from_); }
    std::string description() const override { return "id " + from_ + " -> " + to_; }

private:
    static void rename(StakeholderMap& map, const std::string& from, const std::string& to) {
        const OrgIndex index = require(map, from);
        if (to.empty() || to.find_first_not_of(' ') == std::string::npos) throw std::invalid_argument("an id cannot be empty");
        if (map.find(to)) throw std::invalid_argument("the id '" + to + "' is taken");
        map.rename_organisation(index, to);
    }
    std::string from_, to_;
};

class AddRelationship final : public MapEdit {
public:
    AddRelationship(std::string source, std::string target, Relationship data)
        : source_(std::move(source)), target_(std::move(target)), data_(std::move(data)) {}
    void apply(StakeholderMap& map) override {
        map.add_relationship(require(map, source_), require(map, target_), data_);
    }
    // The relationship added last between the pair is the one this edit added:
    // edits are undone in reverse order.
    void revert(StakeholderMap& map) override {
        const auto handles = map.relationships_between(require(map, source_), require(map, target_));
        if (handles.empty()) throw std::invalid_argument("the relationship " + source_ + " -> " + target_ + " is gone");
        map.remove_relationship(handles.back());
    }
    std::string description() const override { return "add tie " + source_ + " - " + target_; }

private:
    std::string source_, target_;
    Relationship data_;
};

class RemoveRelationship final : public MapEdit {
public:
    RemoveRelationship(std::string source, std::string target, std::size_t ordinal)
        : source_(std::move(source)), target_(std::move(target)), ordinal_(ordinal) {}
    void apply(StakeholderMap& map) override {
        const auto handle = require_relationship(map, source_, target_, ordinal_);
        data_ = map.relationship(handle).data;
        map.remove_relationship(handle);
    }
    // Restored at the end of the pair's list; remember where, for redo.
    void revert(StakeholderMap& map) override {
        const OrgIndex source = require(map, source_), target = require(map, target_);
        map.add_relationship(source, target, data_);
        ordinal_ = map.relationships_between(source, target).size() - 1;
    }
    std::string description() const override { return "delete tie " + source_ + " - " + target_; }

private:
    std::string source_, target_;
    std::size_t ordinal_;
    Relationship data_;
};

class EditRelationship final : public MapEdit {
public:
    EditRelationship(std::string source, std::string target, std::size_t ordinal, Relationship before,
                     Relationship after)
        : source_(std::move(source)), target_(std::move(target)), ordinal_(ordinal), before_(std::move(before)),
          after_(std::move(after)) {}
    void apply(StakeholderMap& map) override {
        map.relationship_data(require_relationship(map, source_, target_, ordinal_)) = after_;
    }
    void revert(StakeholderMap& map) override {
        map.relationship_data(require_relationship(map, source_, target_, ordinal_)) = before_;
    }
    std::string description() const override { return "edit tie " + source_ + " - " + target_; }

private:
    std::string source_, target_;
    std::size_t ordinal_;
    Relationship before_, after_;
};

// Applies parts in order and reverts them in reverse; if a part fails, the
// parts already applied are reverted so the map is as it was.
class CompoundEdit final : public MapEdit {
public:
    CompoundEdit(std::string description, std::vector<std::unique_ptr<MapEdit>> parts)
        : description_(std::move(description)), parts_(std::move(parts)) {}
    void apply(StakeholderMap& map) override {
        std::size_t applied = 0;
        try {
            for (; applied < parts_.size(); ++applied) parts_[applied]->apply(map);
        } catch (...) {
            while (applied > 0) parts_[--applied]->revert(map);
            throw;
        }
    }
    void revert(StakeholderMap& map) override {
        for (std::size_t k = parts_.size(); k > 0; --k) parts_[k - 1]->revert(map);
    }
    std::string description() const override { return description_; }

private:
    std::string description_;
    std::vector<std::unique_ptr<MapEdit>> parts_;
};

}  // namespace

OrganisationFields OrganisationFields::of(const Organisation& organisation) {
    return {organisation.label, organisation.type,   organisation.country,
            organisation.region, organisation.themes, organisation.attributes};
}

void OrganisationFields::copy_to(Organisation& organisation) const {
    organisation.label = label.empty() ? organisation.id : label;
    organisation.type = type;
    organisation.country = country;
    organisation.region = region;
    organisation.themes = themes;
    organisation.attributes = attributes;
}

std::unique_ptr<MapEdit> add_organisation_edit(Organisation organisation) {
    return std::make_unique<AddOrganisation>(std::move(organisation));
}
std::unique_ptr<MapEdit> remove_organisation_edit(std::string id) {
    return std::make_unique<RemoveOrganisation>(std::move(id));
}
std::unique_ptr<MapEdit> edit_organisation_edit(std::string id, OrganisationFields before, OrganisationFields after) {
    return std::make_unique<EditOrganisation>(std::move(id), std::move(before), std::move(after));
}
std::unique_ptr<MapEdit> rename_organisation_edit(std::string from, std::string to) {
    return std::make_unique<RenameOrganisation>(std::move(from), std::move(to));
}
std::unique_ptr<MapEdit> add_relationship_edit(std::string source, std::string target, Relationship relationship) {
    return std::make_unique<AddRelationship>(std::move(source), std::move(target), std::move(relationship));
}
std::unique_ptr<MapEdit> remove_relationship_edit(std::string source, std::string target, std::size_t ordinal) {
    return std::make_unique<RemoveRelationship>(std::move(source), std::move(target), ordinal);
}
std::unique_ptr<MapEdit> edit_relationship_edit(std::string source, std::string target, std::size_t ordinal,
                                                Relationship before, Relationship after) {
    return std::make_unique<EditRelationship>(std::move(source), std::move(target), ordinal, std::move(before),
                                              std::move(after));
}
std::unique_ptr<MapEdit> compound_edit(std::string description, std::vector<std::unique_ptr<MapEdit>> edits) {
    return std::make_unique<CompoundEdit>(std::move(description), std::move(edits));
}

}  // namespace stakemap::interactive
