#pragma once
// Where in an input file something went wrong, and the error that carries it.
// Every importer reports problems as "FILE:LINE[:COLUMN]: message", or, where a
// format has no useful line (a JSON document's structure), "FILE: field: message".

#include <cstddef>
#include <stdexcept>
#include <string>

namespace stakemap {

struct SourceLocation {
    std::string file;
    std::size_t line = 0;    // 1-based; 0 = unknown
    std::size_t column = 0;  // 1-based; 0 = unknown
    std::string field;       // CSV column name or JSON path, when that says more than a column

    std::string to_string() const;
};

// A place named by a path of fields (a JSON document's "nodes/3/id"), not by a line.
inline SourceLocation at_path(const std::string& file, const std::string& path) { return {file, 0, 0, path}; }

class ImportError : public std::runtime_error {
public:
    ImportError(SourceLocation where, const std::string& message);
    const SourceLocation& where() const { return where_; }
    const std::string& message() const { return message_; }

private:
    SourceLocation where_;
    std::string message_;
};

}  // namespace stakemap
