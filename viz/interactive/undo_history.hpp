#pragma once
// Undo and redo over MapEdits: a linear history; a new edit after an undo
// drops what could have been redone (as every editor does).

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "viz/interactive/map_edits.hpp"

namespace stakemap::interactive {

class UndoHistory {
public:
    // Applies the edit and records it. If apply throws, nothing is recorded.
    void perform(StakeholderMap& map, std::unique_ptr<MapEdit> edit);
    bool undo(StakeholderMap& map);  // false if there is nothing to undo
    bool redo(StakeholderMap& map);

    bool can_undo() const { return !done_.empty(); }
    bool can_redo() const { return !undone_.empty(); }
    std::optional<std::string> next_undo() const;
    std::optional<std::string> next_redo() const;
    std::size_t depth() const { return done_.size(); }
    // Names the map's content: the serial of the last edit in force (0: none).
    // Equal states reached by undo and redo have equal state ids.
    std::uint64_t state_id() const { return done_.empty() ? 0 : done_.back().serial; }
    void clear();

private:
    struct Entry {
        std::uint64_t serial;
        std::unique_ptr<MapEdit> edit;
    };
    std::vector<Entry> done_;
    std::vector<Entry> undone_;
    std::uint64_t next_serial_ = 1;
};

}  // namespace stakemap::interactive
