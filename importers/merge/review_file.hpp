#pragma once
// The two small CSV files a person edits around stakemap merge:
//  - the review file: uncertain pairs with score and evidence; the person writes
//    `same` or `different` in the first column and runs merge again;
//  - the alias table: each row lists names of one organisation ("UNICEF",
//    "United Nations Children's Fund", "Fonds des Nations unies pour l'enfance").

#include <string>
#include <vector>

#include "importers/merge/duplicate_finder.hpp"

namespace stakemap {

enum class Decision { undecided, same, different };

struct ReviewRow {
    Decision decision = Decision::undecided;
    double score = 0.0;
    std::string evidence;
    std::string file_a, id_a, name_a;
    std::string file_b, id_b, name_b;
};

// Throws ImportError at FILE:LINE (field) for an unknown decision or a missing column.
std::vector<ReviewRow> read_review_file(const std::string& path);
// Replaced atomically; decisions already made are written back as they were.
void write_review_file(const std::string& path, const std::vector<ReviewRow>& rows);

// Throws ImportError for an unreadable file. A first row "name,..." or "alias,..." is a header.
AliasTable read_alias_table(const std::string& path);

}  // namespace stakemap
