#include "viz/interactive/recovery.hpp"

#include <cstdlib>
#include <functional>
#include <sstream>
#include <stdexcept>
#include <system_error>

#include "importers/formats.hpp"
#include "importers/importer.hpp"
#include "importers/formats/json_writer.hpp"

namespace stakemap::interactive {
namespace fs = std::filesystem;

fs::path recovery_directory() {
    if (const char* explicit_dir = std::getenv("STAKEMAP_RECOVERY_DIR"); explicit_dir && *explicit_dir) {
        return explicit_dir;
    }
    if (const char* state = std::getenv("XDG_STATE_HOME"); state && *state) return fs::path(state) / "stakemap" / "recovery";
    const char* home = std::getenv("HOME");
    return fs::path(home && *home ? home : ".") / ".local" / "state" / "stakemap" / "recovery";
}

fs::path recovery_path_for(const std::string& map_path) {
    const std::string extension(stakemap_map_format().extensions.front());
    if (map_path.empty()) return recovery_directory() / ("untitled.recovery" + extension);
    std::error_code error;
    fs::path absolute = fs::absolute(map_path, error);
    if (error) absolute = map_path;
    std::ostringstream name;
    name << fs::path(map_path).stem().string() << '-' << std::hex << std::hash<std::string>{}(absolute.lexically_normal().string())
         << ".recovery" << extension;
    return recovery_directory() / name.str();
}

void write_recovery(const StakeholderMap& map, const std::string& map_path) {
    const fs::path path = recovery_path_for(map_path);
    std::error_code error;
    fs::create_directories(path.parent_path(), error);
    if (error) throw std::runtime_error("cannot create the recovery folder " + path.parent_path().string() + ": " + error.message());
    save_json_map(map, path.string());
}

std::optional<PendingRecovery> pending_recovery(const std::string& map_path) {
    PendingRecovery pending{recovery_path_for(map_path), false};
    std::error_code error;
    if (!fs::is_regular_file(pending.file, error)) return std::nullopt;
    if (!map_path.empty() && fs::exists(map_path, error)) {
        const auto map_time = fs::last_write_time(map_path, error);
        std::error_code recovery_error;
        const auto recovery_time = fs::last_write_time(pending.file, recovery_error);
        pending.older_than_map = !error && !recovery_error && recovery_time < map_time;
    }
    return pending;
}

Document restore_recovery(const PendingRecovery& pending, const std::string& map_path) {
    ImportResult recovered = import_map(pending.file.string());
    // Newer than the map file: the file is as it was when this work was based on it.
    const FileIdentity base = pending.older_than_map ? FileIdentity{} : identity_of(map_path);
    return Document::restored(std::move(recovered.map), map_path, base);
}

void discard_recovery(const std::string& map_path) {
    std::error_code ignored;
    fs::remove(recovery_path_for(map_path), ignored);
}

}  // namespace stakemap::interactive
