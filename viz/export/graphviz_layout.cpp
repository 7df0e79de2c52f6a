#include "viz/export/graphviz_layout.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>

#include "viz/export/graphviz_support.hpp"

namespace stakemap::viz {

std::vector<Position> graphviz_positions(const StakeholderMap& map, const std::string& engine,
                                         const std::vector<double>& radii, std::uint64_t seed) {
    static constexpr std::array<std::string_view, 6> engines = {"sfdp", "neato", "fdp", "dot", "circo", "twopi"};
    if (std::find(engines.begin(), engines.end(), engine) == engines.end()) {
        throw std::runtime_error("unknown layout '" + engine + "'; expected sfdp, neato, fdp, dot, circo or twopi");
    }
    GraphvizSession graphviz(map.directed());
    Agraph_t* g = graphviz.graph();
    set_attribute(g, "start", std::to_string(seed));
    set_attribute(g, "splines", "false");  // positions only: no edge routing
    if (engine != "dot") {
        set_attribute(g, "overlap", "prism");
        set_attribute(g, "sep", "+6");
    } else {
        set_attribute(g, "rankdir", "LR");
    }
    agattr(g, AGNODE, const_cast<char*>("shape"), const_cast<char*>("circle"));
    agattr(g, AGNODE, const_cast<char*>("fixedsize"), const_cast<char*>("true"));
    agattr(g, AGNODE, const_cast<char*>("label"), const_cast<char*>(""));

    std::vector<Agnode_t*> nodes(map.organisation_count());
    for (std::size_t v = 0; v < nodes.size(); ++v) {
        std::string name = "n";  // built in two steps: GCC 12 warns wrongly about "n" + string
        name += std::to_string(v);
        nodes[v] = agnode(g, name.data(), 1);
        const double radius = v < radii.size() ? radii[v] : 6.0;
        set_attribute(nodes[v], "width", std::to_string(2 * radius / 72.0));
        set_attribute(nodes[v], "height", std::to_string(2 * radius / 72.0));
    }
    for (const auto handle : map.relationship_handles()) {
        const auto tie = map.relationship(handle);
        if (tie.source != tie.target) agedge(g, nodes[tie.source], nodes[tie.target], nullptr, 1);
    }
    graphviz.layout(engine);
    std::vector<Position> positions(nodes.size());
    for (std::size_t v = 0; v < nodes.size(); ++v) positions[v] = {ND_coord(nodes[v]).x, -ND_coord(nodes[v]).y};
    return positions;
}

}  // namespace stakemap::viz
