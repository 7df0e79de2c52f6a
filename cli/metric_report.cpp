#include "cli/metric_report.hpp"

#include "graph/support/text_width.hpp"
#include "importers/formats/csv_writer.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <sstream>

#include <nlohmann/json.hpp>

namespace stakemap::cli {
namespace {

const MetricColumn* sort_column(const MetricResults& results, const ReportRequest& request) {
    if (!request.sort_by.empty()) return results.column(request.sort_by);
    if (const auto* betweenness = results.column("betweenness")) return betweenness;
    return results.columns.empty() ? nullptr : &results.columns.front();
}

std::string format_value(const MetricColumn& column, double value) {
    std::ostringstream out;
    if (std::isnan(value)) return "-";
    if (column.kind == ColumnKind::flag) return value != 0.0 ? "yes" : "";
    if (column.kind == ColumnKind::integer) {
        out << static_cast<long long>(std::llround(value));
    } else {
        out.setf(std::ios::fixed);
        out.precision(4);
        out << value;
    }
    return out.str();
}

std::string csv_cell(const std::string& text, bool spreadsheet_safe) {
    std::string cell;
    append_csv_cell(cell, text, spreadsheet_safe);
    return cell;
}

nlohmann::json json_value(const MetricColumn& column, double value) {
    if (std::isnan(value)) return nullptr;  // undefined, e.g. constraint of an isolated organisation
    switch (column.kind) {
        case ColumnKind::flag: return value != 0.0;
        case ColumnKind::integer: return static_cast<long long>(std::llround(value));
        case ColumnKind::real: return value;
    }
    return value;
}

}  // namespace

std::vector<std::size_t> report_order(const StakeholderMap& map, const MetricResults& results,
                                      const ReportRequest& request) {
    std::vector<std::size_t> order(map.organisation_count());
    std::iota(order.begin(), order.end(), 0);
    if (!request.top) return order;
    if (const MetricColumn* key = sort_column(results, request)) {
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            const double x = key->values[a], y = key->values[b];
            if (std::isnan(x) != std::isnan(y)) return std::isnan(y);  // undefined values last
            if (x != y && !std::isnan(x)) return x > y;
            return map.organisation(a).id < map.organisation(b).id;
        });
    }
    if (order.size() > *request.top) order.resize(*request.top);
    return order;
}

std::string format_table(const StakeholderMap& map, const MetricResults& results, const ReportRequest& request) {
    const GraphFigures& g = results.graph;
    std::ostringstream out;
    out << request.input_name << ": " << g.nodes << " organisations, " << g.relationships << " relationships ("
        << (g.directed ? "directed" : "undirected") << "), density " << format_value({"", ColumnKind::real, {}}, g.density);
    if (g.components) out << ", " << *g.components << " component" << (*g.components == 1 ? "" : "s");
    if (g.average_clustering) out << ", average clustering " << format_value({"", ColumnKind::real, {}}, *g.average_clustering);
    if (g.communities) out << ", " << *g.communities << " communities (modularity " << format_value({"", ColumnKind::real, {}}, *g.modularity) << ")";
    out << "\n";
    if (g.articulation_points) {
        out << "Fragile points: " << *g.articulation_points << " organisation(s) hold parts of the map together, "
            << g.bridges->size() << " tie(s) are the only link between parts\n";
    }
    if (g.negative_ties_left_out) {
        out << "Note: " << g.negative_ties_left_out << " negative tie(s) (obstructs, conflict, opposes) left out of the measures\n";
    }
    if (g.self_loops_dropped) {
        out << "Note: " << g.self_loops_dropped << " self-tie(s) ignored by the measures\n";
    }
    if (g.parallel_relationships_merged) {
        out << "Note: " << g.parallel_relationships_merged
            << " repeated relationship(s) between the same pair merged into one tie (weights added)\n";
    }
    for (const auto& note : results.notes) out << "Note: " << note << "\n";

    const auto order = report_order(map, results, request);
    const MetricColumn* key = sort_column(results, request);
    out << "\n";
    if (key && request.top) out << "Top " << order.size() << " by " << key->name << "\n";

    constexpr std::size_t kNameWidth = 36, kTypeWidth = 12;
    std::vector<const MetricColumn*> shown;
    std::string hidden;
    for (const auto& column : results.columns) {
        const auto& wanted = request.table_columns;
        if (wanted.empty() || std::find(wanted.begin(), wanted.end(), column.name) != wanted.end()) shown.push_back(&column);
        else hidden += (hidden.empty() ? "" : ", ") + column.name;
    }
    std::vector<std::size_t> widths;
    for (const auto* column : shown) widths.push_back(std::max<std::size_t>(column->name.size(), 7));
    out << fit_to_width("#", 4) << " " << fit_to_width("organisation", kNameWidth) << " " << fit_to_width("type", kTypeWidth);
    for (std::size_t c = 0; c < shown.size(); ++c) out << " " << std::string(widths[c] - shown[c]->name.size(), ' ') << shown[c]->name;
    out << "\n";
    std::size_t rank = 0;
    for (const std::size_t v : order) {
        const Organisation& organisation = map.organisation(v);
        out << fit_to_width(std::to_string(++rank), 4) << " " << fit_to_width(organisation.label, kNameWidth) << " "
            << fit_to_width(organisation.type.empty() ? "-" : organisation.type, kTypeWidth);
        for (std::size_t c = 0; c < shown.size(); ++c) {
            const std::string value = format_value(*shown[c], shown[c]->values[v]);
            out << " " << std::string(widths[c] - std::min(widths[c], display_width(value)), ' ') << value;
        }
        out << "\n";
    }
    if (order.size() < map.organisation_count()) {
        out << "… " << map.organisation_count() - order.size() << " more (use --top N, or --format json|csv for all)\n";
    }
    if (!hidden.empty()) out << "Also computed (in --format json|csv, or name them in --metrics): " << hidden << "\n";
    return out.str();
}

