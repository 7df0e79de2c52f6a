#pragma once
// The open map and its file: every content change goes through perform/undo/
// redo; saving is atomic (see importers/atomic_file.hpp); the document knows
// whether there is unsaved work, so nothing is discarded without asking.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "graph/stakeholder_map.hpp"
#include "importers/support/import_options.hpp"
#include "viz/interactive/file_identity.hpp"
#include "viz/interactive/undo_history.hpp"

namespace stakemap::interactive {

class Document {
public:
    Document() : Document(StakeholderMap(), "", false) {}  // an empty, untitled map
    // Reads any format the importers read. Throws ImportError (file, line, what was expected).
    // Any format the importers read: a CSV edge list with its node table (`options.nodes_path`,
    // else <stem>.nodes.csv beside it), a workbook, a Kumu blueprint, ...
    static Document open(const std::string& path, const ImportOptions& options = {});
    // A map already in memory for `path`. `on_disk`: what the file at `path` was
    // when this content was based on it (none: the file, if there is one, counts
    // as changed on disk, so a save asks before replacing it).
    Document(StakeholderMap map, std::string path, bool unsaved, FileIdentity on_disk = {});
    // Work restored from a recovery file: unsaved, and the session that holds it
    // owns (and may delete) that recovery file.
    static Document restored(StakeholderMap map, std::string path, FileIdentity on_disk);

    const StakeholderMap& map() const { return map_; }
    const std::string& path() const { return path_; }  // empty: untitled
    const std::vector<std::string>& warnings() const { return warnings_; }
    bool restored_from_recovery() const { return restored_; }
    // Another program replaced, changed or deleted the file since it was opened or last saved here.
    bool changed_on_disk() const { return !path_.empty() && changed_since(path_, on_disk_); }

    // Content changes. perform() throws (and changes nothing) if the edit does not apply.
    void perform(std::unique_ptr<MapEdit> edit);
    bool undo();
    bool redo();
    const UndoHistory& history() const { return history_; }

    // Bumps on every content change (edit, undo, redo): results computed for
    // an older revision are stale.
    std::uint64_t revision() const { return revision_; }

    // Positions are layout, not content: moved without undo, saved with the map.
    void set_position(StakeholderMap::OrgIndex index, Position position);
    // A person moved something (a drag) since the last save.
    void mark_layout_changed() { layout_changed_ = true; }

    bool unsaved() const { return history_.state_id() != saved_state_ || layout_changed_ || unsaved_on_open_; }
    // Writes stakemap JSON atomically; the document then belongs to `path`.
    // Throws std::runtime_error (the old file is left as it was).
    void save(const std::string& path);

private:
    StakeholderMap map_;
    std::string path_;
    std::vector<std::string> warnings_;
    UndoHistory history_;
    std::uint64_t revision_;
    std::uint64_t saved_state_ = 0;
    bool layout_changed_ = false;
    bool unsaved_on_open_ = false;
    bool restored_ = false;
    FileIdentity on_disk_;
};

}  // namespace stakemap::interactive
