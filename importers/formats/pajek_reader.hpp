#pragma once
// Pajek networks (.net) and projects (.paj): *Vertices (two-mode N N1 too),
// *Edges, *Arcs, *Edgeslist, *Arcslist and *Matrix; in a project the first
// network, with its *Partition and *Vector values as attributes.
// Vertices are numbered 1..N in the file; as in NetworkX, an organisation's
// id is its vertex label (the number when the file gives no label). If labels
// repeat, ids fall back to the vertex numbers, with a warning.
// A file with any arc is a directed map; its *Edges then count as arcs both ways.

#include <string>

#include "importers/support/import_options.hpp"

namespace stakemap {

ImportResult read_pajek(const std::string& path, const ImportOptions& options);

}  // namespace stakemap
