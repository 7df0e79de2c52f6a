#pragma once
// The one place where importers turn what they read into a StakeholderMap, so
// every format follows the same rules:
//  - organisation ids are unique once surrounding spaces are trimmed; a repeated
//    id is an error at its location;
//  - ids, labels and attributes stay within importers/input_limits.hpp;
//  - relationships may come before the organisations they name; they are
//    resolved at finish();
//  - a relationship naming an undeclared organisation creates it with a
//    warning, or is an error in strict mode. Formats whose edges are the only
//    declaration of nodes (a bare CSV edge list) turn the warning off;
//  - a relationship may name an organisation by its id, or by a name or
//    acronym the reader registered (add_alias), case- and accent-blind;
//  - types, themes and tie types are mapped to the vocabulary
//    (vocabulary_mapping.hpp); what does not map is reported once per value.

#include <string>
#include <map>
#include <optional>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "importers/support/import_error.hpp"
#include "importers/support/import_options.hpp"

namespace stakemap {

class MapBuilder {
public:
    MapBuilder(std::string file, const ImportOptions& options, bool edges_declare_nodes = false);

    void set_directed(bool directed) { map_.set_directed(directed); }
    Attributes& metadata() { return map_.metadata; }

    void add_organisation(Organisation organisation, const SourceLocation& where);
    bool has_organisation(const std::string& id) const;
    std::optional<std::size_t> index_of(const std::string& id) const { return map_.find(id); }

    void add_relationship(std::string source, std::string target, Relationship relationship,
                          SourceLocation where);

    // Another way ties may name an organisation ("ILO", "International Labour Organization").
    void add_alias(const std::string& name, const std::string& id);
    void warn(const SourceLocation& where, const std::string& message);
    // A choice the reader made that the file did not spell out (validate lists them).
    void decide(std::string decision);
    // The id an organisation would get from its name: a stable slug, made unique.
    std::string id_from_name(const std::string& name, const SourceLocation& where);

    // Resolves pending relationships and hands over the map.
    ImportResult finish();

private:
    struct PendingRelationship {
        std::string source;
        std::string target;
        Relationship data;
        SourceLocation where;
    };

    void check_room_for_organisation(const SourceLocation& where) const;
    StakeholderMap::OrgIndex resolve(const std::string& id, const SourceLocation& where);
    void map_values(Organisation& organisation, const SourceLocation& where);
    void map_values(Relationship& relationship, const SourceLocation& where);
    std::string mapped(VocabularyField field, const std::string& written, const SourceLocation& where, std::vector<std::string>* more = nullptr);
    void record_place(std::vector<ImportResult::Place>& places, const SourceLocation& where);
    void report_values();

    std::string file_;
    ImportOptions options_;
    bool edges_declare_nodes_;
    StakeholderMap map_;
    std::vector<PendingRelationship> pending_;
    std::vector<std::string> warnings_;
    std::size_t implicit_count_ = 0;
    std::vector<SourceLocation> organisation_locations_;  // with ImportOptions::record_locations
    std::vector<SourceLocation> relationship_locations_;
    std::vector<ImportResult::PlaceFile> place_files_;
    std::vector<ImportResult::Place> organisation_places_, relationship_places_;
    std::vector<std::string> decisions_;
    bool named_by_alias_ = false;

    std::shared_ptr<const VocabularyMapping> vocabulary_;
    struct ValueTally {
        std::string canonical;  // "" when it did not map
        std::string rule;
        std::vector<std::string> also;  // further canonical values it names (a theme naming two)
        std::size_t count = 0;
        SourceLocation first;
    };
    std::map<std::pair<VocabularyField, std::string>, ValueTally> values_;  // (field, as written)
    std::unordered_map<std::string, bool> tie_type_maps_;  // written tie type -> whether the vocabulary changes it
    std::unordered_map<std::string, std::string> alias_;  // folded name -> id ("" when two ids share it)
    std::unordered_map<std::string, std::vector<std::string>> alias_ids_;  // folded name -> ids, for ambiguity messages
};

}  // namespace stakemap
