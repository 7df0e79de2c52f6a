#pragma once
// Everything stakemap prints passes a filter, so that names carrying terminal
// escape sequences (ESC, CSI, OSC, BEL), other control characters or bidi
// overrides cannot move the cursor, retitle the window or reorder what a
// person reads - whether the output goes to a terminal now or to a file or
// pipe that someone prints later. The filter sits under std::cout and
// std::cerr (installed once by main), so no command can forget it; each
// replaced character becomes U+FFFD. Files written with -o are untouched:
// their writers escape for their own format. The progress bar writes its
// carriage returns through C stdio, beside the filter.

#include <string>

namespace stakemap::cli {

// Puts the filter under std::cout and std::cerr for the rest of the process.
void clean_standard_streams();

void print_out(const std::string& text);
void print_err(const std::string& text);

}  // namespace stakemap::cli
