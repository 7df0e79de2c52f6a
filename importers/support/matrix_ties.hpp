#pragma once
// Ties read as entries of a square matrix (Pajek's *Matrix, UCINET DL, MatrixMarket):
// a matrix equal to its transpose is an undirected network, each tie once; any
// other is directed, one arc per entry. Shared so every such reader decides alike.

#include <cstddef>
#include <vector>

namespace stakemap {

struct MatrixTie {
    std::size_t row, column;  // 0-based
    double weight;
    std::size_t line;         // where it was read, for messages
};

// True when every entry (i, j, w) has its mirror (j, i, w). Entries in any order.
bool is_symmetric(const std::vector<MatrixTie>& ties);

// The ties to add: for a symmetric matrix each pair once (row <= column), else all.
std::vector<MatrixTie> ties_to_add(const std::vector<MatrixTie>& ties, bool symmetric);

}  // namespace stakemap
