#include "cli/share_command.hpp"

#include <iostream>
#include <memory>

#include "analysis/map_analysis.hpp"
#include "cli/input_options.hpp"
#include "cli/progress_bar.hpp"
#include "graph/support/atomic_file.hpp"
#include "importers/rules/profile_reader.hpp"
#include "viz/share/shared_map.hpp"

namespace stakemap::cli {
namespace {

// The page ranks brokers for sizes; above this an estimate within 0.01 does it in seconds.
constexpr std::size_t kShareExactBetweennessUpTo = 5000;

struct ShareCommandOptions {
    InputOptions input;
    std::string output;
    std::string profile;
    std::uint64_t seed = 1;
    viz::ShareOptions share;
};

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& word : words) out += (out.empty() ? "" : ", ") + word;
    return out;
}

}  // namespace

void register_share(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<ShareCommandOptions>();
    CLI::App* command = app.add_subcommand("share", "Write the map as one offline web page (pan, zoom, search, filters, gaps, suggestions)");
    command->footer("The page makes no network request: its script and styles are inside it. Without --public it holds every\n"
                    "field of every organisation, its sources and the Net-Map answers: share it only with the people who\n"
                    "gave them. --public keeps name, type, themes, country, region and " + joined(viz::public_fields()) + ".");
    options->input.add_to(*command);
    command->add_option("-o,--output", options->output, "The HTML file to write")->required();
    command->add_flag("--public", options->share.public_only, "Keep only the fields on the public allow-list (no contacts, notes, sources or interview answers)");
    command->add_option("--profile", options->profile, "Expected-coverage profile (JSON) for the heat map and gaps; default: SDG 8.7");
    command->add_option("--suggestions", options->share.suggestions, "How many suggested partners the page can show (default 10)")->check(CLI::Range(0, 1000));
    command->add_option("--title", options->share.title, "The page's title (default: the map's title)");
    command->add_option("--subtitle", options->share.subtitle, "A line under the title (default: the counts)");
    command->add_option("--seed", options->seed, "Seed for communities and the layout (default 1)");
    command->callback([options, &exit_code] {
        options->input.profile_path = options->profile;
        options->input.check_outputs({options->output});
        const ImportResult imported = options->input.load(std::cerr);
        MapAnalysisSettings settings;
        if (!options->profile.empty()) settings.profile = read_coverage_profile(options->profile);
        settings.measures.seed = options->seed;
        settings.measures.betweenness.exact_up_to = kShareExactBetweennessUpTo;
        MapAnalysis analysis(imported.map, settings);
        const std::string html = [&] {
            const ProgressBar bar;
            return viz::shared_map_html(analysis, options->share, options->seed);
        }();
        write_file_atomically(options->output, html);
        std::cerr << "Wrote " << options->output << " (" << (html.size() + 512) / 1024 << " KiB, "
                  << imported.map.organisation_count() << (imported.map.organisation_count() == 1 ? " organisation" : " organisations") << (options->share.public_only ? ", public fields only" : ", every field")
                  << ")\n";
        exit_code = 0;
    });
}

}  // namespace stakemap::cli
