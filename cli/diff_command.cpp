#include "cli/terminal_output.hpp"
#include "cli/diff_command.hpp"
#include "cli/line_batched_output.hpp"
#include "cli/output_guard.hpp"
#include "cli/progress_bar.hpp"

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

#include <nlohmann/json.hpp>

#include "analysis/planning/map_diff.hpp"
#include "analysis/snapshot/both_at_once.hpp"
#include "graph/support/atomic_file.hpp"
#include "graph/support/text_safety.hpp"
#include "importers/importer.hpp"
#include "importers/rules/profile_reader.hpp"

namespace stakemap::cli {
namespace {

struct DiffOptions {
    std::string old_path, new_path, format = "md", output, profile;
};

std::string md(const std::string& text) { return markdown_text(text); }

std::string tie_text(const TieKey& tie, bool directed) {
    return md(tie.source) + (directed ? " -> " : " - ") + md(tie.target) + (tie.type.empty() ? "" : " (" + md(tie.type) + ")");
}

std::string fixed(double value, int places) {
    char text[32];
    std::snprintf(text, sizeof text, "%.*f", places, value);
    return text;
}

void write_markdown(const MapDiff& diff, const StakeholderMap& old_map, const StakeholderMap& new_map,
                    const DiffOptions& options, LineBatchedOutput& out) {
    out += "# What changed: " + md(std::filesystem::path(options.old_path).filename().string()) + " -> " +
           md(std::filesystem::path(options.new_path).filename().string()) + "\n\n";
    const auto& b = diff.before;
    const auto& a = diff.after;
    out += "| | before | after |\n|---|---|---|\n";
    const auto row = [&](const std::string& name, const std::string& x, const std::string& y) {
        out += std::string("| ") + name + " | " + x + " | " + y + " |\n";
    };
    row("organisations", std::to_string(b.organisations), std::to_string(a.organisations));
    row("ties", std::to_string(b.ties), std::to_string(a.ties));
    row("components", std::to_string(b.components), std::to_string(a.components));
    row("largest component", std::to_string(b.largest_component), std::to_string(a.largest_component));
    row("isolated organisations", std::to_string(b.isolated), std::to_string(a.isolated));
    row("coverage cells filled", std::to_string(b.coverage_filled) + " of " + std::to_string(b.coverage_required),
        std::to_string(a.coverage_filled) + " of " + std::to_string(a.coverage_required));
    row(b.distance_sources > 0 || a.distance_sources > 0 ? "average distance (steps; estimated from " + std::to_string(kDistanceSources) + " organisations)"
                                                          : std::string("average distance (steps)"),
        fixed(b.average_distance, 2), fixed(a.average_distance, 2));

    const auto label_in = [](const StakeholderMap& map, const std::string& id) {
        const auto index = map.find(id);
        return md(index ? map.organisation(*index).label + " (" + id + ")" : id);
    };
    out += "\n## Organisations: " + std::to_string(diff.added.size()) + " added, " + std::to_string(diff.removed.size()) +
           " removed, " + std::to_string(diff.changed.size()) + " changed\n";
    for (const auto& id : diff.added) out += "- added: " + label_in(new_map, id) + "\n";
    for (const auto& id : diff.removed) out += "- removed: " + label_in(old_map, id) + "\n";
    for (const auto& change : diff.changed) {
        out += "- changed: " + md(change.label) + " (" + md(change.id) + "):";
        for (const auto& field : change.fields) {
            out += " " + md(field.field) + " '" + md(field.before) + "' -> '" + md(field.after) + "';";
        }
        out += "\n";
    }
    out += "\n## Relationships: " + std::to_string(diff.ties_added.size()) + " added, " +
           std::to_string(diff.ties_removed.size()) + " removed, " + std::to_string(diff.ties_changed.size()) + " changed\n";
    for (const auto& tie : diff.ties_added) out += "- added: " + tie_text(tie, new_map.directed()) + "\n";
    for (const auto& tie : diff.ties_removed) out += "- removed: " + tie_text(tie, old_map.directed()) + "\n";
    for (const auto& change : diff.ties_changed) {
        out += "- changed: " + tie_text(change.tie, new_map.directed()) + ":";
        for (const auto& field : change.fields) out += " " + md(field.field) + " '" + md(field.before) + "' -> '" + md(field.after) + "';";
        out += "\n";
    }
    out += "\n## Coverage\n";
    if (diff.coverage_filled.empty() && diff.coverage_emptied.empty() && diff.coverage_changed.empty()) {
        out += "No coverage gap opened or closed.\n";
    }
    for (const auto& text : diff.coverage_filled) out += "- closed: " + md(text) + "\n";
    for (const auto& text : diff.coverage_emptied) out += "- opened: " + md(text) + "\n";
    for (const auto& change : diff.coverage_changed) out += "- still open: " + md(change.before) + " -> " + md(change.after) + "\n";
    out += "\n## Top brokers (betweenness)\n| rank | before | after |\n|---|---|---|\n";
    for (std::size_t k = 0; k < std::max(diff.brokers_before.size(), diff.brokers_after.size()); ++k) {
        const auto cell = [&](const std::vector<RankedBroker>& list) {
            return k < list.size() ? md(list[k].label) + " " + fixed(list[k].betweenness, 3) : std::string();
        };
        out += "| " + std::to_string(k + 1) + " | " + cell(diff.brokers_before) + " | " + cell(diff.brokers_after) + " |\n";
    }
    out.finish();
}

nlohmann::json figures_json(const MapFigures& f) {
    return {{"organisations", f.organisations}, {"ties", f.ties}, {"components", f.components},
            {"largest_component", f.largest_component}, {"isolated", f.isolated},
            {"average_distance", f.average_distance}, {"coverage_filled", f.coverage_filled},
            {"coverage_required", f.coverage_required}};
}

nlohmann::json as_json(const MapDiff& diff) {
    using nlohmann::json;
    const auto fields_json = [](const std::vector<FieldChange>& fields) {
        json list = json::array();
        for (const auto& f : fields) list.push_back({{"field", f.field}, {"before", f.before}, {"after", f.after}});
        return list;
    };
    const auto tie_json = [](const TieKey& t) { return json{{"source", t.source}, {"target", t.target}, {"type", t.type}}; };
    json out;
    out["organisations"] = {{"added", diff.added}, {"removed", diff.removed}, {"changed", json::array()}};
    for (const auto& c : diff.changed) out["organisations"]["changed"].push_back({{"id", c.id}, {"fields", fields_json(c.fields)}});
    out["relationships"] = {{"added", json::array()}, {"removed", json::array()}, {"changed", json::array()}};
    for (const auto& t : diff.ties_added) out["relationships"]["added"].push_back(tie_json(t));
    for (const auto& t : diff.ties_removed) out["relationships"]["removed"].push_back(tie_json(t));
    for (const auto& c : diff.ties_changed) {
        json entry = tie_json(c.tie);
        entry["fields"] = fields_json(c.fields);
        out["relationships"]["changed"].push_back(entry);
    }
    out["measures"] = {{"before", figures_json(diff.before)}, {"after", figures_json(diff.after)}};
    json changed = json::array();
    for (const auto& change : diff.coverage_changed) changed.push_back({{"before", change.before}, {"after", change.after}});
    out["coverage"] = {{"closed", diff.coverage_filled}, {"opened", diff.coverage_emptied}, {"changed", changed}};
    const auto brokers_json = [](const std::vector<RankedBroker>& list) {
        json out_list = json::array();
        for (const auto& b : list) out_list.push_back({{"id", b.id}, {"label", b.label}, {"betweenness", b.betweenness}});
        return out_list;
    };
    out["top_brokers"] = {{"before", brokers_json(diff.brokers_before)}, {"after", brokers_json(diff.brokers_after)}};
    return out;
}

}  // namespace

void register_diff(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<DiffOptions>();
    CLI::App* command = app.add_subcommand("diff", "Explain what changed between two versions of a map");
    command->footer("Organisations are matched by id, relationships by their ends and type. Also compares coverage,\n"
                    "components and the top brokers, to track a national network from one scoping to the next.");
    command->add_option("old", options->old_path, "The earlier map")->required()->check(CLI::ExistingFile);
    command->add_option("new", options->new_path, "The later map")->required()->check(CLI::ExistingFile);
    command->add_option("--format", options->format, "Output format")->check(CLI::IsMember({"md", "json"}));
    command->add_option("--profile", options->profile, "Expected-coverage profile (JSON); default: SDG 8.7 profile");
    command->add_option("-o,--output", options->output, "Write to this file (safely replaced)");
    command->callback([options, &exit_code] {
        check_outputs({options->old_path, options->new_path, options->profile}, {options->output});
        ImportOptions import_options;
        if (!options->profile.empty()) {
            auto words = std::make_shared<VocabularyMapping>();
            read_profile_vocabulary(options->profile, *words);
            import_options.vocabulary = std::move(words);
        }
        std::optional<ProgressBar> bar(std::in_place);  // until the text is ready to print
        // The two files share nothing: read at once (a reader's parsing thread idles half the
        // time, so two readers keep both cores busier). A problem in the old file is reported
        // first, and stops the new file's reading (both_at_once cancels its helper).
        StakeholderMap old_map, new_map;
        both_at_once([&] { old_map = import_map(options->old_path, import_options).map; },
                     [&] { new_map = import_map(options->new_path, import_options).map; });
        const CoverageProfile profile =
            options->profile.empty() ? CoverageProfile::sdg87_default() : read_coverage_profile(options->profile);
        const MapDiff diff = diff_maps(old_map, new_map, profile);
        bar.reset();
        if (options->format == "json") {
            const std::string text = as_json(diff).dump(2) + "\n";
            if (options->output.empty()) print_out(text);
            else write_file_atomically(options->output, text);
        } else if (options->output.empty()) {
            LineBatchedOutput out([](std::string_view text) { print_out(std::string(text)); });
            write_markdown(diff, old_map, new_map, *options, out);
        } else {
            AtomicFileWriter file(options->output);  // the old file stays until commit()
            LineBatchedOutput out([&file](std::string_view text) { file.write(text); });
            write_markdown(diff, old_map, new_map, *options, out);
            file.commit();
        }
        exit_code = 0;
    });
}

}  // namespace stakemap::cli
