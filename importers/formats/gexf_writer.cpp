#include "importers/formats/gexf_writer.hpp"

#include "importers/support/xml_writer.hpp"
#include "graph/support/atomic_file.hpp"
#include "importers/support/attribute_schema.hpp"
#include "graph/map_source.hpp"
#include "importers/support/writer_support.hpp"

namespace stakemap {

void save_gexf(const MapSource& map_as_stored, const std::string& path) {
    const NetMapFieldsAsAttributes map(map_as_stored);  // this format has no influence/stance fields
    const AttributeSchema schema = attribute_schema(map);
    XmlWriter xml(path);
    // GEXF 1.2draft: the newest version NetworkX 2.8 and Gephi both read.
    xml.start("gexf").attribute("xmlns", "http://www.gexf.net/1.2draft").attribute("xmlns:viz", "http://www.gexf.net/1.2draft/viz")
        .attribute("version", "1.2");
    xml.start("meta").element("creator", "stakemap");
    if (const auto title = map.metadata().find("title"); title != map.metadata().end()) xml.element("description", to_display_string(title->second));
    xml.end();
    xml.start("graph").attribute("defaultedgetype", map.directed() ? "directed" : "undirected").attribute("mode", "static");
    const std::vector<std::string> node_titles = distinct_names(names_of(schema.organisation), organisation_field_names());
    const std::vector<std::string> edge_titles = distinct_names(names_of(schema.relationship), with_field_names({"id"}, relationship_field_names()));
    xml.start("attributes").attribute("class", "node");
    for (const char* field : {"type", "country", "region", "themes"}) {
        xml.start("attribute").attribute("id", field).attribute("title", field).attribute("type", "string").end();
    }
    for (std::size_t k = 0; k < schema.organisation.size(); ++k) {
        xml.start("attribute").attribute("id", "na" + std::to_string(k)).attribute("title", node_titles[k])
            .attribute("type", declared_type_name(schema.organisation[k].kind)).end();
    }
    xml.end();
    xml.start("attributes").attribute("class", "edge");
    xml.start("attribute").attribute("id", "type").attribute("title", "type").attribute("type", "string").end();
    for (std::size_t k = 0; k < schema.relationship.size(); ++k) {
        if (schema.relationship[k].name == "id") continue;  // written as the edge's own id
        xml.start("attribute").attribute("id", "ea" + std::to_string(k)).attribute("title", edge_titles[k])
            .attribute("type", declared_type_name(schema.relationship[k].kind)).end();
    }
    xml.end();

    xml.start("nodes");
    Organisation scratch;
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        const Organisation& organisation = map.organisation(v, scratch);
        xml.start("node").attribute("id", organisation.id).attribute("label", organisation.label);
        xml.start("attvalues");
        auto value = [&](const std::string& id, const std::string& text) {
            if (!text.empty()) xml.start("attvalue").attribute("for", id).attribute("value", text).end();
        };
        value("type", organisation.type);
        value("country", organisation.country);
        value("region", organisation.region);
        value("themes", joined_themes(organisation));
        for (std::size_t k = 0; k < schema.organisation.size(); ++k) {
            const auto found = organisation.attributes.find(schema.organisation[k].name);
            if (found != organisation.attributes.end()) value("na" + std::to_string(k), value_text(found->second, schema.organisation[k].kind));
        }
        xml.end();
        if (organisation.position) {
            xml.start("viz:position").attribute("x", number_text(organisation.position->x))
                .attribute("y", number_text(organisation.position->y)).attribute("z", "0").end();
        }
        xml.end();
    }
    xml.end();
    xml.start("edges");
    const std::vector<std::string> ids = organisation_ids(map);
    EdgeIds edge_ids;
    map.for_each_relationship([&](std::size_t source, std::size_t target, const Relationship& tie) {
        xml.start("edge");
        // An edge id (optional in GEXF) comes back as the attribute "id"; write it where it came from.
        if (const auto id = tie.attributes.find("id"); id != tie.attributes.end()) xml.attribute("id", edge_ids.unique(to_display_string(id->second)));
        xml.attribute("source", ids[source]).attribute("target", ids[target]).attribute("weight", number_text(tie.weight));
        xml.start("attvalues");
        if (!tie.type.empty()) xml.start("attvalue").attribute("for", "type").attribute("value", tie.type).end();
        for (std::size_t k = 0; k < schema.relationship.size(); ++k) {
            if (schema.relationship[k].name == "id") continue;
            const auto found = tie.attributes.find(schema.relationship[k].name);
            if (found != tie.attributes.end()) {
                xml.start("attvalue").attribute("for", "ea" + std::to_string(k))
                    .attribute("value", value_text(found->second, schema.relationship[k].kind)).end();
            }
        }
        xml.end().end();
    });
    xml.save();
}

}  // namespace stakemap
