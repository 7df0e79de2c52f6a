#include "viz/gui/map_canvas.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "graph/vocabulary.hpp"
#include "viz/gui/gui_style.hpp"
#include "viz/gui/shaped_text.hpp"
#include "viz/palette.hpp"

namespace stakemap::gui {
namespace {

using interactive::OrgIndex;
using interactive::Point;

constexpr ImU32 kProposed = IM_COL32(213, 94, 0, 255);  // Okabe-Ito vermillion
constexpr ImU32 kSelected = IM_COL32(20, 20, 20, 255);
constexpr ImU32 kHighlight = IM_COL32(213, 94, 0, 255);
constexpr std::size_t kMaxLabels = 400;
constexpr std::size_t kNamesFitKeeps = 12;

bool segment_outside(ImVec2 a, ImVec2 b, ImVec2 min, ImVec2 max) {
    return (a.x < min.x && b.x < min.x) || (a.x > max.x && b.x > max.x) || (a.y < min.y && b.y < min.y) ||
           (a.y > max.y && b.y > max.y);
}

void dashed_line(ImDrawList* draw, ImVec2 a, ImVec2 b, ImU32 colour, float thickness, float dash, float gap) {
    const float dx = b.x - a.x, dy = b.y - a.y;
    const float length = std::sqrt(dx * dx + dy * dy);
    if (length < 1e-3f) return;
    const float ux = dx / length, uy = dy / length;
    for (float at = 0; at < length; at += dash + gap) {
        const float end = std::min(at + dash, length);
        draw->AddLine({a.x + ux * at, a.y + uy * at}, {a.x + ux * end, a.y + uy * end}, colour, thickness);
    }
}

ImU32 with_alpha(std::uint32_t rgb, int alpha) {
    return IM_COL32((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, alpha);
}

std::string shortened(const std::string& label, std::size_t limit = 40) {
    if (label.size() <= limit) return label;
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(label[cut]) & 0xC0) == 0x80) --cut;  // whole UTF-8 characters
    return label.substr(0, cut) + "…";
}

}  // namespace

void MapCanvas::refresh_caches(interactive::Session& session) {
    const StakeholderMap& map = session.map();
    if (ties_revision_ != session.document().revision() || ties_.size() != map.relationship_count()) {
        ties_.clear();
        ties_.reserve(map.relationship_count());
        for (const auto handle : map.relationship_handles()) {
            const auto tie = map.relationship(handle);
            if (tie.source == tie.target) continue;
            const viz::TieStyle style = viz::tie_style(tie.data.type);
            const auto status = tie.data.attributes.find("status");
            const bool proposed = status != tie.data.attributes.end() && to_display_string(status->second) == "proposed";
            const std::string pattern = style.style;
            TieDraw draw{static_cast<std::uint32_t>(tie.source), static_cast<std::uint32_t>(tie.target),
                         with_alpha(interactive::parse_hex_colour(style.colour), 120), pattern == "bold" ? 2.4f : 1.2f,
                         static_cast<std::uint8_t>(pattern == "dashed" ? 1 : pattern == "dotted" ? 2 : 0),
                         map.directed() || tie.data.directed, proposed};
            ties_.push_back(draw);
        }
        ties_revision_ = session.document().revision();
    }
    const auto& style = session.style();
    if (label_generation_ != session.style_generation() || label_revision_ != session.document().revision()) {
        label_order_.resize(map.organisation_count());
        for (std::size_t v = 0; v < label_order_.size(); ++v) label_order_[v] = v;
        std::stable_sort(label_order_.begin(), label_order_.end(),
                         [&](OrgIndex a, OrgIndex b) { return style.radius[a] > style.radius[b]; });
        label_generation_ = session.style_generation();
        label_revision_ = session.document().revision();
    }
}

