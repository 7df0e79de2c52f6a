#pragma once
// `stakemap report`: one self-contained HTML scoping report.

#include <CLI/CLI.hpp>

namespace stakemap::cli {

void register_report(CLI::App& app, int& exit_code);

}  // namespace stakemap::cli
