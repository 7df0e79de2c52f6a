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
#include "importers/pajek_reader.hpp"

namespace stakemap {

std::string_view supported_extensions() {
    return ".csv .tsv (edge list, with --nodes for a node table), .json (stakemap or NetworkX node-link), "
           ".graphml, .gexf, .gml, .dot/.gv, .net (Pajek)";
}

ImportResult import_map(const std::string& path, const ImportOptions& options) {
    if (std::filesystem::is_directory(path)) {
        throw ImportError({path, 0, 0, {}}, "is a folder; expected a map file");
    }
    const std::string extension = to_lower_ascii(std::filesystem::path(path).extension().string());
    if (extension == ".csv" || extension == ".tsv") return read_csv(path, options);
    if (extension == ".json") return read_json_map(path, options);
    if (extension == ".graphml") return read_graphml(path, options);
    if (extension == ".gexf") return read_gexf(path, options);
    if (extension == ".gml") return read_gml(path, options);
    if (extension == ".dot" || extension == ".gv") return read_dot(path, options);
    if (extension == ".net" || extension == ".paj") return read_pajek(path, options);
    throw ImportError({path, 0, 0, {}}, "unknown file extension '" + extension + "'; expected one of " +
                                            std::string(supported_extensions()));
}

}  // namespace stakemap
