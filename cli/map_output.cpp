#include "cli/map_output.hpp"

#include <filesystem>
#include <stdexcept>

#include "importers/csv_writer.hpp"
#include "importers/field_mapping.hpp"
#include "importers/json_writer.hpp"

namespace stakemap::cli {

namespace {

std::string extension_of(const std::string& path) {
    return to_lower_ascii(std::filesystem::path(path).extension().string());
}

}  // namespace

void check_map_output(const std::string& path) {
    const std::string extension = extension_of(path);
    if (extension != ".json" && extension != ".csv") {
        throw std::runtime_error(path + ": cannot write '" + extension + "' files; expected .json or .csv");
    }
}

std::string save_map(const MapSource& map, const std::string& path) {
    check_map_output(path);
    if (extension_of(path) == ".csv") return path + " and " + save_csv_map(map, path);
    save_json_map(map, path);
    return path;
}

}  // namespace stakemap::cli
