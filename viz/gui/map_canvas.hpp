#pragma once
// The map itself: organisations and ties drawn with ImGui's draw lists, with
// pan (drag the background), zoom about the cursor (wheel), drag-to-pin,
// click / shift-click / shift-drag box selection, hover tooltips, labels by
// importance as space allows (more as you zoom), off-screen culling, arrows
// on directed ties, tie styles by type, and the legend. It draws the
// session's state and calls its methods; it computes no measures.

#include <cstdint>
#include <optional>
#include <vector>

#include <imgui.h>

#include "viz/interactive/session.hpp"

namespace stakemap::gui {

class MapCanvas {
public:
    // Fills the current window's remaining content region.
    void draw(interactive::Session& session, bool legend = true);

    std::optional<interactive::OrgIndex> hovered() const { return hovered_; }

private:
    struct TieDraw {
        std::uint32_t a, b;
        ImU32 colour;
        float thickness;
        std::uint8_t pattern;  // 0 solid, 1 dashed, 2 dotted
        bool arrow;
        bool proposed;
    };

    void refresh_caches(interactive::Session& session);
    void draw_ties(ImDrawList* draw, interactive::Session& session, ImVec2 min, ImVec2 max);
    void draw_nodes(ImDrawList* draw, interactive::Session& session, ImVec2 min, ImVec2 max);
    void mark_hidden_dots(interactive::Session& session, bool crowded, ImVec2 min, ImVec2 max);
    void draw_labels(ImDrawList* draw, interactive::Session& session, ImVec2 min, ImVec2 max);
    void draw_preview(ImDrawList* draw, interactive::Session& session, ImVec2 min, ImVec2 max);
    void draw_overlays(ImDrawList* draw, interactive::Session& session, ImVec2 min, ImVec2 max);
    void draw_legend(ImDrawList* draw, interactive::Session& session, ImVec2 min, ImVec2 max);
    void handle_mouse(interactive::Session& session, bool canvas_hovered, bool canvas_active);
    std::optional<interactive::OrgIndex> node_at(interactive::Session& session, ImVec2 mouse) const;

    std::vector<ImVec2> screen_;      // per organisation, this frame
    std::vector<float> radius_px_;    // per organisation, this frame
    std::vector<char> hidden_dot_;    // per organisation, this frame: a dot drawn later covers it
    std::vector<char> taken_cells_;   // scratch for mark_hidden_dots
    std::vector<TieDraw> ties_;       // rebuilt per revision
    std::uint64_t ties_revision_ = 0;
    std::size_t ties_drawn_ = 0, ties_on_screen_ = 0;  // this frame
    std::vector<interactive::OrgIndex> label_order_;  // most important first, rebuilt per style
    std::uint64_t label_generation_ = 0;
    std::uint64_t label_revision_ = 0;

    enum class Drag { none, pan, node, box };
    Drag drag_ = Drag::none;
    interactive::OrgIndex dragged_ = 0;
    ImVec2 press_{0, 0};
    bool moved_ = false;
    std::optional<interactive::OrgIndex> hovered_;
    bool fitted_once_ = false;
    interactive::LabelBox legend_box_;  // where the legend was drawn last frame (empty: hidden)
};

}  // namespace stakemap::gui
