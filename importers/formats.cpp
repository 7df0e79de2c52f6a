#include "importers/formats.hpp"

#include <algorithm>
#include <filesystem>
#include <stdexcept>

#include "importers/formats/csv_reader.hpp"
#include "importers/formats/csv_writer.hpp"
#include "importers/formats/dot_reader.hpp"
#include "importers/formats/gexf_reader.hpp"
#include "importers/formats/gexf_writer.hpp"
#include "importers/formats/gml_reader.hpp"
#include "importers/formats/gml_writer.hpp"
#include "importers/formats/graphml_reader.hpp"
#include "importers/formats/graphml_writer.hpp"
#include "importers/formats/json_reader.hpp"
#include "importers/formats/json_writer.hpp"
#include "importers/formats/kumu_writer.hpp"
#include "importers/formats/node_link_writer.hpp"
#include "importers/formats/lgl_reader.hpp"
#include "importers/formats/matrix_market_reader.hpp"
#include "importers/formats/pajek_reader.hpp"
#include "importers/formats/ucinet_dl_reader.hpp"
#include "importers/formats/ucinet_dl_writer.hpp"
#include "importers/formats/workbook_reader.hpp"
#include "importers/formats/xlsx_writer.hpp"
#include "importers/support/field_mapping.hpp"

