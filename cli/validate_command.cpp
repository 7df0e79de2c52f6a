#include "cli/terminal_output.hpp"
#include "cli/validate_command.hpp"

#include <iostream>
#include <memory>

#include "cli/input_options.hpp"
#include "importers/rules/map_validator.hpp"

namespace stakemap::cli {
namespace {

struct ValidateOptions {
    InputOptions input;
};

int run(const ValidateOptions& options) {
    const ValidationReport report = validate_map_file(options.input.path, options.input.import_options());
    for (const auto& line : report.lines) print_out(line + "\n");
    print_err(options.input.path + ": " + std::to_string(report.errors) + " error(s), " + std::to_string(report.warnings) + " warning(s)\n");
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
        "country names that are not ISO 3166 codes. Formats other than JSON stop at their first error;\n"
        "for them every choice made reading the file is listed first (note: column roles, value mappings,\n"
        "the encoding, ids made from names).");
    options->input.add_to(*command);
    command->callback([options, &exit_code] { exit_code = run(*options); });
}

}  // namespace stakemap::cli
