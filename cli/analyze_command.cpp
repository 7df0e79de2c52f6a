#include "cli/analyze_command.hpp"

#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>
#include <tuple>

#include "analysis/snapshot/analysis_graph.hpp"
#include "analysis/measures/metrics.hpp"
#include "cli/input_options.hpp"
#include "cli/metric_report.hpp"
#include "cli/numeric_checks.hpp"
#include "cli/progress_bar.hpp"
#include "cli/terminal_output.hpp"
#include "graph/support/atomic_file.hpp"
#include "importers/formats/edge_list_reader.hpp"

namespace stakemap::cli {
namespace {

constexpr std::size_t kDefaultTableRows = 20;

struct AnalyzeOptions {
    InputOptions input;
    std::string metrics;
    std::optional<std::size_t> top;
    std::string sort_by;
    std::string format = "table";
    std::string output;
    bool weighted = false;
    bool unweighted = false;
    std::uint64_t seed = 1;
    bool timings = false;
    std::optional<double> epsilon;
    bool exact = false;
    bool raw_csv = false;
};

// Wall time since `start`, in seconds.
double since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string metric_list() {
    std::string names;
    for (const Metric metric : all_metrics()) names += (names.empty() ? "" : ",") + std::string(metric_name(metric));
    return names;
}

// "betweenness,degree" -> metrics; throws CLI::ValidationError naming a bad one.
std::vector<Metric> parse_metrics(const std::string& text) {
    if (text.empty()) return all_metrics();
    std::vector<Metric> metrics;
    std::stringstream stream(text);
    std::string name;
    while (std::getline(stream, name, ',')) {
        if (name.empty()) continue;
        const auto metric = metric_from_name(name);
        if (!metric) throw CLI::ValidationError("--metrics", "unknown metric '" + name + "'; expected some of " + metric_list());
        metrics.push_back(*metric);
    }
    if (metrics.empty()) throw CLI::ValidationError("--metrics", "no metric named; expected some of " + metric_list());
    return metrics;
}

// What analysis reads: the organisations (for names in the output) and the
// snapshot. A plain edge list goes straight from the file to the snapshot;
// everything else through the editable map.
struct AnalysisInput {
    StakeholderMap map;               // built last for a streamed edge list (see fast_ids)
    std::vector<std::string> fast_ids;
    AnalysisGraph graph;
    std::size_t relationships = 0;
    double load_seconds = 0, snapshot_seconds = 0;
    // Memory once the map is read (the file's text already freed) and the peak while reading.
    double loaded_mib = 0, load_peak_mib = 0;
    bool fast_reader = false;
};

// Resident memory now and the process's peak so far, in MiB (Linux).
std::pair<double, double> resident_and_peak_mib() {
    long pages = 0, resident = 0;
    if (std::FILE* statm = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(statm, "%ld %ld", &pages, &resident) != 2) resident = 0;
        std::fclose(statm);
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return {static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0),
            static_cast<double>(usage.ru_maxrss) / 1024.0};
}

AnalysisInput read_input(const InputOptions& input) {
    AnalysisInput result;
    auto started = std::chrono::steady_clock::now();
    std::optional<EdgeList> edges;
    if (is_edge_list_path(input.path)) edges = read_plain_edge_list(input.path, input.import_options());
    if (edges) {
        // The organisations stay a plain list of ids until the output needs
        // them as a map: the snapshot's construction is the memory peak.
        result.fast_ids = std::move(edges->ids);
        result.relationships = edges->ties.size();
        const bool directed = edges->directed;
        std::vector<AnalysisGraph::Tie> ties(edges->ties.size());
        for (std::size_t k = 0; k < ties.size(); ++k) ties[k] = {edges->ties[k].source, edges->ties[k].target, edges->ties[k].weight};
        edges.reset();
        result.load_seconds = since(started);
        result.fast_reader = true;
        started = std::chrono::steady_clock::now();
        result.graph = AnalysisGraph::from_ties(result.fast_ids.size(), directed, ties);
        result.map.set_directed(directed);
    } else {
        result.map = std::move(input.load(std::cerr).map);
        result.relationships = result.map.relationship_count();
        result.load_seconds = since(started);
        std::tie(result.loaded_mib, result.load_peak_mib) = resident_and_peak_mib();
        started = std::chrono::steady_clock::now();
        result.graph = AnalysisGraph::from_map(result.map);
    }
    result.snapshot_seconds = since(started);
    return result;
}

int run(const AnalyzeOptions& options) {
    options.input.check_outputs({options.output});
    AnalysisInput input = read_input(options.input);
    const AnalysisGraph& graph = input.graph;
    const std::vector<Metric> metrics = parse_metrics(options.metrics);

    WeightPolicy weights;
    if (options.weighted) weights = {true, true, true};
    if (options.unweighted) weights = {false, false, false};
    BetweennessPolicy betweenness;
    betweenness.epsilon = options.epsilon;
    betweenness.force_exact = options.exact;
    const MetricResults results = [&] {
        const ProgressBar bar;
        return compute_metrics(graph, input.relationships, metrics, weights, options.seed, betweenness);
    }();
    for (auto& id : input.fast_ids) {
        Organisation organisation;
        organisation.id = std::move(id);
        input.map.add_organisation(std::move(organisation));
    }
    input.fast_ids = std::vector<std::string>();
    const StakeholderMap& map = input.map;
    if (options.timings) {
        std::cerr << "timing: load " << input.load_seconds << " s" << (input.fast_reader ? " (plain edge list: streamed)" : "")
                  << "\ntiming: snapshot " << input.snapshot_seconds << " s\n";
        if (input.loaded_mib > 0) {
            std::cerr << "memory: loaded map " << static_cast<long>(input.loaded_mib) << " MiB resident, peak while reading "
                      << static_cast<long>(input.load_peak_mib) << " MiB\n";
        }
        for (const auto& [name, seconds] : results.seconds) std::cerr << "timing: " << name << " " << seconds << " s\n";
    }

    ReportRequest request;
    request.input_name = std::filesystem::path(options.input.path).filename().string();  // never the user's folders
    request.top = options.top;
    request.sort_by = options.sort_by;
    if (!request.sort_by.empty() && !results.column(request.sort_by)) {
        throw CLI::ValidationError("--sort", "'" + request.sort_by + "' is not among the computed metrics");
    }
    std::string text;
    if (options.format == "json") {
        text = format_json(map, results, request);
    } else if (options.format == "csv") {
        request.spreadsheet_safe = !options.raw_csv;
        text = format_csv(map, results, request);
    } else {
        if (!request.top) request.top = kDefaultTableRows;
        // Without --metrics the table keeps to the headline measures, so it fits a screen.
        if (options.metrics.empty()) {
            request.table_columns = {"degree", "betweenness", "closeness", "eigenvector", "pagerank", "kcore", "component", "community"};
        }
        text = format_table(map, results, request);
    }
    if (options.output.empty()) print_out(text);
    else write_file_atomically(options.output, text);
    return 0;
}

}  // namespace

