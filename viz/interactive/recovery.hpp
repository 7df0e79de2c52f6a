#pragma once
// Crash recovery: while a map has unsaved changes the window writes it, every
// minute or so, to a recovery file of its own (never over the user's file).
// A clean save or a deliberate discard removes the recovery file; one found at
// start-up means the last session ended without either, and is offered back.
//
// Where: $STAKEMAP_RECOVERY_DIR, else $XDG_STATE_HOME/stakemap/recovery, else
// ~/.local/state/stakemap/recovery. One file per map path (its name plus a
// hash of the absolute path), "untitled" for a map never saved.

#include <filesystem>
#include <optional>
#include <string>

#include "graph/stakeholder_map.hpp"

namespace stakemap::interactive {

std::filesystem::path recovery_directory();
std::filesystem::path recovery_path_for(const std::string& map_path);

// Atomic write (temporary file + rename), creating the folder. Throws std::runtime_error.
void write_recovery(const StakeholderMap& map, const std::string& map_path);
// The recovery file for `map_path` if there is one newer than the map file itself.
std::optional<std::filesystem::path> pending_recovery(const std::string& map_path);
void discard_recovery(const std::string& map_path);

}  // namespace stakemap::interactive
