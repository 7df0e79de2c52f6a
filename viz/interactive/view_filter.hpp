#pragma once
// What the window shows: organisations filtered by type, theme, country,
// region, community and minimum degree, optionally narrowed to the
// neighbourhood (1-3 steps) of the selection. Empty sets admit everything.

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "graph/stakeholder_map.hpp"

namespace stakemap::interactive {

struct ViewFilter {
    std::set<std::string> types, themes, countries, regions;
    std::set<std::size_t> communities;
    double min_degree = 0;

    bool active() const;
    bool operator==(const ViewFilter&) const = default;
};

// "type=cso,union theme=forced_labour country=KE region=Coast community=2 degree=3":
// clauses separated by spaces all hold, commas separate alternatives.
// Throws std::invalid_argument naming the clause and what was expected.
ViewFilter parse_view_filter(const std::string& text);
std::string describe(const ViewFilter& filter);  // the same syntax back

// Per organisation, whether it is shown. `degree` and `community` are the
// analysis columns aligned to the map (empty while not yet computed: those
// criteria then admit everyone). `ego_centres` non-empty: only organisations
// within `ego_radius` steps of one of them (ties read both ways).
std::vector<bool> visible_organisations(const StakeholderMap& map, const ViewFilter& filter,
                                        const std::vector<double>& degree, const std::vector<double>& community,
                                        const std::vector<StakeholderMap::OrgIndex>& ego_centres, int ego_radius);

}  // namespace stakemap::interactive
