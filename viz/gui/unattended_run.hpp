#pragma once
// What drives the window when no person does: a script's steps
// (viz/interactive/script.hpp), a screenshot after some frames, or frame-time
// measurements (--bench-frames). The frame loop asks it what to do after
// each frame, so run_gui stays a loop of poll, build, draw.

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "viz/gui/gui_app.hpp"
#include "viz/interactive/script.hpp"
#include "viz/interactive/session.hpp"

namespace stakemap::gui {

class UnattendedRun {
public:
    UnattendedRun(const GuiOptions& options, std::optional<interactive::Script> script);

    bool active() const { return measuring() || script_ || !options_.screenshot.empty(); }
    bool measuring() const { return options_.bench_frames > 0; }

    // A drawn frame, before it is shown: writes a screenshot that is due.
    void after_render(int width, int height);
    // Frame figures (seconds); true once enough frames are measured.
    bool record(double frame, double build, double layout, double vertices);
    // After each frame: runs script steps or schedules the screenshot. False when the run is over.
    bool next(interactive::Session& session, std::size_t frame_number, const std::function<void(const std::string&)>& show_tab);
    // The measured figures, on standard output.
    void print_measurements(const interactive::Session& session) const;
    int exit_code() const { return exit_code_; }

private:
    bool run_script(interactive::Session& session, const std::function<void(const std::string&)>& show_tab);

    const GuiOptions& options_;
    std::optional<interactive::Script> script_;
    std::size_t step_ = 0, wait_frames_ = 0;
    std::optional<std::string> screenshot_due_;
    bool screenshot_done_ = false;
    int exit_code_ = 0;
    static constexpr std::size_t kWarmup = 10;
    std::size_t frames_seen_ = 0;
    std::vector<double> frame_ms_, build_ms_, layout_ms_, vertices_;
};

}  // namespace stakemap::gui
