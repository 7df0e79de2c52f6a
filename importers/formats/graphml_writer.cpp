#include "importers/formats/graphml_writer.hpp"

#include "importers/support/xml_writer.hpp"
#include "graph/support/atomic_file.hpp"
#include "importers/support/attribute_schema.hpp"
#include "graph/map_source.hpp"
#include "importers/support/writer_support.hpp"

namespace stakemap {

void save_graphml(const MapSource& map_as_stored, const std::string& path) {
    const NetMapFieldsAsAttributes map(map_as_stored);  // this format has no influence/stance fields
    const AttributeSchema schema = attribute_schema(map);
    XmlWriter xml(path);
    xml.start("graphml").attribute("xmlns", "http://graphml.graphdrawing.org/xmlns");
    auto key = [&](const std::string& id, const char* domain, const std::string& name, const char* type) {
        xml.start("key").attribute("id", id).attribute("for", domain).attribute("attr.name", name).attribute("attr.type", type).end();
    };
    for (const char* field : {"label", "type", "country", "region", "themes"}) key(std::string("n_") + field, "node", field, "string");
    key("n_x", "node", "x", "double");
    key("n_y", "node", "y", "double");
    const std::vector<std::string> node_names = distinct_names(names_of(schema.organisation), with_field_names({"x", "y"}, organisation_field_names()));
    const std::vector<std::string> edge_names = distinct_names(names_of(schema.relationship), relationship_field_names());
    for (std::size_t k = 0; k < schema.organisation.size(); ++k) {
        key("na" + std::to_string(k), "node", node_names[k], declared_type_name(schema.organisation[k].kind));
    }
    key("e_type", "edge", "type", "string");
    key("e_weight", "edge", "weight", "double");
    for (std::size_t k = 0; k < schema.relationship.size(); ++k) {
        if (schema.relationship[k].name == "id") continue;  // written as the edge's own id
        key("ea" + std::to_string(k), "edge", edge_names[k], declared_type_name(schema.relationship[k].kind));
    }
    for (std::size_t k = 0; k < schema.map.size(); ++k) key("g" + std::to_string(k), "graph", schema.map[k].name, declared_type_name(schema.map[k].kind));

    xml.start("graph").attribute("id", "G").attribute("edgedefault", map.directed() ? "directed" : "undirected");
    for (std::size_t k = 0; k < schema.map.size(); ++k) {
        xml.start("data").attribute("key", "g" + std::to_string(k)).text(value_text(map.metadata().at(schema.map[k].name), schema.map[k].kind)).end();
    }
    Organisation scratch;
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        const Organisation& organisation = map.organisation(v, scratch);
        xml.start("node").attribute("id", organisation.id);
        auto data = [&](const std::string& id, const std::string& value) {
            if (!value.empty()) xml.start("data").attribute("key", id).text(value).end();
        };
        data("n_label", organisation.label);
        data("n_type", organisation.type);
        data("n_country", organisation.country);
        data("n_region", organisation.region);
        data("n_themes", joined_themes(organisation));
        if (organisation.position) {
            data("n_x", number_text(organisation.position->x));
            data("n_y", number_text(organisation.position->y));
        }
        for (std::size_t k = 0; k < schema.organisation.size(); ++k) {
            const auto found = organisation.attributes.find(schema.organisation[k].name);
            if (found != organisation.attributes.end()) data("na" + std::to_string(k), value_text(found->second, schema.organisation[k].kind));
        }
        xml.end();
    }
    const std::vector<std::string> ids = organisation_ids(map);
    EdgeIds edge_ids;
    map.for_each_relationship([&](std::size_t source, std::size_t target, const Relationship& tie) {
        xml.start("edge");
        if (const auto id = tie.attributes.find("id"); id != tie.attributes.end()) xml.attribute("id", edge_ids.unique(to_display_string(id->second)));
        xml.attribute("source", ids[source]).attribute("target", ids[target]);
        if (!tie.type.empty()) xml.start("data").attribute("key", "e_type").text(tie.type).end();
        xml.start("data").attribute("key", "e_weight").text(number_text(tie.weight)).end();
        for (std::size_t k = 0; k < schema.relationship.size(); ++k) {
            if (schema.relationship[k].name == "id") continue;
            const auto found = tie.attributes.find(schema.relationship[k].name);
            if (found != tie.attributes.end()) {
                xml.start("data").attribute("key", "ea" + std::to_string(k)).text(value_text(found->second, schema.relationship[k].kind)).end();
            }
        }
        xml.end();
    });
    xml.save();
}

}  // namespace stakemap
