#pragma once
// Small pieces the interchange writers share: themes joined into one value,
// numbers as JSON writes them, ids by index, and whether ties repeat a pair.

#include <map>
#include <string>
#include <vector>

#include "graph/map_source.hpp"

namespace stakemap {

std::string joined_themes(const Organisation& organisation);
std::string number_text(double value);
// Collects organisation ids once, since relationships name their ends by index.
std::vector<std::string> organisation_ids(const MapSource& map);
// The names readers take as an organisation's or a relationship's own fields (any case):
// an attribute spelled so must be written under another name or it would come back as the field.
const std::vector<std::string>& organisation_field_names();
const std::vector<std::string>& relationship_field_names();

// Names for attributes in a format with fixed fields: a name a field has ("id", "label", "x")
// becomes "attribute NAME" (after `safe`, the format's own spelling rules), and two names
// the rules make alike (also in case) ("a b", "a-b") are told apart by a number: renamed, never dropped.
// Returns one name per input name, in order.
std::vector<std::string> distinct_names(const std::vector<std::string>& names, const std::vector<std::string>& fixed,
                                        std::string (*safe)(const std::string&) = nullptr);

// The fixed names plus the readers' field names, for distinct_names.
std::vector<std::string> with_field_names(std::vector<std::string> fixed, const std::vector<std::string>& fields);

// Unique edge ids: a repeated id gets " (2)", " (3)", ... so tools keyed on ids keep every tie.
class EdgeIds {
public:
    std::string unique(const std::string& id);

private:
    std::map<std::string, std::size_t> used_;
};

// Whether two relationships join the same pair (NetworkX then needs to be told "multigraph").
bool has_parallel_relationships(const MapSource& map);

}  // namespace stakemap
