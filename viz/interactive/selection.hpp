#pragma once
// Which organisations are selected, by id (ids survive edits; indices do not).
// The primary selection is the one clicked last: the inspector shows it and
// suggestions are made for it.

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "graph/stakeholder_map.hpp"

namespace stakemap::interactive {

class Selection {
public:
    void select_only(const std::string& id);
    void toggle(const std::string& id);          // shift-click
    void add(const std::vector<std::string>& ids);  // box-select
    void clear();

    bool contains(const std::string& id) const { return ids_.contains(id); }
    bool empty() const { return ids_.empty(); }
    std::size_t size() const { return ids_.size(); }
    const std::set<std::string>& ids() const { return ids_; }
    const std::optional<std::string>& primary() const { return primary_; }

    // Drops ids the map no longer has (after a delete or an undo).
    void prune(const StakeholderMap& map);
    // Current indices of the selected organisations, in id order.
    std::vector<StakeholderMap::OrgIndex> indices(const StakeholderMap& map) const;

private:
    std::set<std::string> ids_;
    std::optional<std::string> primary_;
};

}  // namespace stakemap::interactive
