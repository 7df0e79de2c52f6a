#pragma once
// `stakemap validate`: check a map against every rule and list all problems.

#include <CLI/CLI.hpp>

namespace stakemap::cli {

void register_validate(CLI::App& app, int& exit_code);

}  // namespace stakemap::cli
