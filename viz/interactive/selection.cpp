#include "viz/interactive/selection.hpp"

namespace stakemap::interactive {

void Selection::select_only(const std::string& id) {
    ids_ = {id};
    primary_ = id;
}

void Selection::toggle(const std::string& id) {
    if (ids_.erase(id) > 0) {
        if (primary_ == id) primary_ = ids_.empty() ? std::nullopt : std::optional<std::string>(*ids_.rbegin());
        return;
    }
    ids_.insert(id);
    primary_ = id;
}

void Selection::add(const std::vector<std::string>& ids) {
    for (const auto& id : ids) ids_.insert(id);
    if (!primary_ && !ids.empty()) primary_ = ids.front();
}

void Selection::clear() {
    ids_.clear();
    primary_.reset();
}

void Selection::prune(const StakeholderMap& map) {
    std::erase_if(ids_, [&](const std::string& id) { return !map.find(id); });
    if (primary_ && !ids_.contains(*primary_)) primary_ = ids_.empty() ? std::nullopt : std::optional<std::string>(*ids_.begin());
}

std::vector<StakeholderMap::OrgIndex> Selection::indices(const StakeholderMap& map) const {
    std::vector<StakeholderMap::OrgIndex> found;
    for (const auto& id : ids_) {
        if (const auto index = map.find(id)) found.push_back(*index);
    }
    return found;
}

}  // namespace stakemap::interactive
