#include "viz/gui/table_window.hpp"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <sstream>
#include <tuple>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "graph/support/text_fold.hpp"
#include "graph/vocabulary.hpp"
#include "viz/gui/gui_style.hpp"
#include "viz/gui/shaped_text.hpp"

namespace stakemap::gui {
namespace {

// Each organisation's number of ties, for the "ties" column.
std::vector<std::size_t> tie_counts(const StakeholderMap& map) {
    std::vector<std::size_t> count(map.organisation_count(), 0);
    for (const auto handle : map.relationship_handles()) {
        const auto tie = map.relationship(handle);
        ++count[tie.source];
        if (tie.target != tie.source) ++count[tie.target];
    }
    return count;
}

enum OrganisationColumn { kName, kId, kType, kCountry, kRegion, kThemes, kTies };

std::string cell_text(const Organisation& o, int column, std::size_t ties) {
    switch (column) {
        case kName: return o.label;
        case kId: return o.id;
        case kType: return vocabulary::type_in_words(o.type);
        case kCountry: return o.country;
        case kRegion: return o.region;
        case kThemes: {
            std::string words;
            for (const auto& theme : o.themes) words += (words.empty() ? "" : ", ") + vocabulary::theme_in_words(theme);
            return words;
        }
        default: return std::to_string(ties);
    }
}

// The rows to show: those the filter finds (in any column), sorted as the header asks.
std::vector<std::size_t> organisation_rows(const StakeholderMap& map, const std::vector<std::size_t>& ties, const std::string& filter,
                                           const ImGuiTableSortSpecs* sort) {
    const std::string wanted = fold_case_and_accents(filter);
    std::vector<std::size_t> rows;
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        const Organisation& o = map.organisation(v);
        if (!wanted.empty()) {
            bool found = false;
            for (int column = kName; column <= kThemes && !found; ++column) {
                found = fold_case_and_accents(cell_text(o, column, 0)).find(wanted) != std::string::npos;
            }
            if (!found) continue;
        }
        rows.push_back(v);
    }
    if (sort && sort->SpecsCount > 0) {
        const ImGuiTableColumnSortSpecs& spec = sort->Specs[0];
        const bool down = spec.SortDirection == ImGuiSortDirection_Descending;
        if (spec.ColumnIndex == kTies) {
            std::stable_sort(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) { return down ? ties[a] > ties[b] : ties[a] < ties[b]; });
        } else {
            // Each row's folded text once, not once per comparison.
            std::vector<std::pair<std::string, std::size_t>> keyed;
            keyed.reserve(rows.size());
            for (const std::size_t v : rows) keyed.emplace_back(fold_case_and_accents(cell_text(map.organisation(v), spec.ColumnIndex, 0)), v);
            std::stable_sort(keyed.begin(), keyed.end(), [&](const auto& x, const auto& y) { return down ? x.first > y.first : x.first < y.first; });
            for (std::size_t k = 0; k < keyed.size(); ++k) rows[k] = keyed[k].second;
        }
    }
    return rows;
}

}  // namespace

void TableWindow::draw(interactive::Session& session, bool& open) {
    if (!open) return;
    ImGui::SetNextWindowSize({980, 520}, ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Tables", &open)) {
        ImGui::End();
        return;
    }
    ImGui::SetNextItemWidth(300);
    ImGui::InputTextWithHint("##tablefilter", "filter: a word in any column", &filter_);
    ImGui::SameLine();
    ImGui::TextDisabled("Click a header to sort; double-click a cell to edit it (Enter keeps, Esc drops; Ctrl+Z undoes).");
    if (ImGui::BeginTabBar("tables")) {
        const auto flags = [&](int tab) { return requested_tab_ == tab ? ImGuiTabItemFlags_SetSelected : 0; };
        if (ImGui::BeginTabItem("Organisations", nullptr, flags(0))) {
            organisations(session);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem("Relationships", nullptr, flags(1))) {
            relationships(session);
            ImGui::EndTabItem();
        }
        requested_tab_ = -1;
        ImGui::EndTabBar();
    }
    ImGui::End();
}

