#include "importers/support/writer_support.hpp"

#include <set>

#include "importers/formats/json_writer.hpp"

namespace stakemap {

std::string joined_themes(const Organisation& organisation) {
    std::string themes;
    for (const auto& theme : organisation.themes) themes += (themes.empty() ? "" : ";") + theme;
    return themes;
}

std::string number_text(double value) {
    std::string text;
    append_json_number(text, value);
    return text;
}

std::vector<std::string> organisation_ids(const MapSource& map) {
    std::vector<std::string> ids(map.organisation_count());
    Organisation scratch;
    for (std::size_t v = 0; v < ids.size(); ++v) ids[v] = map.organisation(v, scratch).id;
    return ids;
}

bool has_parallel_relationships(const MapSource& map) {
    std::set<std::pair<std::size_t, std::size_t>> seen;
    bool parallel = false;
    map.for_each_relationship([&](std::size_t source, std::size_t target, const Relationship&) {
        const auto pair = map.directed() ? std::make_pair(source, target) : std::make_pair(std::min(source, target), std::max(source, target));
        parallel = parallel || !seen.insert(pair).second;
    });
    return parallel;
}

std::vector<std::string> distinct_names(const std::vector<std::string>& names, const std::vector<std::string>& fixed,
                                        std::string (*safe)(const std::string&)) {
    std::set<std::string> used;
    for (const auto& name : fixed) used.insert(safe ? safe(name) : name);
    std::vector<std::string> result;
    for (const auto& name : names) {
        std::string chosen = safe ? safe(name) : name;
        if (used.count(chosen)) chosen = safe ? safe("attribute " + name) : "attribute " + name;
        const std::string base = chosen;
        for (int k = 2; used.count(chosen); ++k) chosen = safe ? safe(base + " " + std::to_string(k)) : base + " " + std::to_string(k);
        used.insert(chosen);
        result.push_back(std::move(chosen));
    }
    return result;
}

std::string EdgeIds::unique(const std::string& id) {
    const std::size_t seen = used_[id]++;
    if (seen == 0) return id;
    std::string candidate = id + " (" + std::to_string(seen + 1) + ")";
    while (used_.count(candidate)) candidate += "'";
    used_[candidate] = 1;
    return candidate;
}

}  // namespace stakemap
