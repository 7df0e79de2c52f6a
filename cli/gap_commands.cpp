#include "cli/terminal_output.hpp"
#include "cli/gap_commands.hpp"

#include <iostream>
#include <memory>

#include <optional>

#include "analysis/map_analysis.hpp"
#include "cli/gap_format.hpp"
#include "cli/input_options.hpp"
#include "cli/progress_bar.hpp"
#include "graph/organisation_lookup.hpp"
#include "graph/support/atomic_file.hpp"
#include "importers/rules/profile_reader.hpp"

namespace stakemap::cli {
namespace {

CoverageProfile load_profile(const std::string& path) {
    return path.empty() ? CoverageProfile::sdg87_default() : read_coverage_profile(path);
}

void emit(const std::string& text, const std::string& output) {
    if (output.empty()) print_out(text);
    else write_file_atomically(output, text);
}

std::string title_of(const StakeholderMap& map, const std::string& path) {
    if (const auto title = map.metadata.find("title"); title != map.metadata.end()) return to_display_string(title->second);
    return path;
}

// An organisation by id, name or acronym (graph/organisation_lookup.hpp).
std::size_t require_id(const StakeholderMap& map, const std::string& name, const char* option) {
    try {
        return require_organisation(map, name);
    } catch (const std::invalid_argument& error) {
        throw CLI::ValidationError(option, error.what());
    }
}

// "A,B" where either name may itself hold commas ("Ministère du Travail, Ghana"): the split at
// which both sides name an organisation; its ids.
std::pair<std::string, std::string> pair_of(const StakeholderMap& map, const std::string& written, const char* option) {
    std::vector<std::size_t> commas;
    for (std::size_t at = written.find(','); at != std::string::npos; at = written.find(',', at + 1)) commas.push_back(at);
    if (commas.empty()) throw CLI::ValidationError(option, "expected A,B (two organisations by id, name or acronym), got '" + written + "'");
    for (const std::size_t comma : commas) {
        const auto a = look_up_organisation(map, written.substr(0, comma)), b = look_up_organisation(map, written.substr(comma + 1));
        if (a.matches.size() == 1 && b.matches.size() == 1) return {map.organisation(a.matches[0]).id, map.organisation(b.matches[0]).id};
    }
    // Say what is wrong with the most likely split (the first comma).
    const std::size_t first = commas.front();
    const std::size_t u = require_id(map, written.substr(0, first), option), v = require_id(map, written.substr(first + 1), option);
    return {map.organisation(u).id, map.organisation(v).id};
}

struct GapsOptions {
    InputOptions input;
    std::string profile;
    std::string format = "md";
    std::string groups = "type";
    std::uint64_t seed = 1;
    std::string output;
};

struct SuggestOptions {
    InputOptions input;
    std::string focus;
    std::size_t top = 10;
    std::size_t portfolio = 0;  // K ties chosen together, checked by what-if
    std::string format = "table";
    std::uint64_t seed = 1;
    std::string output;
};

struct WhatIfOptions {
    InputOptions input;
    std::vector<std::string> add;
    std::vector<std::string> cut;
    std::vector<std::string> remove;
    std::string profile;
    std::string format = "md";
    std::string output;
};

}  // namespace

void register_gaps(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<GapsOptions>();
    CLI::App* command = app.add_subcommand("gaps", "Report who is missing: coverage, cross-sector ties, fragility, brokers, groups that never meet");
    command->footer("The profile says which types of organisation each theme and region needs; the default asks, on every\n"
                    "theme, for a government body, a CSO, a union, a UN agency and an employer body (see docs/gaps.md).");
    options->input.add_to(*command);
    command->add_option("--profile", options->profile, "Expected-coverage profile (JSON); default: SDG 8.7 profile");
    command->add_option("--format", options->format, "Output format")->check(CLI::IsMember({"md", "json"}));
    command->add_option("--group-by", options->groups, "Groups for brokerage roles")->check(CLI::IsMember({"type", "country", "region"}));
    command->add_option("--seed", options->seed, "Seed for the community search (default 1)");
    command->add_option("-o,--output", options->output, "Write to this file (safely replaced)");
    command->callback([options, &exit_code] {
        options->input.profile_path = options->profile;
        options->input.check_outputs({options->output});
        const ImportResult imported = options->input.load(std::cerr);
        const CoverageProfile profile = load_profile(options->profile);
        GapOptions gap_options;
        gap_options.groups = options->groups == "country" ? BrokerGroups::country
                             : options->groups == "region" ? BrokerGroups::region
                                                           : BrokerGroups::type;
        MapAnalysisSettings settings;
        settings.profile = profile;
        settings.measures.seed = options->seed;
        settings.broker_groups = gap_options.groups;
        MapAnalysis analysis(imported.map, settings);
        const GapReport& report = [&]() -> const GapReport& {
            const ProgressBar bar;
            return analysis.gaps();
        }();
        emit(options->format == "json" ? gaps_json(imported.map, report, profile)
                                       : gaps_markdown(imported.map, report, profile, title_of(imported.map, options->input.path)),
             options->output);
        exit_code = 0;
    });
}

void register_suggest(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<SuggestOptions>();
    CLI::App* command = app.add_subcommand("suggest", "Suggest missing partners, ranked and explained");
    command->footer("Score = 0.5 effect (the gaps the tie closes: a separate part joined, a fragile point no longer the only\n"
                    "link of a group, CSOs given a union partner) + 0.5 plausibility; plausibility = 0.5 structure (Adamic-Adar)\n"
                    "+ 0.3 complementarity (rare type pair, shared themes, same country/region) + 0.2 bridging (joins groups\n"
                    "that never meet, lowers constraint). See docs/gaps.md.");
    options->input.add_to(*command);
    command->add_option("--for", options->focus, "Suggest partners for this organisation (id, name or acronym); default: the whole map");
    auto* top = command->add_option("--top", options->top, "How many suggestions (default 10)")->check(CLI::Range(1, 100000));
    command->add_option("--portfolio", options->portfolio,
                        "K ties to bring in together (chosen as the list is: each closing the gaps the others leave), "
                        "then what-if with all K added")
        ->check(CLI::Range(1, 1000))
        ->excludes(top);
    command->add_option("--format", options->format, "Output format")->check(CLI::IsMember({"table", "json"}));
    command->add_option("--seed", options->seed, "Seed for the community search (default 1)");
    command->add_option("-o,--output", options->output, "Write to this file (safely replaced)");
    command->callback([options, &exit_code] {
        options->input.check_outputs({options->output});
        const ImportResult imported = options->input.load(std::cerr);
        std::optional<std::size_t> focus;
        if (!options->focus.empty()) focus = require_id(imported.map, options->focus, "--for");
        MapAnalysisSettings settings;
        settings.measures.seed = options->seed;
        MapAnalysis analysis(imported.map, settings);
        const std::size_t count = options->portfolio > 0 ? options->portfolio : options->top;
        const auto suggestions = [&] {
            const ProgressBar bar;
            return focus ? analysis.suggestions_for(*focus, count) : analysis.suggestions(count);
        }();
        if (options->portfolio > 0) {
            // The whole portfolio added at once, measured as what-if measures it.
            WhatIfChange change;
            for (const auto& s : suggestions) change.add.emplace_back(imported.map.organisation(s.source).id, imported.map.organisation(s.target).id);
            const WhatIfResult together = what_if(analysis, change);
            emit(options->format == "json" ? portfolio_json(imported.map, suggestions, together) : portfolio_table(imported.map, suggestions, together),
                 options->output);
            exit_code = 0;
            return;
        }
        // The whole map's coverage cells, which no tie closes, answered beside the ties.
        const std::vector<CoverageAnswer> coverage = focus ? std::vector<CoverageAnswer>{} : coverage_answers(imported.map, analysis.coverage());
        emit(options->format == "json" ? suggestions_json(imported.map, suggestions, coverage) : suggestions_table(imported.map, suggestions, coverage),
             options->output);
        exit_code = 0;
    });
}

void register_whatif(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<WhatIfOptions>();
    CLI::App* command = app.add_subcommand("whatif", "Show what changes if relationships are added or organisations removed");
    options->input.add_to(*command);
    command->add_option("--add", options->add, "A relationship to add, as A,B: ids, names or acronyms (repeatable)");
    command->add_option("--remove", options->cut, "Remove the relationships between A,B (repeatable; they must be tied)");
    command->add_option("--remove-node", options->remove, "An organisation to remove, by id, name or acronym (repeatable)");
    command->add_option("--profile", options->profile, "Expected-coverage profile (JSON) for the coverage figures");
    command->add_option("--format", options->format, "Output format")->check(CLI::IsMember({"md", "json"}));
    command->add_option("-o,--output", options->output, "Write to this file (safely replaced)");
    command->callback([options, &exit_code] {
        options->input.profile_path = options->profile;
        options->input.check_outputs({options->output});
        const ImportResult imported = options->input.load(std::cerr);
        WhatIfChange change;
        auto pairs = [&](const std::vector<std::string>& written, const char* option) {
            std::vector<std::pair<std::string, std::string>> result;
            for (const auto& pair : written) result.push_back(pair_of(imported.map, pair, option));
            return result;
        };
        change.add = pairs(options->add, "--add");
        change.cut = pairs(options->cut, "--remove");
        for (const auto& name : options->remove) change.remove.push_back(imported.map.organisation(require_id(imported.map, name, "--remove-node")).id);
        if (change.add.empty() && change.cut.empty() && change.remove.empty()) {
            throw CLI::ValidationError("whatif", "nothing to change; give --add, --remove or --remove-node");
        }
        MapAnalysisSettings settings;
        settings.profile = load_profile(options->profile);
        MapAnalysis before(imported.map, settings);
        const WhatIfResult result = [&] {
            const ProgressBar bar;
            return what_if(before, change);
        }();
        emit(options->format == "json" ? whatif_json(result) : whatif_markdown(result), options->output);
        exit_code = 0;
    });
}

}  // namespace stakemap::cli