void MapCanvas::draw(interactive::Session& session, bool legend) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImVec2 size = ImGui::GetContentRegionAvail();
    size.x = std::max(size.x, 50.0f);
    size.y = std::max(size.y, 50.0f);
    session.camera().set_viewport({origin.x, origin.y}, {size.x, size.y});
    if (!fitted_once_) {
        session.fit_view();
        fitted_once_ = true;
    }
    ImGui::InvisibleButton("map canvas", size, ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight);
    const bool canvas_hovered = ImGui::IsItemHovered();
    const bool canvas_active = ImGui::IsItemActive();
    const ImVec2 max{origin.x + size.x, origin.y + size.y};

    refresh_caches(session);
    const StakeholderMap& map = session.map();
    const auto& style = session.style();
    const interactive::Camera& camera = session.camera();
    const std::size_t n = map.organisation_count();
    screen_.resize(n);
    radius_px_.resize(n);
    const double zoom = camera.zoom();
    for (std::size_t v = 0; v < n; ++v) {
        const Point p = camera.to_screen(session.position(v));
        screen_[v] = {static_cast<float>(p.x), static_cast<float>(p.y)};
        radius_px_[v] = std::max(1.5f, static_cast<float>(style.radius[v] * zoom));
    }

    handle_mouse(session, canvas_hovered, canvas_active);

    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(origin, max, true);
    draw_ties(draw, session, origin, max);
    draw_nodes(draw, session, origin, max);
    draw_labels(draw, session, origin, max);
    draw_preview(draw, session, origin, max);
    if (legend) draw_legend(draw, session, origin, max);
    else {
        session.set_legend_size(0, 0);
        legend_box_ = {};
    }
    draw_overlays(draw, session, origin, max);
    draw->PopClipRect();

    if (hovered_ && drag_ == Drag::none) {
        const Organisation& organisation = map.organisation(*hovered_);
        ImGui::BeginTooltip();
        shaped_text().text(organisation.label);
        ImGui::TextDisabled("%s", vocabulary::type_in_words(organisation.type).c_str());
        if (!organisation.country.empty() || !organisation.region.empty()) {
            ImGui::Text("%s%s%s", organisation.country.c_str(), organisation.country.empty() || organisation.region.empty() ? "" : " · ",
                        organisation.region.c_str());
        }
        for (const char* name : {"degree", "betweenness", "pagerank"}) {
            if (const auto* column = session.column(name); column && std::isfinite(column->values[*hovered_])) {
                ImGui::Text("%s: %s", name, format_measure(column->values[*hovered_], column->kind).c_str());
            }
        }
        ImGui::EndTooltip();
    }
}

std::optional<OrgIndex> MapCanvas::node_at(interactive::Session& session, ImVec2 mouse) const {
    const auto& shown = session.visible();
    std::optional<OrgIndex> best;
    float best_distance = 0;
    for (std::size_t v = 0; v < screen_.size(); ++v) {
        if (!shown[v]) continue;
        const float dx = screen_[v].x - mouse.x, dy = screen_[v].y - mouse.y;
        const float reach = radius_px_[v] + 3;
        const float distance = dx * dx + dy * dy;
        if (distance <= reach * reach && (!best || distance < best_distance)) {
            best = v;
            best_distance = distance;
        }
    }
    return best;
}

