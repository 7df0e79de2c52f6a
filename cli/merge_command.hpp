#pragma once
// `stakemap merge A B [C ...] -o MERGED.json [--aliases A.csv] [--review R.csv]`.

#include <CLI/CLI.hpp>

namespace stakemap::cli {

void register_merge(CLI::App& app, int& exit_code);

}  // namespace stakemap::cli
