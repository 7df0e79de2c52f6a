#pragma once
// The report's fixed text in English, French and Spanish. Every language
// fills every field (the struct has no defaults), so a new sentence cannot be
// left untranslated. Placeholders {1}, {2}, ... are filled by fill().
// Findings worded by the analysis (gaps, reasons, notes) and type and theme
// names stay as the analysis words them.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stakemap::viz {

struct ReportWords {
    const char* code;  // the page's lang attribute
    const char* stakeholder_map, *scoping_report, *made_by, *map_dated, *note;
    const char* organisations, *relationships, *separate_parts, *communities, *cells_filled, *tied_to_no_one;
    const char* map_heading, *map_explain, *overview_heading, *overview_explain, *community_map, *best_connected_shown;
    const char* coverage_heading, *coverage_explain, *type;
    const char* central_heading, *partners_defined, *betweenness_defined, *eigenvector_defined, *pagerank_defined;
    const char* most_partners, *betweenness, *eigenvector, *pagerank;
    const char* brokers_heading, *brokers_explain, *broker, *links_between_groups, *constraint, *if_dropped_out, *no_fragile_point;
    const char* and_more, *groups_heading, *groups_explain, *groups_all_meet;
    const char* salience_heading, *none, *no_grid, *grid_explain, *low_interest, *high_interest, *high_influence, *low_influence;
    std::array<const char*, 4> quadrants;  // manage closely, keep satisfied, keep informed, monitor (GridQuadrant's order)
    const char* no_salience, *salience_explain, *salience_class;
    std::array<const char*, 8> salience_classes;  // SalienceClass's order: none, dormant, ..., definitive
    const char* suggestions_heading, *suggestions_explain, *score, *closes_a_gap;
    const char* provenance_heading, *file, *table_heading, *organisation, *country, *region, *themes, *partners;
};

// "en", "fr", "es"; nullopt for another.
const ReportWords* report_words(std::string_view language);
std::vector<std::string> report_languages();

// The pattern with {1}, {2}, ... replaced by the values in order.
std::string fill(std::string_view pattern, const std::vector<std::string>& values);

}  // namespace stakemap::viz
