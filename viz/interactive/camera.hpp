#pragma once
// The view onto the map: world coordinates (where the layout puts
// organisations) to screen pixels and back; zoom about a point; fit; and a
// short animated flight to an organisation found by search.

#include <algorithm>

namespace stakemap::interactive {

struct Point {
    double x = 0.0;
    double y = 0.0;
};

struct Bounds {
    Point min{0, 0};
    Point max{0, 0};
};

class Camera {
public:
    static constexpr double min_zoom = 1e-4;
    static constexpr double max_zoom = 1e4;

    // The canvas rectangle on screen, in pixels.
    void set_viewport(Point origin, Point size) {
        origin_ = origin;
        size_ = size;
    }
    Point viewport_origin() const { return origin_; }
    Point viewport_size() const { return size_; }

    double zoom() const { return zoom_; }  // pixels per world unit
    Point centre() const { return centre_; }

    Point to_screen(Point world) const {
        return {origin_.x + size_.x / 2 + (world.x - centre_.x) * zoom_, origin_.y + size_.y / 2 + (world.y - centre_.y) * zoom_};
    }
    Point to_world(Point screen) const {
        return {centre_.x + (screen.x - origin_.x - size_.x / 2) / zoom_, centre_.y + (screen.y - origin_.y - size_.y / 2) / zoom_};
    }

    void pan_pixels(double dx, double dy) {
        flying_ = false;
        centre_.x -= dx / zoom_;
        centre_.y -= dy / zoom_;
    }

    // Zooms by `factor`, keeping the world point under `screen` where it is.
    void zoom_at(Point screen, double factor) {
        flying_ = false;
        const Point anchor = to_world(screen);
        zoom_ = std::clamp(zoom_ * factor, min_zoom, max_zoom);
        const Point moved = to_world(screen);
        centre_.x += anchor.x - moved.x;
        centre_.y += anchor.y - moved.y;
    }

    // Shows all of `bounds` with a margin of `margin` pixels on each side.
    void fit(Bounds bounds, double margin = 40) {
        flying_ = false;
        centre_ = {(bounds.min.x + bounds.max.x) / 2, (bounds.min.y + bounds.max.y) / 2};
        const double width = std::max(bounds.max.x - bounds.min.x, 1e-9);
        const double height = std::max(bounds.max.y - bounds.min.y, 1e-9);
        const double usable_x = std::max(size_.x - 2 * margin, 1.0), usable_y = std::max(size_.y - 2 * margin, 1.0);
        zoom_ = std::clamp(std::min(usable_x / width, usable_y / height), min_zoom, max_zoom);
    }

    void set(Point centre, double zoom) {
        flying_ = false;
        centre_ = centre;
        zoom_ = std::clamp(zoom, min_zoom, max_zoom);
    }

    // Starts a flight to `target` at `zoom` lasting `seconds`.
    void fly_to(Point target, double zoom, double seconds = 0.35) {
        from_centre_ = centre_;
        from_zoom_ = zoom_;
        to_centre_ = target;
        to_zoom_ = std::clamp(zoom, min_zoom, max_zoom);
        duration_ = std::max(seconds, 1e-3);
        elapsed_ = 0;
        flying_ = true;
    }
    // Advances a flight; true while one is under way.
    bool animate(double seconds) {
        if (!flying_) return false;
        elapsed_ = std::min(elapsed_ + seconds, duration_);
        const double t = elapsed_ / duration_;
        const double eased = t * t * (3 - 2 * t);
        centre_ = {from_centre_.x + (to_centre_.x - from_centre_.x) * eased, from_centre_.y + (to_centre_.y - from_centre_.y) * eased};
        zoom_ = from_zoom_ + (to_zoom_ - from_zoom_) * eased;
        flying_ = elapsed_ < duration_;
        return true;
    }
    bool flying() const { return flying_; }

private:
    Point origin_{0, 0}, size_{800, 600};
    Point centre_{0, 0};
    double zoom_ = 1.0;
    bool flying_ = false;
    Point from_centre_, to_centre_;
    double from_zoom_ = 1, to_zoom_ = 1, duration_ = 1, elapsed_ = 0;
};

}  // namespace stakemap::interactive
