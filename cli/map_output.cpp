#include "cli/map_output.hpp"

#include "importers/formats.hpp"

namespace stakemap::cli {

void check_map_output(const std::string& path) { require_format(path, FormatUse::write_map); }

std::string save_map(const MapSource& map, const std::string& path, JsonFlavour json) {
    const FileFormat& format = require_format(path, FormatUse::write_map);
    WriteOptions options;
    options.node_link_json = json == JsonFlavour::node_link;
    return format.write(map, path, options);
}

}  // namespace stakemap::cli
