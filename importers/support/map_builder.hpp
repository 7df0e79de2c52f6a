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
//    declaration of nodes (a bare CSV edge list) turn the warning off.

#include <string>
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

    void add_relationship(std::string source, std::string target, Relationship relationship,
                          SourceLocation where);

    void warn(const SourceLocation& where, const std::string& message);

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

    std::string file_;
    ImportOptions options_;
    bool edges_declare_nodes_;
    StakeholderMap map_;
    std::vector<PendingRelationship> pending_;
    std::vector<std::string> warnings_;
    std::size_t implicit_count_ = 0;
    std::vector<SourceLocation> organisation_locations_;  // with ImportOptions::record_locations
    std::vector<SourceLocation> relationship_locations_;
};

}  // namespace stakemap
