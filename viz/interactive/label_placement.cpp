#include "viz/interactive/label_placement.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace stakemap::interactive {
namespace {

bool covers(const LabelBox& box, const Circle& circle) {
    if (circle.r <= 0) return false;
    const float nearest_x = std::clamp(circle.x, box.x0, box.x1), nearest_y = std::clamp(circle.y, box.y0, box.y1);
    const float dx = circle.x - nearest_x, dy = circle.y - nearest_y;
    const float r = std::max(0.0f, circle.r - 0.5f);  // touching is not covering
    return dx * dx + dy * dy < r * r;
}

// Buckets of circles and placed labels over the view.
class ScreenGrid {
public:
    ScreenGrid(LabelBox view, float cell) : view_(view), cell_(cell) {
        columns_ = std::max(1, static_cast<int>(std::ceil((view.x1 - view.x0) / cell)) + 2);
        rows_ = std::max(1, static_cast<int>(std::ceil((view.y1 - view.y0) / cell)) + 2);
        circles_.resize(static_cast<std::size_t>(columns_) * static_cast<std::size_t>(rows_));
        labels_.resize(circles_.size());
    }
    void add_circle(std::uint32_t index, const Circle& c) { visit({c.x - c.r, c.y - c.r, c.x + c.r, c.y + c.r}, [&](std::size_t cell) { circles_[cell].push_back(index); }); }
    void add_label(std::uint32_t index, const LabelBox& box) { visit(box, [&](std::size_t cell) { labels_[cell].push_back(index); }); }

    template <typename Circles, typename Labels>
    bool free(const LabelBox& box, std::uint32_t own, const Circles& circles, const Labels& labels) const {
        bool clear = true;
        visit(box, [&](std::size_t cell) {
            if (!clear) return;
            for (const std::uint32_t c : circles_[cell]) {
                if (c != own && covers(box, circles[c])) {
                    clear = false;
                    return;
                }
            }
            for (const std::uint32_t l : labels_[cell]) {
                if (labels[l].box.intersects(box)) {
                    clear = false;
                    return;
                }
            }
        });
        return clear;
    }

private:
    int column(float x) const { return std::clamp(static_cast<int>(std::floor((x - view_.x0) / cell_)) + 1, 0, columns_ - 1); }
    int row(float y) const { return std::clamp(static_cast<int>(std::floor((y - view_.y0) / cell_)) + 1, 0, rows_ - 1); }
    template <typename Visit>
    void visit(const LabelBox& box, Visit&& visit_cell) const {
        for (int y = row(box.y0); y <= row(box.y1); ++y) {
            for (int x = column(box.x0); x <= column(box.x1); ++x) visit_cell(static_cast<std::size_t>(y) * static_cast<std::size_t>(columns_) + static_cast<std::size_t>(x));
        }
    }

    LabelBox view_;
    float cell_;
    int columns_ = 1, rows_ = 1;
    std::vector<std::vector<std::uint32_t>> circles_, labels_;
};

bool inside(const LabelBox& box, const LabelBox& view) { return box.x0 >= view.x0 && box.y0 >= view.y0 && box.x1 <= view.x1 && box.y1 <= view.y1; }

bool near_view(const Circle& c, const LabelBox& view, float margin) {
    return c.r > 0 && c.x + c.r >= view.x0 - margin && c.x - c.r <= view.x1 + margin && c.y + c.r >= view.y0 - margin && c.y - c.r <= view.y1 + margin;
}

}  // namespace

std::vector<PlacedLabel> place_labels(const std::vector<Circle>& circles, const std::vector<LabelRequest>& requests, LabelBox view,
                                      std::size_t limit, const std::vector<LabelBox>& keep_clear) {
    constexpr float kCell = 48, kGap = 2;
    ScreenGrid grid(view, kCell);
    for (std::uint32_t v = 0; v < circles.size(); ++v) {
        if (near_view(circles[v], view, 0)) grid.add_circle(v, circles[v]);
    }
    std::vector<PlacedLabel> placed;
    for (const LabelRequest& request : requests) {
        if (placed.size() >= limit) break;
        if (request.organisation >= circles.size()) continue;
        const Circle& c = circles[request.organisation];
        if (!near_view(c, view, 0) && !request.must_show) continue;
        const float w = request.width, h = request.height, r = std::max(c.r, 0.0f);
        const std::array<LabelBox, 4> spots = {
            LabelBox{c.x - w / 2, c.y + r + kGap, c.x + w / 2, c.y + r + kGap + h},        // below
            LabelBox{c.x - w / 2, c.y - r - kGap - h, c.x + w / 2, c.y - r - kGap},        // above
            LabelBox{c.x + r + kGap + 1, c.y - h / 2, c.x + r + kGap + 1 + w, c.y + h / 2},  // right
            LabelBox{c.x - r - kGap - 1 - w, c.y - h / 2, c.x - r - kGap - 1, c.y + h / 2},  // left
        };
        const LabelBox* chosen = nullptr;
        for (const LabelBox& spot : spots) {
            const bool clear = std::none_of(keep_clear.begin(), keep_clear.end(), [&](const LabelBox& box) { return box.intersects(spot); });
            if (clear && inside(spot, view) && grid.free(spot, request.organisation, circles, placed)) {
                chosen = &spot;
                break;
            }
        }
        if (!chosen && request.must_show) chosen = &spots[0];
        if (!chosen) continue;
        grid.add_label(static_cast<std::uint32_t>(placed.size()), *chosen);
        placed.push_back({request.organisation, *chosen});
    }
    return placed;
}

std::size_t count_label_overlaps(const std::vector<Circle>& circles, const std::vector<PlacedLabel>& labels) {
    std::size_t overlaps = 0;
    for (std::size_t a = 0; a < labels.size(); ++a) {
        for (std::size_t b = a + 1; b < labels.size(); ++b) overlaps += labels[a].box.intersects(labels[b].box);
        for (std::uint32_t v = 0; v < circles.size(); ++v) overlaps += v != labels[a].organisation && covers(labels[a].box, circles[v]);
    }
    return overlaps;
}

}  // namespace stakemap::interactive
