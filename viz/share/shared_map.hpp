#pragma once
// `stakemap share`: one self-contained HTML page of a map for people who will
// not install stakemap. The page makes no network request: its script
// (sigma.js and graphology, bundled at build time from viz/share/web's lock
// file) and styles are inlined, and the map travels inside it as JSON.

#include <cstdint>
#include <string>
#include <vector>

#include "analysis/map_analysis.hpp"

namespace stakemap::viz {

struct ShareOptions {
    // Shared maps travel: only the fields on public_fields() are written
    // (no contacts, notes, interview answers, sources or Net-Map perceptions).
    bool public_only = false;
    std::size_t suggestions = 10;
    std::string title, subtitle;  // default: the map's title; the counts
};

// The organisation fields a --public page keeps, besides name, type, themes, country and region.
const std::vector<std::string>& public_fields();

// The page. Positions are the map's saved layout when every organisation has
// one, else Graphviz's sfdp with `seed`.
std::string shared_map_html(MapAnalysis& analysis, const ShareOptions& options, std::uint64_t seed = 1);

// The bundled script (generated at build time).
extern const char* const kShareScript;

}  // namespace stakemap::viz
