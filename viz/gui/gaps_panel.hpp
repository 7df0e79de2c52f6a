#pragma once
// The gaps: the coverage matrix as a heat map (click a cell to highlight its
// organisations), fragile points, groups that never meet, sectors without
// partners, the suggested partners for the selection or the whole map, and
// each gap a tie can close with its best candidates -
// previewed as a dashed tie, accepted with one click, undone with Ctrl+Z -
// with what the last change did to the map's figures.

#include "viz/interactive/session.hpp"

namespace stakemap::gui {

class GapsPanel {
public:
    void draw(interactive::Session& session);

private:
    void draw_suggestions(interactive::Session& session);
    void draw_gap_candidates(interactive::Session& session);
    void draw_coverage(interactive::Session& session, const GapReport& gaps);
    void draw_fragility(interactive::Session& session, const interactive::AnalysisResults& results);
    void draw_groups(interactive::Session& session, const interactive::AnalysisResults& results);
};

}  // namespace stakemap::gui
