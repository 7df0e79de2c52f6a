#include "importers/interchange_writers.hpp"

#include <cctype>
#include <set>

#include <nlohmann/json.hpp>

#include "importers/atomic_file.hpp"
#include "importers/attribute_schema.hpp"
#include "importers/map_source.hpp"
#include "importers/json_writer.hpp"
#include "importers/xml_writer.hpp"

namespace stakemap {
namespace {

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

// Collects organisation ids once, since relationships name their ends by index.
std::vector<std::string> organisation_ids(const MapSource& map) {
    std::vector<std::string> ids(map.organisation_count());
    Organisation scratch;
    for (std::size_t v = 0; v < ids.size(); ++v) ids[v] = map.organisation(v, scratch).id;
    return ids;
}

}  // namespace

void save_graphml(const MapSource& map_as_stored, const std::string& path) {
    const NetMapFieldsAsAttributes map(map_as_stored);  // this format has no influence/stance fields
    const AttributeSchema schema = attribute_schema(map);
    XmlWriter xml;
    xml.start("graphml").attribute("xmlns", "http://graphml.graphdrawing.org/xmlns");
    auto key = [&](const std::string& id, const char* domain, const std::string& name, const char* type) {
        xml.start("key").attribute("id", id).attribute("for", domain).attribute("attr.name", name).attribute("attr.type", type).end();
    };
    for (const char* field : {"label", "type", "country", "region", "themes"}) key(std::string("n_") + field, "node", field, "string");
    key("n_x", "node", "x", "double");
    key("n_y", "node", "y", "double");
    for (std::size_t k = 0; k < schema.organisation.size(); ++k) {
        key("na" + std::to_string(k), "node", schema.organisation[k].name, declared_type_name(schema.organisation[k].kind));
    }
    key("e_type", "edge", "type", "string");
    key("e_weight", "edge", "weight", "double");
    for (std::size_t k = 0; k < schema.relationship.size(); ++k) {
        if (schema.relationship[k].name == "id") continue;  // written as the edge's own id
        key("ea" + std::to_string(k), "edge", schema.relationship[k].name, declared_type_name(schema.relationship[k].kind));
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
    map.for_each_relationship([&](std::size_t source, std::size_t target, const Relationship& tie) {
        xml.start("edge");
        if (const auto id = tie.attributes.find("id"); id != tie.attributes.end()) xml.attribute("id", to_display_string(id->second));
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
    xml.save(path);
}

void save_gexf(const MapSource& map_as_stored, const std::string& path) {
    const NetMapFieldsAsAttributes map(map_as_stored);  // this format has no influence/stance fields
    const AttributeSchema schema = attribute_schema(map);
    XmlWriter xml;
    // GEXF 1.2draft: the newest version NetworkX 2.8 and Gephi both read.
    xml.start("gexf").attribute("xmlns", "http://www.gexf.net/1.2draft").attribute("xmlns:viz", "http://www.gexf.net/1.2draft/viz")
        .attribute("version", "1.2");
    xml.start("meta").element("creator", "stakemap");
    if (const auto title = map.metadata().find("title"); title != map.metadata().end()) xml.element("description", to_display_string(title->second));
    xml.end();
    xml.start("graph").attribute("defaultedgetype", map.directed() ? "directed" : "undirected").attribute("mode", "static");
    xml.start("attributes").attribute("class", "node");
    for (const char* field : {"type", "country", "region", "themes"}) {
        xml.start("attribute").attribute("id", field).attribute("title", field).attribute("type", "string").end();
    }
    for (std::size_t k = 0; k < schema.organisation.size(); ++k) {
        xml.start("attribute").attribute("id", "na" + std::to_string(k)).attribute("title", schema.organisation[k].name)
            .attribute("type", declared_type_name(schema.organisation[k].kind)).end();
    }
    xml.end();
    xml.start("attributes").attribute("class", "edge");
    xml.start("attribute").attribute("id", "type").attribute("title", "type").attribute("type", "string").end();
    for (std::size_t k = 0; k < schema.relationship.size(); ++k) {
        if (schema.relationship[k].name == "id") continue;  // written as the edge's own id
        xml.start("attribute").attribute("id", "ea" + std::to_string(k)).attribute("title", schema.relationship[k].name)
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
    map.for_each_relationship([&](std::size_t source, std::size_t target, const Relationship& tie) {
        xml.start("edge");
        // An edge id (optional in GEXF) comes back as the attribute "id"; write it where it came from.
        if (const auto id = tie.attributes.find("id"); id != tie.attributes.end()) xml.attribute("id", to_display_string(id->second));
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
    xml.save(path);
}

namespace {

// GML strings: ASCII only, with &#NNNN; for everything else, as NetworkX reads them.
std::string gml_string(std::string_view text) {
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            if (byte == '"') out += "&quot;";
            else if (byte == '&') out += "&amp;";
            else if (byte < 0x20) out += "&#" + std::to_string(byte) + ";";
            else out += static_cast<char>(byte);
            ++i;
            continue;
        }
        const int length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;  // the text is valid UTF-8
        unsigned long code = byte & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F);
        for (int k = 1; k < length && i + static_cast<std::size_t>(k) < text.size(); ++k) code = code << 6 | (static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]) & 0x3F);
        out += "&#" + std::to_string(code) + ";";
        i += static_cast<std::size_t>(length);
    }
    return out + "\"";
}

std::string gml_key(const std::string& name) {
    std::string key;
    for (const char c : name) key += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    if (key.empty() || !std::isalpha(static_cast<unsigned char>(key[0]))) key.insert(0, "a");
    return key;
}

std::string gml_value(const AttributeValue& value) {
    if (const auto* integer = std::get_if<std::int64_t>(&value)) return std::to_string(*integer);
    if (const auto* real = std::get_if<double>(&value)) {
        std::string text = number_text(*real);
        if (text.find_first_of(".eE") == std::string::npos) text += ".0";
        return text;
    }
    return gml_string(to_display_string(value));
}

}  // namespace

// Whether two relationships join the same pair (NetworkX then needs to be told "multigraph").
static bool has_parallel_relationships(const MapSource& map) {
    std::set<std::pair<std::size_t, std::size_t>> seen;
    bool parallel = false;
    map.for_each_relationship([&](std::size_t source, std::size_t target, const Relationship&) {
        const auto pair = map.directed() ? std::make_pair(source, target) : std::make_pair(std::min(source, target), std::max(source, target));
        parallel = parallel || !seen.insert(pair).second;
    });
    return parallel;
}

void save_gml(const MapSource& map_as_stored, const std::string& path) {
    const NetMapFieldsAsAttributes map(map_as_stored);  // this format has no influence/stance fields
    AtomicFileWriter out(path);
    std::string text = "graph [\n  directed " + std::string(map.directed() ? "1" : "0") + "\n";
    if (has_parallel_relationships(map)) text += "  multigraph 1\n";
    const std::set<std::string> reserved = {"id", "label", "node", "edge", "directed", "multigraph", "graphics", "source", "target"};
    for (const auto& [name, value] : map.metadata()) {
        if (!reserved.count(gml_key(name))) text += "  " + gml_key(name) + " " + gml_value(value) + "\n";
    }
    Organisation scratch;
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        const Organisation& organisation = map.organisation(v, scratch);
        text += "  node [\n    id " + std::to_string(v) + "\n    stakemap_id " + gml_string(organisation.id) + "\n    label " +
                gml_string(organisation.label) + "\n";
        if (!organisation.type.empty()) text += "    type " + gml_string(organisation.type) + "\n";
        if (!organisation.country.empty()) text += "    country " + gml_string(organisation.country) + "\n";
        if (!organisation.region.empty()) text += "    region " + gml_string(organisation.region) + "\n";
        if (!organisation.themes.empty()) text += "    themes " + gml_string(joined_themes(organisation)) + "\n";
        for (const auto& [name, value] : organisation.attributes) {
            const std::string key = gml_key(name);
            if (!reserved.count(key) && key != "stakemap_id") text += "    " + key + " " + gml_value(value) + "\n";
        }
        if (organisation.position) {
            text += "    graphics [\n      x " + gml_value(organisation.position->x) + "\n      y " + gml_value(organisation.position->y) + "\n    ]\n";
        }
        text += "  ]\n";
        if (text.size() > (1 << 16)) {
            out.write(text);
            text.clear();
        }
    }
    map.for_each_relationship([&](std::size_t source, std::size_t target, const Relationship& tie) {
        text += "  edge [\n    source " + std::to_string(source) + "\n    target " + std::to_string(target) + "\n";
        if (!tie.type.empty()) text += "    type " + gml_string(tie.type) + "\n";
        text += "    weight " + gml_value(tie.weight) + "\n";
        for (const auto& [name, value] : tie.attributes) {
            const std::string key = gml_key(name);
            if (!reserved.count(key)) text += "    " + key + " " + gml_value(value) + "\n";
        }
        text += "  ]\n";
        if (text.size() > (1 << 16)) {
            out.write(text);
            text.clear();
        }
    });
    text += "]\n";
    out.write(text);
    out.commit();
}

void save_node_link_json(const MapSource& map_as_stored, const std::string& path) {
    const NetMapFieldsAsAttributes map(map_as_stored);  // this format has no influence/stance fields
    using nlohmann::ordered_json;
    auto value_json = [](const AttributeValue& value) -> ordered_json {
        if (const auto* text = std::get_if<std::string>(&value)) return *text;
        if (const auto* integer = std::get_if<std::int64_t>(&value)) return *integer;
        if (const auto* flag = std::get_if<bool>(&value)) return *flag;
        return std::get<double>(value);
    };
    ordered_json graph = ordered_json::object();
    for (const auto& [name, value] : map.metadata()) graph[name] = value_json(value);
    ordered_json nodes = ordered_json::array();
    Organisation scratch;
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        const Organisation& organisation = map.organisation(v, scratch);
        ordered_json node;
        for (const auto& [name, value] : organisation.attributes) node[name] = value_json(value);
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
        for (const auto& [name, value] : tie.attributes) link[name] = value_json(value);
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
