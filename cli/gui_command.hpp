#pragma once
// `stakemap gui [MAP]`: the interactive map window.

#include <CLI/CLI.hpp>

namespace stakemap::cli {

void register_gui(CLI::App& app, int& exit_code);

}  // namespace stakemap::cli