void TableWindow::organisations(interactive::Session& session) {
    const StakeholderMap& map = session.map();
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_Sortable |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("organisations", 7, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    for (const char* name : {"name", "id", "type", "country", "region", "themes", "ties"}) ImGui::TableSetupColumn(name);
    ImGui::TableHeadersRow();
    // Rows are counted, filtered and sorted again only when the map, the filter or the sort changes.
    ImGuiTableSortSpecs* sort = ImGui::TableGetSortSpecs();
    const std::uint64_t revision = session.document().revision();
    if (revision != rows_revision_ || filter_ != rows_filter_ || (sort && sort->SpecsDirty) || map.organisation_count() != ties_.size()) {
        ties_ = tie_counts(map);
        rows_ = organisation_rows(map, ties_, filter_, sort);
        rows_revision_ = revision;
        rows_filter_ = filter_;
        if (sort) sort->SpecsDirty = false;
    }
    const auto& ties = ties_;
    const auto& rows = rows_;
    std::optional<std::pair<std::string, interactive::OrganisationFields>> commit;
    std::optional<std::pair<std::string, std::string>> rename;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const std::size_t v = rows[static_cast<std::size_t>(r)];
            const Organisation& o = map.organisation(v);
            ImGui::TableNextRow();
            ImGui::PushID(static_cast<int>(v));
            for (int column = kName; column <= kTies; ++column) {
                ImGui::TableNextColumn();
                ImGui::PushID(column);
                const bool editing = editing_id_ == o.id && editing_column_ == column;
                if (editing && column == kType) {
                    ImGui::SetNextItemWidth(-1);
                    if (ImGui::BeginCombo("##type", vocabulary::type_in_words(editing_text_).c_str())) {
                        for (const auto type : vocabulary::organisation_types()) {
                            if (ImGui::Selectable(vocabulary::type_in_words(type).c_str(), editing_text_ == type)) {
                                auto fields = interactive::OrganisationFields::of(o);
                                fields.type = std::string(type);
                                commit.emplace(o.id, std::move(fields));
                                editing_column_ = -1;
                            }
                        }
                        ImGui::EndCombo();
                    }
                } else if (editing) {
                    ImGui::SetNextItemWidth(-1);
                    if (ImGui::IsWindowAppearing() || !ImGui::IsAnyItemActive()) ImGui::SetKeyboardFocusHere();
                    if (ImGui::InputText("##edit", &editing_text_, ImGuiInputTextFlags_EnterReturnsTrue)) {
                        if (column == kId) {
                            rename.emplace(o.id, editing_text_);
                        } else {
                            auto fields = interactive::OrganisationFields::of(o);
                            if (column == kName) fields.label = editing_text_;
                            if (column == kCountry) fields.country = editing_text_;
                            if (column == kRegion) fields.region = editing_text_;
                            if (column == kThemes) fields.themes = split_list(editing_text_);
                            commit.emplace(o.id, std::move(fields));
                        }
                        editing_column_ = -1;
                    }
                    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) editing_column_ = -1;
                } else {
                    const std::string text = cell_text(o, column, ties[v]);
                    if (column == kName) shaped_text().text(text);
                    else ImGui::TextUnformatted(text.c_str());
                    if (column != kTies && ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
                        editing_id_ = o.id;
                        editing_column_ = column;
                        editing_text_ = column == kType ? o.type : column == kThemes ? joined(o.themes) : text;
                    } else if (column == kName && ImGui::IsItemClicked()) {
                        session.select_only(o.id);
                    }
                }
                ImGui::PopID();
            }
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
    if (commit) session.attempt([&] { session.edit_organisation(commit->first, commit->second); });
    if (rename) session.attempt([&] { session.rename_organisation(rename->first, rename->second); });
}

