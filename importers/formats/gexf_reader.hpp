#pragma once
// GEXF (Gephi's format, 1.1-1.3). Node identity is the GEXF node id, its
// label attribute the label; declared attributes keep their types; viz:position
// becomes the stored layout position.

#include <string>

#include "importers/support/import_options.hpp"

namespace stakemap {

ImportResult read_gexf(const std::string& path, const ImportOptions& options);

}  // namespace stakemap