void MapCanvas::handle_mouse(interactive::Session& session, bool canvas_hovered, bool canvas_active) {
    const ImGuiIO& io = ImGui::GetIO();
    const ImVec2 mouse = io.MousePos;
    hovered_ = canvas_hovered || canvas_active ? node_at(session, mouse) : std::nullopt;
    if (canvas_hovered && io.MouseWheel != 0) {
        session.camera().zoom_at({mouse.x, mouse.y}, std::pow(1.15, static_cast<double>(io.MouseWheel)));
        session.set_follow_layout(false);
    }
    if (canvas_hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        press_ = mouse;
        moved_ = false;
        if (hovered_) {
            drag_ = Drag::node;
            dragged_ = *hovered_;
        } else {
            drag_ = io.KeyShift ? Drag::box : Drag::pan;
        }
    }
    if (drag_ != Drag::none && ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        if (std::abs(mouse.x - press_.x) + std::abs(mouse.y - press_.y) > 3) moved_ = true;
        if (drag_ == Drag::pan && moved_) {
            session.camera().pan_pixels(io.MouseDelta.x, io.MouseDelta.y);
            session.set_follow_layout(false);
        }
        if (drag_ == Drag::node && moved_ && dragged_ < session.map().organisation_count()) {
            session.drag_organisation(dragged_, session.camera().to_world({mouse.x, mouse.y}));
        }
    }
    if (drag_ != Drag::none && ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
        if (drag_ == Drag::node && !moved_ && dragged_ < session.map().organisation_count()) {
            const std::string& id = session.map().organisation(dragged_).id;
            if (io.KeyShift) session.toggle_selected(id);
            else session.select_only(id);
        } else if (drag_ == Drag::pan && !moved_) {
            session.clear_selection();
        } else if (drag_ == Drag::box) {
            session.select_in_box(session.camera().to_world({press_.x, press_.y}), session.camera().to_world({mouse.x, mouse.y}), true);
        }
        drag_ = Drag::none;
    }
    if (hovered_ && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
        session.fly_to(session.map().organisation(*hovered_).id);
    }
    if (hovered_ && ImGui::IsMouseClicked(ImGuiMouseButton_Right)) {
        session.select_only(session.map().organisation(*hovered_).id);
        ImGui::OpenPopup("organisation menu");
    }
    if (ImGui::BeginPopup("organisation menu")) {
        const auto& primary = session.selection().primary();
        if (primary) {
            ImGui::TextDisabled("%s", primary->c_str());
            if (ImGui::MenuItem("Show neighbours only (ego view)")) session.set_ego_radius(1);
            if (ImGui::MenuItem("Fly to")) session.fly_to(*primary);
            if (ImGui::MenuItem("Unpin all")) session.unpin_all();
            if (ImGui::MenuItem("Delete")) session.delete_selection();
        }
        ImGui::EndPopup();
    }
}

void MapCanvas::draw_ties(ImDrawList* draw, interactive::Session& session, ImVec2 min, ImVec2 max) {
    const auto& shown = session.visible();
    // Level of detail: a software renderer fills every pixel of every line, so
    // a crowded view draws a stable sample of at most kTieBudget of the ties on
    // screen (each tie keeps its place in or out of the sample as the count
    // changes, so nothing flickers), as hairlines without dashes or arrows.
    constexpr std::size_t kTieBudget = 2500;
    std::size_t on_screen = 0;
    for (const TieDraw& tie : ties_) {
        on_screen += shown[tie.a] && shown[tie.b] && !segment_outside(screen_[tie.a], screen_[tie.b], min, max);
    }
    const bool detailed = on_screen <= 3000;
    const std::uint64_t keep_below = on_screen <= kTieBudget ? ~std::uint64_t{0} : (std::uint64_t{1} << 32) * kTieBudget / on_screen;
    ties_drawn_ = 0;
    ties_on_screen_ = on_screen;
    const ImDrawListFlags flags = draw->Flags;
    if (!detailed) draw->Flags &= ~ImDrawListFlags_AntiAliasedLines;
    for (std::size_t k = 0; k < ties_.size(); ++k) {
        const TieDraw& tie = ties_[k];
        if (!shown[tie.a] || !shown[tie.b]) continue;
        const ImVec2 a = screen_[tie.a], b = screen_[tie.b];
        if (segment_outside(a, b, min, max)) continue;
        if (!tie.proposed && ((k * 0x9E3779B97F4A7C15ull) >> 32) >= keep_below) continue;
        ++ties_drawn_;
        if (tie.proposed) {
            dashed_line(draw, a, b, kProposed, 2.2f, 7, 5);
        } else if (!detailed || tie.pattern == 0) {
            draw->AddLine(a, b, detailed ? tie.colour : (tie.colour & 0x70FFFFFFu), detailed ? tie.thickness : 1.0f);
        } else {
            dashed_line(draw, a, b, tie.colour, tie.thickness, tie.pattern == 1 ? 6.0f : 2.0f, tie.pattern == 1 ? 4.0f : 3.0f);
        }
        if (tie.arrow && detailed && radius_px_[tie.b] >= 3) {
            const float dx = b.x - a.x, dy = b.y - a.y;
            const float length = std::sqrt(dx * dx + dy * dy);
            if (length > radius_px_[tie.b] + 8) {
                const float ux = dx / length, uy = dy / length;
                const ImVec2 tip{b.x - ux * radius_px_[tie.b], b.y - uy * radius_px_[tie.b]};
                const ImVec2 base{tip.x - ux * 8, tip.y - uy * 8};
                draw->AddTriangleFilled(tip, {base.x - uy * 4, base.y + ux * 4}, {base.x + uy * 4, base.y - ux * 4},
                                        tie.proposed ? kProposed : (tie.colour | 0xFF000000u));
            }
        }
    }
    draw->Flags = flags;
}

