#pragma once
// What a user can tell an importer beyond the file itself.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <memory>

#include "graph/stakeholder_map.hpp"
#include "importers/support/column_roles.hpp"
#include "importers/support/import_error.hpp"
#include "importers/support/vocabulary_mapping.hpp"

namespace stakemap {

struct ImportOptions {
    // Fail on relationships naming organisations the file never declared,
    // instead of creating them with a warning.
    bool strict = false;
    // A CSV node table to go with a CSV edge list.
    std::optional<std::string> nodes_path;
    // Overrides the file's own (or the format's default) directedness.
    std::optional<bool> directed;
    // Keep where in the file each organisation and relationship was read (stakemap merge's provenance).
    bool record_locations = false;
    // Which column holds what, where the headers do not say it (--columns).
    ColumnOverrides columns;
    // Words for types, themes and tie types (--vocabulary, a profile's "vocabulary"); null: the built-in table.
    std::shared_ptr<const VocabularyMapping> vocabulary;
    // The text files' encoding (an iconv name); "": detect UTF-8, UTF-16 or Windows-1252.
    std::string encoding;
};

struct ImportResult {
    StakeholderMap map;
    std::vector<std::string> warnings;  // each already "FILE:LINE: message"
    // Every choice the reader made that the file did not spell out: column roles, value
    // mappings, the encoding, ids made from names. `stakemap validate` lists them.
    std::vector<std::string> decisions;
    // Where each organisation and relationship was read (file:line, or the JSON path / sheet
    // cell in `field`); always kept, cheaply, for warnings that point at the right file.
    struct PlaceFile {
        std::string file, sheet;  // sheet: a workbook's, else ""
    };
    std::vector<PlaceFile> location_files;
    struct Place {
        std::uint32_t file = 0, line = 0;  // line 0: unknown (e.g. a JSON map: its path is used instead)
    };
    std::vector<Place> organisation_places, relationship_places;
    SourceLocation organisation_place(std::size_t index) const;
    // With ImportOptions::record_locations: where each organisation (by index) and each
    // relationship (in the map's order) was read; an organisation created by a relationship
    // has that relationship's location.
    std::vector<SourceLocation> organisation_locations;
    std::vector<SourceLocation> relationship_locations;
};

}  // namespace stakemap
