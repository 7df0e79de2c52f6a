#include "importers/json_reader.hpp"

#include <nlohmann/json.hpp>

#include "importers/field_mapping.hpp"
#include "importers/map_builder.hpp"
#include "importers/text_file.hpp"

namespace stakemap {
namespace {

using nlohmann::json;

SourceLocation at_path(const std::string& file, const std::string& path) {
    return {file, 0, 0, path};
}

// Ids may be written as strings or (NetworkX) as integers.
std::string id_text(const json& value, const SourceLocation& where) {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_number_integer()) return std::to_string(value.get<std::int64_t>());
    if (value.is_number_unsigned()) return std::to_string(value.get<std::uint64_t>());
    if (value.is_number_float()) return to_display_string(value.get<double>());
    throw ImportError(where, "expected a string or integer id, got " + std::string(value.type_name()));
}

std::optional<AttributeValue> attribute_of(const json& value) {
    if (value.is_null()) return std::nullopt;
    if (value.is_string()) return value.get<std::string>();
    if (value.is_boolean()) return value.get<bool>();
    if (value.is_number_integer()) return value.get<std::int64_t>();
    if (value.is_number_unsigned()) return static_cast<double>(value.get<std::uint64_t>());
    if (value.is_number_float()) return value.get<double>();
    return value.dump();  // lists and objects are kept as their JSON text
}

const json& require_array(const json& document, const char* key, const std::string& file) {
    const auto found = document.find(key);
    if (found == document.end()) {
        throw ImportError(at_path(file, key), "missing; expected an array of " + std::string(key));
    }
    if (!found->is_array()) {
        throw ImportError(at_path(file, key), "expected an array, got " + std::string(found->type_name()));
    }
    return *found;
}

void read_metadata(const json& object, MapBuilder& builder) {
    if (!object.is_object()) return;
    for (const auto& [key, value] : object.items()) {
        if (auto attribute = attribute_of(value)) builder.metadata()[key] = *attribute;
    }
}

Organisation read_node(const json& node, const std::string& path, const std::string& file, bool node_link) {
    if (!node.is_object()) {
        throw ImportError(at_path(file, path), "expected an object, got " + std::string(node.type_name()));
    }
    const auto id = node.find("id");
    if (id == node.end()) throw ImportError(at_path(file, path + "/id"), "missing; expected the organisation id");
    Organisation organisation;
    organisation.id = id_text(*id, at_path(file, path + "/id"));
    for (const auto& [key, value] : node.items()) {
        const std::string where = path + "/" + key;
        if (key == "id" || value.is_null()) continue;
        if (key == "themes" && value.is_array()) {
            for (std::size_t t = 0; t < value.size(); ++t) {
                if (!value[t].is_string()) {
                    throw ImportError(at_path(file, where + "/" + std::to_string(t)), "expected a theme name (string)");
                }
                organisation.themes.push_back(canonical_theme(value[t].get<std::string>()));
            }
        } else if (key == "position" && !node_link) {
            if (!value.is_object() || !value.contains("x") || !value.contains("y") ||
                !value["x"].is_number() || !value["y"].is_number()) {
                throw ImportError(at_path(file, where), "expected {\"x\": number, \"y\": number}");
            }
            organisation.position = Position{value["x"].get<double>(), value["y"].get<double>()};
        } else if (key == "attributes" && !node_link && value.is_object()) {
            for (const auto& [name, attribute] : value.items()) {
                if (auto converted = attribute_of(attribute)) organisation.attributes[name] = *converted;
            }
        } else if (auto converted = attribute_of(value)) {
            assign_organisation_field(organisation, key, *converted);
        }
    }
    return organisation;
}

void read_edge(const json& edge, const std::string& path, const std::string& file, bool node_link,
               bool map_directed, MapBuilder& builder) {
    if (!edge.is_object()) {
        throw ImportError(at_path(file, path), "expected an object, got " + std::string(edge.type_name()));
    }
    std::string endpoints[2];
    const char* names[2] = {"source", "target"};
    for (int k = 0; k < 2; ++k) {
        const auto found = edge.find(names[k]);
        if (found == edge.end()) {
            throw ImportError(at_path(file, path + "/" + names[k]), "missing; expected an organisation id");
        }
        endpoints[k] = id_text(*found, at_path(file, path + "/" + names[k]));
    }
    Relationship relationship;
    relationship.directed = map_directed;
    for (const auto& [key, value] : edge.items()) {
        if (key == "source" || key == "target" || value.is_null()) continue;
        const SourceLocation where = at_path(file, path + "/" + key);
        if (key == "attributes" && !node_link && value.is_object()) {
            for (const auto& [name, attribute] : value.items()) {
                if (auto converted = attribute_of(attribute)) relationship.attributes[name] = *converted;
            }
        } else if (key == "weight" && !value.is_number()) {
            throw ImportError(where, "expected a number, got " + (value.is_string() ? "\"" + value.get<std::string>() + "\"" : std::string(value.type_name())));
        } else if (auto converted = attribute_of(value)) {
            assign_relationship_field(relationship, key, *converted, where);
        }
    }
    builder.add_relationship(std::move(endpoints[0]), std::move(endpoints[1]), std::move(relationship),
                             at_path(file, path));
}

bool read_directed(const json& document, const std::string& file) {
    const auto found = document.find("directed");
    if (found == document.end()) return false;
    if (!found->is_boolean()) {
        throw ImportError(at_path(file, "directed"), "expected true or false, got " + found->dump());
    }
    return found->get<bool>();
}

}  // namespace