// The suggestion being previewed, drawn over everything: a thick dashed line, both ends ringed,
// and what it is in words at its middle.
void MapCanvas::draw_preview(ImDrawList* draw, interactive::Session& session, ImVec2 min, ImVec2 max) {
    if (!session.previewed_suggestion() || *session.previewed_suggestion() >= session.suggestions().size()) return;
    const auto& item = session.suggestions()[*session.previewed_suggestion()];
    const auto a = session.map().find(item.source), b = session.map().find(item.target);
    if (!a || !b) return;
    dashed_line(draw, screen_[*a], screen_[*b], IM_COL32(255, 255, 255, 230), 7.0f, 12, 6);  // a halo, so it reads on any colour
    dashed_line(draw, screen_[*a], screen_[*b], kProposed, 4.5f, 12, 6);
    for (const auto end : {*a, *b}) {
        draw->AddCircle(screen_[end], radius_px_[end] + 5, IM_COL32(255, 255, 255, 230), 0, 5.0f);
        draw->AddCircle(screen_[end], radius_px_[end] + 5, kProposed, 0, 3.0f);
    }
    const std::string text = "suggested: " + item.source_label + " – " + item.target_label;
    const float font = ImGui::GetFontSize();
    const ImVec2 size = shaped_text().measure(text, font);
    // At the line's middle, kept inside the canvas.
    const ImVec2 middle{std::clamp((screen_[*a].x + screen_[*b].x) / 2 - size.x / 2, min.x + 6, std::max(min.x + 6, max.x - size.x - 6)),
                        std::clamp((screen_[*a].y + screen_[*b].y) / 2 - size.y - 6, min.y + 28, std::max(min.y + 28, max.y - size.y - 6))};
    draw->AddRectFilled({middle.x - 4, middle.y - 2}, {middle.x + size.x + 4, middle.y + size.y + 2}, IM_COL32(255, 255, 255, 235), 3.0f);
    draw->AddRect({middle.x - 4, middle.y - 2}, {middle.x + size.x + 4, middle.y + size.y + 2}, kProposed, 3.0f);
    shaped_text().draw(draw, middle, text, font, IM_COL32(120, 45, 0, 255));
}

