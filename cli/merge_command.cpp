#include "cli/output_guard.hpp"
#include "cli/terminal_output.hpp"
#include "cli/merge_command.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <memory>

#include "graph/support/text_safety.hpp"
#include "importers/support/field_mapping.hpp"
#include "importers/formats.hpp"
#include "importers/importer.hpp"
#include "importers/formats/json_writer.hpp"
#include "importers/merge/map_merger.hpp"

namespace stakemap::cli {
namespace {

struct MergeOptions {
    std::vector<std::string> inputs;
    std::string output;
    std::string aliases;
    std::string review;
    std::size_t review_limit = 2000;
};

// The review file holds every decided pair and the strongest undecided ones up to the limit:
// a person answers those and runs merge again, and the next ones come up.
std::vector<ReviewRow> rows_for_review_file(const std::vector<ReviewRow>& review, std::size_t limit, std::size_t& left_out) {
    std::vector<ReviewRow> rows;
    std::size_t undecided = 0;
    left_out = 0;
    for (const ReviewRow& row : review) {
        if (row.decision == Decision::undecided && ++undecided > limit) {
            ++left_out;
            continue;
        }
        rows.push_back(row);
    }
    return rows;
}

constexpr std::size_t kListedInReport = 50;  // the map and the review file hold them all; a report lists the first

// The source's own date (metadata "date"), else the day the file was last written.
std::string date_of(const std::string& path, const StakeholderMap& map) {
    if (const auto date = map.metadata.find("date"); date != map.metadata.end()) return to_display_string(date->second);
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return "";
    std::tm day{};
    ::gmtime_r(&info.st_mtime, &day);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &day);
    return text;
}

std::string two_places(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    return text;
}

std::string md(const std::string& text) { return markdown_text(text); }

void print_report(const MergeResult& result, const std::vector<MergeSource>& sources, const std::string& review_path,
                  std::size_t left_out_of_review, std::ostream& out) {
    const StakeholderMap& map = result.map;
    out << "# Merged " << sources.size() << " sources: " << result.records << " organisation records -> "
        << map.organisation_count() << " organisations; " << result.ties_read << " ties -> " << map.relationship_count()
        << " relationships\n\n| source | date | organisations | relationships |\n|---|---|---|---|\n";
    for (const auto& source : sources) {
        out << "| " << md(source.file) << " | " << md(source.date) << " | " << source.map.organisation_count() << " | "
            << source.map.relationship_count() << " |\n";
    }
    out << "\n## Merged: " << result.merged.size() << " organisations from more than one record\n";
    for (std::size_t g = 0; g < std::min(result.merged.size(), kListedInReport); ++g) {
        const MergedGroup& group = result.merged[g];
        out << "- **" << md(group.id) << "**: ";
        for (std::size_t k = 0; k < group.members.size(); ++k) out << (k ? " + " : "") << md(group.members[k]);
        out << "\n";
        for (const auto& why : group.evidence) out << "  - " << md(why) << "\n";
    }
    if (result.merged.size() > kListedInReport) {
        out << "- ... and " << result.merged.size() - kListedInReport << " more (each lists its records under \"sources\" in the map)\n";
    }
    std::size_t undecided = 0;
    for (const auto& row : result.review) undecided += row.decision == Decision::undecided;
    out << "\n## For review: " << undecided << " uncertain pairs";
    if (!review_path.empty()) {
        out << " in " << md(std::filesystem::path(review_path).filename().string())
            << " (write same or different in the first column, then run merge again)";
    }
    out << "\n";
    if (left_out_of_review > 0) {
        out << "The review file lists the " << undecided - left_out_of_review << " strongest; " << left_out_of_review
            << " weaker pairs come up once those are answered and merge runs again (or raise --review-limit).\n";
    }
    const std::size_t kListed = kListedInReport;
    std::size_t listed = 0;
    for (const auto& row : result.review) {
        if (row.decision != Decision::undecided) continue;
        if (++listed > kListed) continue;
        out << "- " << two_places(row.score) << " " << md(row.file_a) << ": " << md(row.name_a) << " / " << md(row.file_b) << ": "
            << md(row.name_b) << " - " << md(row.evidence) << "\n";
    }
    if (listed > kListed) out << "- ... and " << listed - kListed << " more\n";
    out << "\n## Disagreements kept: " << result.conflicting_fields << (result.conflicting_fields == 1 ? " field" : " fields")
        << " with more than one value (under \"conflicts\" in the map, each value with its source)\n";
    std::size_t disagreements_listed = 0;
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        const Organisation& organisation = map.organisation(v);
        for (const auto& [field, values] : organisation.provenance->conflicts) {
            if (field == "influence") continue;  // listed with the agreement below
            if (++disagreements_listed > kListedInReport) continue;
            out << "- " << md(organisation.label) << ", " << md(field) << ":";
            for (const auto& value : values) out << " " << md(to_display_string(value.value)) << " (" << md(value.source) << ");";
            out << "\n";
        }
    }
    if (disagreements_listed > kListedInReport) out << "- ... and " << disagreements_listed - kListedInReport << " more\n";
    if (result.ties_inside_merged) {
        out << "\n" << result.ties_inside_merged << " ties joined two records that are now one organisation; left out.\n";
    }

