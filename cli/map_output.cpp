#include "cli/map_output.hpp"

namespace stakemap::cli {

void check_map_output(const std::string& path) { require_format(path, FormatUse::write_map); }

std::string save_map(const MapSource& map, const std::string& path, const WriteOptions& options) {
    return require_format(path, FormatUse::write_map).write(map, path, options);
}

}  // namespace stakemap::cli
