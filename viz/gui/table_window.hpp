#pragma once
// View > Tables: the organisations and the relationships as tables, sorted
// by any column (click its header), filtered by a typed word, and edited in
// place - each change one undoable edit through the session. Rows are
// clipped to what is on screen, so a 50,000-row table stays fast.

#include <cstdint>
#include <string>
#include <vector>

#include "viz/interactive/session.hpp"

namespace stakemap::gui {

class TableWindow {
public:
    // Draws the window while `open`; the close button clears it. `tab`: 0 organisations, 1 relationships.
    void draw(interactive::Session& session, bool& open);
    void show(int tab) { requested_tab_ = tab; }

private:
    void organisations(interactive::Session& session);
    void relationships(interactive::Session& session);

    std::string filter_;
    // The organisations table's rows as last computed, and for what.
    std::vector<std::size_t> rows_, ties_;
    std::uint64_t rows_revision_ = static_cast<std::uint64_t>(-1);
    std::string rows_filter_;
    int requested_tab_ = -1;
    // The cell being edited: organisation id (or tie ordinal) and column, and its text.
    std::string editing_id_;
    int editing_column_ = -1;
    std::string editing_text_;
};

}  // namespace stakemap::gui
