#pragma once
// The left panel: search as you type (flies the view to the organisation),
// filters by type, theme, country, region, community and minimum degree, the
// ego view, colour and size, and the layout controls.

#include <cstdint>
#include <string>
#include <vector>

#include "viz/interactive/session.hpp"

namespace stakemap::gui {

class ExplorePanel {
public:
    void draw(interactive::Session& session);

private:
    void draw_search(interactive::Session& session);
    void draw_filters(interactive::Session& session);
    void draw_styling(interactive::Session& session);
    void draw_layout(interactive::Session& session);
    void refresh_values(const interactive::Session& session);

    std::string query_;
    std::string filter_text_;
    std::uint64_t values_revision_ = 0;
    std::vector<std::string> types_, themes_, countries_, regions_, attributes_;
};

}  // namespace stakemap::gui
