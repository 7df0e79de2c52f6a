#include "cli/input_options.hpp"

#include <ostream>

namespace stakemap::cli {

void InputOptions::add_to(CLI::App& command) {
    command.add_option("INPUT", path, "Map to read: " + std::string(supported_extensions()))->required();
    command.add_option("--nodes", nodes_path, "CSV node table (id,label,type,country,region,themes,...) for a CSV edge list");
    command.add_flag("--strict", strict, "Fail on relationships that name undeclared organisations (default: create them, warn)");
    auto* directed_flag = command.add_flag("--directed", directed, "Read relationships as directed, whatever the file says");
    command.add_flag("--undirected", undirected, "Read relationships as undirected, whatever the file says")->excludes(directed_flag);
    command.add_flag("-q,--quiet", quiet, "Do not print import warnings");
}

ImportOptions InputOptions::import_options() const {
    ImportOptions options;
    options.strict = strict;
    if (!nodes_path.empty()) options.nodes_path = nodes_path;
    if (directed) options.directed = true;
    if (undirected) options.directed = false;
    return options;
}

ImportResult InputOptions::load(std::ostream& warnings) const {
    ImportResult result = import_map(path, import_options());
    if (!quiet) {
        for (const auto& warning : result.warnings) warnings << "warning: " << warning << "\n";
    }
    return result;
}

}  // namespace stakemap::cli
