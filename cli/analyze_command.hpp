#pragma once
// `stakemap analyze`: read a map, compute the chosen measures, print them.

#include <CLI/CLI.hpp>

namespace stakemap::cli {

// Registers the subcommand and its options on `app`; the returned callback
// runs it and gives the process exit code.
void register_analyze(CLI::App& app, int& exit_code);

}  // namespace stakemap::cli
