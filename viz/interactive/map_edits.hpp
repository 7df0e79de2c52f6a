#pragma once
// Edits to a map as undoable commands: every change a person makes in the
// window goes through one of these, so undo and redo are one mechanism.
// Commands name organisations by id, never by index, because indices shift
// when an organisation is removed or restored.

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "graph/stakeholder_map.hpp"

namespace stakemap::interactive {

class MapEdit {
public:
    virtual ~MapEdit() = default;
    // apply() and revert() throw std::invalid_argument if the map no longer
    // holds what the edit refers to; the map is then unchanged.
    virtual void apply(StakeholderMap& map) = 0;
    virtual void revert(StakeholderMap& map) = 0;
    virtual std::string description() const = 0;
};

// Everything about an organisation a person edits in the inspector: all but
// its id (the key) and its position (layout, not content).
struct OrganisationFields {
    std::string label;
    std::string type;
    std::string country;
    std::string region;
    std::vector<std::string> themes;
    Attributes attributes;

    static OrganisationFields of(const Organisation& organisation);
    void copy_to(Organisation& organisation) const;
    bool operator==(const OrganisationFields&) const = default;
};

std::unique_ptr<MapEdit> add_organisation_edit(Organisation organisation);
std::unique_ptr<MapEdit> remove_organisation_edit(std::string id);
std::unique_ptr<MapEdit> edit_organisation_edit(std::string id, OrganisationFields before, OrganisationFields after);
// A new id; every tie follows (they refer to the organisation, not to its id).
std::unique_ptr<MapEdit> rename_organisation_edit(std::string from, std::string to);
std::unique_ptr<MapEdit> add_relationship_edit(std::string source, std::string target, Relationship relationship);
// `ordinal`: which of the relationships from source to target (0 = the first listed).
std::unique_ptr<MapEdit> remove_relationship_edit(std::string source, std::string target, std::size_t ordinal);
std::unique_ptr<MapEdit> edit_relationship_edit(std::string source, std::string target, std::size_t ordinal,
                                                Relationship before, Relationship after);
// Several edits undone and redone as one (e.g. deleting a selection).
std::unique_ptr<MapEdit> compound_edit(std::string description, std::vector<std::unique_ptr<MapEdit>> edits);

}  // namespace stakemap::interactive
