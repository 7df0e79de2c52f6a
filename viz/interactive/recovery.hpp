#pragma once
// Crash recovery: while a map has unsaved changes the window writes it, every
// minute or so, to a recovery file of its own (never over the user's file).
// A clean save or a deliberate discard removes the recovery file; one found at
// start-up means the last session ended without either, and is offered back,
// even when the map file is newer (it says so). A session deletes only a
// recovery file it wrote or restored, or one a person chose to discard.
//
// Where: $STAKEMAP_RECOVERY_DIR, else $XDG_STATE_HOME/stakemap/recovery, else
// ~/.local/state/stakemap/recovery. One file per map path (its name plus a
// hash of the absolute path), "untitled" for a map never saved.

#include <filesystem>
#include <optional>
#include <string>

#include "graph/stakeholder_map.hpp"
#include "viz/interactive/document.hpp"

namespace stakemap::interactive {

std::filesystem::path recovery_directory();
std::filesystem::path recovery_path_for(const std::string& map_path);

// Atomic write (temporary file + rename), creating the folder. Throws std::runtime_error.
void write_recovery(const StakeholderMap& map, const std::string& map_path);
struct PendingRecovery {
    std::filesystem::path file;
    // The map file was written after the recovery file (another program, or
    // another window): recovering would set aside what the file holds now.
    bool older_than_map = false;
};
// The recovery file for `map_path`, if there is one.
std::optional<PendingRecovery> pending_recovery(const std::string& map_path);
// The recovered work as a document for `map_path` (unsaved, owning the
// recovery file). When the map file is newer than the recovery, the document
// counts its file as changed on disk, so saving over it asks first.
// Throws ImportError.
Document restore_recovery(const PendingRecovery& pending, const std::string& map_path);
void discard_recovery(const std::string& map_path);

}  // namespace stakemap::interactive
