#pragma once
// DOT text of a laid-out Graphviz graph, written by stakemap rather than by
// Graphviz 2.42's own writer, which lets a value ending in a backslash escape
// its closing quote (a name could then add nodes or links to the file). Every
// value is quoted here so that it reads back as exactly the value: quotes
// escaped, and a backslash never left next to a quote.

#include <string>
#include <string_view>

#include <graphviz/cgraph.h>

namespace stakemap::viz {

std::string dot_text(Agraph_t* graph);

// One quoted DOT string for `value` (exposed for tests).
std::string dot_quoted(std::string_view value);

}  // namespace stakemap::viz
