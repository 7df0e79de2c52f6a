#include "importers/importer.hpp"

#include <cstdlib>
#include <filesystem>
#include <map>

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

// Where a content problem is: the line (or sheet row) the organisation or tie was read
// from, in whichever file it was (a node table is not the edge list), else the map path.
std::string place_of(const ImportResult& result, const std::string& path, const Problem& problem) {
    const auto slash = problem.path.find('/');
    const std::string kind = problem.path.substr(0, slash);
    const std::size_t index = slash == std::string::npos ? 0 : std::strtoull(problem.path.c_str() + slash + 1, nullptr, 10);
    const auto second = slash == std::string::npos ? std::string::npos : problem.path.find('/', slash + 1);
    const std::string field = second == std::string::npos ? "" : problem.path.substr(second + 1);
    const auto& places = kind == "nodes" ? result.organisation_places : result.relationship_places;
    if (index < places.size() && places[index].line > 0 && places[index].file < result.location_files.size()) {
        const auto& file = result.location_files[places[index].file];
        SourceLocation where{file.file, file.sheet.empty() ? places[index].line : 0, 0, field};
        if (!file.sheet.empty()) where.field = "sheet '" + file.sheet + "' row " + std::to_string(places[index].line) + (field.empty() ? "" : " (" + field + ")");
        return where.to_string();
    }
    return path + ": " + problem.path + ":";
}

ImportResult read_map_file(const std::string& path, const ImportOptions& options) { return read_by_extension(path, options); }

ImportResult import_map(const std::string& path, const ImportOptions& options) {
    ImportResult result = read_by_extension(path, options);
    // The content rules (self-ties, repeated ties, weights, country codes, ...) apply whatever the
    // format; each distinct problem is said once, with how often it occurs. Unknown types and
    // themes were already reported by the reader, once per value, with how to map them.
    std::vector<std::pair<std::string, std::size_t>> said;  // warning text -> occurrences
    std::map<std::string, std::size_t> index_of;
    for (const Problem& problem : check_map_content(result.map)) {
        if (problem.kind == ProblemKind::unknown_type || problem.kind == ProblemKind::unknown_theme) continue;
        const auto [entry, fresh] = index_of.emplace(problem.message, said.size());
        if (fresh) said.emplace_back(place_of(result, path, problem) + " " + problem.message, 0);
        ++said[entry->second].second;
    }
    for (std::size_t k = 0; k < said.size() && k < kContentWarningsListed; ++k) {
        const auto& [text, count] = said[k];
        result.warnings.push_back(count > 1 ? text + " (and " + std::to_string(count - 1) + " more like it)" : text);
    }
    if (said.size() > kContentWarningsListed) {
        result.warnings.push_back(path + ": " + std::to_string(said.size() - kContentWarningsListed) +
                                  " more warnings; `stakemap validate " + path + "` lists them all");
    }
    return result;
}

}  // namespace stakemap
