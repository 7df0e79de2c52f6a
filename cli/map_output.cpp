#include "cli/map_output.hpp"

#include <filesystem>
#include <stdexcept>

#include "importers/csv_writer.hpp"
#include "importers/field_mapping.hpp"
#include "importers/json_writer.hpp"

namespace stakemap::cli {

std::string save_map(const MapSource& map, const std::string& path) {
    const std::string extension = to_lower_ascii(std::filesystem::path(path).extension().string());
    if (extension == ".json") {
        save_json_map(map, path);
        return path;
    }
    if (extension == ".csv") {
        const std::string nodes = save_csv_map(map, path);
        return path + " and " + nodes;
    }
    throw std::runtime_error(path + ": cannot write '" + extension + "' files; expected .json or .csv");
}

}  // namespace stakemap::cli
