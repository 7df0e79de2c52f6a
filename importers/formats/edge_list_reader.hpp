#pragma once
// A fast reader for the plain edge lists big maps come in (NetworkX's
// write_edgelist, igraph's NCOL, "source,target[,type][,weight]" CSV): it
// streams the file once, interns ids in an open-addressing table and keeps
// only what analysis needs - the organisations (ids, in order of first
// appearance) and the ties as index pairs with weights - so a 5-million-line
// list loads in about a second instead of building the editable map.
//
// It reads exactly what read_csv reads, or declines: anything it does not
// handle the same way (quotes, non-ASCII text, a node table, --strict, Gephi's
// direction column, a malformed line, a header it does not know) returns
// nullopt, and the caller uses the full reader, whose errors name the line.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "graph/stakeholder_map.hpp"
#include "importers/support/import_options.hpp"

namespace stakemap {

struct EdgeListTie {
    std::uint32_t source;
    std::uint32_t target;
    double weight;
};

struct EdgeList {
    std::vector<std::string> ids;   // organisations in order of first appearance
    bool directed = false;
    std::vector<EdgeListTie> ties;  // one per line, in file order

    // The organisations as a map (labels = ids, no relationships), e.g. to name them in output.
    StakeholderMap organisations() const;
};

std::optional<EdgeList> read_plain_edge_list(const std::string& path, const ImportOptions& options);

}  // namespace stakemap