void MapCanvas::draw_nodes(ImDrawList* draw, interactive::Session& session, ImVec2 min, ImVec2 max) {
    const auto& shown = session.visible();
    const auto& style = session.style();
    const bool dimming = !session.highlighted().empty();
    const StakeholderMap& map = session.map();
    // Many nodes: no anti-aliased fringe and no outlines (half the triangles; at that size nobody sees the edge).
    const bool crowded = session.visible_count() > 1500;
    const ImDrawListFlags flags = draw->Flags;
    if (crowded) draw->Flags &= ~ImDrawListFlags_AntiAliasedFill;
    mark_hidden_dots(session, crowded, min, max);
    for (std::size_t v = 0; v < screen_.size(); ++v) {
        if (!shown[v]) continue;
        const ImVec2 p = screen_[v];
        const float r = radius_px_[v];
        if (p.x + r < min.x || p.x - r > max.x || p.y + r < min.y || p.y - r > max.y) continue;
        if (r < 2.5f && hidden_dot_[v]) continue;
        const bool lit = !dimming || session.highlighted().contains(map.organisation(v).id);
        const ImU32 fill = with_alpha(style.colour[v], lit ? 255 : 70);
        if (r < 2.5f) {
            draw->AddRectFilled({p.x - 1.2f, p.y - 1.2f}, {p.x + 1.2f, p.y + 1.2f}, fill);
            continue;
        }
        const int segments = std::clamp(static_cast<int>(r), 8, 48);
        draw->AddCircleFilled(p, r, fill, segments);
        if (r > 4 && (!crowded || r > 10)) draw->AddCircle(p, r, IM_COL32(60, 60, 60, lit ? 200 : 60), segments, 1.0f);
        if (session.layout().pinned(v) && r > 5) draw->AddCircleFilled({p.x + r * 0.7f, p.y - r * 0.7f}, 2.5f, IM_COL32(60, 60, 60, 255));
    }
    draw->Flags = flags;
    // Rings on top: highlighted cells, the selection, the hovered organisation.
    for (const auto& id : session.highlighted()) {
        if (const auto v = map.find(id); v && shown[*v]) draw->AddCircle(screen_[*v], radius_px_[*v] + 3, kHighlight, 0, 2.5f);
    }
    for (const auto v : session.selection().indices(map)) {
        if (shown[v]) draw->AddCircle(screen_[v], radius_px_[v] + 3, kSelected, 0, 2.5f);
    }
    if (hovered_) draw->AddCircle(screen_[*hovered_], radius_px_[*hovered_] + 2, IM_COL32(0, 114, 178, 255), 0, 2.0f);
}

// Labels for the most important organisations first, where they cover no
// other label and no other circle (label_placement.hpp); the selection is
// always named. What finds no room is named on hover.
// A crowded view draws most organisations as dots 2.4 pixels wide, and where the map is dense
// many land on the same pixels. A software renderer pays for every one, so a dot is left out
// when a dot drawn after it (over it) has its centre in the same kCell-pixel square: what is
// lost is a sliver at most kCell pixels wide at the edge of a clump.
void MapCanvas::mark_hidden_dots(interactive::Session& session, bool crowded, ImVec2 min, ImVec2 max) {
    const auto& shown = session.visible();
    hidden_dot_.assign(screen_.size(), 0);
    if (!crowded) return;
    constexpr float kCell = 1.0f;
    const auto columns = static_cast<std::size_t>(std::max(1.0f, (max.x - min.x) / kCell + 1));
    const auto rows = static_cast<std::size_t>(std::max(1.0f, (max.y - min.y) / kCell + 1));
    taken_cells_.assign(columns * rows, 0);
    for (std::size_t v = screen_.size(); v-- > 0;) {
        if (!shown[v] || radius_px_[v] >= 2.5f) continue;
        const ImVec2 p = screen_[v];
        if (p.x < min.x || p.x >= max.x || p.y < min.y || p.y >= max.y) continue;
        const std::size_t cell = static_cast<std::size_t>((p.y - min.y) / kCell) * columns + static_cast<std::size_t>((p.x - min.x) / kCell);
        if (cell >= taken_cells_.size()) continue;
        if (taken_cells_[cell]) hidden_dot_[v] = 1;
        taken_cells_[cell] = 1;
    }
}

