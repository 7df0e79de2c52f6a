#include "viz/gui/unattended_run.hpp"

#include <cstdio>
#include <iostream>

#include "viz/gui/frame_timer.hpp"
#include "viz/gui/screenshot.hpp"

namespace stakemap::gui {

UnattendedRun::UnattendedRun(const GuiOptions& options, std::optional<interactive::Script> script)
    : options_(options), script_(std::move(script)) {}

void UnattendedRun::after_render(int width, int height) {
    if (!screenshot_due_) return;
    try {
        save_framebuffer_png(width, height, *screenshot_due_);
        std::cout << "screenshot: " << *screenshot_due_ << " (" << width << "x" << height << ")\n";
    } catch (const std::exception& error) {
        std::cerr << "error: " << error.what() << '\n';
        exit_code_ = 1;
    }
    screenshot_due_.reset();
}

bool UnattendedRun::record(double frame, double build, double layout, double vertices) {
    if (++frames_seen_ <= kWarmup) return false;
    frame_ms_.push_back(frame * 1000);
    build_ms_.push_back(build * 1000);
    layout_ms_.push_back(layout * 1000);
    vertices_.push_back(vertices);
    return frame_ms_.size() >= options_.bench_frames;
}

bool UnattendedRun::run_script(interactive::Session& session, const std::function<void(const std::string&)>& show_tab) {
    using Kind = interactive::WindowRequest::Kind;
    try {
        while (step_ < script_->steps.size()) {
            const auto request = interactive::run_step(session, *script_, script_->steps[step_++]);
            if (request.kind == Kind::frames) {
                wait_frames_ = request.frames;
                return true;
            }
            if (request.kind == Kind::screenshot) {
                screenshot_due_ = request.path;
                wait_frames_ = 1;
                return true;
            }
            if (request.kind == Kind::tab) show_tab(request.path);
            if (request.kind == Kind::quit) {
                step_ = script_->steps.size();
                return false;
            }
        }
    } catch (const std::exception& error) {
        std::cerr << "error: " << error.what() << '\n';
        exit_code_ = 1;
        return false;
    }
    return wait_frames_ > 0 || screenshot_due_.has_value();
}

bool UnattendedRun::next(interactive::Session& session, std::size_t frame_number, const std::function<void(const std::string&)>& show_tab) {
    if (wait_frames_ > 0) {
        --wait_frames_;
        return true;
    }
    if (script_) {
        if (step_ >= script_->steps.size()) return false;
        return run_script(session, show_tab);
    }
    if (options_.screenshot.empty()) return true;
    if (screenshot_done_) return false;
    const std::size_t frames = options_.frames > 0 ? options_.frames : 30;
    if (frame_number >= frames) {
        session.wait_for_analysis(300);
        screenshot_due_ = options_.screenshot;
        screenshot_done_ = true;
    }
    return true;
}

void UnattendedRun::print_measurements(const interactive::Session& session) const {
    const auto frame = percentiles(frame_ms_), build = percentiles(build_ms_), layout = percentiles(layout_ms_);
    std::printf("frames measured: %zu (after %zu warm-up), %zu organisations, %zu relationships, layout %s\n", frame_ms_.size(), kWarmup,
                session.map().organisation_count(), session.map().relationship_count(), session.layout_running() ? "running" : "paused");
    std::printf("frame time: median %.2f ms (%.1f fps), 95th percentile %.2f ms\n", frame.median, 1000.0 / frame.median, frame.p95);
    std::printf("CPU frame building: median %.2f ms, 95th percentile %.2f ms (of which layout: median %.2f ms)\n", build.median,
                build.p95, layout.median);
    std::printf("vertices per frame: median %.0f\n", percentiles(vertices_).median);
}

}  // namespace stakemap::gui
