#include "viz/interactive/document.hpp"

#include <atomic>
#include <utility>

#include "importers/importer.hpp"
#include "importers/formats/json_writer.hpp"

namespace stakemap::interactive {
namespace {

// Revisions are unique across documents, so a result computed for a map that
// has since been closed can never pass for one of the map now open.
std::uint64_t fresh_revision() {
    static std::atomic<std::uint64_t> counter{0};
    return ++counter;
}

}  // namespace

Document Document::open(const std::string& path, const ImportOptions& options) {
    const FileIdentity before_reading = identity_of(path);  // a change while reading counts as a change
    ImportResult imported = import_map(path, options);
    Document document(std::move(imported.map), path, false, before_reading);
    document.warnings_ = std::move(imported.warnings);
    return document;
}

Document::Document(StakeholderMap map, std::string path, bool unsaved, FileIdentity on_disk)
    : map_(std::move(map)), path_(std::move(path)), revision_(fresh_revision()), unsaved_on_open_(unsaved), on_disk_(on_disk) {}

Document Document::restored(StakeholderMap map, std::string path, FileIdentity on_disk) {
    Document document(std::move(map), std::move(path), true, on_disk);
    document.restored_ = true;
    return document;
}

void Document::perform(std::unique_ptr<MapEdit> edit) {
    history_.perform(map_, std::move(edit));
    revision_ = fresh_revision();
}

bool Document::undo() {
    if (!history_.undo(map_)) return false;
    revision_ = fresh_revision();
    return true;
}

bool Document::redo() {
    if (!history_.redo(map_)) return false;
    revision_ = fresh_revision();
    return true;
}

void Document::set_position(StakeholderMap::OrgIndex index, Position position) {
    map_.update_organisation(index, [&](Organisation& organisation) { organisation.position = position; });
}

void Document::save(const std::string& path) {
    save_json_map(map_, path);
    path_ = path;
    on_disk_ = identity_of(path);
    saved_state_ = history_.state_id();
    layout_changed_ = false;
    unsaved_on_open_ = false;
}

}  // namespace stakemap::interactive
