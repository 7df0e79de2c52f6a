#include "cli/terminal_output.hpp"

#include <iostream>

#include <unistd.h>

#include "graph/support/text_safety.hpp"

namespace stakemap::cli {

void print_out(const std::string& text) {
    if (::isatty(STDOUT_FILENO)) std::cout << terminal_safe_text(text);
    else std::cout << text;
}

void print_err(const std::string& text) { std::cerr << terminal_safe_text(text); }

}  // namespace stakemap::cli
