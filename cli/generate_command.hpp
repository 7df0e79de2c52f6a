#pragma once
// `stakemap generate`: write a synthetic stakeholder network.

#include <CLI/CLI.hpp>

namespace stakemap::cli {

void register_generate(CLI::App& app, int& exit_code);

}  // namespace stakemap::cli
