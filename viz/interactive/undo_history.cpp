#include "viz/interactive/undo_history.hpp"

namespace stakemap::interactive {

void UndoHistory::perform(StakeholderMap& map, std::unique_ptr<MapEdit> edit) {
    edit->apply(map);
    done_.push_back({next_serial_++, std::move(edit)});
    undone_.clear();
}

bool UndoHistory::undo(StakeholderMap& map) {
    if (done_.empty()) return false;
    done_.back().edit->revert(map);
    undone_.push_back(std::move(done_.back()));
    done_.pop_back();
    return true;
}

bool UndoHistory::redo(StakeholderMap& map) {
    if (undone_.empty()) return false;
    undone_.back().edit->apply(map);
    done_.push_back(std::move(undone_.back()));
    undone_.pop_back();
    return true;
}

std::optional<std::string> UndoHistory::next_undo() const {
    if (done_.empty()) return std::nullopt;
    return done_.back().edit->description();
}

std::optional<std::string> UndoHistory::next_redo() const {
    if (undone_.empty()) return std::nullopt;
    return undone_.back().edit->description();
}

void UndoHistory::clear() {
    done_.clear();
    undone_.clear();
}

}  // namespace stakemap::interactive