std::string format_json(const StakeholderMap& map, const MetricResults& results, const ReportRequest& request) {
    const GraphFigures& g = results.graph;
    nlohmann::ordered_json graph;
    graph["nodes"] = g.nodes;
    graph["edges"] = g.relationships;
    graph["directed"] = g.directed;
    graph["ties"] = g.ties;
    graph["density"] = g.density;
    if (g.components) graph["components"] = *g.components;
    if (g.largest_component) graph["largest_component"] = *g.largest_component;
    if (g.average_clustering) graph["average_clustering"] = *g.average_clustering;
    if (g.articulation_points) graph["articulation_points"] = *g.articulation_points;
    if (g.bridges) {
        graph["bridges"] = nlohmann::ordered_json::array();
        for (const auto& [a, b] : *g.bridges) graph["bridges"].push_back({map.organisation(a).id, map.organisation(b).id});
    }
    if (g.communities) graph["communities"] = *g.communities;
    if (g.modularity) graph["modularity"] = *g.modularity;
    graph["self_loops_dropped"] = g.self_loops_dropped;
    graph["negative_ties_left_out"] = g.negative_ties_left_out;
    graph["parallel_relationships_merged"] = g.parallel_relationships_merged;
    if (!results.notes.empty()) graph["notes"] = results.notes;

    nlohmann::ordered_json nodes = nlohmann::ordered_json::array();
    for (const std::size_t v : report_order(map, results, request)) {
        const Organisation& organisation = map.organisation(v);
        nlohmann::ordered_json node;
        node["id"] = organisation.id;
        node["label"] = organisation.label;
        node["type"] = organisation.type;
        for (const auto& column : results.columns) node[column.name] = json_value(column, column.values[v]);
        nodes.push_back(std::move(node));
    }
    nlohmann::ordered_json document;
    document["graph"] = std::move(graph);
    document["nodes"] = std::move(nodes);
    return document.dump(2) + "\n";
}

std::string format_csv(const StakeholderMap& map, const MetricResults& results, const ReportRequest& request) {
    std::ostringstream out;
    out << "id,label,type";
    for (const auto& column : results.columns) out << "," << column.name;
    out << "\n";
    out.precision(17);
    for (const std::size_t v : report_order(map, results, request)) {
        const Organisation& organisation = map.organisation(v);
        const bool safe = request.spreadsheet_safe;
        out << csv_cell(organisation.id, safe) << "," << csv_cell(organisation.label, safe) << "," << csv_cell(organisation.type, safe);
        for (const auto& column : results.columns) {
            const double value = column.values[v];
            out << ",";
            if (std::isnan(value)) continue;  // undefined: an empty cell
            if (column.kind == ColumnKind::real) out << value;
            else if (column.kind == ColumnKind::flag) out << (value != 0.0 ? "true" : "false");
            else out << static_cast<long long>(std::llround(value));
        }
        out << "\n";
    }
    return out.str();
}

}  // namespace stakemap::cli
