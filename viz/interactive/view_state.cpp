#include "viz/interactive/view_state.hpp"

#include <algorithm>

namespace stakemap::interactive {

bool ViewState::set_filter(ViewFilter filter) {
    if (filter == filter_) return false;
    filter_ = std::move(filter);
    return true;
}

void ViewState::set_ego_radius(int radius) { ego_radius_ = std::clamp(radius, 0, 3); }

void ViewState::highlight(std::set<std::string> ids, std::string why) {
    highlighted_ = std::move(ids);
    highlight_reason_ = std::move(why);
}

void ViewState::forget_document() {
    selection_.clear();
    highlighted_.clear();
    highlight_reason_.clear();
    previewed_.reset();
}

}  // namespace stakemap::interactive
