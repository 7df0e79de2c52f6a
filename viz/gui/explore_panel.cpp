#include "viz/gui/explore_panel.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "graph/vocabulary.hpp"
#include "viz/gui/shaped_text.hpp"

namespace stakemap::gui {
namespace {

// A checkbox per value; ticking narrows the filter to the ticked values.
bool value_checkboxes(const char* heading, const std::vector<std::string>& values, std::set<std::string>& chosen,
                      std::string (*words)(const std::string&)) {
    bool changed = false;
    if (values.empty() || !ImGui::TreeNode(heading)) return false;
    for (const auto& value : values) {
        bool ticked = chosen.contains(value);
        const std::string label = (value.empty() ? std::string("(none)") : words(value)) + "##" + value;
        if (ImGui::Checkbox(label.c_str(), &ticked)) {
            if (ticked) chosen.insert(value);
            else chosen.erase(value);
            changed = true;
        }
    }
    ImGui::TreePop();
    return changed;
}

std::string as_written(const std::string& value) { return value; }
std::string type_words(const std::string& value) { return vocabulary::type_in_words(value, true); }
std::string theme_words(const std::string& value) { return vocabulary::theme_in_words(value); }

}  // namespace

void ExplorePanel::refresh_values(const interactive::Session& session) {
    if (values_revision_ == session.document().revision()) return;
    std::set<std::string> types, themes, countries, regions, attributes;
    const StakeholderMap& map = session.map();
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        const Organisation& organisation = map.organisation(v);
        types.insert(organisation.type);
        themes.insert(organisation.themes.begin(), organisation.themes.end());
        if (!organisation.country.empty()) countries.insert(organisation.country);
        if (!organisation.region.empty()) regions.insert(organisation.region);
        for (const auto& entry : organisation.attributes) attributes.insert(entry.first);
    }
    types_.assign(types.begin(), types.end());
    themes_.assign(themes.begin(), themes.end());
    countries_.assign(countries.begin(), countries.end());
    regions_.assign(regions.begin(), regions.end());
    attributes_.assign(attributes.begin(), attributes.end());
    values_revision_ = session.document().revision();
}

void ExplorePanel::draw(interactive::Session& session) {
    refresh_values(session);
    draw_search(session);
    ImGui::Separator();
    draw_filters(session);
    ImGui::Separator();
    draw_styling(session);
    ImGui::Separator();
    draw_layout(session);
}

void ExplorePanel::draw_search(interactive::Session& session) {
    ImGui::TextUnformatted("Find an organisation");
    ImGui::SetNextItemWidth(-1);
    const bool entered = ImGui::InputTextWithHint("##search", "name, acronym or id", &query_, ImGuiInputTextFlags_EnterReturnsTrue);
    if (query_.empty()) return;
    const auto found = session.search(query_, 12);
    if (entered && !found.empty()) session.fly_to(session.map().organisation(found.front()).id);
    if (found.empty()) {
        ImGui::TextDisabled("Nothing matches.");
        return;
    }
    for (const auto v : found) {
        const Organisation& organisation = session.map().organisation(v);
        ImGui::PushID(static_cast<int>(v));
        if (shaped_text().selectable("found", organisation.label, session.selection().contains(organisation.id))) session.fly_to(organisation.id);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s · %s", organisation.id.c_str(), vocabulary::type_in_words(organisation.type).c_str());
        ImGui::PopID();
    }
}

