#include "viz/interactive/view_filter.hpp"

#include <algorithm>
#include <charconv>
#include <sstream>
#include <stdexcept>

namespace stakemap::interactive {
namespace {

std::vector<std::string> split_values(const std::string& text) {
    std::vector<std::string> values;
    std::istringstream stream(text);
    std::string value;
    while (std::getline(stream, value, ',')) {
        if (!value.empty()) values.push_back(value);
    }
    return values;
}

double parse_number(const std::string& clause, const std::string& text) {
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 0) {
        throw std::invalid_argument("filter clause '" + clause + "': expected a number >= 0");
    }
    return value;
}

template <class Set>
std::string join(const Set& values) {
    std::string out;
    for (const auto& value : values) {
        if (!out.empty()) out += ',';
        if constexpr (std::is_same_v<typename Set::value_type, std::string>) {
            out += value;
        } else {
            out += std::to_string(value);
        }
    }
    return out;
}

// Organisations within `radius` steps of the centres, ties read both ways.
std::vector<bool> neighbourhood(const StakeholderMap& map, const std::vector<StakeholderMap::OrgIndex>& centres,
                                int radius) {
    std::vector<int> steps(map.organisation_count(), -1);
    std::vector<StakeholderMap::OrgIndex> queue;
    for (const auto centre : centres) {
        if (centre < steps.size() && steps[centre] < 0) {
            steps[centre] = 0;
            queue.push_back(centre);
        }
    }
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const auto u = queue[head];
        if (steps[u] >= radius) continue;
        const auto reach = [&](StakeholderMap::OrgIndex v) {
            if (steps[v] >= 0) return;
            steps[v] = steps[u] + 1;
            queue.push_back(v);
        };
        for (const auto v : map.partners(u)) reach(v);
    }
    std::vector<bool> inside(steps.size());
    for (std::size_t v = 0; v < steps.size(); ++v) inside[v] = steps[v] >= 0;
    return inside;
}

}  // namespace

bool ViewFilter::active() const {
    return !types.empty() || !themes.empty() || !countries.empty() || !regions.empty() || !communities.empty() ||
           min_degree > 0;
}

ViewFilter parse_view_filter(const std::string& text) {
    ViewFilter filter;
    std::istringstream words(text);
    std::string clause;
    while (words >> clause) {
        const auto equals = clause.find('=');
        if (equals == std::string::npos || equals == 0 || equals + 1 == clause.size()) {
            throw std::invalid_argument("filter clause '" + clause + "': expected field=value[,value...]");
        }
        const std::string field = clause.substr(0, equals);
        const auto values = split_values(clause.substr(equals + 1));
        if (field == "type") {
            filter.types.insert(values.begin(), values.end());
        } else if (field == "theme") {
            filter.themes.insert(values.begin(), values.end());
        } else if (field == "country") {
            filter.countries.insert(values.begin(), values.end());
        } else if (field == "region") {
            filter.regions.insert(values.begin(), values.end());
        } else if (field == "community") {
            for (const auto& value : values) filter.communities.insert(static_cast<std::size_t>(parse_number(clause, value)));
        } else if (field == "degree") {
            filter.min_degree = parse_number(clause, clause.substr(equals + 1));
        } else {
            throw std::invalid_argument("filter clause '" + clause +
                                        "': unknown field '" + field + "'; expected type, theme, country, region, community or degree");
        }
    }
    return filter;
}

std::string describe(const ViewFilter& filter) {
    std::vector<std::string> clauses;
    if (!filter.types.empty()) clauses.push_back("type=" + join(filter.types));
    if (!filter.themes.empty()) clauses.push_back("theme=" + join(filter.themes));
    if (!filter.countries.empty()) clauses.push_back("country=" + join(filter.countries));
    if (!filter.regions.empty()) clauses.push_back("region=" + join(filter.regions));
    if (!filter.communities.empty()) clauses.push_back("community=" + join(filter.communities));
    if (filter.min_degree > 0) {
        std::ostringstream degree;
        degree << "degree=" << filter.min_degree;
        clauses.push_back(degree.str());
    }
    std::string out;
    for (const auto& clause : clauses) out += (out.empty() ? "" : " ") + clause;
    return out;
}

std::vector<bool> visible_organisations(const StakeholderMap& map, const ViewFilter& filter,
                                        const std::vector<double>& degree, const std::vector<double>& community,
                                        const std::vector<StakeholderMap::OrgIndex>& ego_centres, int ego_radius) {
    const std::size_t n = map.organisation_count();
    std::vector<bool> shown(n, true);
    const auto admits = [](const std::set<std::string>& allowed, const std::string& value) {
        return allowed.empty() || allowed.contains(value);
    };
    for (std::size_t v = 0; v < n; ++v) {
        const Organisation& organisation = map.organisation(v);
        bool keep = admits(filter.types, organisation.type) && admits(filter.countries, organisation.country) &&
                    admits(filter.regions, organisation.region);
        if (keep && !filter.themes.empty()) {
            keep = std::any_of(organisation.themes.begin(), organisation.themes.end(),
                               [&](const std::string& theme) { return filter.themes.contains(theme); });
        }
        if (keep && !filter.communities.empty() && v < community.size()) {
            keep = filter.communities.contains(static_cast<std::size_t>(community[v]));
        }
        if (keep && filter.min_degree > 0 && v < degree.size()) keep = degree[v] >= filter.min_degree;
        shown[v] = keep;
    }
    if (!ego_centres.empty()) {
        const auto inside = neighbourhood(map, ego_centres, ego_radius);
        for (std::size_t v = 0; v < n; ++v) shown[v] = shown[v] && inside[v];
    }
    return shown;
}

}  // namespace stakemap::interactive