namespace stakemap {
namespace {

std::string write_json(const MapSource& map, const std::string& path, const WriteOptions& options) {
    switch (options.json) {
        case WriteOptions::Json::node_link: save_node_link_json(map, path); break;
        case WriteOptions::Json::kumu: save_kumu_blueprint(map, path); break;
        case WriteOptions::Json::stakemap: save_json_map(map, path); break;
    }
    return path;
}

std::string write_csv(const MapSource& map, const std::string& path, const WriteOptions& options) {
    return path + " and " + save_csv_map(map, path, {options.spreadsheet_safe, options.byte_order_mark});
}

std::string write_xlsx(const MapSource& map, const std::string& path, const WriteOptions& options) {
    save_xlsx(map, path, options.measures);
    return path;
}

template <void (*Save)(const MapSource&, const std::string&)>
std::string write_with(const MapSource& map, const std::string& path, const WriteOptions&) {
    Save(map, path);
    return path;
}

std::vector<FileFormat> make_formats() {
    std::vector<FileFormat> formats;
    formats.push_back({"json", "stakemap JSON map (or NetworkX node-link, or a Kumu blueprint)", {".json"}, FormatRole::map, read_json_map, write_json, "",
                       "everything: fields, attributes, positions, Net-Map fields, sources and conflicts", false});
    formats.push_back({"csv", "CSV edge list (with a node table)", {".csv", ".tsv", ".txt", ".edgelist", ".edges", ".ncol"}, FormatRole::map,
                       read_csv, write_csv, "", "ties in one file, organisations in <stem>.nodes.csv; themes joined with ';'", true});
    formats.push_back({"graphml", "GraphML (NetworkX, Gephi, yEd, igraph)", {".graphml"}, FormatRole::map, read_graphml,
                       write_with<save_graphml>, "", "fields and attributes as typed keys, positions as x and y", false});
    formats.push_back({"gexf", "GEXF (Gephi)", {".gexf"}, FormatRole::map, read_gexf, write_with<save_gexf>, "",
                       "fields and attributes as declared attributes, positions as viz:position", false});
    formats.push_back({"gml", "GML (NetworkX, igraph)", {".gml"}, FormatRole::map, read_gml, write_with<save_gml>, "",
                       "fields and attributes; the stakemap id in stakemap_id", false});
    formats.push_back({"dot", "Graphviz DOT", {".dot", ".gv"}, FormatRole::map, read_dot, nullptr, "dot",
                       "a diagram: positions, colours and labels as Graphviz attributes", false});
    formats.push_back({"pajek", "Pajek network or project", {".net", ".paj"}, FormatRole::map, read_pajek, nullptr, "", "", false});
    formats.push_back({"dl", "UCINET DL", {".dl"}, FormatRole::map, read_ucinet_dl, write_with<save_ucinet_dl>, "",
                       "names, ties and weights (no types or attributes)", false});
    formats.push_back({"lgl", "LGL (Large Graph Layout, igraph)", {".lgl"}, FormatRole::map, read_lgl, nullptr, "", "", false});
    formats.push_back({"mtx", "MatrixMarket coordinate matrix", {".mtx"}, FormatRole::map, read_matrix_market, nullptr, "", "", false});
    formats.push_back({"xlsx", "Excel workbook", {".xlsx"}, FormatRole::map, read_workbook, write_xlsx, "",
                       "sheets Organisations (with measures when exported) and Relationships", false});
    formats.push_back({"ods", "OpenDocument spreadsheet (LibreOffice)", {".ods"}, FormatRole::map, read_workbook, nullptr, "", "", false});
    formats.push_back({"svg", "SVG drawing", {".svg"}, FormatRole::diagram, nullptr, nullptr, "svg", "a drawing", false});
    formats.push_back({"pdf", "PDF drawing", {".pdf"}, FormatRole::diagram, nullptr, nullptr, "pdf", "a drawing", false});
    formats.push_back({"png", "PNG picture", {".png"}, FormatRole::diagram, nullptr, nullptr, "png", "a picture", false});
    return formats;
}

bool usable_for(const FileFormat& format, FormatUse use) {
    switch (use) {
        case FormatUse::read: return format.read != nullptr;
        case FormatUse::write_map: return format.write != nullptr;
        case FormatUse::draw: return !format.graphviz_output.empty();
    }
    return false;
}

}  // namespace

const std::vector<FileFormat>& file_formats() {
    static const std::vector<FileFormat> formats = make_formats();
    return formats;
}

std::string extension_of(std::string_view path) {
    return to_lower_ascii(std::filesystem::path(path).extension().string());
}

const FileFormat* format_for_path(std::string_view path) {
    const std::string extension = extension_of(path);
    for (const FileFormat& format : file_formats()) {
        if (std::find(format.extensions.begin(), format.extensions.end(), extension) != format.extensions.end()) return &format;
    }
    return nullptr;
}

const FileFormat* format_named(std::string_view name) {
    for (const FileFormat& format : file_formats()) {
        if (format.name == name) return &format;
    }
    return nullptr;
}

const FileFormat& stakemap_map_format() { return *format_named("json"); }

bool is_stakemap_map_path(std::string_view path) { return format_for_path(path) == &stakemap_map_format(); }

std::string with_stakemap_map_extension(const std::string& path) {
    return std::filesystem::path(path).replace_extension(std::string(stakemap_map_format().extensions.front())).string();
}

std::string companion_path(const std::string& path, std::string_view role, std::string_view format_name) {
    const std::filesystem::path original(path);
    const std::string name = original.stem().string() + "." + std::string(role) + std::string(format_named(format_name)->extensions.front());
    return (original.parent_path() / name).string();
}

std::string extensions_for(FormatUse use) {
    std::vector<std::string> names;
    for (const FileFormat& format : file_formats()) {
        if (!usable_for(format, use)) continue;
        // A map is written under its format's own extension only (a .tsv would not get tabs).
        if (use == FormatUse::write_map) names.emplace_back(format.extensions.front());
        else for (const auto extension : format.extensions) names.emplace_back(extension);
    }
    std::string text;
    for (std::size_t k = 0; k < names.size(); ++k) {
        if (k > 0) text += k + 1 == names.size() ? " or " : ", ";
        text += names[k];
    }
    return text;
}

std::string readable_formats_in_words() {
    std::string text;
    for (const FileFormat& format : file_formats()) {
        if (!format.read) continue;
        if (!text.empty()) text += "; ";
        // Appends, not "a" + b: GCC 12 warns falsely (-Wrestrict) on those.
        text.append(format.label).append(":");
        for (const auto extension : format.extensions) text.append(" ").append(extension);
    }
    return text;
}

std::string format_lines(FormatUse use) {
    std::string text;
    for (const FileFormat& format : file_formats()) {
        if (!usable_for(format, use)) continue;
        text.append("  ").append(format.label).append(" (");
        if (use == FormatUse::write_map) {
            text.append(format.extensions.front());
        } else {
            for (std::size_t k = 0; k < format.extensions.size(); ++k) text.append(k ? " " : "").append(format.extensions[k]);
        }
        text.append(")");
        if (!format.keeps.empty()) text.append(": ").append(format.keeps);
        text += "\n";
    }
    return text;
}

const FileFormat& require_format(const std::string& path, FormatUse use) {
    const FileFormat* format = format_for_path(path);
    const bool own_extension = use != FormatUse::write_map || (format && extension_of(path) == format->extensions.front());
    if (format && usable_for(*format, use) && own_extension) return *format;
    const std::string extension = extension_of(path);
    const std::string verb = use == FormatUse::read ? "read" : use == FormatUse::draw ? "draw" : "write";
    throw std::runtime_error(path + ": cannot " + verb + " '" + extension + "' files; expected " + extensions_for(use));
}

}  // namespace stakemap
