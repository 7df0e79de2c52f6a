#include "viz/gui/gaps_panel.hpp"

#include <algorithm>
#include <set>

#include <imgui.h>

#include "graph/vocabulary.hpp"
#include "viz/gui/shaped_text.hpp"

namespace stakemap::gui {
namespace {

// Result indices name organisations of the map the results were computed on.
std::optional<interactive::OrgIndex> current_index(const interactive::Session& session, const interactive::AnalysisResults& results,
                                                   std::size_t index) {
    if (index >= results.ids.size()) return std::nullopt;
    return session.map().find(results.ids[index]);
}

std::string label_of(const interactive::Session& session, const interactive::AnalysisResults& results, std::size_t index) {
    const auto current = current_index(session, results, index);
    return current ? session.map().organisation(*current).label : "(removed)";
}

// What a suggested tie closes and why it is plausible, on hover.
void why_tooltip(const interactive::SuggestionItem& item) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
    for (const auto& closed : item.closes) ImGui::BulletText("closes: %s", closed.c_str());
    for (const auto& reason : item.reasons) ImGui::BulletText("%s", reason.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

}  // namespace

void GapsPanel::draw(interactive::Session& session) {
    const interactive::AnalysisResults* results = session.results();
    if (!session.last_change_effect().empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0, 100, 60, 255));
        ImGui::TextWrapped("What the last change did: %s", session.last_change_effect().c_str());
        ImGui::PopStyleColor();
        ImGui::Separator();
    }
    draw_suggestions(session);
    draw_gap_candidates(session);
    if (!results || !results->gaps) {
        ImGui::TextDisabled("Gap analysis is running…");
        return;
    }
    if (!session.results_current()) ImGui::TextDisabled("Showing the figures from before the last change; updating…");
    draw_coverage(session, *results->gaps);
    draw_fragility(session, *results);
    draw_groups(session, *results);
}