void MapCanvas::draw_labels(ImDrawList* draw, interactive::Session& session, ImVec2 min, ImVec2 max) {
    const auto& shown = session.visible();
    const StakeholderMap& map = session.map();
    const std::size_t n = map.organisation_count();
    interactive::Session::DrawnLabels drawn;
    drawn.circles.resize(n);
    drawn.width.assign(n, 0.0f);
    drawn.height.assign(n, 0.0f);
    for (std::size_t v = 0; v < n; ++v) {
        if (shown[v]) drawn.circles[v] = {screen_[v].x, screen_[v].y, radius_px_[v]};
        else drawn.circles[v].r = 0;
    }
    const float font = ImGui::GetFontSize();
    std::vector<std::string> texts(n);
    std::vector<interactive::LabelRequest> requests;
    const auto request = [&](OrgIndex v, bool must_show) {
        if (texts[v].empty()) {
            texts[v] = shortened(map.organisation(v).label);
            const ImVec2 extent = shaped_text().measure(texts[v], font);
            drawn.width[v] = extent.x + 4;  // the backdrop's padding
            drawn.height[v] = extent.y + 2;
        }
        requests.push_back({static_cast<std::uint32_t>(v), drawn.width[v], drawn.height[v], must_show});
    };
    for (const auto v : session.selection().indices(map)) {
        if (shown[v]) request(v, true);
    }
    std::size_t examined = 0;
    for (const OrgIndex v : label_order_) {
        if (examined >= 5000) break;
        if (!shown[v] || screen_[v].x < min.x || screen_[v].x > max.x || screen_[v].y < min.y || screen_[v].y > max.y) continue;
        ++examined;
        request(v, false);
    }
    // Clear of the line of figures at the top and of the legend (where it was last frame).
    std::vector<interactive::LabelBox> keep_clear = {{min.x, min.y, max.x, min.y + ImGui::GetTextLineHeightWithSpacing() + 8}};
    if (legend_box_.x1 > legend_box_.x0) keep_clear.push_back(legend_box_);
    drawn.labels = interactive::place_labels(drawn.circles, requests, {min.x, min.y, max.x, max.y}, kMaxLabels, keep_clear);
    // Fit makes room for the names drawn and the dozen most important, not for every name that
    // found no room (those show on hover).
    std::vector<char> keep(n, 0);
    for (const auto& label : drawn.labels) keep[label.organisation] = 1;
    for (std::size_t k = 0; k < requests.size() && k < kNamesFitKeeps; ++k) keep[requests[k].organisation] = 1;
    for (std::size_t v = 0; v < n; ++v) {
        if (!keep[v]) drawn.width[v] = drawn.height[v] = 0;
    }
    for (const auto& label : drawn.labels) {
        const auto& box = label.box;
        draw->AddRectFilled({box.x0, box.y0}, {box.x1, box.y1}, IM_COL32(255, 255, 255, 200), 3.0f);
        shaped_text().draw(draw, {box.x0 + 2, box.y0 + 1}, texts[label.organisation], font, IM_COL32(25, 25, 25, 255));
    }
    session.set_drawn_labels(std::move(drawn));
}

