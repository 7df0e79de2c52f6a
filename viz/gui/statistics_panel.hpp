#pragma once
// Statistics: size, density, parts, communities, clustering, and the top
// organisations by any measure (click one to go there).

#include <string>

#include "viz/interactive/session.hpp"

namespace stakemap::gui {

class StatisticsPanel {
public:
    void draw(interactive::Session& session);

private:
    std::string measure_ = "betweenness";
};

}  // namespace stakemap::gui
