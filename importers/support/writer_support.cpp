#include "importers/support/writer_support.hpp"

#include <set>

#include "importers/formats/json_writer.hpp"
#include "importers/support/field_mapping.hpp"

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

const std::vector<std::string>& organisation_field_names() {
    static const std::vector<std::string> names = {"label", "type", "country", "region", "themes", "theme", "goal", "goals"};
    return names;
}

const std::vector<std::string>& relationship_field_names() {
    static const std::vector<std::string> names = {"type", "weight", "relationship", "relation", "directed"};
    return names;
}

std::vector<std::string> distinct_names(const std::vector<std::string>& names, const std::vector<std::string>& fixed,
                                        std::string (*safe)(const std::string&)) {
    // Readers match field names without regard to case ("Type" is the type), so compare that way.
    auto spelled = [&](const std::string& name) { return safe ? safe(name) : name; };
    std::set<std::string> used;
    for (const auto& name : fixed) used.insert(to_lower_ascii(spelled(name)));
    std::vector<std::string> result;
    for (const auto& name : names) {
        std::string chosen = spelled(name);
        if (used.count(to_lower_ascii(chosen))) chosen = spelled("attribute " + name);
        const std::string base = chosen;
        for (int k = 2; used.count(to_lower_ascii(chosen)); ++k) chosen = spelled(base + " " + std::to_string(k));
        used.insert(to_lower_ascii(chosen));
        result.push_back(std::move(chosen));
    }
    return result;
}

std::vector<std::string> with_field_names(std::vector<std::string> fixed, const std::vector<std::string>& fields) {
    fixed.insert(fixed.end(), fields.begin(), fields.end());
    return fixed;
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
