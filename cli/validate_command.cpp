#include "cli/validate_command.hpp"

#include <iostream>
#include <memory>

#include "importers/rules/map_validator.hpp"

namespace stakemap::cli {
namespace {

struct ValidateOptions {
    std::string path;
    std::string nodes_path;
};

int run(const ValidateOptions& options) {
    ImportOptions import_options;
    if (!options.nodes_path.empty()) import_options.nodes_path = options.nodes_path;
    const ValidationReport report = validate_map_file(options.path, import_options);
    for (const auto& line : report.lines) std::cout << line << "\n";
    std::cerr << options.path << ": " << report.errors << " error(s), " << report.warnings << " warning(s)\n";
    return report.errors > 0 ? 1 : 0;
}

}  // namespace

void register_validate(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<ValidateOptions>();
    CLI::App* command = app.add_subcommand("validate", "Check a map against the format's rules and list every problem");
    command->footer(
        "Prints one line per problem, FILE: path/to/field: error|warning: message, and exits with 1 if any is\n"
        "an error. Errors: JSON syntax, wrong field types, missing ids or ends, empty or duplicate ids,\n"
        "relationships naming unknown organisations, non-numeric weights, a newer format version.\n"
        "Warnings: unknown keys, types or themes, self-ties, repeated relationships, weights <= 0,\n"
        "country names that are not ISO 3166 codes. Formats other than JSON stop at their first error.");
    command->add_option("FILE", options->path, "Map to check")->required();
    command->add_option("--nodes", options->nodes_path, "CSV node table for a CSV edge list");
    command->callback([options, &exit_code] { exit_code = run(*options); });
}

}  // namespace stakemap::cli
