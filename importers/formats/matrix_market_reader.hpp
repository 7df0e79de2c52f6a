#pragma once
// MatrixMarket coordinate files (.mtx), as scipy.io.mmread reads them (and
// NetworkX from the result): the banner "%%MatrixMarket matrix coordinate
// real|integer|pattern general|symmetric", % comments, "M N entries", then
// "i j [value]" lines (1-based). The matrix must be square: row and column
// k are organisation "k". "symmetric" (only one triangle stored) is an
// undirected map; "general" is undirected when its entries are symmetric,
// directed otherwise. Complex, hermitian, skew-symmetric and array files are
// refused with a located error.

#include <string>

#include "importers/support/import_options.hpp"

namespace stakemap {

ImportResult read_matrix_market(const std::string& path, const ImportOptions& options);

}  // namespace stakemap
