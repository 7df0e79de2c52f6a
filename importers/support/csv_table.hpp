#pragma once
// RFC 4180 tables as spreadsheets export them: comma, semicolon, tab or
// (bare edge lists) space delimited, detected from the first line that is not
// a comment; quoted fields with doubled quotes and embedded newlines, CRLF or
// LF line ends. Edge lists from SNA tools start with comment lines (SNAP's
// "# FromNodeId ToNodeId", KONECT's "% sym unweighted"): a line whose first
// character is # or % is skipped before the first record, and anywhere in a
// space- or tab-delimited list. Runs of spaces separate one field in a
// space-delimited list, as NetworkX and igraph read them.

#include <cstddef>
#include <string>
#include <vector>

#include "importers/support/text_file.hpp"

namespace stakemap {

struct CsvRecord {
    std::size_t line = 0;  // line the record starts on
    std::vector<std::string> fields;
};

struct CsvTable {
    char delimiter = ',';
    std::vector<CsvRecord> records;  // blank lines skipped
    std::size_t comment_lines = 0;    // # or % lines skipped
};

// Throws ImportError on an unterminated quote or text after a closing quote.
CsvTable parse_csv(const TextFile& file);

// The delimiter of a header line: the most frequent of , ; tab outside quotes;
// a space when none of those occurs but spaces do; else a comma.
char detect_delimiter(std::string_view first_line);

}  // namespace stakemap
