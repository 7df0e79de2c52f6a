#pragma once
// The planners' commands: `stakemap gaps`, `stakemap suggest`, `stakemap whatif`.

#include <CLI/CLI.hpp>

namespace stakemap::cli {

void register_gaps(CLI::App& app, int& exit_code);
void register_suggest(CLI::App& app, int& exit_code);
void register_whatif(CLI::App& app, int& exit_code);

}  // namespace stakemap::cli
