#pragma once
// What the window shows and how, apart from the map: the selection, filters
// and ego view, what colours and sizes organisations, what is highlighted,
// and which suggestion is previewed. Plain state with setters; the session
// notices what changed through generation().

#include <cstdint>
#include <optional>
#include <set>
#include <string>

#include "viz/interactive/selection.hpp"
#include "viz/interactive/view_filter.hpp"

namespace stakemap::interactive {

class ViewState {
public:
    Selection& selection() { return selection_; }
    const Selection& selection() const { return selection_; }

    const ViewFilter& filter() const { return filter_; }
    bool set_filter(ViewFilter filter);  // true if it changed
    int ego_radius() const { return ego_radius_; }  // 0: off; else 1..3 steps from the selection
    void set_ego_radius(int radius);

    const std::string& colour_by() const { return colour_by_; }
    void set_colour_by(std::string field) { colour_by_ = std::move(field); }
    const std::string& size_by() const { return size_by_; }  // a measure, or "" for equal sizes
    void set_size_by(std::string measure) { size_by_ = std::move(measure); }

    const std::set<std::string>& highlighted() const { return highlighted_; }
    const std::string& highlight_reason() const { return highlight_reason_; }
    void highlight(std::set<std::string> ids, std::string why);

    // The suggestion drawn as a dashed tie (its rank in the list shown).
    const std::optional<std::size_t>& previewed_suggestion() const { return previewed_; }
    void preview_suggestion(std::optional<std::size_t> rank) { previewed_ = rank; }

    // A new document: nothing selected, highlighted or previewed (filters and styling stay).
    void forget_document();

private:
    Selection selection_;
    ViewFilter filter_;
    int ego_radius_ = 0;
    std::string colour_by_ = "type";
    std::string size_by_ = "degree";
    std::set<std::string> highlighted_;
    std::string highlight_reason_;
    std::optional<std::size_t> previewed_;
};

}  // namespace stakemap::interactive
