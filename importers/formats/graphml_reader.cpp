#include "importers/formats/graphml_reader.hpp"

#include <map>
#include <set>

#include "importers/support/field_mapping.hpp"
#include "importers/support/map_builder.hpp"
#include "importers/support/xml_document.hpp"

namespace stakemap {
namespace {

struct KeyDeclaration {
    std::string name;
    std::string type = "string";
    std::string domain = "all";  // node, edge, graph or all
    std::optional<std::string> default_value;
    bool yed_graphics = false;    // yfiles.type="nodegraphics"
};

using KeyTable = std::map<std::string, KeyDeclaration>;

KeyTable read_keys(const XmlDocument& document) {
    KeyTable keys;
    for (xmlNode* key : child_elements(document.root(), "key")) {
        const auto id = attribute(key, "id");
        if (!id) throw ImportError(document.location_of(key), "<key> without an id attribute; expected id=\"...\"");
        KeyDeclaration declaration;
        declaration.name = attribute(key, "attr.name").value_or(*id);
        declaration.type = attribute(key, "attr.type").value_or("string");
        declaration.domain = attribute(key, "for").value_or("all");
        declaration.yed_graphics = attribute(key, "yfiles.type").value_or("") == "nodegraphics";
        if (xmlNode* fallback = first_child_element(key, "default")) declaration.default_value = text_content(fallback);
        keys[*id] = std::move(declaration);
    }
    return keys;
}

// yEd keeps a node's label and geometry inside its graphics data.
void read_yed_graphics(xmlNode* data, Organisation& organisation) {
    for (xmlNode* shape : child_elements(data)) {
        if (xmlNode* label = first_child_element(shape, "NodeLabel")) {
            const std::string text = trim(text_content(label));
            if (!text.empty()) organisation.label = text;
        }
        if (xmlNode* geometry = first_child_element(shape, "Geometry")) {
            const auto x = parse_number(attribute(geometry, "x").value_or(""));
            const auto y = parse_number(attribute(geometry, "y").value_or(""));
            if (x && y) organisation.position = Position{*x, *y};
        }
    }
}

// Calls apply(name, value) for each <data> of `element`, then for each default
// of its domain the element did not set.
template <typename Apply, typename Graphics, typename Warn>
void read_data(const XmlDocument& document, const KeyTable& keys, xmlNode* element, const char* domain,
               Apply apply, Graphics graphics, Warn warn, std::set<std::string>& undeclared) {
    std::map<std::string, bool> seen;
    for (xmlNode* data : child_elements(element, "data")) {
        const auto key_id = attribute(data, "key");
        const auto where = document.location_of(data);
        if (!key_id) throw ImportError(where, "<data> without a key attribute; expected key=\"...\"");
        const auto key = keys.find(*key_id);
        if (key == keys.end()) {
            // igraph reads such data too: kept as text under the key's id, and said once.
            if (undeclared.insert(*key_id).second) warn(where, "<data> refers to undeclared key '" + *key_id + "'; its values are kept as text under that name");
            apply(*key_id, AttributeValue(text_content(data)), where);
            continue;
        }
        seen[*key_id] = true;
        if (key->second.yed_graphics) {
            graphics(data);
            continue;
        }
        if (first_child_element(data, "ShapeNode") || first_child_element(data, "PolyLineEdge")) continue;
        apply(key->second.name, typed_value(key->second.type, text_content(data), where), where);
    }
    for (const auto& [id, key] : keys) {
        if (seen.count(id) || !key.default_value || (key.domain != domain && key.domain != "all")) continue;
        const auto where = document.location_of(element);
        apply(key.name, typed_value(key.type, *key.default_value, where), where);
    }
}

// A weight that is not a number (a GraphML key named "weight" holding words) is kept as an
// attribute of that name, as NetworkX keeps it, instead of refusing the file.
void assign_edge_data(Relationship& relationship, const std::string& name, const AttributeValue& value, const SourceLocation& at,
                      MapBuilder& builder, bool& told) {
    if (name == "weight") {
        const auto* text = std::get_if<std::string>(&value);
        if (text && !parse_number(*text)) {
            relationship.attributes["weight"] = value;
            if (!told) builder.warn(at, "a 'weight' that is not a number (\"" + *text + "\"); kept as the attribute 'weight', the tie weighs 1");
            told = true;
            return;
        }
    }
    assign_relationship_field(relationship, name, value, at);
}

constexpr std::string_view kGraphmlNamespace = "http://graphml.graphdrawing.org/xmlns";

}  // namespace

ImportResult read_graphml(const std::string& path, const ImportOptions& options) {
    const XmlDocument document = XmlDocument::parse(path);
    if (!has_name(document.root(), "graphml")) {
        throw ImportError(document.location_of(document.root()),
                          "root element is <" + std::string(reinterpret_cast<const char*>(document.root()->name)) +
                              ">; expected <graphml>");
    }
    // No namespace is read (hand-written files); another one is a different vocabulary.
    if (const xmlNs* ns = document.root()->ns; ns && ns->href) {
        std::string_view href(reinterpret_cast<const char*>(ns->href));
        if (href.ends_with("/")) href.remove_suffix(1);
        if (href != kGraphmlNamespace) {
            throw ImportError(document.location_of(document.root()), "<graphml> in the namespace '" + std::string(href) + "'; expected '" +
                                                                         std::string(kGraphmlNamespace) + "'");
        }
    }
    const KeyTable keys = read_keys(document);
    const auto graphs = child_elements(document.root(), "graph");
    if (graphs.empty()) throw ImportError(document.location_of(document.root()), "no <graph> element; expected one");

    MapBuilder builder(path, options);
    xmlNode* graph = graphs.front();
    if (graphs.size() > 1) builder.warn(document.location_of(graphs[1]), "more than one <graph>; only the first is read");
    // edgedefault is required by the schema; without it NetworkX and igraph read an undirected graph.
    const auto edge_default = attribute(graph, "edgedefault");
    if (!edge_default) builder.decide("<graph> without edgedefault: read as undirected, as NetworkX and igraph do");
    const bool directed = edge_default.value_or("undirected") == "directed";
    builder.set_directed(directed);
    std::set<std::string> undeclared;
    const auto warn = [&](const SourceLocation& at, const std::string& message) { builder.warn(at, message); };
    bool told_weight = false;

    read_data(
        document, keys, graph, "graph",
        [&](const std::string& name, const AttributeValue& value, const SourceLocation&) { builder.metadata()[name] = value; },
        [](xmlNode*) {}, warn, undeclared);

    for (xmlNode* element : child_elements(graph)) {
        const auto where = document.location_of(element);
        if (has_name(element, "node")) {
            if (first_child_element(element, "graph")) {
                throw ImportError(where, "nested graph inside a node; expected a flat GraphML graph");
            }
            Organisation organisation;
            organisation.id = required_attribute(document, element, "id");
            read_data(
                document, keys, element, "node",
                [&](const std::string& name, const AttributeValue& value, const SourceLocation&) {
                    assign_organisation_field(organisation, name, value);
                },
                [&](xmlNode* data) { read_yed_graphics(data, organisation); }, warn, undeclared);
            take_position_from_attributes(organisation);
            builder.add_organisation(std::move(organisation), where);
        } else if (has_name(element, "edge")) {
            Relationship relationship;
            relationship.directed = directed;
            if (const auto explicit_direction = attribute(element, "directed")) {
                relationship.directed = *explicit_direction == "true";
            }
            if (const auto id = attribute(element, "id")) relationship.attributes["id"] = *id;
            read_data(
                document, keys, element, "edge",
                [&](const std::string& name, const AttributeValue& value, const SourceLocation& at) {
                    assign_edge_data(relationship, name, value, at, builder, told_weight);
                },
                [](xmlNode*) {}, warn, undeclared);
            builder.add_relationship(required_attribute(document, element, "source"), required_attribute(document, element, "target"),
                                     std::move(relationship), where);
        } else if (has_name(element, "hyperedge")) {
            throw ImportError(where, "hyperedges are not supported; expected <edge> elements");
        }
    }
    return builder.finish();
}

}  // namespace stakemap
