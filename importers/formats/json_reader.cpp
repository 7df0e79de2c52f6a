#include "importers/formats/json_reader.hpp"

#include "importers/formats/kumu_reader.hpp"

#include <nlohmann/json.hpp>

#include "importers/support/field_mapping.hpp"
#include "importers/support/input_limits.hpp"
#include "importers/support/map_builder.hpp"
#include "importers/rules/map_rules.hpp"

namespace stakemap {
namespace {

using nlohmann::json;

SourceLocation at_path(const std::string& file, const std::string& path) { return {file, 0, 0, path}; }

// The structure rules have already accepted the document, so ids are strings or integers.
std::string id_text(const json& value) {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_number_unsigned()) return std::to_string(value.get<std::uint64_t>());
    return std::to_string(value.get<std::int64_t>());
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

void copy_attributes(const json& object, Attributes& attributes) {
    for (const auto& [name, value] : object.items()) {
        if (auto converted = attribute_of(value)) attributes[name] = *converted;
    }
}

// "sources" and "conflicts" (format version 2); the structure rules have checked their shape.
Provenance read_provenance(const json& element) {
    Provenance provenance;
    if (const auto sources = element.find("sources"); sources != element.end() && sources->is_array()) {
        for (const json& record : *sources) {
            if (!record.is_object()) continue;
            provenance.sources.push_back({record.value("file", ""), record.value("at", ""), record.value("date", ""),
                                          record.value("name", ""), record.value("match", "")});
        }
    }
    if (const auto conflicts = element.find("conflicts"); conflicts != element.end() && conflicts->is_object()) {
        for (const auto& [field, values] : conflicts->items()) {
            if (!values.is_array()) continue;
            for (const json& entry : values) {
                if (!entry.is_object()) continue;
                const auto value = attribute_of(entry.value("value", json()));
                if (value) provenance.conflicts[field].push_back({*value, entry.value("source", "")});
            }
        }
    }
    return provenance;
}

// Version 1 had no influence or stance fields: interview maps kept them in
// "attributes". Reading upgrades them to the fields (saving then writes version 2).
void upgrade_from_version_1(Organisation& organisation) {
    for (const char* name : {"influence", "stance", "goals"}) {
        const auto found = organisation.attributes.find(name);
        if (found == organisation.attributes.end()) continue;
        if (std::string_view(name) == "influence" && !influence_score(found->second)) continue;  // kept as written
        const AttributeValue value = found->second;
        organisation.attributes.erase(found);
        assign_organisation_field(organisation, name, value);
    }
}

Organisation read_node(const json& node, bool node_link) {
    Organisation organisation;
    organisation.id = id_text(node.at("id"));
    for (const auto& [key, value] : node.items()) {
        if (key == "id" || value.is_null()) continue;
        if (!node_link && (key == "sources" || key == "conflicts")) continue;  // read_provenance
        if (key == "themes" && value.is_array()) {
            for (const auto& theme : value) organisation.themes.push_back(canonical_theme(theme.get<std::string>()));
        } else if (key == "position" && !node_link) {
            organisation.position = Position{value["x"].get<double>(), value["y"].get<double>()};
        } else if (key == "attributes" && !node_link && value.is_object()) {
            copy_attributes(value, organisation.attributes);
        } else if (auto converted = attribute_of(value)) {
            assign_organisation_field(organisation, key, *converted);
        }
    }
    if (node_link) take_position_from_attributes(organisation);
    else organisation.provenance = read_provenance(node);
    return organisation;
}

Relationship read_edge(const json& edge, const std::string& file, const std::string& path, bool node_link, bool map_directed) {
    Relationship relationship;
    relationship.directed = map_directed;
    for (const auto& [key, value] : edge.items()) {
        if (key == "source" || key == "target" || value.is_null()) continue;
        if (!node_link && (key == "sources" || key == "conflicts")) continue;  // read_provenance
        if (key == "attributes" && !node_link && value.is_object()) {
            copy_attributes(value, relationship.attributes);
        } else if (auto converted = attribute_of(value)) {
            assign_relationship_field(relationship, key, *converted, at_path(file, path + "/" + key));
        }
    }
    if (!node_link) relationship.provenance = read_provenance(edge);
    return relationship;
}

// Arrays and objects nested deeper than limits::kMaxNesting are refused before
// parsing: no map needs them, and every later walk over the document recurses.
void check_json_nesting(const TextFile& file) {
    const std::string_view text = file.text();
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limits::kMaxNesting) {
                throw ImportError(file.locate(i), "arrays/objects nested more than " +
                                                      std::to_string(limits::kMaxNesting) + " deep; expected a flatter document");
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
}

}  // namespace

nlohmann::json parse_json_file(const TextFile& file) {
    check_json_nesting(file);
    try {
        return json::parse(file.text());
    } catch (const json::parse_error& error) {
        // nlohmann reports a 1-based byte position; say where that is and what it expected.
        const std::size_t offset = error.byte > 0 ? error.byte - 1 : 0;
        std::string message = error.what();
        const auto detail = message.find("syntax error");
        if (detail != std::string::npos) message = message.substr(detail);
        throw ImportError(file.locate(std::min(offset, file.text().size())), "invalid JSON: " + message);
    }
}

ImportResult read_json_map(const std::string& path, const ImportOptions& options) {
    const TextFile file = TextFile::read(path, options.encoding.empty() ? std::string("UTF-8") : options.encoding);
    const json document = parse_json_file(file);
    if (is_kumu_blueprint(document)) return read_kumu_blueprint(path, document, options);

    MapBuilder builder(path, options);

    if (!file.encoding_note().empty()) builder.warn({path, 0, 0, {}}, file.encoding_note());
    for (const Problem& problem : check_json_structure(document)) {
        // Unknown references are the builder's to handle: created with a warning, or an error with --strict.
        if (problem.kind == ProblemKind::unknown_reference && !options.strict) continue;
        if (problem.severity == Severity::error) throw ImportError(at_path(path, problem.path), problem.message);
        builder.warn(at_path(path, problem.path), problem.message);
    }

    const bool node_link = document.contains("links") || document.contains("multigraph") || document.contains("graph");
    const bool directed = document.value("directed", false);
    builder.set_directed(directed);
    if (const auto metadata = document.find(node_link ? "graph" : "metadata"); metadata != document.end()) {
        copy_attributes(*metadata, builder.metadata());
    }
    const bool version_1 = !node_link && document.value("version", 1) < 2;
    const json& nodes = document.at("nodes");
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        Organisation organisation = read_node(nodes[i], node_link);
        if (version_1) upgrade_from_version_1(organisation);
        builder.add_organisation(std::move(organisation), at_path(path, "nodes/" + std::to_string(i)));
    }
    const char* edges_key = node_link && document.contains("links") ? "links" : "edges";
    if (const auto edges = document.find(edges_key); edges != document.end()) {
        for (std::size_t k = 0; k < edges->size(); ++k) {
            const std::string edge_path = std::string(edges_key) + "/" + std::to_string(k);
            const json& edge = (*edges)[k];
            builder.add_relationship(id_text(edge.at("source")), id_text(edge.at("target")),
                                     read_edge(edge, path, edge_path, node_link, directed), at_path(path, edge_path));
        }
    }
    return builder.finish();
}

}  // namespace stakemap
