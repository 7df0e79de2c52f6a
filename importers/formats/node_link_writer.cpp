#include "importers/formats/node_link_writer.hpp"

#include <map>

#include <nlohmann/json.hpp>

#include "importers/formats/json_writer.hpp"
#include "graph/support/atomic_file.hpp"
#include "importers/support/attribute_schema.hpp"
#include "graph/map_source.hpp"
#include "importers/support/writer_support.hpp"

namespace stakemap {

void save_node_link_json(const MapSource& map_as_stored, const std::string& path) {
    const NetMapFieldsAsAttributes map(map_as_stored);  // this format has no influence/stance fields
    using nlohmann::ordered_json;
    auto value_json = [](const AttributeValue& value) -> ordered_json {
        if (const auto* text = std::get_if<std::string>(&value)) return *text;
        if (const auto* integer = std::get_if<std::int64_t>(&value)) return *integer;
        if (const auto* flag = std::get_if<bool>(&value)) return *flag;
        return std::get<double>(value);
    };
    // Attributes spelled like a field ("id", "label", "x", "source") keep their values under another name.
    const AttributeSchema schema = attribute_schema(map);
    const auto renamed = [](const std::vector<AttributeColumn>& columns, const std::vector<std::string>& fixed) {
        const std::vector<std::string> names = names_of(columns);
        const std::vector<std::string> written = distinct_names(names, fixed);
        std::map<std::string, std::string> result;
        for (std::size_t k = 0; k < names.size(); ++k) result[names[k]] = written[k];
        return result;
    };
    const auto node_key = renamed(schema.organisation, with_field_names({"id", "x", "y"}, organisation_field_names()));
    const auto link_key = renamed(schema.relationship, with_field_names({"source", "target", "key"}, relationship_field_names()));
    ordered_json graph = ordered_json::object();
    for (const auto& [name, value] : map.metadata()) graph[name] = value_json(value);
    ordered_json nodes = ordered_json::array();
    Organisation scratch;
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        const Organisation& organisation = map.organisation(v, scratch);
        ordered_json node;
        for (const auto& [name, value] : organisation.attributes) node[node_key.at(name)] = value_json(value);
        node["label"] = organisation.label;
        if (!organisation.type.empty()) node["type"] = organisation.type;
        if (!organisation.country.empty()) node["country"] = organisation.country;
        if (!organisation.region.empty()) node["region"] = organisation.region;
        if (!organisation.themes.empty()) node["themes"] = organisation.themes;
        if (organisation.position) {
            node["x"] = organisation.position->x;
            node["y"] = organisation.position->y;
        }
        node["id"] = organisation.id;
        nodes.push_back(std::move(node));
    }
    const std::vector<std::string> ids = organisation_ids(map);
    ordered_json links = ordered_json::array();
    const bool multigraph = has_parallel_relationships(map);
    map.for_each_relationship([&](std::size_t source, std::size_t target, const Relationship& tie) {
        ordered_json link;
        for (const auto& [name, value] : tie.attributes) link[link_key.at(name)] = value_json(value);
        if (!tie.type.empty()) link["type"] = tie.type;
        link["weight"] = tie.weight;
        link["source"] = ids[source];
        link["target"] = ids[target];
        links.push_back(std::move(link));
    });
    const ordered_json document{{"directed", map.directed()}, {"multigraph", multigraph}, {"graph", graph}, {"nodes", nodes}, {"links", links}};
    write_file_atomically(path, document.dump(1) + "\n");
}

}  // namespace stakemap
