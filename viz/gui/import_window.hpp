#pragma once
// The import step's window (viz/interactive/import_step.hpp): for each table
// its columns with the role each is read as (a combo per column to change
// it) over the first rows, the values no known word matched (a combo each to
// map it), what opening it would give, and Import / Cancel.

#include "viz/interactive/session.hpp"

namespace stakemap::gui {

class ImportWindow {
public:
    // Draws while the session has an import under way. True when the person asks for a node table.
    bool draw(interactive::Session& session);

private:
    bool remember_ = true;
};

}  // namespace stakemap::gui