void ExplorePanel::draw_filters(interactive::Session& session) {
    ImGui::Text("Show (%zu of %zu)", session.visible_count(), session.map().organisation_count());
    interactive::ViewFilter filter = session.filter();
    bool changed = false;
    changed |= value_checkboxes("Types", types_, filter.types, type_words);
    changed |= value_checkboxes("Themes", themes_, filter.themes, theme_words);
    changed |= value_checkboxes("Countries", countries_, filter.countries, as_written);
    changed |= value_checkboxes("Regions", regions_, filter.regions, as_written);
    if (const auto* community = session.column("community"); community && ImGui::TreeNode("Communities")) {
        std::size_t count = 0;
        for (const double value : community->values) {
            if (std::isfinite(value)) count = std::max(count, static_cast<std::size_t>(value) + 1);
        }
        for (std::size_t c = 0; c < count && c < 64; ++c) {
            bool ticked = filter.communities.contains(c);
            if (ImGui::Checkbox(("community " + std::to_string(c)).c_str(), &ticked)) {
                if (ticked) filter.communities.insert(c);
                else filter.communities.erase(c);
                changed = true;
            }
        }
        ImGui::TreePop();
    }
    float min_degree = static_cast<float>(filter.min_degree);
    ImGui::SetNextItemWidth(-90);
    if (ImGui::SliderFloat("min degree", &min_degree, 0.0f, 20.0f, "%.0f")) {
        filter.min_degree = std::round(min_degree);
        changed = true;
    }
    if (changed) session.set_filter(filter);
    ImGui::SetNextItemWidth(-60);
    if (ImGui::InputTextWithHint("##filtertext", "type=union theme=forced_labour", &filter_text_, ImGuiInputTextFlags_EnterReturnsTrue)) {
        session.attempt([&] { session.set_filter(interactive::parse_view_filter(filter_text_)); });
    }
    ImGui::SameLine();
    if (ImGui::Button("Clear")) {
        filter_text_.clear();
        session.set_filter({});
        session.highlight({}, "");
    }
    int ego = session.ego_radius();
    ImGui::TextUnformatted("Around the selection:");
    bool ego_changed = ImGui::RadioButton("all", &ego, 0);
    for (int steps = 1; steps <= 3; ++steps) {
        ImGui::SameLine();
        ego_changed |= ImGui::RadioButton((std::to_string(steps) + (steps == 1 ? " step" : " steps")).c_str(), &ego, steps);
    }
    if (ego_changed) session.set_ego_radius(ego);
}

void ExplorePanel::draw_styling(interactive::Session& session) {
    std::vector<std::string> colour_fields = {"type", "country", "region", "community"};
    colour_fields.insert(colour_fields.end(), attributes_.begin(), attributes_.end());
    ImGui::SetNextItemWidth(-70);
    if (ImGui::BeginCombo("colour", session.colour_by().c_str())) {
        for (const auto& field : colour_fields) {
            if (ImGui::Selectable(field.c_str(), field == session.colour_by())) session.set_colour_by(field);
        }
        ImGui::EndCombo();
    }
    ImGui::SetNextItemWidth(-70);
    if (ImGui::BeginCombo("size", session.size_by().empty() ? "equal" : session.size_by().c_str())) {
        if (ImGui::Selectable("equal", session.size_by().empty())) session.set_size_by("");
        for (const auto& name : session.column_names()) {
            if (name == "component" || name == "community" || name == "articulation") continue;
            if (ImGui::Selectable(name.c_str(), name == session.size_by())) session.set_size_by(name);
        }
        ImGui::EndCombo();
    }
}

void ExplorePanel::draw_layout(interactive::Session& session) {
    if (bool running = session.layout_running(); ImGui::Checkbox("Live layout", &running)) session.set_layout_running(running);
    ImGui::SameLine();
    ImGui::TextDisabled(session.layout_settled() ? "settled after %zu steps" : "%zu steps", session.layout().iterations());
    if (ImGui::Button("Fit view")) session.fit_view();
    ImGui::SameLine();
    if (ImGui::Button("Unpin all")) session.unpin_all();
    ImGui::TextUnformatted("Graphviz layout:");
    ImGui::BeginDisabled(session.graphviz_layout_busy());
    for (const char* engine : {"sfdp", "neato", "dot"}) {
        ImGui::SameLine();
        if (ImGui::Button(engine)) session.start_graphviz_layout(engine);
    }
    ImGui::EndDisabled();
}

}  // namespace stakemap::gui
