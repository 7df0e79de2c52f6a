#pragma once
// The gaps: the coverage matrix as a heat map (click a cell to highlight its
// organisations), fragile points, groups that never meet, sectors without
// partners, and the suggested partners for the selection or the whole map -
// previewed as a dashed tie, accepted with one click, undone with Ctrl+Z -
// with what the last change did to the map's figures.

#include "viz/interactive/session.hpp"

namespace stakemap::gui {

class GapsPanel {
public:
    void draw(interactive::Session& session);

private:
    void draw_suggestions(interactive::Session& session);
    void draw_coverage(interactive::Session& session, const GapReport& gaps);
    void draw_fragility(interactive::Session& session, const interactive::AnalysisResults& results);
    void draw_groups(interactive::Session& session, const interactive::AnalysisResults& results);
};

}  // namespace stakemap::gui
