#pragma once
// UCINET's DL files (.dl), as UCINET and igraph read them: a header
// "DL N=5" with FORMAT = FULLMATRIX (the default), EDGELIST1 or NODELIST1,
// optional LABELS: (commas, spaces or lines between them, "quotes" for
// labels with spaces), LABELS EMBEDDED (labels in the data), then DATA:.
// Two-mode files (NR, NC) give row and column organisations (attribute
// mode 1 and 2). The ties form a matrix: a symmetric one is an undirected
// map, any other a directed one (importers/support/matrix_ties.hpp). Only
// the first of several matrices (NM > 1) is read, with a warning.

#include <string>

#include "importers/support/import_options.hpp"

namespace stakemap {

ImportResult read_ucinet_dl(const std::string& path, const ImportOptions& options);

}  // namespace stakemap
