#pragma once
// GML as NetworkX, igraph and Pajek users write it. Node identity is the GML
// `id`; `label` is kept as the label. Strings may carry HTML character
// references (&#233; &amp; &quot;), as NetworkX writes non-ASCII text.

#include <string>

#include "importers/support/import_options.hpp"

namespace stakemap {

ImportResult read_gml(const std::string& path, const ImportOptions& options);

}  // namespace stakemap
