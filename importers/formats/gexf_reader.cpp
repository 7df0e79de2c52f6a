#include "importers/formats/gexf_reader.hpp"

#include <map>

#include "importers/support/field_mapping.hpp"
#include "importers/support/map_builder.hpp"
#include "importers/support/xml_document.hpp"

namespace stakemap {
namespace {

struct AttributeDeclaration {
    std::string title;
    std::string type = "string";
    std::optional<std::string> default_value;
};

using AttributeTable = std::map<std::string, AttributeDeclaration>;  // by id

AttributeTable read_declarations(const XmlDocument& document, xmlNode* graph, const char* element_class) {
    AttributeTable table;
    for (xmlNode* block : child_elements(graph, "attributes")) {
        if (attribute(block, "class").value_or("") != element_class) continue;
        for (xmlNode* declaration : child_elements(block, "attribute")) {
            const auto id = attribute(declaration, "id");
            if (!id) throw ImportError(document.location_of(declaration), "<attribute> without id; expected id=\"...\"");
            AttributeDeclaration entry;
            entry.title = attribute(declaration, "title").value_or(*id);
            entry.type = attribute(declaration, "type").value_or("string");
            if (xmlNode* fallback = first_child_element(declaration, "default")) entry.default_value = text_content(fallback);
            table[*id] = std::move(entry);
        }
    }
    return table;
}

template <typename Apply>
void read_attvalues(const XmlDocument& document, const AttributeTable& table, xmlNode* element, Apply apply) {
    std::map<std::string, bool> seen;
    if (xmlNode* values = first_child_element(element, "attvalues")) {
        for (xmlNode* value : child_elements(values, "attvalue")) {
            const auto where = document.location_of(value);
            auto reference = attribute(value, "for");
            if (!reference) reference = attribute(value, "id");  // GEXF 1.1 spelling
            if (!reference) throw ImportError(where, "<attvalue> without for=\"...\"; expected an attribute id");
            auto declaration = table.find(*reference);
            if (declaration == table.end()) {
                // Some writers refer to attributes by title.
                declaration = std::find_if(table.begin(), table.end(),
                                           [&](const auto& entry) { return entry.second.title == *reference; });
            }
            if (declaration == table.end()) {
                throw ImportError(where, "<attvalue> refers to undeclared attribute '" + *reference +
                                             "'; expected a matching <attribute id=...>");
            }
            const auto text = attribute(value, "value");
            if (!text) throw ImportError(where, "<attvalue> without value=\"...\"");
            seen[declaration->first] = true;
            apply(declaration->second.title, typed_value(declaration->second.type, *text, where), where);
        }
    }
    for (const auto& [id, declaration] : table) {
        if (seen.count(id) || !declaration.default_value) continue;
        const auto where = document.location_of(element);
        apply(declaration.title, typed_value(declaration.type, *declaration.default_value, where), where);
    }
}

}  // namespace

ImportResult read_gexf(const std::string& path, const ImportOptions& options) {
    const XmlDocument document = XmlDocument::parse(path);
    if (!has_name(document.root(), "gexf")) {
        throw ImportError(document.location_of(document.root()),
                          "root element is <" + std::string(reinterpret_cast<const char*>(document.root()->name)) +
                              ">; expected <gexf>");
    }
    xmlNode* graph = first_child_element(document.root(), "graph");
    if (graph == nullptr) throw ImportError(document.location_of(document.root()), "no <graph> element; expected one");

    MapBuilder builder(path, options);
    // Gephi reads mixed graphs: the map is directed when the default or any edge is, and an
    // undirected or mutual edge of a directed map is then two arcs (said, never silent).
    const std::string default_direction = attribute(graph, "defaultedgetype").value_or("undirected");
    bool any_directed = default_direction == "directed", any_undirected = default_direction != "directed";
    std::size_t contradicting = 0;
    for (xmlNode* block : child_elements(graph, "edges")) {
        for (xmlNode* edge : child_elements(block, "edge")) {
            const std::string type = attribute(edge, "type").value_or(default_direction);
            if (type != default_direction) ++contradicting;
            (type == "directed" ? any_directed : any_undirected) = true;
        }
    }
    const bool directed = any_directed;
    builder.set_directed(directed);
    if (contradicting > 0) {
        builder.decide(std::to_string(contradicting) + " edge(s) of another type than defaultedgetype=\"" + default_direction + "\"" +
                       (directed && any_undirected ? ": the map is directed and each undirected or mutual edge is two arcs" : ": each read as its own type says"));
    }
    if (xmlNode* meta = first_child_element(document.root(), "meta")) {
        for (xmlNode* item : child_elements(meta)) {
            builder.metadata()[reinterpret_cast<const char*>(item->name)] = trim(text_content(item));
        }
    }

    const AttributeTable node_attributes = read_declarations(document, graph, "node");
    const AttributeTable edge_attributes = read_declarations(document, graph, "edge");

    for (xmlNode* block : child_elements(graph, "nodes")) {
        for (xmlNode* node : child_elements(block, "node")) {
            const auto where = document.location_of(node);
            Organisation organisation;
            organisation.id = required_attribute(document, node, "id");
            read_attvalues(document, node_attributes, node,
                           [&](const std::string& name, const AttributeValue& value, const SourceLocation&) {
                               assign_organisation_field(organisation, name, value);
                           });
            if (const auto label = attribute(node, "label")) organisation.label = *label;
            if (xmlNode* position = first_child_element(node, "position")) {
                const auto x = parse_number(attribute(position, "x").value_or(""));
                const auto y = parse_number(attribute(position, "y").value_or(""));
                if (x && y) organisation.position = Position{*x, *y};
            }
            builder.add_organisation(std::move(organisation), where);
        }
    }
    for (xmlNode* block : child_elements(graph, "edges")) {
        for (xmlNode* edge : child_elements(block, "edge")) {
            const auto where = document.location_of(edge);
            Relationship relationship;
            const std::string type = attribute(edge, "type").value_or(default_direction);
            relationship.directed = type == "directed";
            if (const auto weight = attribute(edge, "weight")) {
                assign_relationship_field(relationship, "weight", *weight, where);
            }
            if (const auto id = attribute(edge, "id")) relationship.attributes["id"] = *id;
            if (const auto label = attribute(edge, "label")) relationship.attributes["label"] = *label;
            read_attvalues(document, edge_attributes, edge,
                           [&](const std::string& name, const AttributeValue& value, const SourceLocation& at) {
                               assign_relationship_field(relationship, name, value, at);
                           });
            const std::string source = required_attribute(document, edge, "source"), target = required_attribute(document, edge, "target");
            if (directed && type != "directed" && source != target) {
                Relationship back = relationship;
                builder.add_relationship(source, target, std::move(relationship), where);
                builder.add_relationship(target, source, std::move(back), where);
            } else {
                builder.add_relationship(source, target, std::move(relationship), where);
            }
        }
    }
    return builder.finish();
}

}  // namespace stakemap
