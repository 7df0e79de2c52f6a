#pragma once
// Checks a map file against every rule and reports all problems, not only the
// first: what `stakemap validate` prints. JSON maps get the structure rules
// (with the path of each offending value) and, if those pass, the content
// rules; other formats are imported strictly (stopping at the first error,
// with its line) and then get the content rules.

#include <string>
#include <vector>

#include "importers/support/import_options.hpp"
#include "importers/rules/map_rules.hpp"

namespace stakemap {

struct ValidationReport {
    // "FILE: path: error|warning: message", in file order; for formats other than JSON, first every
    // choice the reader made ("FILE: note: column 'Organisation' read as the name") and its warnings.
    std::vector<std::string> lines;
    std::size_t errors = 0;
    std::size_t warnings = 0;
};

ValidationReport validate_map_file(const std::string& path, ImportOptions options = {});

}  // namespace stakemap
