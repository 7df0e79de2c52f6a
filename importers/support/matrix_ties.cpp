#include "importers/support/matrix_ties.hpp"

#include <algorithm>

namespace stakemap {
namespace {

bool by_position(const MatrixTie& a, const MatrixTie& b) { return a.row != b.row ? a.row < b.row : a.column < b.column; }

}  // namespace

bool is_symmetric(const std::vector<MatrixTie>& ties) {
    std::vector<MatrixTie> entries = ties, mirrored = ties;
    for (auto& tie : mirrored) std::swap(tie.row, tie.column);
    std::sort(entries.begin(), entries.end(), by_position);
    std::sort(mirrored.begin(), mirrored.end(), by_position);
    for (std::size_t k = 0; k < entries.size(); ++k) {
        if (entries[k].row != mirrored[k].row || entries[k].column != mirrored[k].column || entries[k].weight != mirrored[k].weight) return false;
    }
    return true;
}

std::vector<MatrixTie> ties_to_add(const std::vector<MatrixTie>& ties, bool symmetric) {
    if (!symmetric) return ties;
    std::vector<MatrixTie> once;
    for (const MatrixTie& tie : ties) {
        if (tie.row <= tie.column) once.push_back(tie);
    }
    return once;
}

}  // namespace stakemap
