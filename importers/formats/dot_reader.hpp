#pragma once
// Graphviz DOT, parsed by Graphviz's own cgraph library. Node identity is the
// DOT node name; a `label` other than the default "\N" is the label; every
// other attribute set on a node, edge or the graph is kept.

#include <string>

#include "importers/support/import_options.hpp"

namespace stakemap {

ImportResult read_dot(const std::string& path, const ImportOptions& options);

}  // namespace stakemap
