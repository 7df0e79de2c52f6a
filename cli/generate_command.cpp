#include "cli/numeric_checks.hpp"
#include "cli/generate_command.hpp"

#include <iostream>
#include <memory>

#include "cli/map_output.hpp"
#include "cli/output_guard.hpp"
#include "importers/support/input_limits.hpp"
#include "importers/formats.hpp"
#include "datasets/generator/synthetic_map.hpp"

namespace stakemap::cli {
namespace {

struct GenerateOptions {
    GeneratorOptions generator;
    std::string output;
};

int run(const GenerateOptions& options) {
    check_map_output(options.output);
    const bool csv_pair = format_for_path(options.output) == format_named("csv");
    check_outputs({}, {options.output, csv_pair ? companion_path(options.output, "nodes", "csv") : ""});
    // What is written must be readable: an editable map holds at most limits::kMaxOrganisations;
    // a CSV edge list is read by the streaming reader, which holds more.
    const std::size_t most = csv_pair ? limits::kMaxStreamedOrganisations : limits::kMaxOrganisations;
    if (options.generator.organisations > most) {
        throw std::runtime_error(options.output + ": " + std::to_string(options.generator.organisations) + " organisations; expected at most " +
                                 std::to_string(most) + " for this format (the most stakemap reads back)");
    }
    const SyntheticNetwork network(options.generator);
    const std::string written = save_map(network, options.output);
    std::cerr << "Wrote " << network.organisation_count() << " organisations and " << network.ties().size()
              << " relationships to " << written << "\n";
    return 0;
}

}  // namespace

void register_generate(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<GenerateOptions>();
    CLI::App* command = app.add_subcommand("generate", "Write a realistic synthetic stakeholder network (for tests and benchmarks)");
    command->footer(
        "The network has the type mix of national scoping studies, heavy-tailed degrees, communities by\n"
        "country, region and theme, and typed relationships. The same options and seed give the same file.");
    command->add_option("--orgs", options->generator.organisations, "Number of organisations")->required()->check(CLI::Range(2, 20'000'000));
    command->add_option("--ties", options->generator.relationships, "Number of relationships (default: 5 per organisation)");
    command->add_option("--seed", options->generator.seed, "Random seed (default 1)");
    command->add_option("--countries", options->generator.countries, "Number of countries (default 5)")->check(CLI::Range(1, 10'000));
    command->add_option("-o,--output", options->output, "Output file, in any format that keeps a map: " + extensions_for(FormatUse::write_map))->required();
    command->callback([options, &exit_code] { exit_code = run(*options); });
}

}  // namespace stakemap::cli