void TableWindow::relationships(interactive::Session& session) {
    const StakeholderMap& map = session.map();
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_Sortable |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("relationships", 4, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    for (const char* name : {"from", "to", "type", "weight"}) ImGui::TableSetupColumn(name);
    ImGui::TableHeadersRow();
    struct Row {
        StakeholderMap::RelationshipHandle handle;
        std::size_t source, target;
    };
    std::vector<Row> rows;
    const std::string wanted = fold_case_and_accents(filter_);
    for (const auto handle : map.relationship_handles()) {
        const auto tie = map.relationship(handle);
        if (!wanted.empty()) {
            const std::string all = map.organisation(tie.source).label + " " + map.organisation(tie.target).label + " " + tie.data.type;
            if (fold_case_and_accents(all).find(wanted) == std::string::npos) continue;
        }
        rows.push_back({handle, tie.source, tie.target});
    }
    if (const ImGuiTableSortSpecs* sort = ImGui::TableGetSortSpecs(); sort && sort->SpecsCount > 0) {
        const auto& spec = sort->Specs[0];
        const bool down = spec.SortDirection == ImGuiSortDirection_Descending;
        const auto key = [&](const Row& row) {
            const auto tie = map.relationship(row.handle);
            char weight[32];
            std::snprintf(weight, sizeof weight, "%020.6f", tie.data.weight);
            return spec.ColumnIndex == 0 ? fold_case_and_accents(map.organisation(row.source).label)
                   : spec.ColumnIndex == 1 ? fold_case_and_accents(map.organisation(row.target).label)
                   : spec.ColumnIndex == 2 ? tie.data.type : std::string(weight);
        };
        std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) { return down ? key(a) > key(b) : key(a) < key(b); });
    }
    std::optional<std::tuple<std::string, std::string, std::size_t, Relationship>> commit;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const Row& row = rows[static_cast<std::size_t>(r)];
            const auto tie = map.relationship(row.handle);
            const std::string key = std::to_string(r) + "\n" + map.organisation(row.source).id + "\n" + map.organisation(row.target).id;
            ImGui::TableNextRow();
            ImGui::PushID(r);
            ImGui::TableNextColumn();
            shaped_text().text(map.organisation(row.source).label);
            ImGui::TableNextColumn();
            shaped_text().text(map.organisation(row.target).label);
            for (int column = 2; column <= 3; ++column) {
                ImGui::TableNextColumn();
                ImGui::PushID(column);
                if (editing_id_ == key && editing_column_ == column) {
                    ImGui::SetNextItemWidth(-1);
                    if (!ImGui::IsAnyItemActive()) ImGui::SetKeyboardFocusHere();
                    if (ImGui::InputText("##edit", &editing_text_, ImGuiInputTextFlags_EnterReturnsTrue)) {
                        Relationship changed = tie.data;
                        if (column == 2) changed.type = editing_text_;
                        else changed.weight = std::strtod(editing_text_.c_str(), nullptr);
                        // Which of the ties between these two it is, as the session counts them.
                        const auto between = map.relationships_between(row.source, row.target);
                        const std::size_t ordinal = static_cast<std::size_t>(std::find(between.begin(), between.end(), row.handle) - between.begin());
                        commit.emplace(map.organisation(row.source).id, map.organisation(row.target).id, ordinal, std::move(changed));
                        editing_column_ = -1;
                    }
                    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) editing_column_ = -1;
                } else {
                    char weight[32];
                    std::snprintf(weight, sizeof weight, "%.3g", tie.data.weight);
                    ImGui::TextUnformatted(column == 2 ? tie.data.type.c_str() : weight);
                    if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
                        editing_id_ = key;
                        editing_column_ = column;
                        editing_text_ = column == 2 ? tie.data.type : weight;
                    }
                }
                ImGui::PopID();
            }
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
    if (commit) session.attempt([&] { session.edit_relationship(std::get<0>(*commit), std::get<1>(*commit), std::get<2>(*commit), std::get<3>(*commit)); });
}

}  // namespace stakemap::gui
