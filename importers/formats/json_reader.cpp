#include "importers/formats/json_reader.hpp"

#include "importers/formats/kumu_reader.hpp"
#include "importers/formats/json_element_stream.hpp"
#include "importers/survey/survey_response.hpp"

#include <algorithm>
#include <exception>
#include <filesystem>
#include <memory>
#include <tuple>

#include <nlohmann/json.hpp>

#include "graph/support/progress.hpp"
#include "importers/support/field_mapping.hpp"
#include "importers/support/input_limits.hpp"
#include "importers/support/map_builder.hpp"
#include "importers/rules/map_rules.hpp"

namespace stakemap {
namespace {

using nlohmann::json;

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

// Gephi's JSON export (and sigma.js's format): the data columns in an "attributes" object,
// read like a node-link document's fields ("type" is the type), position in x and y.
void assign_fields(const json& object, Organisation& organisation) {
    for (const auto& [name, value] : object.items()) {
        if (auto converted = attribute_of(value)) assign_organisation_field(organisation, name, *converted);
    }
}

Organisation read_node(const json& node, bool node_link, bool gephi = false) {
    Organisation organisation;
    organisation.id = id_text(node.at("id"));
    for (const auto& [key, value] : node.items()) {
        if (key == "id" || value.is_null()) continue;
        if (!node_link && (key == "sources" || key == "conflicts")) continue;  // read_provenance
        if (gephi && key == "attributes" && value.is_object()) {
            assign_fields(value, organisation);
            continue;
        }
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

// Sets one field of a tie. The field's location ("edges/7/weight") is only built when the
// value is refused: the assignment is then repeated with it, to throw where it belongs.
void assign_edge_field(Relationship& relationship, const std::string& field, const AttributeValue& value, const std::string& file,
                       const std::string& path, std::string_view under) {
    static const SourceLocation unplaced;
    try {
        assign_relationship_field(relationship, field, value, unplaced);
    } catch (const ImportError&) {
        assign_relationship_field(relationship, field, value, at_path(file, path + std::string(under)));
        throw;
    }
}

Relationship read_edge(const json& edge, const std::string& file, const std::string& path, bool node_link, bool map_directed,
                       bool gephi = false) {
    Relationship relationship;
    relationship.directed = map_directed;
    for (const auto& [key, value] : edge.items()) {
        if (key == "source" || key == "target" || value.is_null()) continue;
        if (!node_link && (key == "sources" || key == "conflicts")) continue;  // read_provenance
        if (gephi && key == "attributes" && value.is_object()) {
            for (const auto& [name, inner] : value.items()) {
                auto converted = attribute_of(inner);
                if (!converted) continue;
                const std::string field = to_lower_ascii(name) == "weight" ? "weight" : name;  // Gephi writes "Weight"
                assign_edge_field(relationship, field, *converted, file, path, "/attributes/" + name);
            }
            continue;
        }
        if (key == "attributes" && !node_link && value.is_object()) {
            copy_attributes(value, relationship.attributes);
        } else if (auto converted = attribute_of(value)) {
            assign_edge_field(relationship, key, *converted, file, path, "/" + key);
        }
    }
    if (!node_link) relationship.provenance = read_provenance(edge);
    return relationship;
}

// Arrays and objects nested deeper than limits::kMaxNesting are refused before a
// whole document is parsed into a tree: no map needs them, and every later walk
// over the tree recurses.
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
                throw ImportError(file.locate(i), limits::too_deep_for_json());
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

namespace {

// Reads a stakemap JSON map or a NetworkX node-link document as it streams by:
// json_element_stream.hpp parses on a helper thread and hands over one organisation
// or relationship at a time as a small JSON tree, so memory follows the map being
// built, not the document's tree (a file of a million empty objects stops at the first).
class JsonMapStream {
public:
    JsonMapStream(const TextFile& file, const ImportOptions& options) : file_(file), builder_(file.path(), options), strict_(options.strict) {
        if (!file.encoding_note().empty()) builder_.warn({file.path(), 0, 0, {}}, file.encoding_note());
    }

    struct KumuDocument {};  // thrown to hand a Kumu blueprint to its own reader
    struct SurveyDocument {};  // ... and a survey response to its own

    ImportResult run() {
        JsonElementStream stream(file_);
        // The file's name only: progress is shown, and a local path is never.
        progress_begin("reading " + std::filesystem::path(file_.path()).filename().string(), file_.text().size());
        std::size_t reported = 0;
        std::vector<JsonMapEvent> batch;
        while (stream.next(batch)) {
            for (JsonMapEvent& event : batch) apply(event);
            const std::size_t read = stream.bytes_read();  // only grows
            progress_advance(read - reported);
            reported = read;
        }
        finish_kind(false);
        if (!saw_nodes_) throw ImportError(at_path(file_.path(), "nodes"), "missing; expected an array of organisations");
        builder_.set_directed(directed_);
        return builder_.finish();
    }

private:
    void apply(JsonMapEvent& event) {
        switch (event.kind) {
            case JsonMapEvent::Kind::top_key:
                top_key_ = event.key;
                note_kind_from_key(top_key_);
                break;
            case JsonMapEvent::Kind::top_value:
                top_value(std::move(event.value));
                break;
            case JsonMapEvent::Kind::elements_begin:
                elements_key_ = event.key;
                element_index_ = 0;
                if (elements_key_ == "nodes") saw_nodes_ = true;
                break;
            case JsonMapEvent::Kind::element:
                element(event.value);  // left in the batch, to be freed on the parser's thread
                break;
            case JsonMapEvent::Kind::elements_end:
                if (elements_key_ == "nodes") nodes_done_ = true;
                elements_key_.clear();
                break;
            case JsonMapEvent::Kind::failure:
                std::rethrow_exception(event.failure);
        }
    }

    enum class Kind { unknown, stakemap, node_link };

    std::string element_path() const { return elements_key_ + "/" + std::to_string(element_index_); }

    void note_kind_from_key(const std::string& key) {
        if (key == "elements" && kind_ == Kind::unknown && !saw_nodes_) throw KumuDocument{};
        if (key == "stakemap_survey_response" && kind_ == Kind::unknown && !saw_nodes_) throw SurveyDocument{};
        if (key == "links" || key == "multigraph" || key == "graph") set_kind(Kind::node_link);
        else if (key == "format" || key == "version" || key == "metadata") set_kind(Kind::stakemap);
    }

    void set_kind(Kind kind) {
        if (kind_ != Kind::unknown) return;
        kind_ = kind;
        rules_ = std::make_unique<JsonElementRules>(kind == Kind::node_link);
        for (auto& [key, value] : top_values_) check_top(key, value);
        top_values_.clear();
        for (auto& [key, index, element] : waiting_) take(key, index, element);
        waiting_.clear();
    }

    // At the end: a document that never said which it is, is a stakemap map.
    void finish_kind(bool) {
        if (kind_ == Kind::unknown) set_kind(Kind::stakemap);
    }

    void report(const std::vector<Problem>& problems) {
        for (const Problem& problem : problems) {
            if (problem.severity == Severity::error) throw ImportError(at_path(file_.path(), problem.path), problem.message);
            builder_.warn(at_path(file_.path(), problem.path), problem.message);
        }
    }

    void check_top(const std::string& key, const json& value) {
        rules_->top_level_key(key, value);
        report(rules_->take());
        if (key == "directed" && value.is_boolean()) directed_ = value.get<bool>();
        if (key == "version" && value.is_number_integer()) version_ = value.get<std::int64_t>();
        if (key == (kind_ == Kind::node_link ? "graph" : "metadata") && value.is_object()) copy_attributes(value, builder_.metadata());
    }

    // A finished top-level value (small: a scalar or the metadata object).
    void top_value(json value) {
        if (kind_ == Kind::unknown) top_values_.emplace_back(top_key_, std::move(value));
        else check_top(top_key_, value);
    }

    // d3's force-layout data: nodes without ids, links naming them by position (0-based).
    // Each organisation's id is then its position, its name the label; a link's "value" its weight.
    void index_ids(const std::string& key, json& value) {
        if (!value.is_object()) return;
        if (key == "nodes") {
            const bool has_id = value.contains("id");
            if (element_index_ == 0 && !has_id) {
                index_ids_ = true;
                builder_.decide("nodes without ids (d3's layout data): ids are the nodes' positions 0, 1, ...; links name nodes by position");
            }
            if (index_ids_ && has_id) {
                throw ImportError(at_path(file_.path(), element_path() + "/id"), "an id where the first node had none; expected ids on every node or on none");
            }
            if (index_ids_) {
                if (value.contains("name") && !value.contains("label")) value["label"] = value["name"];
                value.erase("name");
                value["id"] = std::to_string(element_index_);
            }
        } else if (index_ids_ && value.contains("value") && !value.contains("weight") && value["value"].is_number()) {
            value["weight"] = value["value"];
            value.erase("value");
            if (!told_value_) builder_.decide("d3 links' \"value\" read as the tie weight");
            told_value_ = true;
        }
    }

    // Gephi's JSON export: nodes with an "attributes" object beside x, y, color and size.
    void notice_gephi(const std::string& key, const json& value) {
        if (kind_ != Kind::unknown || key != "nodes" || element_index_ != 0 || !value.is_object()) return;
        if (value.contains("attributes") && (value.contains("color") || value.contains("size") || value.contains("x"))) {
            gephi_ = true;
            builder_.decide("Gephi's JSON export: each node's and edge's attributes read as its fields (type, country, weight, ...)");
            set_kind(Kind::node_link);
        }
    }

    // A finished element of nodes, edges or links.
    void element(json& value) {
        index_ids(elements_key_, value);
        notice_gephi(elements_key_, value);
        if (kind_ == Kind::unknown) {
            // Until a key says which kind the document is, elements wait; what both kinds
            // require is checked at once, so a file of empty objects stops at the first.
            check_either_kind(elements_key_, element_index_, value);
            waiting_.emplace_back(elements_key_, element_index_, std::move(value));
            // Memory must follow the map: a long document that has not said is a stakemap map.
            if (waiting_.size() >= kMostWaiting) set_kind(Kind::stakemap);
        } else {
            take(elements_key_, element_index_, value);
        }
        ++element_index_;
    }

    static constexpr std::size_t kMostWaiting = 10'000;

    void check_either_kind(const std::string& key, std::size_t index, const json& element) const {
        const std::string path = key + "/" + std::to_string(index);
        if (!element.is_object()) throw ImportError(at_path(file_.path(), path), std::string("expected an object, got ") + element.type_name());
        const auto has_id = [&](const char* field) { return element.contains(field); };  // its type: the rules, later
        if (key == "nodes" && !has_id("id")) throw ImportError(at_path(file_.path(), path + "/id"), "missing; expected the organisation id");
        if (key != "nodes") {
            for (const char* end : {"source", "target"}) {
                if (!has_id(end)) throw ImportError(at_path(file_.path(), path + "/" + end), "missing; expected an organisation id");
            }
        }
    }

    void take(const std::string& key, std::size_t index, const json& element) {
        const std::string path = key + "/" + std::to_string(index);
        const bool node_link = kind_ == Kind::node_link;
        if (key == "nodes") {
            rules_->node(element, path);
            report(rules_->take());
            Organisation organisation = read_node(element, node_link, gephi_);
            if (!node_link && version_ < 2) upgrade_from_version_1(organisation);
            // Nodes are the map's first organisations, in order: a repeated id names where it was first.
            if (const auto first = builder_.index_of(trim(organisation.id))) {
                std::string message = "duplicate organisation id '" + trim(organisation.id) + "' (first at nodes/" + std::to_string(*first) + ")";
                if (trim(organisation.id) != organisation.id) message += " (written '" + organisation.id + "', the same once spaces are trimmed)";
                throw ImportError(at_path(file_.path(), path + "/id"), message + "; expected each id once");
            }
            builder_.add_organisation(std::move(organisation), at_path(file_.path(), path));
            return;
        }
        // node-link documents hold their ties in "links" (or "edges" in NetworkX 3.4's newer default).
        if (key == "edges" && node_link && saw_links_) return;
        if (key == "links") saw_links_ = true;
        rules_->edge(element, path);
        report(rules_->take());
        if (strict_ && nodes_done_) {
            for (const char* end : {"source", "target"}) {
                const std::string id = trim(id_text(element.at(end)));
                if (!builder_.has_organisation(id)) {
                    throw ImportError(at_path(file_.path(), path + "/" + end), "unknown organisation '" + id + "'; expected an id declared in nodes");
                }
            }
        }
        builder_.add_relationship(id_text(element.at("source")), id_text(element.at("target")),
                                  read_edge(element, file_.path(), path, node_link, directed_, gephi_), at_path(file_.path(), path));
    }

    const TextFile& file_;
    MapBuilder builder_;
    bool strict_;
    std::string top_key_, elements_key_;
    std::size_t element_index_ = 0;
    Kind kind_ = Kind::unknown;
    std::unique_ptr<JsonElementRules> rules_;
    std::vector<std::pair<std::string, json>> top_values_;  // before the kind is known
    std::vector<std::tuple<std::string, std::size_t, json>> waiting_;
    bool directed_ = false, saw_nodes_ = false, saw_links_ = false, nodes_done_ = false;
    bool index_ids_ = false, told_value_ = false, gephi_ = false;
    std::int64_t version_ = 1;
};

}  // namespace

ImportResult read_json_map(const std::string& path, const ImportOptions& options) {
    const TextFile file = TextFile::read(path, options.encoding.empty() ? std::string("UTF-8") : options.encoding);
    try {  // the stream refuses deep nesting itself (json_element_stream.cpp)
        return JsonMapStream(file, options).run();
    } catch (const JsonMapStream::KumuDocument&) {
        return read_kumu_blueprint(path, parse_json_file(file), options);
    } catch (const JsonMapStream::SurveyDocument&) {
        return read_survey_response(path, parse_json_file(file), options);
    } catch (const std::bad_alloc&) {
        throw ImportError({path, 0, 0, {}}, "not enough memory to read this map");
    }
}

}  // namespace stakemap
