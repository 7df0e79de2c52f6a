#pragma once
// LGL (Large Graph Layout) files (.lgl), as igraph reads them: "# name" starts
// an organisation's list, each following line "partner [weight]" is one
// undirected tie. Names are ids.

#include <string>

#include "importers/support/import_options.hpp"

namespace stakemap {

ImportResult read_lgl(const std::string& path, const ImportOptions& options);

}  // namespace stakemap
