#pragma once
// Everything stakemap prints goes through here, so that names carrying
// terminal escape sequences (ESC, CSI, BEL) or bidi overrides cannot move the
// cursor, retitle the window or reorder what a person reads. Standard error
// is always cleaned; standard output when it is a terminal (a file or a pipe
// gets the text as it is: JSON is escaped already, Markdown by its writer).

#include <string>

namespace stakemap::cli {

void print_out(const std::string& text);
void print_err(const std::string& text);

}  // namespace stakemap::cli
