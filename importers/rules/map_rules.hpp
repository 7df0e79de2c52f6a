#pragma once
// The rules a stakeholder map is checked against, shared by `stakemap validate`
// and the importers. Each problem names where it is (a path such as
// nodes/3/type) and what was expected.
//
//  - Structure rules (JSON maps): the shape of the document. Breaking one is
//    an error; the JSON importer stops at the first.
//  - Content rules (any map, whatever its format): unknown types and themes,
//    self-ties, repeated relationships, weights <= 0, country codes. These are
//    warnings: the map is usable, but probably not what was meant.

#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "graph/stakeholder_map.hpp"

namespace stakemap {

enum class Severity { error, warning };

enum class ProblemKind {
    syntax,             // not JSON at all
    wrong_type,         // a field of the wrong JSON type
    missing_field,      // a required field absent
    empty_id,
    duplicate_id,
    unknown_reference,  // a relationship names an id no organisation has
    bad_weight,         // not a number, or <= 0
    newer_version,
    unknown_key,
    unknown_type,
    unknown_theme,
    self_tie,
    repeated_relationship,
    country_code,
    influence_range,    // an influence score outside 0..10
};

struct Problem {
    Severity severity;
    ProblemKind kind;
    std::string path;  // e.g. "nodes/3/type"; empty for the whole document
    std::string message;
};

// Structure rules for a stakemap JSON map or NetworkX node-link document.
std::vector<Problem> check_json_structure(const nlohmann::json& document);

// The same rules one element at a time, for a reader that streams the document (ids'
// uniqueness and references are the map builder's to check then).
class JsonElementRules {
public:
    explicit JsonElementRules(bool node_link);
    ~JsonElementRules();
    void top_level_key(const std::string& key, const nlohmann::json& value);
    void node(const nlohmann::json& node, const std::string& path);
    void edge(const nlohmann::json& edge, const std::string& path);
    std::vector<Problem> take();  // what the rules found since the last call

private:
    struct Check;
    std::unique_ptr<Check> check_;
};

// Content rules; paths use the map's order (nodes/i, edges/k), which is the
// file's order for every importer.
std::vector<Problem> check_map_content(const StakeholderMap& map);
// The same content rules read straight from a JSON document, skipping what the
// structure rules reject, so one report can hold both kinds of problem.
std::vector<Problem> check_json_content(const nlohmann::json& document);

// Orders problems as they stand in a file: top-level keys, then nodes, then edges, by index.
void sort_by_position(std::vector<Problem>& problems);

// "nodes/3/type: warning: unknown type ..." (without the file name).
std::string describe(const Problem& problem);

}  // namespace stakemap
