#pragma once
// `stakemap export`: write a map in another format.

#include <CLI/CLI.hpp>

namespace stakemap::cli {

void register_export(CLI::App& app, int& exit_code);

}  // namespace stakemap::cli
