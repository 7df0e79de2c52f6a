#include "cli/numeric_checks.hpp"
#include "cli/export_command.hpp"

#include <iostream>
#include <memory>

#include "analysis/map_analysis.hpp"
#include "cli/input_options.hpp"
#include "cli/map_output.hpp"
#include "graph/organisation_lookup.hpp"
#include "importers/formats.hpp"
#include "viz/export/diagram.hpp"

namespace stakemap::cli {
namespace {

struct ExportOptions {
    InputOptions input;
    std::string output;
    std::string format = "stakemap";
    viz::DiagramOptions diagram;
    std::string ego;
    std::size_t top = 0;
    std::string highlight;
    std::size_t highlight_count = 10;
    bool raw_csv = false;
    bool excel = false;
    std::string page;
    bool landscape = false;
    double margin_mm = 10;
};

}  // namespace

void register_export(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<ExportOptions>();
    CLI::App* command = app.add_subcommand("export", "Write a map in another format (chosen by the output's extension)");
    command->footer("Interchange formats (each reads back into the same organisations, ties and attributes;\n"
                    "--format node-link writes JSON for NetworkX):\n" + format_lines(FormatUse::write_map) +
                    "Diagrams, laid out and drawn by Graphviz with a legend and a title block (colour-blind-safe\n"
                    "Okabe-Ito palette):\n" + format_lines(FormatUse::draw));
    options->input.add_to(*command);
    command->add_option("-o,--output", options->output, "Output file")->required();
    command->add_option("--format", options->format, "What .json holds: stakemap (default), node-link (NetworkX) or kumu (a Kumu blueprint)")
        ->check(CLI::IsMember({"stakemap", "node-link", "kumu"}));
    command->add_flag("--raw-csv", options->raw_csv, "CSV cells exactly as they are, even those a spreadsheet would run as formulas "
                                                     "(=, +, -, @ first); by default such cells get a leading ' (for machines reading the file)");
    command->add_flag("--excel", options->excel, "CSV with a UTF-8 byte-order mark, so Excel on Windows shows accents right");
    auto& d = options->diagram;
    command->add_option("--layout", d.layout, "Diagram layout: sfdp, neato, fdp, dot, circo, twopi, stored (saved positions)");
    command->add_option("--color-by", d.color_by, "Colour by type (default), country, region, community or an attribute");
    command->add_option("--size-by", d.size_by, "Size by a measure, e.g. betweenness, degree, pagerank");
    command->add_option("--cluster-by", d.cluster_by, "Draw groups as Graphviz clusters: country, region or community")
        ->check(CLI::IsMember({"country", "region", "community"}));
    command->add_option("--view", d.stakeholder_view, "Stakeholder-analysis view: netmap (size by influence, border by stance) or grid "
                                                      "(the power-interest grid from influence and interest, 0-10)")
        ->check(CLI::IsMember({"netmap", "grid"}));
    command->add_option("--title", d.title, "Title (default: the map's title)");
    command->add_option("--subtitle", d.subtitle, "Subtitle");
    command->add_option("--source", d.source, "Source line (default: the map's source)");
    command->add_option("--filter", d.view.filter, "Only organisations matching, e.g. \"type=cso,union theme=forced_labour country=KE\"");
    command->add_option("--ego", options->ego, "Only this organisation (id, name or acronym) and its partners within --radius steps");
    command->add_option("--radius", d.view.radius, "Steps from --ego (default 1)")->check(CLI::Range(1, 10));
    command->add_option("--top", options->top, "Only the N most central organisations (betweenness) and their ties");
    command->add_option("--highlight", options->highlight, "'suggestions' draws the top suggested partners as dashed ties")
        ->check(CLI::IsMember({"suggestions"}));
    command->add_option("--highlight-count", options->highlight_count, "How many suggestions to draw (default 10)")->check(CLI::Range(1, 1000));
    command->add_option("--dpi", d.dpi, "PNG resolution (default 96)")->check(kFiniteNumber)->check(CLI::Range(24.0, 1200.0));
    command->add_option("--seed", d.seed, "Seed for layouts and communities (default 1)");
    command->add_option("--page", options->page, "Fit the diagram to a sheet: A4, A3 or letter; where names would print below 6 pt it is "
                                                  "split into an overview and one page per community (or --cluster-by group)")
        ->check(CLI::IsMember({"A4", "A3", "letter"}, CLI::ignore_case));
    command->add_flag("--landscape", options->landscape, "With --page: the sheet turned sideways");
    command->add_option("--margin", options->margin_mm, "With --page: the margin in millimetres (default 10)")->check(kFiniteNumber)->check(CLI::Range(0.0, 80.0));
    command->add_option("--author", d.author, "Author, written into a PDF's metadata");
    command->callback([options, &exit_code] {
        // A CSV map is a pair: its node table is an output too.
        const bool csv_pair = format_for_path(options->output) == format_named("csv");
        options->input.check_outputs({options->output, csv_pair ? companion_path(options->output, "nodes", "csv") : ""});
        if (viz::is_diagram_path(options->output)) {
            const ImportResult imported = options->input.load(std::cerr);
            viz::DiagramOptions diagram = options->diagram;
            if (!options->ego.empty()) {
                try {
                    diagram.view.ego = imported.map.organisation(require_organisation(imported.map, options->ego)).id;
                } catch (const std::invalid_argument& error) {
                    throw CLI::ValidationError("--ego", error.what());
                }
            }
            if (options->top > 0) diagram.view.top = options->top;
            if (!options->highlight.empty()) diagram.highlight_suggestions = options->highlight_count;
            if (!options->page.empty()) {
                diagram.page = viz::PageSetup{*viz::page_size_named(options->page), options->landscape, options->margin_mm};
                try {
                    viz::printable_area(*diagram.page);
                } catch (const std::invalid_argument& error) {
                    throw CLI::ValidationError("--margin", error.what());
                }
            } else if (options->landscape) {
                throw CLI::ValidationError("--landscape", "turns a page; give one with --page A4, A3 or letter");
            }
            std::cerr << "Drew " << viz::render_diagram(imported.map, diagram, options->output) << "\n";
            exit_code = 0;
            return;
        }
        check_map_output(options->output);
        const ImportResult imported = options->input.load(std::cerr);
        WriteOptions write;
        write.json = options->format == "node-link" ? WriteOptions::Json::node_link
                     : options->format == "kumu"    ? WriteOptions::Json::kumu
                                                    : WriteOptions::Json::stakemap;
        write.spreadsheet_safe = !options->raw_csv;
        write.byte_order_mark = options->excel;
        // A workbook is read by people: it carries the headline measures beside each organisation.
        if (format_for_path(options->output) == format_named("xlsx")) {
            MapAnalysis analysis(imported.map);
            for (const Metric metric : {Metric::degree, Metric::betweenness, Metric::eigenvector, Metric::pagerank, Metric::community}) {
                analysis.metrics({metric});
                if (const MetricColumn* column = analysis.column(metric_name(metric))) write.measures.push_back({column->name, column->values});
            }
        }
        const std::string written = save_map(StakeholderMapSource(imported.map), options->output, write);
        std::cerr << "Wrote " << imported.map.organisation_count() << " organisations and " << imported.map.relationship_count()
                  << " relationships to " << written << "\n";
        exit_code = 0;
    });
}

}  // namespace stakemap::cli
