#include "cli/numeric_checks.hpp"
#include "cli/gui_command.hpp"

#include <iostream>
#include <memory>

#ifdef STAKEMAP_HAVE_GUI
#include "viz/gui/gui_app.hpp"
#endif

namespace stakemap::cli {

#ifdef STAKEMAP_HAVE_GUI
void register_gui(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<gui::GuiOptions>();
    CLI::App* command = app.add_subcommand("gui", "Open the interactive map: explore, find gaps, accept suggested partners, edit, save");
    command->add_option("map", options->map_path, "A map in any format the importers read (optional)");
    command->add_option("--screenshot", options->screenshot, "Render, write this PNG and quit (for tests and docs)");
    command->add_option("--frames", options->frames, "Frames to render before --screenshot (default 30)");
    command->add_option("--script", options->script, "Replay the actions in this file (select, filter, zoom, accept-suggestion, undo, save, ...)");
    command->add_option("--bench-frames", options->bench_frames,
                        "Measure this many frames, print median and 95th-percentile frame and CPU times, and quit");
    command->add_option("--autosave-seconds", options->autosave_seconds, "How often unsaved work goes to the recovery file (default 60)")
        ->check(kFiniteNumber)
        ->check(CLI::Range(0.0, 86400.0));
    command->add_option("--recovery", options->recovery, "A recovery file found at start-up: ask, restore or discard (default ask)")
        ->check(CLI::IsMember({"ask", "restore", "discard"}));
    command->add_option("--width", options->width, "Window width in pixels (default 1280)")->check(CLI::Range(320, 10000));
    command->add_option("--height", options->height, "Window height in pixels (default 800)")->check(CLI::Range(240, 10000));
    command->callback([options, &exit_code] { exit_code = gui::run_gui(*options); });
}
#else
// Built with -DSTAKEMAP_BUILD_GUI=OFF: the command exists and says why it cannot open a window.
void register_gui(CLI::App& app, int& exit_code) {
    CLI::App* command = app.add_subcommand("gui", "The interactive map (not in this build)");
    command->allow_extras();
    command->callback([&exit_code] {
        std::cerr << "error: this stakemap was built without the window (STAKEMAP_BUILD_GUI=OFF); rebuild with Dear ImGui and GLFW\n";
        exit_code = 1;
    });
}
#endif

}  // namespace stakemap::cli
