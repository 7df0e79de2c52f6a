#pragma once
// No command writes over what it reads, or one of its outputs over another:
// `analyze m.json -o m.json` or `merge a b -o m.json --review m.json` would
// otherwise replace the user's map. Checked before any work, so nothing is
// written. Paths are compared as the files they are (links, "./", hard links).

#include <string>
#include <vector>

namespace stakemap::cli {

// Throws std::runtime_error naming the output and what it is also; empty paths are ignored.
void check_outputs(const std::vector<std::string>& inputs, const std::vector<std::string>& outputs);

}  // namespace stakemap::cli
