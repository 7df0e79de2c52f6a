#include "cli/map_output.hpp"

#include <filesystem>
#include <stdexcept>

#include "importers/csv_writer.hpp"
#include "importers/field_mapping.hpp"
#include "importers/interchange_writers.hpp"
#include "importers/json_writer.hpp"

namespace stakemap::cli {

namespace {

std::string extension_of(const std::string& path) {
    return to_lower_ascii(std::filesystem::path(path).extension().string());
}

}  // namespace

void check_map_output(const std::string& path) {
    const std::string extension = extension_of(path);
    for (const char* known : {".json", ".csv", ".graphml", ".gexf", ".gml"}) {
        if (extension == known) return;
    }
    throw std::runtime_error(path + ": cannot write '" + extension + "' files; expected .json, .csv, .graphml, .gexf or .gml");
}

std::string save_map(const MapSource& map, const std::string& path, JsonFlavour json) {
    check_map_output(path);
    const std::string extension = extension_of(path);
    if (extension == ".csv") return path + " and " + save_csv_map(map, path);
    if (extension == ".graphml") save_graphml(map, path);
    else if (extension == ".gexf") save_gexf(map, path);
    else if (extension == ".gml") save_gml(map, path);
    else if (json == JsonFlavour::node_link) save_node_link_json(map, path);
    else save_json_map(map, path);
    return path;
}

}  // namespace stakemap::cli
