#include "cli/gap_format.hpp"

#include <cmath>
#include <sstream>

#include <nlohmann/json.hpp>

#include "graph/support/text_safety.hpp"
#include "graph/vocabulary.hpp"

namespace stakemap::cli {
namespace {

using ordered_json = nlohmann::ordered_json;

std::string fixed(double value, int places) {
    if (std::isnan(value)) return "–";
    std::ostringstream out;
    out.setf(std::ios::fixed);
    out.precision(places);
    out << value;
    return out.str();
}

// Names and values in Markdown: escaped, so "[x](javascript:...)" or <b> stay text.
std::string md(const std::string& text) { return markdown_text(text); }

std::string label_of(const StakeholderMap& map, std::size_t v) { return md(map.organisation(v).label); }

std::string cell_name(const std::string& value) { return value.empty() ? "(unspecified)" : md(value); }

void matrix_table(std::ostringstream& out, const std::vector<std::string>& rows, const std::vector<std::string>& columns,
                  const std::map<std::string, std::map<std::string, std::size_t>>& counts, bool themes) {
    out << "| type |";
    for (const auto& column : columns) out << " " << md(themes ? vocabulary::theme_in_words(column) : column) << " |";
    out << "\n|---|";
    for (std::size_t c = 0; c < columns.size(); ++c) out << "---:|";
    out << "\n";
    for (const auto& row : rows) {
        out << "| " << md(vocabulary::type_in_words(row, true)) << " |";
        for (const auto& column : columns) {
            std::size_t count = 0;
            if (const auto r = counts.find(row); r != counts.end()) {
                if (const auto c = r->second.find(column); c != r->second.end()) count = c->second;
            }
            out << " " << (count == 0 ? "**0**" : std::to_string(count)) << " |";
        }
        out << "\n";
    }
}

ordered_json holes_json(const GapReport& report, std::size_t v) {
    auto number = [](double value) { return std::isnan(value) ? ordered_json(nullptr) : ordered_json(value); };
    return {{"constraint", number(report.holes.constraint[v])},
            {"effective_size", number(report.holes.effective_size[v])},
            {"hierarchy", number(report.holes.hierarchy[v])},
            {"coordinator", report.roles.coordinator[v]},
            {"itinerant", report.roles.itinerant[v]},
            {"gatekeeper", report.roles.gatekeeper[v]},
            {"representative", report.roles.representative[v]},
            {"liaison", report.roles.liaison[v]}};
}

}  // namespace

std::string gaps_markdown(const StakeholderMap& map, const GapReport& report, const CoverageProfile& profile,
                          const std::string& title) {
    std::ostringstream out;
    out << "# Gaps in " << md(title) << "\n\n";
    out << map.organisation_count() << " organisations of " << report.mixing.groups.size() << " types, "
        << report.components.sizes.size() << " separate part(s), " << report.communities.count << " communities.\n\n";

    out << "## 1. Coverage\n\nWho works on each theme, against the profile \"" << md(profile.name) << "\" (" << md(profile.description)
        << "). " << report.coverage.cells_filled << " of " << report.coverage.cells_required << " required cells are filled.\n\n";
    matrix_table(out, report.coverage.types, report.coverage.themes, report.coverage.by_theme, true);
    if (!report.coverage.regions.empty()) {
        out << "\nBy region:\n\n";
        matrix_table(out, report.coverage.types, report.coverage.regions, report.coverage.by_region, false);
    }
    out << "\n";
    for (const auto& caveat : report.coverage.caveats) out << "Note: " << md(caveat) << "\n\n";
    if (report.coverage.gaps.empty()) out << "No coverage gaps against this profile.\n";
    for (const auto& gap : report.coverage.gaps) out << "- " << md(gap.text) << "\n";

    out << "\n## 2. Cross-sector ties\n\nTies between types, against what would be expected if ties ignored type. "
        << "Assortativity by type: " << fixed(report.mixing.assortativity, 3)
        << " (1: ties only within a type; 0: type makes no difference; below 0: ties mostly across types).\n\n";
    if (report.mixing.flags.empty()) out << "No pair of types is markedly under-connected.\n";
    for (const auto& flag : report.mixing.flags) out << "- " << md(flag.text) << "\n";
    for (const auto& share : report.unlinked) out << "- " << md(share.text) << "\n";
    for (const auto& gap : report.regional_unlinked) out << "- " << md(gap.text) << "\n";

    out << "\n## 3. Fragility\n\n";
    out << "- " << report.components.sizes.size() << " separate part(s); " << report.isolated.size()
        << " organisation(s) tied to no one";
    if (!report.isolated.empty()) {
        out << ": ";
        for (std::size_t k = 0; k < report.isolated.size() && k < 10; ++k) out << (k ? ", " : "") << label_of(map, report.isolated[k]);
        if (report.isolated.size() > 10) out << " and " << report.isolated.size() - 10 << " more";
    }
    out << ".\n";
    for (std::size_t k = 0; k < report.fragile.size() && k < 10; ++k) {
        const auto& point = report.fragile[k];
        out << "- If **" << label_of(map, point.organisation) << "** dropped out, " << point.cut_off
            << " organisation(s) would lose their connection to the rest.\n";
    }
    out << "- " << report.bridges.size() << " tie(s) are the only link between two parts";
    if (!report.bridges.empty()) {
        out << ", e.g. ";
        for (std::size_t k = 0; k < report.bridges.size() && k < 5; ++k) {
            out << (k ? "; " : "") << label_of(map, report.bridges[k].first) << " – " << label_of(map, report.bridges[k].second);
        }
    }
    out << ".\n";

    out << "\n## 4. Brokers\n\nWho links groups that are not otherwise linked (Gould–Fernandez roles, counted over open "
           "two-step paths), and how free of redundant partners they are (Burt's constraint: lower is freer).\n\n";
    out << "| organisation | type | coordinator | itinerant | gatekeeper | representative | liaison | constraint | effective size |\n";
    out << "|---|---|---:|---:|---:|---:|---:|---:|---:|\n";
    for (const std::size_t v : report.top_brokers) {
        out << "| " << label_of(map, v) << " | " << cell_name(map.organisation(v).type) << " | " << report.roles.coordinator[v] << " | "
            << report.roles.itinerant[v] << " | " << report.roles.gatekeeper[v] << " | " << report.roles.representative[v] << " | "
            << report.roles.liaison[v] << " | " << fixed(report.holes.constraint[v], 3) << " | "
            << fixed(report.holes.effective_size[v], 2) << " |\n";
    }

    out << "\n## 5. Groups that never meet\n\nCommunities found by the Louvain method (modularity "
        << fixed(report.communities.modularity, 3) << "), described by their best-connected members.\n\n";
    auto describe = [&](std::size_t community) {
        std::size_t best = 0;
        double best_degree = -1;
        for (std::size_t v = 0; v < map.organisation_count(); ++v) {
            if (report.communities.community[v] != community) continue;
            const double degree = report.holes.effective_size[v];
            if (!std::isnan(degree) && degree > best_degree) {
                best_degree = degree;
                best = v;
            }
        }
        return "community " + std::to_string(community) + " (" + std::to_string(report.community_size[community]) +
               " organisations, around " + label_of(map, best) + ")";
    };
    if (report.never_meet.empty() && report.barely_meet.empty()) out << "Every pair of sizeable communities has ties between them.\n";
    for (std::size_t k = 0; k < report.never_meet.size() && k < 15; ++k) {
        const auto& pair = report.never_meet[k];
        out << "- " << describe(pair.a) << " and " << describe(pair.b) << " have no tie between them (" << fixed(pair.expected, 1)
            << " expected if ties ignored communities).\n";
    }
    if (report.never_meet.size() > 15) out << "- … and " << report.never_meet.size() - 15 << " more pairs.\n";
    for (std::size_t k = 0; k < report.barely_meet.size() && k < 5; ++k) {
        const auto& pair = report.barely_meet[k];
        out << "- " << describe(pair.a) << " and " << describe(pair.b) << " meet through a single tie.\n";
    }
    return out.str();
}

std::string gaps_json(const StakeholderMap& map, const GapReport& report, const CoverageProfile& profile) {
    ordered_json doc;
    auto id = [&](std::size_t v) { return map.organisation(v).id; };
    ordered_json coverage{{"profile", profile.name}, {"cells_required", report.coverage.cells_required},
                          {"cells_filled", report.coverage.cells_filled}, {"by_theme", report.coverage.by_theme},
                          {"by_region", report.coverage.by_region}, {"gaps", ordered_json::array()}};
    for (const auto& gap : report.coverage.gaps) {
        coverage["gaps"].push_back({{"dimension", gap.dimension}, {"where", gap.where}, {"type", gap.type}, {"have", gap.have},
                                    {"need", gap.need}, {"organisations", gap.organisations}, {"certain", gap.certain()},
                                    {"unrecognised_type_here", gap.unrecognised_type_here},
                                    {"of_type_without_place", gap.of_type_without_place}, {"text", gap.text}});
    }
    doc["coverage"] = coverage;
    ordered_json mixing{{"types", report.mixing.groups}, {"observed", report.mixing.observed}, {"expected", report.mixing.expected},
                        {"assortativity", std::isnan(report.mixing.assortativity) ? ordered_json(nullptr) : ordered_json(report.mixing.assortativity)},
                        {"flags", ordered_json::array()}, {"unlinked", ordered_json::array()}};
    for (const auto& flag : report.mixing.flags) {
        mixing["flags"].push_back({{"types", {report.mixing.groups[flag.a], report.mixing.groups[flag.b]}}, {"observed", flag.observed},
                                   {"expected", flag.expected}, {"absent", flag.absent}, {"text", flag.text}});
    }
    for (const auto& share : report.unlinked) {
        mixing["unlinked"].push_back({{"type", share.type}, {"partner_type", share.partner_type}, {"without", share.without}, {"of", share.of},
                                      {"with_unrecognised_partners", share.with_unrecognised_partners}, {"text", share.text}});
    }
    mixing["regional_unlinked"] = ordered_json::array();
    for (const auto& gap : report.regional_unlinked) {
        mixing["regional_unlinked"].push_back({{"region", gap.region}, {"type", gap.type}, {"partner_type", gap.partner_type},
                                               {"organisations", gap.organisations},
                                               {"with_unrecognised_partners", gap.with_unrecognised_partners}, {"text", gap.text}});
    }
    doc["cross_sector"] = mixing;
    ordered_json fragility{{"components", report.components.sizes.size()}, {"component_sizes", report.components.sizes},
                           {"isolated", ordered_json::array()}, {"articulation_points", ordered_json::array()}, {"bridges", ordered_json::array()}};
    for (const auto v : report.isolated) fragility["isolated"].push_back(id(v));
    for (const auto& point : report.fragile) fragility["articulation_points"].push_back({{"id", id(point.organisation)}, {"cut_off", point.cut_off}});
    for (const auto& [a, b] : report.bridges) fragility["bridges"].push_back({id(a), id(b)});
    doc["fragility"] = fragility;
    ordered_json brokers = ordered_json::array();
    for (const auto v : report.top_brokers) {
        ordered_json entry{{"id", id(v)}, {"label", map.organisation(v).label}};
        entry.update(holes_json(report, v));
        brokers.push_back(entry);
    }
    doc["brokers"] = brokers;
    ordered_json communities{{"count", report.communities.count}, {"modularity", report.communities.modularity},
                             {"sizes", report.community_size}, {"never_meet", ordered_json::array()}, {"barely_meet", ordered_json::array()}};
    for (const auto& pair : report.never_meet) communities["never_meet"].push_back({{"communities", {pair.a, pair.b}}, {"expected", pair.expected}});
    for (const auto& pair : report.barely_meet) {
        communities["barely_meet"].push_back({{"communities", {pair.a, pair.b}}, {"ties", pair.ties}, {"expected", pair.expected}});
    }
    ordered_json membership = ordered_json::object();
    for (std::size_t v = 0; v < map.organisation_count(); ++v) membership[id(v)] = report.communities.community[v];
    communities["membership"] = membership;
    doc["communities"] = communities;
    return doc.dump(2) + "\n";
}

std::string suggestions_table(const StakeholderMap& map, const std::vector<Suggestion>& suggestions,
                              const std::vector<CoverageAnswer>& coverage) {
    std::ostringstream out;
    if (!coverage.empty()) {
        out << "Coverage gaps (closed by an organisation taking a theme up, not by a tie):\n";
        for (const auto& answer : coverage) out << "  - " << answer.text << "\n";
        out << "\n";
    }
    if (suggestions.empty()) return out.str() + "No suggestions: every candidate pair is already tied.\n";
    std::size_t rank = 0;
    for (const auto& s : suggestions) {
        out << ++rank << ". " << map.organisation(s.source).label << "  +  " << map.organisation(s.target).label << "   score "
            << fixed(s.score, 3) << " (effect " << fixed(s.effect, 2) << ", plausibility " << fixed(s.plausibility, 2) << ": structure "
            << fixed(s.structure, 2) << ", complementarity " << fixed(s.complementarity, 2) << ", bridging " << fixed(s.bridging, 2) << ")\n";
        for (const auto& gap : s.closes) out << "     * closes a gap: " << gap << "\n";
        for (const auto& reason : s.reasons) out << "     - " << reason << "\n";
    }
    return out.str();
}

namespace {

ordered_json suggestions_document(const StakeholderMap& map, const std::vector<Suggestion>& suggestions,
                                  const std::vector<CoverageAnswer>& coverage) {
    ordered_json cells = ordered_json::array();
    for (const auto& answer : coverage) {
        ordered_json closest = ordered_json::array();
        for (const std::size_t v : answer.closest) closest.push_back(map.organisation(v).id);
        cells.push_back({{"type", answer.type}, {"theme", answer.theme}, {"have", answer.have}, {"need", answer.need},
                         {"closest", closest}, {"text", answer.text}});
    }
    ordered_json list = ordered_json::array();
    for (const auto& s : suggestions) {
        list.push_back({{"source", map.organisation(s.source).id}, {"target", map.organisation(s.target).id}, {"score", s.score},
                        {"effect", s.effect}, {"plausibility", s.plausibility}, {"closes", s.closes}, {"reasons", s.reasons}});
    }
    return ordered_json{{"suggestions", list}, {"coverage", cells}};
}

ordered_json whatif_document(const WhatIfResult& result);

}  // namespace

std::string suggestions_json(const StakeholderMap& map, const std::vector<Suggestion>& suggestions,
                             const std::vector<CoverageAnswer>& coverage) {
    return suggestions_document(map, suggestions, coverage).dump(2) + "\n";
}

std::string portfolio_table(const StakeholderMap& map, const std::vector<Suggestion>& suggestions, const WhatIfResult& together) {
    std::ostringstream out;
    out << "A portfolio of " << suggestions.size() << " ties, each chosen for the gaps the others leave open:\n\n";
    out << suggestions_table(map, suggestions);
    const MapFigures& b = together.before;
    const MapFigures& a = together.after;
    out << "\nWith all " << suggestions.size() << " added (what-if):\n";
    out << "  separate parts " << b.components << " -> " << a.components << "; organisations tied to no one " << b.isolated << " -> " << a.isolated
        << "; largest part " << b.largest_component << " -> " << a.largest_component << "\n";
    out << "  fragile points " << b.fragile_points << " -> " << a.fragile_points << "; ties whose loss splits the map " << b.bridges << " -> "
        << a.bridges << "; groups that never meet " << b.groups_never_meeting << " -> " << a.groups_never_meeting << "\n";
    out << "  sector pairs with too few ties " << b.rare_type_pairs << " -> " << a.rare_type_pairs << "; coverage cells filled " << b.coverage_filled
        << " -> " << a.coverage_filled << " of " << a.coverage_required << " (a tie fills none)\n";
    for (const auto& note : together.notes) out << "  Note: " << note << "\n";
    return out.str();
}

std::string portfolio_json(const StakeholderMap& map, const std::vector<Suggestion>& suggestions, const WhatIfResult& together) {
    ordered_json doc = suggestions_document(map, suggestions, {});
    doc["together"] = whatif_document(together);
    return doc.dump(2) + "\n";
}

std::string whatif_markdown(const WhatIfResult& result) {
    std::ostringstream out;
    out << "# What if\n\n| | before | after |\n|---|---:|---:|\n";
    const auto& b = result.before;
    const auto& a = result.after;
    out << "| organisations | " << b.organisations << " | " << a.organisations << " |\n";
    out << "| ties | " << b.ties << " | " << a.ties << " |\n";
    out << "| separate parts | " << b.components << " | " << a.components << " |\n";
    out << "| largest part | " << b.largest_component << " | " << a.largest_component << " |\n";
    out << "| organisations tied to no one | " << b.isolated << " | " << a.isolated << " |\n";
    out << "| average distance (steps) | " << fixed(b.average_distance, 3) << " | " << fixed(a.average_distance, 3) << " |\n";
    out << "| average distance within the largest part | " << fixed(b.average_distance_in_largest, 3) << " | " << fixed(a.average_distance_in_largest, 3) << " |\n";
    out << "| coverage cells filled | " << b.coverage_filled << " of " << b.coverage_required << " | " << a.coverage_filled << " of "
        << a.coverage_required << " |\n";
    out << "| fragile points (organisations whose loss cuts others off) | " << b.fragile_points << " | " << a.fragile_points << " |\n";
    out << "| ties whose loss splits the map | " << b.bridges << " | " << a.bridges << " |\n";
    out << "| groups that never meet (the communities found before the change) | " << b.groups_never_meeting << " | " << a.groups_never_meeting << " |\n";
    out << "| sector pairs with too few ties | " << b.rare_type_pairs << " | " << a.rare_type_pairs << " |\n";
    const auto names = [](const std::vector<std::string>& list) {
        std::string text;
        for (const auto& item : list) text += (text.empty() ? "" : "; ") + md(item);
        return text.empty() ? std::string("none") : text;
    };
    if (b.distance_sources > 0 || a.distance_sources > 0) {
        out << "\nAverage distances are estimated from " << kDistanceSources << " organisations spread evenly over the map (the same "
            << "before and after): it has more than " << kExactDistancesUpTo << ", too many to search from each.\n";
    }
    out << "\nMost fragile points before: " << names(b.most_fragile) << ". After: " << names(a.most_fragile) << ".\n";
    out << "\nBetweenness of today's top brokers:\n\n| organisation | before | after |\n|---|---:|---:|\n";
    for (const auto& broker : result.brokers) {
        out << "| " << md(broker.label) << " | " << fixed(broker.before, 4) << " | "
            << (std::isnan(broker.after) ? std::string("removed") : fixed(broker.after, 4)) << " |\n";
    }
    for (const auto& note : result.notes) out << "\nNote: " << md(note) << "\n";
    return out.str();
}

namespace {

ordered_json whatif_document(const WhatIfResult& result) {
    auto figures = [](const MapFigures& f) {
        return ordered_json{{"organisations", f.organisations}, {"ties", f.ties}, {"components", f.components},
                            {"largest_component", f.largest_component}, {"isolated", f.isolated},
                            {"average_distance", f.average_distance}, {"average_distance_in_largest", f.average_distance_in_largest},
                            {"coverage_filled", f.coverage_filled}, {"coverage_required", f.coverage_required},
                            {"fragile_points", f.fragile_points}, {"most_fragile", f.most_fragile}, {"bridges", f.bridges},
                            {"groups_never_meeting", f.groups_never_meeting}, {"rare_type_pairs", f.rare_type_pairs}};
    };
    ordered_json brokers = ordered_json::array();
    for (const auto& broker : result.brokers) {
        brokers.push_back({{"id", broker.id}, {"betweenness_before", broker.before},
                           {"betweenness_after", std::isnan(broker.after) ? ordered_json(nullptr) : ordered_json(broker.after)}});
    }
    return ordered_json{{"before", figures(result.before)}, {"after", figures(result.after)}, {"brokers", brokers}, {"notes", result.notes}};
}

}  // namespace

std::string whatif_json(const WhatIfResult& result) { return whatif_document(result).dump(2) + "\n"; }

}  // namespace stakemap::cli
