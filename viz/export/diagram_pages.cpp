#include "viz/export/diagram_pages.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>
#include <tuple>

#include "analysis/ranking.hpp"
#include "viz/export/graphviz_support.hpp"
#include "viz/export/html_text.hpp"
#include "viz/palette.hpp"

namespace stakemap::viz {
namespace {

constexpr const char* kFont = "DejaVu Sans";
constexpr double kPadPoints = 2 * 0.3 * 72;  // the diagram's "pad" on both sides
constexpr std::size_t kSmallestPart = 3;

// How much the page shrinks a drawing of this size (never enlarged).
double fit_scale(const DrawnDiagram& drawn, const PageSetup& page) {
    const PageBox area = printable_area(page);
    return std::min({1.0, area.width / (drawn.width + kPadPoints), area.height / (drawn.height + kPadPoints)});
}

struct Part {
    std::string name;
    std::vector<std::size_t> members;  // best-connected first
};

std::string map_title(const StakeholderMap& map, const DiagramOptions& options) {
    if (!options.title.empty()) return options.title;
    const auto found = map.metadata.find("title");
    return found == map.metadata.end() ? "Stakeholder map" : to_display_string(found->second);
}

// The parts of the shown organisations, largest first.
std::vector<Part> parts_of(MapAnalysis& analysis, const DiagramOptions& options, const std::vector<bool>& shown) {
    const StakeholderMap& map = analysis.map();
    const bool by_field = options.cluster_by == "country" || options.cluster_by == "region";
    std::map<std::string, Part> grouped;
    std::vector<std::size_t> community;
    if (!by_field) community = analysis.measures().communities().community;
    // Members in degree order, so each part is named by its best-connected organisations.
    for (const std::size_t v : ranked_by(analysis.measures().degrees().degree, map)) {
        if (!shown[v]) continue;
        const Organisation& organisation = map.organisation(v);
        std::string key;
        if (by_field) {
            key = options.cluster_by == "country" ? organisation.country : organisation.region;
            if (key.empty()) key = "(no " + options.cluster_by + " recorded)";
        } else {
            key = std::to_string(community[v]);
        }
        grouped[key].members.push_back(v);
        if (grouped[key].name.empty()) grouped[key].name = by_field ? key : "";
    }
    std::vector<Part> parts;
    Part small{"smaller groups and organisations tied to few others", {}};
    for (auto& [key, part] : grouped) {
        if (part.members.size() < kSmallestPart && !by_field) {
            small.members.insert(small.members.end(), part.members.begin(), part.members.end());
            continue;
        }
        if (!by_field) {
            part.name = "community of " + map.organisation(part.members[0]).label;
            if (part.members.size() > 1) part.name += ", " + map.organisation(part.members[1]).label;
        }
        parts.push_back(std::move(part));
    }
    std::stable_sort(parts.begin(), parts.end(), [](const Part& a, const Part& b) { return a.members.size() > b.members.size(); });
    if (!small.members.empty()) parts.push_back(std::move(small));
    return parts;
}

// One box per part, numbered with its page, and a line for the ties between two parts.
DrawnDiagram overview_of(const StakeholderMap& map, const DiagramOptions& options, const std::vector<Part>& parts,
                        const std::vector<std::size_t>& part_of, const std::string& format) {
    std::map<std::pair<std::size_t, std::size_t>, std::size_t> between;
    for (const auto handle : map.relationship_handles()) {
        const auto tie = map.relationship(handle);
        const std::size_t a = part_of[tie.source], b = part_of[tie.target];
        if (a == b || a == SIZE_MAX || b == SIZE_MAX) continue;
        ++between[{std::min(a, b), std::max(a, b)}];
    }
    GraphvizSession graphviz(false);
    Agraph_t* g = graphviz.graph();
    set_overview_style(g, kFont);
    const PageBox area = printable_area(*options.page);
    set_attribute(g, "size", std::to_string(area.width / 72.0) + "," + std::to_string(area.height / 72.0));
    std::size_t total = 0;
    for (const auto& part : parts) total += part.members.size();
    set_html_attribute(g, g, AGRAPH, "label",
                       "<FONT POINT-SIZE=\"20\"><B>" + escape_html(map_title(map, options)) + "</B></FONT><BR/><FONT POINT-SIZE=\"12\">" +
                           escape_html("Overview: " + std::to_string(total) + " organisations in " + std::to_string(parts.size()) +
                                       " parts, each drawn on the page named in its box") + "</FONT>");
    std::vector<Agnode_t*> nodes(parts.size());
    for (std::size_t k = 0; k < parts.size(); ++k) {
        const std::string name = "part_" + std::to_string(k);
        nodes[k] = agnode(g, const_cast<char*>(name.c_str()), 1);
        const std::string fill = type_colour(map.organisation(parts[k].members.front()).type);
        set_attribute(nodes[k], "shape", "box");
        set_attribute(nodes[k], "style", "rounded,filled");
        set_attribute(nodes[k], "fillcolor", fill);
        set_attribute(nodes[k], "fontcolor", text_colour_on(fill));
        set_attribute(nodes[k], "fontname", kFont);
        set_attribute(nodes[k], "fontsize", "12");
        std::string label = "<B>Page " + std::to_string(k + 2) + "</B><BR/>" + escape_html(parts[k].name) + "<BR/><I>" +
                            std::to_string(parts[k].members.size()) + " organisations</I>";
        set_html_attribute(g, nodes[k], AGNODE, "label", label);
    }
    std::size_t heaviest = 1;
    for (const auto& [pair, ties] : between) heaviest = std::max(heaviest, ties);
    for (const auto& [pair, ties] : between) {
        Agedge_t* edge = agedge(g, nodes[pair.first], nodes[pair.second], nullptr, 1);
        set_attribute(edge, "color", "#888888");
        set_attribute(edge, "penwidth", std::to_string(0.5 + 5.0 * std::sqrt(static_cast<double>(ties) / static_cast<double>(heaviest))));
        set_attribute(edge, "label", std::to_string(ties));
        set_attribute(edge, "fontname", kFont);
        set_attribute(edge, "fontsize", "10");
        set_attribute(edge, "fontcolor", "#555555");
    }
    graphviz.layout(parts.size() > 2 ? "sfdp" : "dot");
    DrawnDiagram drawn;
    std::tie(drawn.width, drawn.height) = graphviz.drawing_size();
    drawn.smallest_label = 12;
    drawn.organisations = total;
    drawn.data = graphviz.render(format);
    return drawn;
}

}  // namespace

std::vector<DiagramPage> diagram_pages(MapAnalysis& analysis, const DiagramOptions& options, const std::string& format) {
    if (!options.page) throw std::invalid_argument("diagram_pages needs a page");
    const DrawnDiagram whole = draw_diagram(analysis, options, format);
    const double whole_points = whole.smallest_label * fit_scale(whole, *options.page);
    // The grid's positions are the data, and one organisation cannot be split further.
    if (whole_points >= kMinimumLabelPoints || options.stakeholder_view == "grid" || whole.organisations < 2) {
        return {{whole.data, "the map", whole_points}};
    }
    const StakeholderMap& map = analysis.map();
    const std::vector<bool> shown = select_organisations(analysis, options.view);
    const std::vector<Part> parts = parts_of(analysis, options, shown);
    if (parts.size() < 2) return {{whole.data, "the map", whole_points}};

    std::vector<std::size_t> part_of(map.organisation_count(), SIZE_MAX);
    for (std::size_t k = 0; k < parts.size(); ++k) {
        for (const std::size_t v : parts[k].members) part_of[v] = k;
    }
    std::vector<DiagramPage> pages;
    const DrawnDiagram overview = overview_of(map, options, parts, part_of, format);
    pages.push_back({overview.data, "overview", overview.smallest_label * fit_scale(overview, *options.page)});
    const std::string title = map_title(map, options);
    for (std::size_t k = 0; k < parts.size(); ++k) {
        DiagramOptions part_options = options;
        part_options.view = ViewOptions{};
        part_options.view.shown.assign(map.organisation_count(), false);
        for (const std::size_t v : parts[k].members) part_options.view.shown[v] = true;
        std::size_t outside = 0;
        for (const auto handle : map.relationship_handles()) {
            const auto tie = map.relationship(handle);
            if ((part_of[tie.source] == k) != (part_of[tie.target] == k) && part_of[tie.source] != SIZE_MAX && part_of[tie.target] != SIZE_MAX) ++outside;
        }
        part_options.title = title + " — page " + std::to_string(k + 2) + " of " + std::to_string(parts.size() + 1);
        part_options.subtitle = parts[k].name + ": " + std::to_string(parts[k].members.size()) + " organisations; " +
                                std::to_string(outside) + " ties to other pages are on the overview";
        const DrawnDiagram drawn = draw_diagram(analysis, part_options, format);
        pages.push_back({drawn.data, parts[k].name + " (" + std::to_string(parts[k].members.size()) + " organisations)",
                         drawn.smallest_label * fit_scale(drawn, *options.page)});
    }
    return pages;
}

}  // namespace stakemap::viz
