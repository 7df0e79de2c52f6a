#include "cli/map_output.hpp"

#include "importers/formats.hpp"

namespace stakemap::cli {

void check_map_output(const std::string& path) { require_format(path, FormatUse::write_map); }

std::string save_map(const MapSource& map, const std::string& path, JsonFlavour json, std::vector<ExtraColumn> measures) {
    const FileFormat& format = require_format(path, FormatUse::write_map);
    WriteOptions options;
    options.measures = std::move(measures);
    options.json = json == JsonFlavour::node_link ? WriteOptions::Json::node_link
                   : json == JsonFlavour::kumu    ? WriteOptions::Json::kumu
                                                  : WriteOptions::Json::stakemap;
    return format.write(map, path, options);
}

}  // namespace stakemap::cli
