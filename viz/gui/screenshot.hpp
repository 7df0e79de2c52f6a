#pragma once
// Writes what the window shows to a PNG file (atomically: temporary file,
// then rename), reading the back buffer after the frame is drawn.

#include <string>

namespace stakemap::gui {

// Throws std::runtime_error if the pixels cannot be read or the file written.
void save_framebuffer_png(int width, int height, const std::string& path);

}  // namespace stakemap::gui
