#pragma once
// Where the map's names go, in screen pixels: each organisation's label,
// most important first, is tried below its circle, above, to the right and
// to the left, and placed at the first spot that covers no label placed
// before it and no other organisation's circle; a label with no such spot is
// left out (the name shows on hover). Labels that must be shown (the
// selection) take their best spot even when it overlaps. A grid over the
// screen keeps each test to the few circles and labels nearby, so placing is
// O(labels tried x neighbours), not O(labels x organisations).

#include <cstddef>
#include <cstdint>
#include <vector>

namespace stakemap::interactive {

struct LabelBox {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool intersects(const LabelBox& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

struct Circle {
    float x = 0, y = 0, r = 0;
};

struct LabelRequest {
    std::uint32_t organisation = 0;  // index into the circles
    float width = 0, height = 0;     // of the text, pixels
    bool must_show = false;
};

struct PlacedLabel {
    std::uint32_t organisation = 0;
    LabelBox box;
};

// `circles`: every organisation drawn (index = organisation), r <= 0 for one not drawn.
// `requests`: in priority order. `view`: labels not forced must lie inside it. At most `limit` placed.
// `keep_clear`: boxes no label may cover (the legend, the status line).
std::vector<PlacedLabel> place_labels(const std::vector<Circle>& circles, const std::vector<LabelRequest>& requests, LabelBox view,
                                      std::size_t limit, const std::vector<LabelBox>& keep_clear = {});

// Overlaps among drawn labels: pairs of labels that intersect, plus labels that cover another
// organisation's circle. 0 for a readable map.
std::size_t count_label_overlaps(const std::vector<Circle>& circles, const std::vector<PlacedLabel>& labels);

}  // namespace stakemap::interactive
