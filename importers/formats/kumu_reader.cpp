#include "importers/formats/kumu_reader.hpp"

#include <nlohmann/json.hpp>

#include "importers/support/field_mapping.hpp"
#include "importers/support/map_builder.hpp"

namespace stakemap {
namespace {

using nlohmann::json;

// A Kumu field's value as stakemap keeps it: arrays joined with |, as Kumu's sheets write them.
AttributeValue value_of(const json& value) {
    if (value.is_boolean()) return value.get<bool>();
    if (value.is_number_integer()) return value.get<std::int64_t>();
    if (value.is_number()) return value.get<double>();
    if (value.is_string()) return value.get<std::string>();
    if (value.is_array()) {
        std::string joined;
        for (const auto& item : value) joined += (joined.empty() ? "" : "|") + (item.is_string() ? item.get<std::string>() : item.dump());
        return joined;
    }
    return value.dump();
}

std::string text_of(const json& value) { return to_display_string(value_of(value)); }

// The fields of an element or connection: top-level keys and those under "attributes", folded to lower case.
std::vector<std::pair<std::string, const json*>> fields_of(const json& item) {
    std::vector<std::pair<std::string, const json*>> fields;
    for (const auto& [key, value] : item.items()) {
        if (key == "attributes" && value.is_object()) {
            for (const auto& [inner, inner_value] : value.items()) fields.emplace_back(inner, &inner_value);
        } else {
            fields.emplace_back(key, &value);
        }
    }
    return fields;
}

SourceLocation at(const std::string& path, const std::string& where) { return {path, 0, 0, where}; }

void require_object_array(const json& document, const char* key, const std::string& path) {
    if (document.contains(key) && !document[key].is_array()) throw ImportError(at(path, key), "expected an array");
}

}  // namespace

bool is_kumu_blueprint(const json& document) {
    return document.is_object() && document.contains("elements") && !document.contains("nodes");
}

ImportResult read_kumu_blueprint(const std::string& path, const json& document, const ImportOptions& options) {
    require_object_array(document, "elements", path);
    require_object_array(document, "connections", path);
    MapBuilder builder(path, options);
    builder.decide(path + ": read as a Kumu blueprint (elements and connections)");
    bool any_directed = false;
    const json& elements = document["elements"];
    for (std::size_t i = 0; i < elements.size(); ++i) {
        const std::string where = "elements/" + std::to_string(i);
        const json& element = elements[i];
        if (!element.is_object()) throw ImportError(at(path, where), "expected an object with a \"label\"");
        Organisation organisation;
        std::string kumu_id;
        for (const auto& [key, value] : fields_of(element)) {
            const std::string name = to_lower_ascii(key);
            if (name == "_id" || name == "id") kumu_id = text_of(*value);
            else if (name == "label") organisation.label = trim(text_of(*value));
            else if (name == "type" || name == "element type") organisation.type = text_of(*value);
            else if (name == "tags") organisation.themes = split_themes(text_of(*value));
            else assign_organisation_field(organisation, key, value_of(*value));
        }
        if (organisation.label.empty() && kumu_id.empty()) throw ImportError(at(path, where + "/label"), "empty label; expected the element's name");
        // Kumu's own ids ("elem-...") say nothing to a reader: the id is made from the label unless a blueprint gave "id".
        const bool readable_id = element.contains("id") && !kumu_id.empty();
        organisation.id = readable_id ? kumu_id : builder.id_from_name(organisation.label.empty() ? kumu_id : organisation.label, at(path, where));
        if (!kumu_id.empty() && !readable_id) organisation.attributes["kumu_id"] = kumu_id;
        const std::string id = organisation.id, label = organisation.label;
        builder.add_organisation(std::move(organisation), at(path, where));
        if (!kumu_id.empty() && kumu_id != id) builder.add_alias(kumu_id, id);
        if (!label.empty() && label != id) builder.add_alias(label, id);
    }
    if (const auto connections = document.find("connections"); connections != document.end()) {
        for (std::size_t k = 0; k < connections->size(); ++k) {
            const std::string where = "connections/" + std::to_string(k);
            const json& connection = (*connections)[k];
            if (!connection.is_object() || !connection.contains("from") || !connection.contains("to")) {
                throw ImportError(at(path, where), "expected an object with \"from\" and \"to\"");
            }
            Relationship relationship;
            for (const auto& [key, value] : fields_of(connection)) {
                const std::string name = to_lower_ascii(key);
                if (name == "from" || name == "to" || name == "_id" || name == "id") continue;
                if (name == "type" || name == "connection type") relationship.type = text_of(*value);
                else if (name == "direction") relationship.directed = to_lower_ascii(text_of(*value)) == "directed";
                else if (name == "strength" || name == "weight") assign_relationship_field(relationship, "weight", value_of(*value), at(path, where + "/" + key));
                else assign_relationship_field(relationship, key, value_of(*value), at(path, where + "/" + key));
            }
            any_directed = any_directed || relationship.directed;
            builder.add_relationship(text_of(connection["from"]), text_of(connection["to"]), std::move(relationship), at(path, where));
        }
    }
    if (const auto loops = document.find("loops"); loops != document.end() && loops->is_array() && !loops->empty()) {
        builder.decide(path + ": " + std::to_string(loops->size()) + " Kumu loop(s) not kept (a loop is a drawing, not a tie)");
    }
    builder.set_directed(any_directed);
    return builder.finish();
}

}  // namespace stakemap