// The legend is a small window of its own over the map: it starts in the bottom-left corner, can
// be dragged anywhere by its title and collapsed with its arrow. Fit keeps the map clear of it
// while it is open; labels never cover it.
void MapCanvas::draw_legend(ImDrawList*, interactive::Session& session, ImVec2 min, ImVec2 max) {
    const auto& style = session.style();
    const std::size_t entries = std::min<std::size_t>(style.legend.size(), 14);
    ImGui::SetNextWindowPos({min.x + 10, max.y - 10}, ImGuiCond_FirstUseEver, {0, 1});
    ImGui::SetNextWindowBgAlpha(0.85f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing;
    const bool open = ImGui::Begin("Legend###map legend", nullptr, flags);
    if (open) {
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const float line = ImGui::GetTextLineHeight();
        ImGui::TextDisabled("Colour: %s", session.colour_by().c_str());
        for (std::size_t k = 0; k < entries; ++k) {
            const ImVec2 at = ImGui::GetCursorScreenPos();
            draw->AddCircleFilled({at.x + 7, at.y + line / 2}, 6, with_alpha(style.legend[k].second, 255));
            ImGui::Dummy({18, line});
            ImGui::SameLine();
            shaped_text().text(style.legend[k].first);
        }
        if (style.legend.size() > entries) ImGui::TextDisabled("+ %zu more", style.legend.size() - entries);
        ImGui::TextDisabled("Size: %s", session.size_by().empty() ? "equal" : session.size_by().c_str());
        const ImVec2 at = ImGui::GetCursorScreenPos();
        dashed_line(draw, {at.x, at.y + line / 2}, {at.x + 26, at.y + line / 2}, kProposed, 2.2f, 6, 4);
        ImGui::Dummy({30, line});
        ImGui::SameLine();
        ImGui::TextUnformatted("proposed / suggested tie");
    }
    const ImVec2 corner = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    const bool collapsed = ImGui::IsWindowCollapsed();
    ImGui::End();
    legend_box_ = {corner.x, corner.y, corner.x + size.x, corner.y + size.y};  // labels do not cover it
    // Fit keeps clear of it while it is open and in the canvas.
    const bool inside = corner.x < max.x && corner.y < max.y && corner.x + size.x > min.x && corner.y + size.y > min.y;
    if (open && !collapsed && inside) session.set_legend_size(size.x + 10, size.y + 10);
    else session.set_legend_size(0, 0);
}

void MapCanvas::draw_overlays(ImDrawList* draw, interactive::Session& session, ImVec2 min, ImVec2 max) {

    // What is shown, top left; analysis progress, top right.
    const std::string shown_text = std::to_string(session.visible_count()) + " of " + std::to_string(session.map().organisation_count()) +
                                   " organisations shown" +
                                   (ties_drawn_ < ties_on_screen_ ? " · " + std::to_string(ties_drawn_) + " of " + std::to_string(ties_on_screen_) +
                                                                        " ties drawn (zoom in for all)"
                                                                  : std::string()) +
                                   (session.layout_running() ? " · layout running" : session.layout_settled() ? " · layout settled" : "") +
                                   (session.highlighted().empty() ? "" : " · highlighted: " + session.highlight_reason());
    draw->AddText({min.x + 10, min.y + 8}, IM_COL32(80, 80, 80, 255), shown_text.c_str());
    const auto progress = session.progress();
    if (progress.busy || session.graphviz_layout_busy()) {
        const std::string busy = session.graphviz_layout_busy() ? std::string("Graphviz layout running…")
                                                                : "Analysing: " + progress.stage + " (" + std::to_string(progress.step) + "/" +
                                                                      std::to_string(progress.steps) + ")" +
                                                                      (progress.fraction >= 0 ? " " + progress.measure + " " +
                                                                                                    std::to_string(static_cast<int>(progress.fraction * 100)) + "%"
                                                                                              : std::string());
        const float text_width = ImGui::CalcTextSize(busy.c_str()).x;
        // On the line below when the canvas is too narrow for both side by side.
        const bool room_beside = min.x + 10 + ImGui::CalcTextSize(shown_text.c_str()).x + 24 + text_width + 12 <= max.x;
        const float y = room_beside ? min.y + 8 : min.y + 8 + ImGui::GetTextLineHeightWithSpacing();
        draw->AddText({std::max(min.x + 10, max.x - text_width - 12), y}, IM_COL32(0, 114, 178, 255), busy.c_str());
    }
    // Box selection.
    if (drag_ == Drag::box) {
        const ImVec2 mouse = ImGui::GetIO().MousePos;
        draw->AddRectFilled(press_, mouse, IM_COL32(0, 114, 178, 40));
        draw->AddRect(press_, mouse, IM_COL32(0, 114, 178, 200));
    }
}

}  // namespace stakemap::gui