ImportResult read_json_map(const std::string& path, const ImportOptions& options) {
    const TextFile file = TextFile::read(path);
    json document;
    try {
        document = json::parse(file.text());
    } catch (const json::parse_error& error) {
        // nlohmann reports a 1-based byte position; say where that is and what it expected.
        const std::size_t offset = error.byte > 0 ? error.byte - 1 : 0;
        std::string message = error.what();
        const auto detail = message.find("syntax error");
        if (detail != std::string::npos) message = message.substr(detail);
        throw ImportError(file.locate(std::min(offset, file.text().size())), "invalid JSON: " + message);
    }
    if (!document.is_object()) {
        throw ImportError({path, 1, 1, {}}, "expected a JSON object with \"nodes\" and \"edges\" (or NetworkX \"links\")");
    }

    const bool node_link = document.contains("links") || document.contains("multigraph") || document.contains("graph");
    if (!node_link) {
        if (const auto version = document.find("version"); version != document.end()) {
            if (!version->is_number_integer()) throw ImportError(at_path(path, "version"), "expected an integer format version");
            if (version->get<int>() > kMapFormatVersion) {
                throw ImportError(at_path(path, "version"),
                                  "map format version " + version->dump() + " is newer than this stakemap reads (" +
                                      std::to_string(kMapFormatVersion) + "); expected version " +
                                      std::to_string(kMapFormatVersion) + " or older");
            }
        }
    }

    MapBuilder builder(path, options);
    const bool directed = read_directed(document, path);
    builder.set_directed(directed);
    if (node_link) {
        if (const auto graph = document.find("graph"); graph != document.end()) read_metadata(*graph, builder);
    } else if (const auto metadata = document.find("metadata"); metadata != document.end()) {
        if (!metadata->is_object()) throw ImportError(at_path(path, "metadata"), "expected an object");
        read_metadata(*metadata, builder);
    }

    const json& nodes = require_array(document, "nodes", path);
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const std::string node_path = "nodes/" + std::to_string(i);
        builder.add_organisation(read_node(nodes[i], node_path, path, node_link), at_path(path, node_path));
    }
    const char* edges_key = node_link && document.contains("links") ? "links" : "edges";
    if (document.contains(edges_key)) {
        const json& edges = require_array(document, edges_key, path);
        for (std::size_t i = 0; i < edges.size(); ++i) {
            read_edge(edges[i], std::string(edges_key) + "/" + std::to_string(i), path, node_link, directed, builder);
        }
    } else if (!node_link) {
        require_array(document, "edges", path);  // reports it missing
    }
    return builder.finish();
}

}  // namespace stakemap