void GapsPanel::draw_suggestions(interactive::Session& session) {
    const auto& primary = session.selection().primary();
    const std::string heading = session.suggestions_for_selection() && primary
                                    ? "Suggested partners for " + session.map().organisation(*session.map().find(*primary)).label
                                    : std::string("Suggested partners for the whole map");
    if (!ImGui::CollapsingHeader((heading + "###suggestions").c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;
    const auto& items = session.suggestions();
    if (items.empty()) {
        ImGui::TextDisabled(session.progress().busy ? "Computing…" : "No suggestions.");
        return;
    }
    std::optional<std::size_t> accept;
    std::optional<std::size_t> previewed;
    for (std::size_t k = 0; k < items.size() && k < 15; ++k) {
        const auto& item = items[k];
        ImGui::PushID(static_cast<int>(k));
        if (ImGui::SmallButton("Accept")) accept = k;
        ImGui::SameLine();
        // For one organisation, name only the partner; for the whole map, both.
        const bool focused = session.suggestions_for_selection() && primary;
        const std::string partner = focused ? (item.source == *primary ? item.target_label : item.source_label)
                                            : item.source_label + " – " + item.target_label;
        const std::string text = std::to_string(k + 1) + ". " + partner;
        char score[16];
        std::snprintf(score, sizeof score, "%.2f", item.score);
        const bool selected = session.previewed_suggestion() == k;
        if (shaped_text().selectable("suggestion", text + "  (" + score + ")", selected)) {
            session.preview_suggestion(selected ? std::nullopt : std::optional<std::size_t>(k));
        }
        if (ImGui::IsItemHovered()) {
            previewed = k;
            why_tooltip(item);
        }
        ImGui::PopID();
    }
    if (previewed) session.preview_suggestion(previewed);
    if (accept) {
        session.attempt([&] { session.accept_suggestion(*accept); });
    }
    ImGui::TextDisabled("Hover or click to preview as a dashed tie; Accept adds it (Ctrl+Z undoes).");
}

void GapsPanel::draw_gap_candidates(interactive::Session& session) {
    const auto& gaps = session.gap_items();
    const std::string heading = "Gaps a new tie can close (" + std::to_string(gaps.size()) + ")###gapcandidates";
    if (!ImGui::CollapsingHeader(heading.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;
    if (gaps.empty()) {
        ImGui::TextDisabled(session.progress().busy ? "Computing…" : "None: no separate part, fragile point, CSO group without a union, "
                                                                     "groups that never meet or rare sector pair.");
        return;
    }
    std::optional<std::pair<std::size_t, std::size_t>> accept;
    for (std::size_t g = 0; g < gaps.size(); ++g) {
        ImGui::PushID(static_cast<int>(g));
        // The gap in words is the tie's effect ("joins ... to the rest").
        if (ImGui::TreeNodeEx("gap", ImGuiTreeNodeFlags_SpanAvailWidth, "%zu. A tie that %s", g + 1, gaps[g].gap.c_str())) {
            if (gaps[g].candidates.empty()) ImGui::TextDisabled("No candidate left (the ties are made, or nobody is on the other side).");
            for (std::size_t k = 0; k < gaps[g].candidates.size(); ++k) {
                const auto& item = gaps[g].candidates[k];
                ImGui::PushID(static_cast<int>(k));
                if (ImGui::SmallButton("Accept")) accept = std::make_pair(g, k);
                ImGui::SameLine();
                char score[16];
                std::snprintf(score, sizeof score, "%.2f", item.score);
                shaped_text().text(item.source_label + " – " + item.target_label + "  (" + score + ")");
                if (ImGui::IsItemHovered()) why_tooltip(item);
                ImGui::PopID();
            }
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
    if (accept) session.attempt([&] { session.accept_gap_candidate(accept->first, accept->second); });
    ImGui::TextDisabled("Accept adds the tie as a proposed partnership; \"What the last change did\" then shows what it fixed.");
}

void GapsPanel::draw_coverage(interactive::Session& session, const GapReport& gaps) {
    const CoverageResult& coverage = gaps.coverage;
    const std::string heading = "Coverage: " + std::to_string(coverage.cells_filled) + " of " + std::to_string(coverage.cells_required) +
                                " required cells filled###coverage";
    if (!ImGui::CollapsingHeader(heading.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;
    std::set<std::pair<std::string, std::string>> missing;
    for (const auto& gap : coverage.gaps) {
        if (gap.dimension == "theme") missing.insert({gap.type, gap.where});
    }
    const int columns = static_cast<int>(coverage.themes.size()) + 1;
    if (columns > 1 && columns <= 64 &&
        ImGui::BeginTable("coverage", columns, ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit,
                          ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(coverage.types.size() + 3)))) {
        ImGui::TableSetupScrollFreeze(1, 1);
        ImGui::TableSetupColumn("type \\ theme");
        for (const auto& theme : coverage.themes) ImGui::TableSetupColumn(vocabulary::theme_in_words(theme).c_str());
        ImGui::TableHeadersRow();
        for (const auto& type : coverage.types) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(vocabulary::type_in_words(type, true).c_str());
            for (const auto& theme : coverage.themes) {
                ImGui::TableNextColumn();
                std::size_t count = 0;
                if (const auto row = coverage.by_theme.find(type); row != coverage.by_theme.end()) {
                    if (const auto cell = row->second.find(theme); cell != row->second.end()) count = cell->second;
                }
                const bool gap = missing.contains({type, theme});
                // Heat: red where the profile asks for more, blue deepening with the count.
                const ImU32 colour = gap ? IM_COL32(230, 120, 100, 255)
                                         : count == 0 ? IM_COL32(245, 245, 245, 255)
                                                      : IM_COL32(static_cast<int>(220 - std::min<std::size_t>(count, 8) * 20),
                                                                 static_cast<int>(235 - std::min<std::size_t>(count, 8) * 12), 250, 255);
                ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, colour);
                ImGui::PushID((type + "/" + theme).c_str());
                if (ImGui::Selectable(std::to_string(count).c_str(), false, 0, ImVec2(28, 0))) session.highlight_coverage_cell(type, theme);
                if (ImGui::IsItemHovered()) {
                    ImGui::SetTooltip("%zu %s on %s%s", count, vocabulary::type_in_words(type, count != 1).c_str(),
                                      vocabulary::theme_in_words(theme).c_str(), gap ? " - below what the profile asks" : "");
                }
                ImGui::PopID();
            }
        }
        ImGui::EndTable();
    }
    ImGui::TextDisabled("Click a cell to highlight its organisations.");
    for (const auto& caveat : coverage.caveats) ImGui::TextWrapped("Note: %s", caveat.c_str());
    if (!session.highlighted().empty() && ImGui::SmallButton("Clear highlight")) session.highlight({}, "");
    if (ImGui::TreeNode("Gaps in words", "Gaps in words (%zu)", coverage.gaps.size())) {
        for (const auto& gap : coverage.gaps) ImGui::BulletText("%s", gap.text.c_str());
        ImGui::TreePop();
    }
}

void GapsPanel::draw_fragility(interactive::Session& session, const interactive::AnalysisResults& results) {
    const GapReport& gaps = *results.gaps;
    const std::string heading = "Fragile points (" + std::to_string(gaps.fragile.size()) + ")###fragile";
    if (!ImGui::CollapsingHeader(heading.c_str())) return;
    ImGui::TextWrapped("Organisations the map depends on: if one drops out, others lose their connection.");
    for (std::size_t k = 0; k < gaps.fragile.size() && k < 15; ++k) {
        const auto& point = gaps.fragile[k];
        ImGui::PushID(static_cast<int>(k));
        const std::string text = label_of(session, results, point.organisation) + " - cuts off " + std::to_string(point.cut_off);
        if (shaped_text().selectable("fragile", text, false)) {
            if (const auto index = current_index(session, results, point.organisation)) session.fly_to(session.map().organisation(*index).id);
        }
        ImGui::PopID();
    }
    if (!gaps.isolated.empty()) ImGui::Text("%zu organisations have no relationship at all.", gaps.isolated.size());
}

void GapsPanel::draw_groups(interactive::Session& session, const interactive::AnalysisResults& results) {
    const GapReport& gaps = *results.gaps;
    const std::string heading = "Groups that never meet (" + std::to_string(gaps.never_meet.size()) + ")###groups";
    if (!ImGui::CollapsingHeader(heading.c_str())) return;
    const auto& community = gaps.communities.community;
    for (std::size_t k = 0; k < gaps.never_meet.size() && k < 15; ++k) {
        const auto& pair = gaps.never_meet[k];
        ImGui::PushID(static_cast<int>(k));
        char text[160];
        std::snprintf(text, sizeof text, "community %zu (%zu) and community %zu (%zu): no tie, %.1f expected", pair.a,
                      gaps.community_size[pair.a], pair.b, gaps.community_size[pair.b], pair.expected);
        if (ImGui::Selectable(text)) {
            std::set<std::string> ids;
            for (std::size_t v = 0; v < community.size(); ++v) {
                if (community[v] == pair.a || community[v] == pair.b) {
                    if (const auto index = current_index(session, results, v)) ids.insert(session.map().organisation(*index).id);
                }
            }
            session.highlight(std::move(ids), "communities " + std::to_string(pair.a) + " and " + std::to_string(pair.b));
        }
        ImGui::PopID();
    }
    if (ImGui::TreeNode("Sectors without partners")) {
        for (const auto& share : gaps.unlinked) {
            if (share.without > 0) ImGui::BulletText("%s", share.text.c_str());
        }
        for (const auto& regional : gaps.regional_unlinked) ImGui::BulletText("%s", regional.text.c_str());
        ImGui::TreePop();
    }
}

}  // namespace stakemap::gui
