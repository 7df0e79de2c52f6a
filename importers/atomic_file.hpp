#pragma once
// Saving without losing what was there: the text goes to a temporary file in
// the target's folder, is flushed to disk, and only then renamed over the
// target. A failed write leaves the old file untouched and throws.

#include <string>
#include <string_view>

namespace stakemap {

// Throws std::runtime_error naming the path and the reason on failure.
void write_file_atomically(const std::string& path, std::string_view contents);

}  // namespace stakemap
