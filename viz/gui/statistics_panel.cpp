#include "viz/gui/statistics_panel.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <imgui.h>

#include "viz/gui/gui_style.hpp"
#include "viz/gui/shaped_text.hpp"

namespace stakemap::gui {
namespace {

void row(const char* name, const std::string& value) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(name);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(value.c_str());
}

}  // namespace

void StatisticsPanel::draw(interactive::Session& session) {
    const interactive::AnalysisResults* results = session.results();
    if (!results) {
        ImGui::TextDisabled("Computing…");
        return;
    }
    if (!session.results_current()) ImGui::TextDisabled("Updating after the last change…");
    const GraphFigures& figures = results->metrics.graph;
    if (ImGui::BeginTable("figures", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        row("organisations", std::to_string(figures.nodes));
        row("relationships", std::to_string(figures.relationships));
        row("distinct ties", std::to_string(figures.ties));
        row("directed", figures.directed ? "yes" : "no");
        row("density", format_measure(figures.density, ColumnKind::real));
        if (figures.components) row("parts (components)", std::to_string(*figures.components));
        if (figures.largest_component) row("largest part", std::to_string(*figures.largest_component));
        if (figures.communities) row("communities", std::to_string(*figures.communities));
        if (figures.modularity) row("modularity", format_measure(*figures.modularity, ColumnKind::real));
        if (figures.average_clustering) row("average clustering", format_measure(*figures.average_clustering, ColumnKind::real));
        if (figures.articulation_points) row("fragile points", std::to_string(*figures.articulation_points));
        if (figures.bridges) row("bridges", std::to_string(figures.bridges->size()));
        if (figures.self_loops_dropped) row("self-loops left out", std::to_string(figures.self_loops_dropped));
        if (figures.parallel_relationships_merged) row("repeated ties merged", std::to_string(figures.parallel_relationships_merged));
        ImGui::EndTable();
    }
    for (const auto& note : results->notes) ImGui::TextWrapped("Note: %s", note.c_str());
    for (const auto& note : results->metrics.notes) ImGui::TextWrapped("Note: %s", note.c_str());

    ImGui::Separator();
    ImGui::SetNextItemWidth(-110);
    if (ImGui::BeginCombo("top 10 by", measure_.c_str())) {
        for (const auto& name : session.column_names()) {
            if (ImGui::Selectable(name.c_str(), name == measure_)) measure_ = name;
        }
        ImGui::EndCombo();
    }
    const auto* column = session.column(measure_);
    if (!column) {
        ImGui::TextDisabled("Not computed yet.");
        return;
    }
    // Ranking for display only: the values themselves come from the analysis.
    std::vector<std::size_t> order(column->values.size());
    std::iota(order.begin(), order.end(), 0);
    const auto value = [&](std::size_t v) { return std::isfinite(column->values[v]) ? column->values[v] : -INFINITY; };
    const bool lowest_first = measure_ == "constraint";  // low constraint = brokerage opportunity
    const std::size_t shown = std::min<std::size_t>(10, order.size());
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(shown), order.end(), [&](std::size_t a, std::size_t b) {
        const double x = lowest_first ? -value(a) : value(a), y = lowest_first ? -value(b) : value(b);
        return x != y ? x > y : a < b;
    });
    if (lowest_first) ImGui::TextDisabled("lowest first: the least constrained broker most");
    for (std::size_t k = 0; k < shown; ++k) {
        const Organisation& organisation = session.map().organisation(order[k]);
        ImGui::PushID(static_cast<int>(k));
        const std::string text = std::to_string(k + 1) + ". " + organisation.label + "  " + format_measure(column->values[order[k]], column->kind);
        if (shaped_text().selectable("top", text, session.selection().contains(organisation.id))) session.fly_to(organisation.id);
        ImGui::PopID();
    }
}

}  // namespace stakemap::gui
