#pragma once
// `stakemap gui`: the desktop window (GLFW + OpenGL 3 + Dear ImGui).

#include <cstddef>
#include <string>

namespace stakemap::gui {

struct GuiOptions {
    std::string map_path;          // empty: start with an empty map
    std::string screenshot;        // write a PNG after `frames` frames, then quit
    std::size_t frames = 0;        // frames before the screenshot (0: 30)
    std::string script;            // actions to replay (see viz/interactive/script.hpp)
    std::size_t bench_frames = 0;  // measure this many frames, print the figures, quit
    double autosave_seconds = 60;  // recovery file cadence while there are unsaved changes
    std::string recovery = "ask";  // a recovery file at start-up: ask, restore or discard
    int width = 1280;
    int height = 800;
};

// Returns the process exit code: 0, or 1 after printing an error on stderr
// (unreadable map, no display, a script step that failed).
int run_gui(const GuiOptions& options);

}  // namespace stakemap::gui
