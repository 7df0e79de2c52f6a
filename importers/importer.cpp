#include "importers/importer.hpp"

#include <filesystem>

#include "importers/csv_reader.hpp"
#include "importers/dot_reader.hpp"
#include "importers/field_mapping.hpp"
#include "importers/gexf_reader.hpp"
#include "importers/gml_reader.hpp"
#include "importers/graphml_reader.hpp"
#include "importers/import_error.hpp"
#include "importers/json_reader.hpp"
#include "importers/map_rules.hpp"
#include "importers/pajek_reader.hpp"

namespace stakemap {

bool is_edge_list_path(const std::string& path) {
    const std::string extension = to_lower_ascii(std::filesystem::path(path).extension().string());
    return extension == ".csv" || extension == ".tsv" || extension == ".txt" || extension == ".edgelist" || extension == ".edges" ||
           extension == ".ncol";  // igraph's NCOL: "name name [weight]"
}

std::string_view supported_extensions() {
    return ".csv .tsv .txt .edgelist .ncol (edge list, with --nodes for a node table), .json (stakemap or NetworkX node-link), "
           ".graphml, .gexf, .gml, .dot/.gv, .net (Pajek)";
}

namespace {

constexpr std::size_t kContentWarningsListed = 10;

ImportResult read_by_extension(const std::string& path, const ImportOptions& options) {
    if (std::filesystem::is_directory(path)) {
        throw ImportError({path, 0, 0, {}}, "is a folder; expected a map file");
    }
    const std::string extension = to_lower_ascii(std::filesystem::path(path).extension().string());
    if (is_edge_list_path(path)) {
        return read_csv(path, options);
    }
    if (extension == ".json") return read_json_map(path, options);
    if (extension == ".graphml") return read_graphml(path, options);
    if (extension == ".gexf") return read_gexf(path, options);
    if (extension == ".gml") return read_gml(path, options);
    if (extension == ".dot" || extension == ".gv") return read_dot(path, options);
    if (extension == ".net" || extension == ".paj") return read_pajek(path, options);
    throw ImportError({path, 0, 0, {}}, "unknown file extension '" + extension + "'; expected one of " +
                                            std::string(supported_extensions()));
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
