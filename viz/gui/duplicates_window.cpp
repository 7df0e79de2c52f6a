#include "viz/gui/duplicates_window.hpp"

#include <optional>

#include <imgui.h>

#include "graph/vocabulary.hpp"
#include "viz/gui/shaped_text.hpp"

namespace stakemap::gui {
namespace {

void describe(const interactive::Session& session, const std::string& id) {
    const auto index = session.map().find(id);
    if (!index) return;
    const Organisation& o = session.map().organisation(*index);
    shaped_text().text(o.label);
    std::string themes;
    for (const auto& theme : o.themes) themes += (themes.empty() ? "" : ", ") + vocabulary::theme_in_words(theme);
    ImGui::TextDisabled("%s · %s%s%s", id.c_str(), vocabulary::type_in_words(o.type).c_str(), o.country.empty() ? "" : " · ", o.country.c_str());
    if (!o.region.empty()) ImGui::TextDisabled("region: %s", o.region.c_str());
    if (!themes.empty()) ImGui::TextDisabled("themes: %s", themes.c_str());
}

}  // namespace

void draw_duplicates_window(interactive::Session& session, bool& open) {
    if (!open) return;
    ImGui::SetNextWindowSize({1000, 460}, ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Duplicates", &open)) {
        ImGui::End();
        return;
    }
    if (ImGui::Button("Look again")) session.find_duplicates();
    ImGui::SameLine();
    ImGui::TextDisabled("%zu possible duplicates. Merge keeps the left one: it takes the other's ties, themes and fields.",
                        session.duplicates().size());
    std::optional<std::size_t> merge, apart;
    if (ImGui::BeginTable("pairs", 3, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY)) {
        ImGui::TableSetupColumn("kept");
        ImGui::TableSetupColumn("merged into it");
        ImGui::TableSetupColumn("how alike", ImGuiTableColumnFlags_WidthFixed, 220);
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableHeadersRow();
        for (std::size_t k = 0; k < session.duplicates().size(); ++k) {
            const auto& pair = session.duplicates()[k];
            ImGui::PushID(static_cast<int>(k));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            describe(session, pair.a);
            ImGui::TableNextColumn();
            describe(session, pair.b);
            ImGui::TableNextColumn();
            ImGui::Text("%.2f", pair.score);
            ImGui::PushTextWrapPos(0);
            ImGui::TextDisabled("%s", pair.evidence.c_str());
            ImGui::PopTextWrapPos();
            if (ImGui::SmallButton("Merge")) merge = k;
            ImGui::SameLine();
            if (ImGui::SmallButton("Keep apart")) apart = k;
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (merge) session.attempt([&] { session.merge_duplicate(*merge); });
    else if (apart) session.keep_apart(*apart);
    ImGui::End();
}

}  // namespace stakemap::gui
