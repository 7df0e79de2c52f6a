#include "viz/export/overview_diagram.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <stdexcept>

#include "analysis/ranking.hpp"
#include "graph/vocabulary.hpp"
#include "viz/export/graphviz_support.hpp"
#include "viz/export/html_text.hpp"
#include "viz/palette.hpp"

namespace stakemap::viz {
namespace {

constexpr const char* kFont = "DejaVu Sans";

struct CommunityBox {
    std::size_t community = 0;
    std::size_t members = 0;
    std::string main_type;
    std::vector<std::size_t> leaders;  // best-connected first
};

std::vector<CommunityBox> largest_communities(MapAnalysis& analysis, const OverviewOptions& options) {
    const StakeholderMap& map = analysis.map();
    const Communities& communities = analysis.measures().communities();
    std::vector<CommunityBox> boxes(communities.count);
    std::vector<std::map<std::string, std::size_t>> types(communities.count);
    for (std::size_t c = 0; c < boxes.size(); ++c) boxes[c].community = c;
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        const std::size_t c = communities.community[v];
        ++boxes[c].members;
        ++types[c][map.organisation(v).type];
    }
    // Leaders by degree, ties by id: one pass over the ranking.
    for (const std::size_t v : ranked_by(analysis.measures().degrees().degree, map)) {
        CommunityBox& box = boxes[communities.community[v]];
        if (box.leaders.size() < options.names_per_box) box.leaders.push_back(v);
    }
    for (std::size_t c = 0; c < boxes.size(); ++c) {
        std::size_t best = 0;
        for (const auto& [type, count] : types[c]) {
            if (count > best) {
                best = count;
                boxes[c].main_type = type;
            }
        }
    }
    std::stable_sort(boxes.begin(), boxes.end(), [](const CommunityBox& a, const CommunityBox& b) { return a.members > b.members; });
    // Single organisations tied to no one are not a community worth a box.
    boxes.erase(std::remove_if(boxes.begin(), boxes.end(), [](const CommunityBox& box) { return box.members < 2; }), boxes.end());
    if (boxes.size() > options.communities) boxes.resize(options.communities);
    return boxes;
}

std::string box_label(const StakeholderMap& map, const CommunityBox& box) {
    std::string html = "<B>" + std::to_string(box.members) + " organisations</B>";
    for (const std::size_t v : box.leaders) html += "<BR/>" + escape_html(map.organisation(v).label);
    if (box.members > box.leaders.size()) html += "<BR/><I>and " + std::to_string(box.members - box.leaders.size()) + " more</I>";
    return html;
}

}  // namespace

std::string render_overview_data(MapAnalysis& analysis, const OverviewOptions& options, const std::string& format) {
    const StakeholderMap& map = analysis.map();
    const std::vector<CommunityBox> boxes = largest_communities(analysis, options);
    const auto& between = analysis.measures().ties_between_communities();
    const std::size_t total = analysis.measures().communities().count;

    GraphvizSession graphviz(false);
    Agraph_t* g = graphviz.graph();
    set_overview_style(g, kFont);
    std::string title = options.title;
    if (title.empty()) {
        const auto found = map.metadata.find("title");
        title = found == map.metadata.end() ? "Stakeholder map" : to_display_string(found->second);
    }
    const std::string subtitle = std::to_string(map.organisation_count()) + " organisations in " + std::to_string(total) +
                                 " communities; the " + std::to_string(boxes.size()) + " largest are drawn, one box each";
    set_html_attribute(g, g, AGRAPH, "label",
                   "<FONT POINT-SIZE=\"20\"><B>" + escape_html(title) + "</B></FONT><BR/><FONT POINT-SIZE=\"11\">" + escape_html(subtitle) + "</FONT>");

    std::vector<Agnode_t*> nodes(boxes.size());
    std::size_t largest = 1;
    for (const auto& box : boxes) largest = std::max(largest, box.members);
    for (std::size_t k = 0; k < boxes.size(); ++k) {
        const std::string name = "community_" + std::to_string(boxes[k].community);
        nodes[k] = agnode(g, const_cast<char*>(name.c_str()), 1);
        const std::string fill = type_colour(boxes[k].main_type);
        set_attribute(nodes[k], "shape", "box");
        set_attribute(nodes[k], "style", "rounded,filled");
        set_attribute(nodes[k], "fillcolor", fill);
        set_attribute(nodes[k], "fontcolor", text_colour_on(fill));
        set_attribute(nodes[k], "fontname", kFont);
        const double share = std::sqrt(static_cast<double>(boxes[k].members) / static_cast<double>(largest));
        set_attribute(nodes[k], "fontsize", std::to_string(static_cast<int>(std::lround(9 + 7 * share))));
        set_attribute(nodes[k], "tooltip", graphviz_text("mostly " + vocabulary::type_in_words(boxes[k].main_type, true)));
        set_html_attribute(g, nodes[k], AGNODE, "label", box_label(map, boxes[k]));
    }
    double heaviest = 0;
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        for (std::size_t j = i + 1; j < boxes.size(); ++j) {
            heaviest = std::max(heaviest, between.between(boxes[i].community, boxes[j].community));
        }
    }
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        for (std::size_t j = i + 1; j < boxes.size(); ++j) {
            const double ties = between.between(boxes[i].community, boxes[j].community);
            if (ties <= 0) continue;
            Agedge_t* edge = agedge(g, nodes[i], nodes[j], nullptr, 1);
            set_attribute(edge, "color", "#888888");
            set_attribute(edge, "penwidth", std::to_string(0.5 + 5.0 * std::sqrt(ties / heaviest)));
            set_attribute(edge, "tooltip", std::to_string(static_cast<long>(ties)) + " ties");
        }
    }
    graphviz.layout("sfdp");
    return graphviz.render(format);
}

}  // namespace stakemap::viz
