#include "cli/export_command.hpp"

#include <iostream>
#include <memory>

#include "cli/input_options.hpp"
#include "cli/map_output.hpp"

namespace stakemap::cli {
namespace {

struct ExportOptions {
    InputOptions input;
    std::string output;
    std::string format = "stakemap";
};

}  // namespace

void register_export(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<ExportOptions>();
    CLI::App* command = app.add_subcommand("export", "Write a map in another format (chosen by the output's extension)");
    command->footer("Interchange formats: .json (stakemap map; --format node-link for NetworkX), .csv (edges and\n"
                    "<stem>.nodes.csv), .graphml, .gexf, .gml. Each reads back into the same organisations, ties and\n"
                    "attributes. Graphviz diagrams (.dot/.svg/.pdf/.png) are not implemented yet.");
    options->input.add_to(*command);
    command->add_option("-o,--output", options->output, "Output file")->required();
    command->add_option("--format", options->format, "JSON flavour")->check(CLI::IsMember({"stakemap", "node-link"}));
    command->callback([options, &exit_code] {
        check_map_output(options->output);
        const ImportResult imported = options->input.load(std::cerr);
        const std::string written = save_map(StakeholderMapSource(imported.map), options->output,
                                             options->format == "node-link" ? JsonFlavour::node_link : JsonFlavour::stakemap);
        std::cerr << "Wrote " << imported.map.organisation_count() << " organisations and " << imported.map.relationship_count()
                  << " relationships to " << written << "\n";
        exit_code = 0;
    });
}

}  // namespace stakemap::cli
