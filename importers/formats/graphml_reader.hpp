#pragma once
// GraphML as NetworkX, Gephi, yEd and igraph write it. Node identity is the
// GraphML node id; <key> declarations give attribute names, types and
// defaults; yEd's node graphics supply a label and position when present.

#include <string>

#include "importers/support/import_options.hpp"

namespace stakemap {

ImportResult read_graphml(const std::string& path, const ImportOptions& options);

}  // namespace stakemap