    // Agreement: how many sources named each tie; how far apart influence scores are.
    std::map<std::size_t, std::size_t> named_by;
    for (const auto handle : map.relationship_handles()) ++named_by[map.relationship(handle).data.provenance->sources.size()];
    out << "\n## Agreement between sources\nRelationships by how many sources (respondents) named them:";
    for (const auto& [count, ties] : named_by) out << " " << count << " source" << (count == 1 ? "" : "s") << ": " << ties << ";";
    out << "\n";
    struct Spread {
        std::string label;
        double low, high;
        std::size_t scores;
    };
    std::vector<Spread> spreads;
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        const Organisation& organisation = map.organisation(v);
        const auto scores = organisation.provenance->conflicts.find("influence");
        if (scores == organisation.provenance->conflicts.end()) continue;
        Spread spread{organisation.label, 10.0, 0.0, scores->second.size()};
        for (const auto& score : scores->second) {
            const double value = std::get<double>(score.value);
            spread.low = std::min(spread.low, value);
            spread.high = std::max(spread.high, value);
        }
        spreads.push_back(spread);
    }
    std::stable_sort(spreads.begin(), spreads.end(), [](const Spread& a, const Spread& b) { return a.high - a.low > b.high - b.low; });
    if (!spreads.empty()) {
        out << "\nInfluence scores given by more than one source (widest spread first):\n\n| organisation | lowest | highest | scores |\n|---|---|---|---|\n";
        for (std::size_t k = 0; k < std::min(spreads.size(), kListedInReport); ++k) {
            const Spread& spread = spreads[k];
            out << "| " << md(spread.label) << " | " << two_places(spread.low) << " | " << two_places(spread.high) << " | " << spread.scores << " |\n";
        }
        if (spreads.size() > kListedInReport) out << "\n... and " << spreads.size() - kListedInReport << " more.\n";
    }
    for (const auto& note : result.notes) out << "\nNote: " << md(note) << "\n";
}

int run(const MergeOptions& options) {
    if (!is_stakemap_map_path(options.output)) {
        throw std::runtime_error(options.output + ": a merged map is written as stakemap JSON (it keeps the sources "
                                                  "of every organisation); expected a " +
                                 std::string(stakemap_map_format().extensions.front()) + " file");
    }
    // The review file is read and written back on purpose; the merged map must be neither it nor an input.
    {
        std::vector<std::string> read = options.inputs;
        read.push_back(options.aliases);
        check_outputs(read, {options.output, options.review.empty() ? companion_path(options.output, "review", "csv") : options.review});
    }
    std::vector<MergeSource> sources;
    for (const auto& path : options.inputs) {
        ImportOptions import_options;
        import_options.record_locations = true;
        ImportResult imported = import_map(path, import_options);
        for (const auto& warning : imported.warnings) std::cerr << "warning: " << warning << "\n";
        std::string name = std::filesystem::path(path).filename().string();
        for (const auto& other : sources) {
            if (other.file == name) name = path;  // two files of one name: keep them apart by path
        }
        const std::string date = date_of(path, imported.map);
        sources.push_back({name, date, std::move(imported.map), std::move(imported.organisation_locations),
                           std::move(imported.relationship_locations)});
    }
    const AliasTable aliases = options.aliases.empty() ? AliasTable{} : read_alias_table(options.aliases);
    std::string review_path = options.review;
    if (review_path.empty()) {
        review_path = companion_path(options.output, "review", "csv");
    }
    std::vector<ReviewRow> decisions;
    if (std::filesystem::exists(review_path)) {
        decisions = read_review_file(review_path);
        std::size_t made = 0;
        for (const auto& row : decisions) made += row.decision != Decision::undecided;
        std::cerr << "Read " << made << " decisions from " << review_path << "\n";
    }
    const MergeResult result = merge_maps(sources, aliases, decisions);
    save_json_map(result.map, options.output);
    // A review file read before is written again, so pairs no longer uncertain leave it.
    const bool write_review = !result.review.empty() || !options.review.empty() || !decisions.empty() || std::filesystem::exists(review_path);
    std::size_t left_out_of_review = 0;
    if (write_review) write_review_file(review_path, rows_for_review_file(result.review, options.review_limit, left_out_of_review));
    std::ostringstream report;
    print_report(result, sources, write_review ? review_path : "", left_out_of_review, report);
    print_out(report.str());
    std::cout.flush();
    std::cerr << "Wrote " << options.output << (write_review ? " and " + review_path : "") << "\n";
    return 0;
}

}  // namespace

void register_merge(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<MergeOptions>();
    CLI::App* command = app.add_subcommand("merge", "Merge maps from several sources into one, finding duplicate organisations");
    command->footer(
        "Organisations are matched by name (case, accents, punctuation, abbreviations, word order, French/Spanish/\n"
        "Portuguese words, typos), acronyms, an alias table and shared country and type. Sure matches merge;\n"
        "uncertain ones go to the review file: write same or different in its first column and run merge again.\n"
        "Every organisation and relationship keeps its sources; values the sources disagree on are all kept.");
    command->add_option("inputs", options->inputs, "Maps to merge (any importable format), two or more")->required()->expected(2, -1)
        ->check(CLI::ExistingFile);
    command->add_option("-o,--output", options->output, "The merged map (stakemap JSON)")->required();
    command->add_option("--aliases", options->aliases, "CSV: each row lists names of one organisation")->check(CLI::ExistingFile);
    command->add_option("--review", options->review, "CSV of uncertain pairs, read back with your decisions (default: beside the merged map, MERGED.review + the CSV extension)");
    command->add_option("--review-limit", options->review_limit, "Undecided pairs written to the review file, strongest first (decided ones are always kept)")
        ->check(CLI::Range(std::size_t{1}, std::size_t{1000000}))->capture_default_str();
    command->callback([options, &exit_code] { exit_code = run(*options); });
}

}  // namespace stakemap::cli
