#include "viz/gui/import_window.hpp"

#include <filesystem>
#include <optional>

#include <imgui.h>

#include "graph/vocabulary.hpp"
#include "viz/gui/shaped_text.hpp"

namespace stakemap::gui {
namespace {

using interactive::ImportStep;

constexpr ColumnRole kOrganisationRoles[] = {ColumnRole::attribute, ColumnRole::id,      ColumnRole::label,   ColumnRole::type,
                                             ColumnRole::themes,    ColumnRole::country, ColumnRole::region,  ColumnRole::acronym,
                                             ColumnRole::description};
constexpr ColumnRole kTieRoles[] = {ColumnRole::attribute, ColumnRole::source, ColumnRole::target, ColumnRole::pair,
                                    ColumnRole::tie_type,  ColumnRole::weight, ColumnRole::direction};

std::string role_in_words(ColumnRole role) {
    switch (role) {
        case ColumnRole::attribute: return "kept as a field";
        case ColumnRole::id: return "id";
        case ColumnRole::label: return "name";
        case ColumnRole::source: return "from";
        case ColumnRole::target: return "to";
        case ColumnRole::pair: return "both ends in one cell";
        case ColumnRole::tie_type: return "tie type";
        default: return std::string(role_name(role));
    }
}

void draw_table(ImportStep& step, const interactive::PreviewTable& table, std::size_t index) {
    ImGui::Text("%s — read as %s", table.name.c_str(), table.kind == TableKind::organisations ? "organisations" : "relationships");
    const int columns = static_cast<int>(std::min<std::size_t>(table.header.size(), 48));
    if (columns == 0) return;
    ImGui::PushID(static_cast<int>(index));
    const float height = ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(table.rows.size() + 3) + ImGui::GetFrameHeightWithSpacing();
    if (ImGui::BeginTable("preview", columns, ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit, {0, height})) {
        ImGui::TableNextRow();
        for (int c = 0; c < columns; ++c) {  // the header and, under it, the role it is read as
            ImGui::TableNextColumn();
            ImGui::PushID(c);
            const std::string& header = table.header[static_cast<std::size_t>(c)];
            shaped_text().text(header);
            const ColumnRole role = static_cast<std::size_t>(c) < table.roles.size() ? table.roles[static_cast<std::size_t>(c)] : ColumnRole::attribute;
            ImGui::SetNextItemWidth(150);
            if (ImGui::BeginCombo("##role", role_in_words(role).c_str())) {
                const auto draw_roles = [&](const auto& roles) {
                    for (const ColumnRole option : roles) {
                        if (ImGui::Selectable(role_in_words(option).c_str(), option == role)) step.set_role(header, option);
                    }
                };
                if (table.kind == TableKind::organisations) draw_roles(kOrganisationRoles);
                else draw_roles(kTieRoles);
                ImGui::EndCombo();
            }
            ImGui::PopID();
        }
        for (const auto& row : table.rows) {
            ImGui::TableNextRow();
            for (int c = 0; c < columns; ++c) {
                ImGui::TableNextColumn();
                if (static_cast<std::size_t>(c) < row.size()) shaped_text().text(row[static_cast<std::size_t>(c)]);
            }
        }
        ImGui::EndTable();
    }
    ImGui::PopID();
}

void draw_unmapped(ImportStep& step) {
    if (step.unmapped().empty()) return;
    ImGui::Separator();
    ImGui::TextUnformatted("Values no known word matches (kept as written unless you map them):");
    for (std::size_t k = 0; k < step.unmapped().size(); ++k) {
        const auto value = step.unmapped()[k];  // a copy: mapping it re-reads the file
        ImGui::PushID(static_cast<int>(k));
        ImGui::Bullet();
        ImGui::SameLine();
        shaped_text().text(value.value);
        ImGui::SameLine();
        ImGui::TextDisabled("(%s, %zu organisation%s)", std::string(field_name(value.field)).c_str(), value.count, value.count == 1 ? "" : "s");
        ImGui::SameLine();
        ImGui::SetNextItemWidth(220);
        if (ImGui::BeginCombo("##map", "means…")) {
            const auto words = value.field == VocabularyField::type ? vocabulary::organisation_types() : vocabulary::themes();
            for (const auto word : words) {
                const std::string shown = value.field == VocabularyField::type ? vocabulary::type_in_words(word) : vocabulary::theme_in_words(word);
                if (ImGui::Selectable(shown.c_str())) step.map_value(value.field, value.value, std::string(word));
            }
            ImGui::EndCombo();
        }
        ImGui::PopID();
    }
}

}  // namespace

bool ImportWindow::draw(interactive::Session& session) {
    ImportStep* step = session.import_step();
    if (!step) return false;
    bool wants_nodes = false;
    ImGui::SetNextWindowSize({1000, 560}, ImGuiCond_Appearing);
    bool open = true;
    if (!ImGui::Begin("Import", &open)) {
        ImGui::End();
        return false;
    }
    ImGui::Text("%s%s%s", std::filesystem::path(step->path()).filename().string().c_str(), step->nodes_path().empty() ? "" : " with ",
                std::filesystem::path(step->nodes_path()).filename().string().c_str());
    if (step->used_remembered_choices()) {
        ImGui::SameLine();
        ImGui::TextDisabled("(the choices made last time for files laid out like this)");
    }
    if (!step->error().empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(180, 30, 30, 255));
        ImGui::TextWrapped("Cannot be read this way: %s", step->error().c_str());
        ImGui::PopStyleColor();
    } else {
        ImGui::Text("Opening it gives %zu organisations and %zu relationships (%zu warnings).", step->organisations(), step->relationships(),
                    step->warnings().size());
    }
    ImGui::BeginChild("step", {0, -ImGui::GetFrameHeightWithSpacing() * 1.4f});
    for (std::size_t t = 0; t < step->tables().size(); ++t) {
        const auto table = step->tables()[t];  // a copy: a changed role re-reads the file
        draw_table(*step, table, t);
        ImGui::Spacing();
    }
    if (step->tables().empty()) ImGui::TextDisabled("This format has no columns to choose; what the reader decided is below.");
    draw_unmapped(*step);
    if (!step->warnings().empty() && ImGui::TreeNode("Warnings", "Warnings (%zu)", step->warnings().size())) {
        for (const auto& warning : step->warnings()) ImGui::BulletText("%s", warning.c_str());
        ImGui::TreePop();
    }
    if (!step->decisions().empty() && ImGui::TreeNode("Decisions", "What the reader decided (%zu)", step->decisions().size())) {
        for (const auto& decision : step->decisions()) ImGui::BulletText("%s", decision.c_str());
        ImGui::TreePop();
    }
    ImGui::EndChild();
    ImGui::BeginDisabled(!step->error().empty());
    const bool accept = ImGui::Button("Import");
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::Checkbox("Remember these choices for files laid out like this", &remember_);
    ImGui::SameLine();
    if (ImGui::Button("Add a node table…")) wants_nodes = true;
    ImGui::SameLine();
    const bool cancel = ImGui::Button("Cancel");
    ImGui::End();
    if (accept) session.attempt([&] { session.finish_import(remember_); });
    else if (cancel || !open) session.cancel_import();
    return wants_nodes;
}

}  // namespace stakemap::gui
