#include "importers/importer.hpp"

#include <filesystem>

#include "importers/formats.hpp"
#include "importers/rules/map_rules.hpp"
#include "importers/support/import_error.hpp"

namespace stakemap {

bool is_edge_list_path(const std::string& path) {
    const FileFormat* format = format_for_path(path);
    return format && format->edge_list;
}

std::string supported_extensions() { return extensions_for(FormatUse::read); }

namespace {

constexpr std::size_t kContentWarningsListed = 10;

ImportResult read_by_extension(const std::string& path, const ImportOptions& options) {
    if (std::filesystem::is_directory(path)) {
        throw ImportError({path, 0, 0, {}}, "is a folder; expected a map file");
    }
    const FileFormat* format = format_for_path(path);
    if (!format || !format->read) {
        throw ImportError({path, 0, 0, {}}, "unknown file extension '" + extension_of(path) + "'; expected one of " +
                                                readable_formats_in_words());
    }
    return format->read(path, options);
}

}  // namespace

ImportResult import_map(const std::string& path, const ImportOptions& options) {
    ImportResult result = read_by_extension(path, options);
    // The content rules (unknown types and themes, self-ties, ...) apply whatever the format.
    const std::vector<Problem> problems = check_map_content(result.map);
    for (std::size_t k = 0; k < problems.size() && k < kContentWarningsListed; ++k) {
        result.warnings.push_back(path + ": " + problems[k].path + ": " + problems[k].message);
    }
    if (problems.size() > kContentWarningsListed) {
        result.warnings.push_back(path + ": " + std::to_string(problems.size() - kContentWarningsListed) +
                                  " more warnings; `stakemap validate " + path + "` lists them all");
    }
    return result;
}

}  // namespace stakemap
