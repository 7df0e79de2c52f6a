#pragma once
// The import step: before a team's file becomes the open map, the window
// shows what the readers decided - each column's role, the first rows, the
// values that map to no known type or theme - and lets the person change a
// column's role ("this column is the type") or map a value ("NGO" -> CSO);
// every change re-reads the file with those choices, so the counts and
// warnings shown are what opening it would give. The choices can be
// remembered for the next file laid out the same way (same headers), in
// $XDG_CONFIG_HOME/stakemap/import-layouts.json.

#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "importers/support/column_roles.hpp"
#include "importers/support/import_options.hpp"
#include "importers/support/vocabulary_mapping.hpp"

namespace stakemap::interactive {

struct PreviewTable {
    std::string name;  // the file's name, or "file: sheet"
    TableKind kind = TableKind::relationships;
    std::vector<std::string> header;
    std::vector<ColumnRole> roles;                // one per column, as the reader will take them
    std::vector<std::vector<std::string>> rows;   // the first rows after the header
};

struct UnmappedValue {
    VocabularyField field = VocabularyField::type;
    std::string value;                 // as written
    std::size_t count = 0;             // organisations with it
    std::vector<std::string> closest;  // known words nearest to it
};

class ImportStep {
public:
    static constexpr std::size_t kPreviewRows = 8;

    // Reads `path` (and a node table for a CSV edge list) with what was remembered for its layout.
    ImportStep(std::string path, std::string nodes_path = "", std::filesystem::path layouts = default_layouts_store());
    static std::filesystem::path default_layouts_store();

    // The column headed `header` holds `role` (an override, as --columns gives one).
    void set_role(const std::string& header, ColumnRole role);
    // `value` of `field` means `canonical` (as a --vocabulary row).
    void map_value(VocabularyField field, const std::string& value, const std::string& canonical);

    const std::string& path() const { return path_; }
    const std::string& nodes_path() const { return nodes_path_; }
    const std::vector<PreviewTable>& tables() const { return tables_; }
    const std::vector<UnmappedValue>& unmapped() const { return unmapped_; }
    const std::vector<std::string>& decisions() const { return decisions_; }
    const std::vector<std::string>& warnings() const { return warnings_; }
    const std::string& error() const { return error_; }  // "": the file reads with these choices
    std::size_t organisations() const { return organisations_; }
    std::size_t relationships() const { return relationships_; }
    bool used_remembered_choices() const { return remembered_; }

    // What opening the file now takes.
    ImportOptions options() const;
    // Keeps the choices for files laid out like this one (a failed write is ignored).
    void remember() const;

private:
    void read_tables();
    void refresh();
    std::string layout_signature() const;
    void load_remembered();

    std::string path_, nodes_path_;
    std::filesystem::path layouts_;
    ColumnOverrides columns_;
    std::vector<std::tuple<VocabularyField, std::string, std::string>> values_;  // the person's value mappings
    std::vector<PreviewTable> tables_;
    std::vector<UnmappedValue> unmapped_;
    std::vector<std::string> decisions_, warnings_;
    std::string error_;
    std::size_t organisations_ = 0, relationships_ = 0;
    bool remembered_ = false;
};

}  // namespace stakemap::interactive
