#include "viz/interactive/import_step.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <map>
#include <tuple>

#include <nlohmann/json.hpp>

#include "graph/vocabulary.hpp"
#include "importers/formats/workbook_reader.hpp"
#include "importers/importer.hpp"
#include "importers/support/csv_table.hpp"
#include "importers/support/table_import.hpp"
#include "importers/support/text_file.hpp"

namespace stakemap::interactive {
namespace {

namespace fs = std::filesystem;

std::string lower_extension(const std::string& path) {
    std::string extension = fs::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

// The tables of a spreadsheet-like file (a CSV or a workbook); none for other formats.
std::vector<Table> tables_in(const std::string& path) {
    const std::string extension = lower_extension(path);
    if (extension == ".xlsx" || extension == ".ods") return read_workbook_tables(path);
    if (extension != ".csv" && extension != ".tsv" && extension != ".txt") return {};
    const CsvTable csv = parse_csv(TextFile::read(path));
    Table table;
    table.file = fs::path(path).filename().string();
    table.delimiter = csv.delimiter;
    for (const CsvRecord& record : csv.records) table.rows.push_back({record.line, record.fields});
    return {table};
}

PreviewTable preview_of(const Table& table, std::optional<TableKind> kind_hint, const ColumnOverrides& columns) {
    PreviewTable preview;
    preview.name = table.sheet.empty() ? table.file : table.file + ": " + table.sheet;
    if (table.rows.empty()) return preview;
    preview.kind = kind_hint ? *kind_hint : kind_of_table(table).value_or(TableKind::relationships);
    preview.header = table.rows.front().cells;
    preview.roles = plan_columns(preview.header, preview.kind, columns).roles;
    for (std::size_t r = 1; r < table.rows.size() && preview.rows.size() < ImportStep::kPreviewRows; ++r) preview.rows.push_back(table.rows[r].cells);
    return preview;
}

bool known_theme(const std::string& theme) {
    const auto themes = vocabulary::themes();
    return std::find(themes.begin(), themes.end(), theme) != themes.end();
}

}  // namespace

fs::path ImportStep::default_layouts_store() {
    if (const char* config = std::getenv("XDG_CONFIG_HOME"); config && *config) return fs::path(config) / "stakemap" / "import-layouts.json";
    const char* home = std::getenv("HOME");
    return fs::path(home && *home ? home : ".") / ".config" / "stakemap" / "import-layouts.json";
}

ImportStep::ImportStep(std::string path, std::string nodes_path, fs::path layouts)
    : path_(std::move(path)), nodes_path_(std::move(nodes_path)), layouts_(std::move(layouts)) {
    try {
        read_tables();
    } catch (const std::exception& error) {
        error_ = error.what();
        return;
    }
    load_remembered();
    refresh();
}

void ImportStep::read_tables() {
    tables_.clear();
    for (const Table& table : tables_in(path_)) tables_.push_back(preview_of(table, std::nullopt, columns_));
    if (!nodes_path_.empty()) {
        for (const Table& table : tables_in(nodes_path_)) tables_.push_back(preview_of(table, TableKind::organisations, columns_));
    }
}

void ImportStep::set_role(const std::string& header, ColumnRole role) {
    // A header takes one role: drop any other role this header had, and any other header with this role.
    for (auto it = columns_.header_of.begin(); it != columns_.header_of.end();) {
        if (it->second == header || it->first == role) it = columns_.header_of.erase(it);
        else ++it;
    }
    if (role != ColumnRole::attribute) columns_.header_of[role] = header;
    remembered_ = false;
    refresh();
}

void ImportStep::map_value(VocabularyField field, const std::string& value, const std::string& canonical) {
    values_.erase(std::remove_if(values_.begin(), values_.end(),
                                 [&](const auto& row) { return std::get<0>(row) == field && std::get<1>(row) == value; }),
                  values_.end());
    values_.emplace_back(field, value, canonical);
    remembered_ = false;
    refresh();
}

ImportOptions ImportStep::options() const {
    ImportOptions options;
    if (!nodes_path_.empty()) options.nodes_path = nodes_path_;
    options.columns = columns_;
    if (!values_.empty()) {
        auto vocabulary = std::make_shared<VocabularyMapping>();
        for (const auto& [field, value, canonical] : values_) vocabulary->add(field, value, canonical, "chosen in the import step");
        options.vocabulary = std::move(vocabulary);
    }
    return options;
}

void ImportStep::refresh() {
    error_.clear();
    decisions_.clear();
    warnings_.clear();
    unmapped_.clear();
    organisations_ = relationships_ = 0;
    for (PreviewTable& table : tables_) table.roles = plan_columns(table.header, table.kind, columns_).roles;
    try {
        const ImportResult result = import_map(path_, options());
        decisions_ = result.decisions;
        warnings_ = result.warnings;
        organisations_ = result.map.organisation_count();
        relationships_ = result.map.relationship_count();
        // Values the vocabulary did not map, most frequent first, with the nearest known words.
        std::map<std::pair<VocabularyField, std::string>, std::size_t> counts;
        for (std::size_t v = 0; v < result.map.organisation_count(); ++v) {
            const Organisation& o = result.map.organisation(v);
            if (!o.type.empty() && !vocabulary::is_known_organisation_type(o.type)) ++counts[{VocabularyField::type, o.type}];
            for (const auto& theme : o.themes) {
                if (!known_theme(theme)) ++counts[{VocabularyField::theme, theme}];
            }
        }
        const VocabularyMapping built_in;
        for (const auto& [key, count] : counts) unmapped_.push_back({key.first, key.second, count, built_in.closest(key.first, key.second)});
        std::stable_sort(unmapped_.begin(), unmapped_.end(), [](const UnmappedValue& a, const UnmappedValue& b) { return a.count > b.count; });
    } catch (const std::exception& error) {
        error_ = error.what();
    }
}

std::string ImportStep::layout_signature() const {
    std::string signature;
    for (const PreviewTable& table : tables_) {
        signature += table.kind == TableKind::organisations ? "organisations:" : "relationships:";
        for (const auto& header : table.header) signature += VocabularyMapping::key(header) + "|";
        signature += "\n";
    }
    return signature;
}

void ImportStep::load_remembered() {
    if (tables_.empty()) return;
    std::ifstream in(layouts_);
    if (!in) return;
    const nlohmann::json layouts = nlohmann::json::parse(in, nullptr, false);
    if (!layouts.is_object() || !layouts.contains(layout_signature())) return;
    const auto& choice = layouts.at(layout_signature());
    if (!choice.is_object()) return;
    try {
        const nlohmann::json columns = choice.value("columns", nlohmann::json::object());  // kept: items() refers into it
        const nlohmann::json values = choice.value("values", nlohmann::json::array());
        for (const auto& [role, header] : columns.items()) {
            if (const auto named = role_named(role); named && header.is_string()) columns_.header_of[*named] = header.get<std::string>();
        }
        for (const auto& row : values) {
            const auto field = vocabulary_field_named(row.at(0).get<std::string>());
            if (field) values_.emplace_back(*field, row.at(1).get<std::string>(), row.at(2).get<std::string>());
        }
        remembered_ = !columns_.empty() || !values_.empty();
    } catch (const std::exception&) {
        columns_ = {};  // a damaged entry is ignored, not half applied
        values_.clear();
    }
}

void ImportStep::remember() const {
    if (tables_.empty()) return;
    nlohmann::json layouts = nlohmann::json::object();
    if (std::ifstream in(layouts_); in) {
        nlohmann::json read = nlohmann::json::parse(in, nullptr, false);
        if (read.is_object()) layouts = std::move(read);
    }
    nlohmann::json choice;
    choice["columns"] = nlohmann::json::object();
    for (const auto& [role, header] : columns_.header_of) choice["columns"][std::string(role_name(role))] = header;
    choice["values"] = nlohmann::json::array();
    for (const auto& [field, value, canonical] : values_) choice["values"].push_back({std::string(field_name(field)), value, canonical});
    layouts[layout_signature()] = std::move(choice);
    std::error_code error;
    fs::create_directories(layouts_.parent_path(), error);
    std::ofstream(layouts_) << layouts.dump(2) << '\n';
}

}  // namespace stakemap::interactive
