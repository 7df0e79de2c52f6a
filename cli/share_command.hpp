#pragma once
// `stakemap share MAP -o map.html`: the map as one offline interactive web page.

#include <CLI/CLI.hpp>

namespace stakemap::cli {

void register_share(CLI::App& app, int& exit_code);

}  // namespace stakemap::cli
