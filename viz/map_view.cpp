#include "viz/map_view.hpp"

#include <algorithm>
#include <numeric>
#include <sstream>
#include <stdexcept>

#include <limits>

#include "analysis/map_analysis.hpp"
#include "analysis/ranking.hpp"

namespace stakemap::viz {
namespace {

struct Clause {
    std::string field;
    std::vector<std::string> values;
};

std::vector<Clause> parse_filter(const std::string& text) {
    std::vector<Clause> clauses;
    std::istringstream words(text);
    std::string word;
    while (words >> word) {
        const auto equals = word.find('=');
        if (equals == std::string::npos || equals == 0 || equals + 1 == word.size()) {
            throw std::invalid_argument("filter clause '" + word + "': expected field=value[,value...]");
        }
        Clause clause{word.substr(0, equals), {}};
        std::istringstream values(word.substr(equals + 1));
        std::string value;
        while (std::getline(values, value, ',')) {
            if (!value.empty()) clause.values.push_back(value);
        }
        clauses.push_back(std::move(clause));
    }
    return clauses;
}

bool matches(const Organisation& organisation, const Clause& clause) {
    auto any_of = [&](const std::string& value) {
        return std::find(clause.values.begin(), clause.values.end(), value) != clause.values.end();
    };
    if (clause.field == "type") return any_of(organisation.type);
    if (clause.field == "country") return any_of(organisation.country);
    if (clause.field == "region") return any_of(organisation.region);
    if (clause.field == "id") return any_of(organisation.id);
    if (clause.field == "theme" || clause.field == "themes") {
        return std::any_of(organisation.themes.begin(), organisation.themes.end(), any_of);
    }
    const auto found = organisation.attributes.find(clause.field);
    return found != organisation.attributes.end() && any_of(to_display_string(found->second));
}

// The organisations the field filter and the caller's own flags admit.
std::vector<bool> filtered_organisations(const StakeholderMap& map, const ViewOptions& options) {
    const std::size_t n = map.organisation_count();
    std::vector<bool> shown(n, true);
    const auto clauses = parse_filter(options.filter);
    for (std::size_t v = 0; v < n; ++v) {
        for (const auto& clause : clauses) shown[v] = shown[v] && matches(map.organisation(v), clause);
        if (!options.shown.empty()) shown[v] = shown[v] && v < options.shown.size() && options.shown[v];
    }
    return shown;
}

}  // namespace

std::vector<bool> select_organisations(const StakeholderMap& map, const ViewOptions& options) {
    if (!options.ego && !options.top) return filtered_organisations(map, options);
    MapAnalysis analysis(map);
    return select_organisations(analysis, options);
}

std::vector<bool> select_organisations(MapAnalysis& analysis, const ViewOptions& options) {
    const StakeholderMap& map = analysis.map();
    const std::size_t n = map.organisation_count();
    std::vector<bool> shown = filtered_organisations(map, options);
    if (!options.ego && !options.top) return shown;

    if (options.ego) {
        const auto centre = map.find(*options.ego);
        if (!centre) throw std::invalid_argument("no organisation with id '" + *options.ego + "' for --ego");
        const SymmetricAdjacency& adjacency = analysis.measures().partners();
        std::vector<std::size_t> steps(n, static_cast<std::size_t>(-1));
        std::vector<std::size_t> queue{*centre};
        steps[*centre] = 0;
        for (std::size_t head = 0; head < queue.size(); ++head) {
            const std::size_t u = queue[head];
            if (steps[u] == options.radius) continue;
            for (std::size_t k = adjacency.offset[u]; k < adjacency.offset[u + 1]; ++k) {
                const std::size_t v = adjacency.partner[k];
                if (steps[v] != static_cast<std::size_t>(-1)) continue;
                steps[v] = steps[u] + 1;
                queue.push_back(v);
            }
        }
        for (std::size_t v = 0; v < n; ++v) shown[v] = shown[v] && steps[v] != static_cast<std::size_t>(-1);
    }
    if (options.top) {
        // The N most between among those the other views admit.
        std::vector<double> betweenness = analysis.measures().betweenness();
        for (std::size_t v = 0; v < n; ++v) {
            if (!shown[v]) betweenness[v] = std::numeric_limits<double>::quiet_NaN();
        }
        const std::size_t admitted = static_cast<std::size_t>(std::count(shown.begin(), shown.end(), true));
        std::fill(shown.begin(), shown.end(), false);
        for (const std::size_t v : ranked_by(betweenness, map, std::min(*options.top, admitted))) shown[v] = true;
    }
    return shown;
}

}  // namespace stakemap::viz
