#pragma once
// The scoping report: one self-contained HTML file (inline SVG and CSS, no
// external assets, A4 print styles) that a reader who has never heard of
// centrality can follow: summary figures, the map, the coverage heat map, the
// most central organisations, brokers and fragile points, groups that never
// meet, suggested partners with their reasons, provenance and a data table.

#include <string>

#include "analysis/map_analysis.hpp"
#include "graph/coverage_profile.hpp"
#include "graph/stakeholder_map.hpp"

namespace stakemap::viz {

struct ReportOptions {
    CoverageProfile profile = CoverageProfile::sdg87_default();
    std::size_t suggestions = 10;
    std::uint64_t seed = 1;
    std::string source_name;  // the input file, for the provenance section (its name only is shown)
    // The cover: a title (default: the map's own, else "Stakeholder map"), a subtitle and an author.
    std::string title, subtitle, author;
    std::string language = "en";  // the fixed text: en, fr or es (viz/export/report_words.hpp)
    // Above this many organisations the map is drawn as an overview of its communities.
    std::size_t detailed_map_up_to = 400;
};

// Every figure, gap and suggestion comes from `analysis` (its profile and seed).
std::string scoping_report_html(MapAnalysis& analysis, const ReportOptions& options);
std::string scoping_report_html(const StakeholderMap& map, const ReportOptions& options);

}  // namespace stakemap::viz
