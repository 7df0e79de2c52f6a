#pragma once
// Edit > Find duplicates: the pairs the merge's duplicate finder sees in the
// open map, side by side (name, type, country, region, themes, ties), with
// the score and its evidence; Merge (undoable) or Keep apart.

#include "viz/interactive/session.hpp"

namespace stakemap::gui {

// Draws the window while `open`; the close button clears it.
void draw_duplicates_window(interactive::Session& session, bool& open);

}  // namespace stakemap::gui
