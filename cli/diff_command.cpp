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

    const auto label_in = [](const StakeholderMap& map, StakeholderMap::OrgIndex index) {
        const Organisation& organisation = map.organisation(index);
        return md(organisation.label + " (" + organisation.id + ")");
    };
    const auto fields_text = [](const std::vector<FieldChange>& fields) {
        std::string text;
        for (const auto& field : fields) text += " " + md(field.field) + " '" + md(field.before) + "' -> '" + md(field.after) + "';";
        return text;
    };
    out += "\n## Organisations: " + std::to_string(diff.added.size()) + " added, " + std::to_string(diff.removed.size()) +
           " removed, " + std::to_string(diff.changed.size()) + " changed\n";
    for (const auto index : diff.added) out += "- added: " + label_in(new_map, index) + "\n";
    for (const auto index : diff.removed) out += "- removed: " + label_in(old_map, index) + "\n";
    for (const auto& same : diff.changed) {
        const Organisation& now = new_map.organisation(same.after);
        out += "- changed: " + md(now.label) + " (" + md(now.id) + "):" +
               fields_text(organisation_changes(old_map.organisation(same.before), now)) + "\n";
    }
    out += "\n## Relationships: " + std::to_string(diff.ties_added.size()) + " added, " +
           std::to_string(diff.ties_removed.size()) + " removed, " + std::to_string(diff.ties_changed.size()) + " changed\n";
    for (const auto handle : diff.ties_added) out += "- added: " + tie_text(tie_key(new_map, handle), new_map.directed()) + "\n";
    for (const auto handle : diff.ties_removed) out += "- removed: " + tie_text(tie_key(old_map, handle), old_map.directed()) + "\n";
    for (const auto& same : diff.ties_changed) {
        out += "- changed: " + tie_text(tie_key(new_map, same.after), new_map.directed()) + ":" +
               fields_text(tie_changes(old_map.relationship(same.before).data, new_map.relationship(same.after).data)) + "\n";
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

nlohmann::json fields_json(const std::vector<FieldChange>& fields) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& f : fields) list.push_back({{"field", f.field}, {"before", f.before}, {"after", f.after}});
    return list;
}

nlohmann::json tie_json(const TieKey& t) { return {{"source", t.source}, {"target", t.target}, {"type", t.type}}; }

nlohmann::json brokers_json(const std::vector<RankedBroker>& list) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& b : list) out.push_back({{"id", b.id}, {"label", b.label}, {"betweenness", b.betweenness}});
    return out;
}

// `value` as dump(2) writes it when it sits `depth` levels down in a bigger document.
std::string nested_json(const nlohmann::json& value, int depth) {
    const std::string text = value.dump(2);
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        out += c;
        if (c == '\n') out.append(2 * depth, ' ');
    }
    return out;
}

// An array of `count` elements written one at a time (the lists of a big diff would take
// GiBs as one json tree), laid out as dump(2) lays out the whole document.
template <class ElementJson>
void streamed_array(LineBatchedOutput& out, std::size_t count, int depth, ElementJson&& element) {
    if (count == 0) {
        out += "[]";
        return;
    }
    const std::string inner(2 * (depth + 1), ' ');
    out += "[\n";
    for (std::size_t k = 0; k < count; ++k) out += inner + nested_json(element(k), depth + 1) + (k + 1 < count ? ",\n" : "\n");
    out += std::string(2 * depth, ' ') + "]";
}

// The diff as JSON: keys in alphabetical order, as nlohmann's objects keep them.
void write_json(const MapDiff& diff, const StakeholderMap& old_map, const StakeholderMap& new_map, LineBatchedOutput& out) {
    using nlohmann::json;
    json changed = json::array();
    for (const auto& change : diff.coverage_changed) changed.push_back({{"before", change.before}, {"after", change.after}});
    const json coverage = {{"closed", diff.coverage_filled}, {"opened", diff.coverage_emptied}, {"changed", changed}};
    const json measures = {{"before", figures_json(diff.before)}, {"after", figures_json(diff.after)}};
    const json brokers = {{"before", brokers_json(diff.brokers_before)}, {"after", brokers_json(diff.brokers_after)}};
    const auto id_in = [](const StakeholderMap& map) { return [&map](StakeholderMap::OrgIndex index) { return json(map.organisation(index).id); }; };

    out += "{\n  \"coverage\": " + nested_json(coverage, 1) + ",\n  \"measures\": " + nested_json(measures, 1) + ",\n";
    out += "  \"organisations\": {\n    \"added\": ";
    streamed_array(out, diff.added.size(), 2, [&](std::size_t k) { return id_in(new_map)(diff.added[k]); });
    out += ",\n    \"changed\": ";
    streamed_array(out, diff.changed.size(), 2, [&](std::size_t k) {
        const auto same = diff.changed[k];
        return json{{"id", new_map.organisation(same.after).id},
                    {"fields", fields_json(organisation_changes(old_map.organisation(same.before), new_map.organisation(same.after)))}};
    });
    out += ",\n    \"removed\": ";
    streamed_array(out, diff.removed.size(), 2, [&](std::size_t k) { return id_in(old_map)(diff.removed[k]); });
    out += "\n  },\n  \"relationships\": {\n    \"added\": ";
    streamed_array(out, diff.ties_added.size(), 2, [&](std::size_t k) { return tie_json(tie_key(new_map, diff.ties_added[k])); });
    out += ",\n    \"changed\": ";
    streamed_array(out, diff.ties_changed.size(), 2, [&](std::size_t k) {
        const auto same = diff.ties_changed[k];
        json entry = tie_json(tie_key(new_map, same.after));
        entry["fields"] = fields_json(tie_changes(old_map.relationship(same.before).data, new_map.relationship(same.after).data));
        return entry;
    });
    out += ",\n    \"removed\": ";
    streamed_array(out, diff.ties_removed.size(), 2, [&](std::size_t k) { return tie_json(tie_key(old_map, diff.ties_removed[k])); });
    out += "\n  },\n  \"top_brokers\": " + nested_json(brokers, 1) + "\n}\n";
    out.finish();
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
        const auto write = [&](LineBatchedOutput& out) {
            if (options->format == "json") write_json(diff, old_map, new_map, out);
            else write_markdown(diff, old_map, new_map, *options, out);
        };
        if (options->output.empty()) {
            LineBatchedOutput out([](std::string_view text) { print_out(std::string(text)); });
            write(out);
        } else {
            AtomicFileWriter file(options->output);  // the old file stays until commit()
            LineBatchedOutput out([&file](std::string_view text) { file.write(text); });
            write(out);
            file.commit();
        }
        exit_code = 0;
    });
}

}  // namespace stakemap::cli
