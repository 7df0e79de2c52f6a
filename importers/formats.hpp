#pragma once
// The one registry of file formats: which extensions a format has, how it is
// read and written, and what it keeps. The CLI, the window's open/save/export
// and the diagram renderer all look formats up here, so adding a format is
// one entry below plus its reader and writer in formats/.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "importers/formats/xlsx_writer.hpp"
#include "importers/support/import_options.hpp"
#include "graph/map_source.hpp"

namespace stakemap {

enum class FormatRole {
    map,      // an interchange format: organisations and relationships in, and (if it has a writer) out
    diagram,  // a drawing made by Graphviz (viz/export/diagram.hpp); never read as a map
};

struct WriteOptions {
    enum class Json { stakemap, node_link, kumu };
    Json json = Json::stakemap;  // what .json holds: the stakemap map, NetworkX node-link, or a Kumu blueprint
    std::vector<ExtraColumn> measures;  // workbooks: measures written beside each organisation
    bool spreadsheet_safe = true;       // CSV: cells that would run as formulas get a leading '
    bool byte_order_mark = false;       // CSV: a UTF-8 BOM for Excel on Windows
};

using MapReader = ImportResult (*)(const std::string& path, const ImportOptions& options);
// Returns what was written in words ("a.csv and a.nodes.csv").
using MapWriter = std::string (*)(const MapSource& map, const std::string& path, const WriteOptions& options);

struct FileFormat {
    std::string_view name;                     // "graphml"
    std::string_view label;                    // for menus and help: "GraphML (NetworkX, Gephi, yEd, igraph)"
    std::vector<std::string_view> extensions;  // lower case, with the dot; the first is the one written
    FormatRole role = FormatRole::map;
    MapReader read = nullptr;                  // nullptr: cannot be read
    MapWriter write = nullptr;                 // nullptr: no map writer
    std::string_view graphviz_output;          // diagrams: Graphviz's renderer name ("svg"); "" otherwise
    std::string_view keeps;                    // what a written file keeps, in words
    bool edge_list = false;                    // a plain edge list (a CSV table of ties; --nodes adds a node table)
};

const std::vector<FileFormat>& file_formats();

// The lower-case extension of a path (".graphml"), "" if none.
std::string extension_of(std::string_view path);

// The format a path's extension names, or nullptr.
const FileFormat* format_for_path(std::string_view path);
const FileFormat* format_named(std::string_view name);

// The stakemap JSON map format: what Save writes and merge outputs.
const FileFormat& stakemap_map_format();
bool is_stakemap_map_path(std::string_view path);
// `path` with its extension replaced by the stakemap map format's.
std::string with_stakemap_map_extension(const std::string& path);

// A file that travels with `path`: <folder>/<stem>.<role><the format's extension>,
// e.g. companion_path("ties.csv", "nodes", "csv") is "ties.nodes.csv".
std::string companion_path(const std::string& path, std::string_view role, std::string_view format_name);

// "ext, ext or ext" of the formats that pass the test, for help and error messages.
enum class FormatUse { read, write_map, draw };
std::string extensions_for(FormatUse use);
// "label: ext ext; label: ext" of the readable formats (help and error messages).
std::string readable_formats_in_words();
// One line per format usable so: "  label (.ext): what it keeps" (help texts).
std::string format_lines(FormatUse use);

// Throws std::runtime_error naming the expected extensions when `path` cannot be used so.
const FileFormat& require_format(const std::string& path, FormatUse use);

}  // namespace stakemap
