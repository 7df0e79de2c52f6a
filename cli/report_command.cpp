#include "cli/report_command.hpp"

#include <iostream>
#include <memory>

#include "analysis/map_analysis.hpp"
#include "cli/input_options.hpp"
#include "cli/progress_bar.hpp"
#include "graph/support/atomic_file.hpp"
#include "importers/rules/profile_reader.hpp"
#include "viz/export/report.hpp"

namespace stakemap::cli {
namespace {

constexpr std::size_t kReportExactBetweennessUpTo = 5000;

struct ReportCommandOptions {
    InputOptions input;
    std::string output;
    std::string profile;
    std::uint64_t seed = 1;
    std::string title, subtitle, author;
    std::string language = "en";
};

}  // namespace

void register_report(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<ReportCommandOptions>();
    CLI::App* command = app.add_subcommand("report", "Write a self-contained HTML scoping report (map, gaps, brokers, suggestions)");
    options->input.add_to(*command);
    command->add_option("-o,--output", options->output, "The HTML file to write")->required();
    command->add_option("--profile", options->profile, "Expected-coverage profile (JSON); default: SDG 8.7 profile");
    command->add_option("--seed", options->seed, "Seed for communities and layout (default 1)");
    command->add_option("--title", options->title, "The report's title (default: the map's title)");
    command->add_option("--subtitle", options->subtitle, "A line under the title");
    command->add_option("--author", options->author, "Who wrote the report (shown under the title and in the page's metadata)");
    command->add_option("--lang", options->language, "The report's own text in en (default), fr or es; names, types, themes "
                                                      "and the findings' sentences stay as written")
        ->check(CLI::IsMember({"en", "fr", "es"}));
    command->callback([options, &exit_code] {
        options->input.profile_path = options->profile;
        options->input.check_outputs({options->output});
        const ImportResult imported = options->input.load(std::cerr);
        viz::ReportOptions report;
        if (!options->profile.empty()) report.profile = read_coverage_profile(options->profile);
        report.seed = options->seed;
        report.source_name = options->input.path;
        report.title = options->title;
        report.subtitle = options->subtitle;
        report.author = options->author;
        report.language = options->language;
        MapAnalysisSettings settings;
        settings.profile = report.profile;
        settings.measures.seed = report.seed;
        // A printed report ranks the top brokers; above this size an estimate within 0.01 does that
        // in seconds where exact betweenness takes minutes (the report says so).
        settings.measures.betweenness.exact_up_to = kReportExactBetweennessUpTo;
        MapAnalysis analysis(imported.map, settings);
        const std::string html = [&] {
            const ProgressBar bar;
            return viz::scoping_report_html(analysis, report);
        }();
        write_file_atomically(options->output, html);
        std::cerr << "Wrote " << options->output << "\n";
        exit_code = 0;
    });
}

}  // namespace stakemap::cli
