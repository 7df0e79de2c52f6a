#pragma once
// `stakemap diff OLD NEW [--format md|json] [-o FILE]`.

#include <CLI/CLI.hpp>

namespace stakemap::cli {

void register_diff(CLI::App& app, int& exit_code);

}  // namespace stakemap::cli
