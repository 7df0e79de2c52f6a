#include "importers/formats/kumu_writer.hpp"

#include <array>
#include <algorithm>

#include <nlohmann/json.hpp>

#include "graph/support/atomic_file.hpp"
#include "importers/support/writer_support.hpp"

namespace stakemap {
namespace {

using nlohmann::ordered_json;

ordered_json value_json(const AttributeValue& value) {
    if (const auto* text = std::get_if<std::string>(&value)) return *text;
    if (const auto* integer = std::get_if<std::int64_t>(&value)) return *integer;
    if (const auto* flag = std::get_if<bool>(&value)) return *flag;
    return std::get<double>(value);
}

constexpr std::array<std::string_view, 10> kElementFields = {"id", "label", "type", "tags", "country", "region", "influence", "stance", "x", "y"};
constexpr std::array<std::string_view, 6> kConnectionFields = {"from", "to", "type", "direction", "strength", "id"};

template <std::size_t N>
std::string field_name_for(const std::string& name, const std::array<std::string_view, N>& taken) {
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return std::find(taken.begin(), taken.end(), lower) == taken.end() ? name : "attribute " + name;
}

}  // namespace

void save_kumu_blueprint(const MapSource& map, const std::string& path) {
    ordered_json elements = ordered_json::array();
    Organisation scratch;
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        const Organisation& organisation = map.organisation(v, scratch);
        ordered_json element;
        element["id"] = organisation.id;
        element["label"] = organisation.label;
        if (!organisation.type.empty()) element["type"] = organisation.type;
        if (!organisation.themes.empty()) element["tags"] = organisation.themes;
        if (!organisation.country.empty()) element["country"] = organisation.country;
        if (!organisation.region.empty()) element["region"] = organisation.region;
        if (organisation.influence) element["influence"] = *organisation.influence;
        if (!organisation.stance.empty()) element["stance"] = organisation.stance;
        for (const auto& [name, value] : organisation.attributes) element[field_name_for(name, kElementFields)] = value_json(value);
        elements.push_back(std::move(element));
    }
    const std::vector<std::string> ids = organisation_ids(map);
    ordered_json connections = ordered_json::array();
    map.for_each_relationship([&](std::size_t source, std::size_t target, const Relationship& relationship) {
        ordered_json connection;
        connection["from"] = ids[source];
        connection["to"] = ids[target];
        if (!relationship.type.empty()) connection["type"] = relationship.type;
        connection["direction"] = relationship.directed || map.directed() ? "directed" : "undirected";
        connection["strength"] = relationship.weight;
        for (const auto& [name, value] : relationship.attributes) connection[field_name_for(name, kConnectionFields)] = value_json(value);
        connections.push_back(std::move(connection));
    });
    ordered_json document;
    document["elements"] = std::move(elements);
    document["connections"] = std::move(connections);
    write_file_atomically(path, document.dump(2) + "\n");
}

}  // namespace stakemap