void register_analyze(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<AnalyzeOptions>();
    CLI::App* command = app.add_subcommand("analyze", "Compute network measures for every organisation of a map");
    command->footer(
        "Metrics: " + metric_list() +
        "\n  degree counts distinct partners (in + out when directed); parallel relationships merge into one tie"
        "\n  (weights added) and self-ties are ignored. betweenness and closeness follow NetworkX's defaults"
        "\n  (normalised; Wasserman-Faust closeness over incoming distances). eigenvector is L2-normalised;"
        "\n  pagerank uses damping 0.85 and spreads dangling rank uniformly. articulation and component read a"
        "\n  directed map as undirected. constraint (with hierarchy) and effective_size are Burt's, as"
        "\n  NetworkX computes them (undefined for isolated organisations); community is Louvain (see --seed).\n"
        "Weights: by default paths and eigenvector ignore weights and pagerank uses them (NetworkX's defaults);"
        "\n  --weighted makes a tie of weight w a path of length 1/w and weights eigenvector too;"
        "\n  --unweighted ignores weights everywhere. strength always sums weights.");
    options->input.add_to(*command);
    command->add_option("--metrics", options->metrics, "Comma-separated metrics to compute (default: all)");
    command->add_option("--top", options->top, "Show only the N highest by --sort (table default: 20)")->check(CLI::PositiveNumber);
    command->add_option("--sort", options->sort_by, "Metric to rank by (default: betweenness, else the first metric)");
    auto* format = command->add_option("--format", options->format, "Output format (default: by the output's extension, .csv or .json; else table)")
                       ->check(CLI::IsMember({"table", "json", "csv"}));
    command->add_flag("--raw-csv", options->raw_csv, "CSV cells exactly as they are; by default a name a spreadsheet would run as a "
                                                     "formula (=, +, -, @ first) gets a leading '");
    command->add_option("--seed", options->seed, "Seed for the community search (default 1)");
    command->add_flag("--timings", options->timings, "Print the time each phase takes (to standard error)");
    auto* epsilon = command->add_option("--epsilon", options->epsilon,
                        "Estimate betweenness from sampled shortest paths, within this of the exact value with 90% probability "
                        "(default: exact up to 50,000 organisations, else sampled with 0.01)")
                        ->check(kFiniteNumber)
                        ->check(CLI::Range(1e-4, 0.5));
    command->add_flag("--exact", options->exact, "Compute betweenness and closeness exactly whatever the map's size (O(nodes x ties))")->excludes(epsilon);
    command->add_option("-o,--output", options->output, "Write to this file (safely replaced) instead of standard output");
    auto* weighted = command->add_flag("--weighted", options->weighted, "Use tie weights in every measure (path length 1/weight)");
    command->add_flag("--unweighted", options->unweighted, "Ignore tie weights in every measure")->excludes(weighted);
    command->callback([options, format, &exit_code] {
        // `-o measures.csv` means CSV: a table in a file named .csv would not open as one.
        if (format->count() == 0) {
            const std::string extension = std::filesystem::path(options->output).extension().string();
            if (extension == ".csv" || extension == ".CSV") options->format = "csv";
            if (extension == ".json" || extension == ".JSON") options->format = "json";
        }
        exit_code = run(*options);
    });
}

}  // namespace stakemap::cli
