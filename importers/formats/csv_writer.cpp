#include "importers/formats/csv_writer.hpp"

#include "importers/formats.hpp"

#include <filesystem>
#include <map>
#include <set>
#include <vector>

#include "graph/support/atomic_file.hpp"
#include "graph/support/text_safety.hpp"
#include "graph/map_source.hpp"
#include "importers/formats/json_writer.hpp"
#include "importers/support/column_roles.hpp"

namespace stakemap {

void append_csv_cell(std::string& out, std::string_view written, bool spreadsheet_safe) {
    const std::string guarded = spreadsheet_safe ? spreadsheet_safe_cell(written) : std::string(written);
    const std::string_view text = guarded;
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += text;
        return;
    }
    out += '"';
    for (const char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

namespace {

thread_local bool cells_guarded = true;

void append_cell(std::string& out, std::string_view text) { append_csv_cell(out, text, cells_guarded); }

void append_number(std::string& out, double value) {
    std::string number;
    append_json_number(number, value);
    out += number;
}

void append_attribute_cells(std::string& out, const Attributes& attributes, const std::map<std::string, std::string>& columns) {
    for (const auto& [name, column] : columns) {
        out += ',';
        const auto found = attributes.find(name);
        if (found == attributes.end()) continue;
        if (const auto* real = std::get_if<double>(&found->second)) append_number(out, *real);
        else append_cell(out, to_display_string(found->second));
    }
}

void append_header(std::string& out, std::initializer_list<const char*> fixed, const std::map<std::string, std::string>& columns) {
    bool first = true;
    for (const char* name : fixed) {
        if (!first) out += ',';
        first = false;
        out += name;
    }
    for (const auto& [name, column] : columns) {
        out += ',';
        append_cell(out, column);
    }
    out += '\n';
}

constexpr std::size_t kFlushAt = 1 << 16;

}  // namespace

std::string node_table_path(const std::string& edges_path) {
    return companion_path(edges_path, "nodes", "csv");
}

std::string save_csv_map(const StakeholderMap& map, const std::string& path, const CsvWriteOptions& options) {
    return save_csv_map(StakeholderMapSource(map), path, options);
}

std::string save_csv_map(const MapSource& map_as_stored, const std::string& path, const CsvWriteOptions& options) {
    cells_guarded = options.spreadsheet_safe;
    const NetMapFieldsAsAttributes map(map_as_stored);  // this format has no influence/stance fields
    const std::string nodes_path = node_table_path(path);
    std::set<std::string> node_attributes, edge_attributes;
    Organisation scratch;
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        for (const auto& [name, value] : map.organisation(v, scratch).attributes) node_attributes.insert(name);
    }
    map.for_each_relationship([&](std::size_t, std::size_t, const Relationship& data) {
        for (const auto& [name, value] : data.attributes) edge_attributes.insert(name);
    });
    const auto node_columns = attribute_columns({node_attributes.begin(), node_attributes.end()},
                                                {"id", "label", "type", "country", "region", "themes", "x", "y"}, TableKind::organisations);
    const auto edge_columns = attribute_columns({edge_attributes.begin(), edge_attributes.end()},
                                                {"source", "target", "type", "weight", "directed"}, TableKind::relationships);

    AtomicFileWriter nodes(nodes_path);
    std::string out = options.byte_order_mark ? "\xEF\xBB\xBF" : "";
    append_header(out, {"id", "label", "type", "country", "region", "themes", "x", "y"}, node_columns);
    std::vector<std::string> ids(map.organisation_count());
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        const Organisation& organisation = map.organisation(v, scratch);
        ids[v] = organisation.id;
        append_cell(out, organisation.id);
        out += ',';
        append_cell(out, organisation.label);
        out += ',';
        append_cell(out, organisation.type);
        out += ',';
        append_cell(out, organisation.country);
        out += ',';
        append_cell(out, organisation.region);
        out += ',';
        std::string themes;
        for (const auto& theme : organisation.themes) themes += (themes.empty() ? "" : ";") + theme;
        append_cell(out, themes);
        out += ',';
        if (organisation.position) append_number(out, organisation.position->x);
        out += ',';
        if (organisation.position) append_number(out, organisation.position->y);
        append_attribute_cells(out, organisation.attributes, node_columns);
        out += '\n';
        if (out.size() > kFlushAt) {
            nodes.write(out);
            out.clear();
        }
    }
    nodes.write(out);
    out.clear();

    AtomicFileWriter edges(path);
    if (options.byte_order_mark) out += "\xEF\xBB\xBF";
    // A directed map says so in a "directed" column, which the reader understands.
    if (map.directed()) out += "directed,";
    append_header(out, {"source", "target", "type", "weight"}, edge_columns);
    map.for_each_relationship([&](std::size_t source, std::size_t target, const Relationship& data) {
        if (map.directed()) out += "true,";
        append_cell(out, ids[source]);
        out += ',';
        append_cell(out, ids[target]);
        out += ',';
        append_cell(out, data.type);
        out += ',';
        append_number(out, data.weight);
        append_attribute_cells(out, data.attributes, edge_columns);
        out += '\n';
        if (out.size() > kFlushAt) {
            edges.write(out);
            out.clear();
        }
    });
    edges.write(out);
    // Both files are on disk before either replaces its old version; if the second rename
    // fails, the first file's old version comes back, so the pair always matches.
    nodes.flush();
    edges.flush();
    FileBackup old_nodes(nodes_path);
    nodes.commit();
    try {
        edges.commit();
    } catch (const std::exception& error) {
        old_nodes.restore();
        throw std::runtime_error(std::string(error.what()) + " (" + nodes_path + " was put back as it was)");
    }
    return nodes_path;
}

}  // namespace stakemap
