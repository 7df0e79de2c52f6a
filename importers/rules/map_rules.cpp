#include "importers/rules/map_rules.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>
#include <utility>

#include <nlohmann/json.hpp>

#include "importers/support/field_mapping.hpp"

#include "graph/vocabulary.hpp"
#include "importers/formats/json_reader.hpp"

namespace stakemap {
namespace {

using nlohmann::json;

std::string joined(std::span<const std::string_view> words) {
    std::string text;
    for (const auto word : words) text += (text.empty() ? "" : ", ") + std::string(word);
    return text;
}

class StructureCheck {
public:
    explicit StructureCheck(const json& document) : document_(document) {}
    // For a streaming reader: the rules one element at a time (no id bookkeeping).
    explicit StructureCheck(bool node_link) : document_(empty_document()), node_link_(node_link), streaming_(true) {}

    void top_level_key(const std::string& key, const json& value) {
        static const std::set<std::string> stakemap_keys = {"format", "version", "directed", "metadata", "nodes", "edges"};
        static const std::set<std::string> node_link_keys = {"directed", "multigraph", "graph", "nodes", "links", "edges"};
        if (!(node_link_ ? node_link_keys : stakemap_keys).count(key)) {
            warning(ProblemKind::unknown_key, key, "unknown key (ignored); expected format, version, directed, metadata, nodes, edges");
        }
        if (key == "version" && !node_link_) {
            if (!value.is_number_integer()) {
                error(ProblemKind::wrong_type, "version", "expected an integer format version, got " + value.dump());
            } else if (value.get<std::int64_t>() > kMapFormatVersion) {
                error(ProblemKind::newer_version, "version",
                      "map format version " + value.dump() + " is newer than this stakemap reads; expected " +
                          std::to_string(kMapFormatVersion) + " or older");
            }
        }
        if (key == "directed" && !value.is_boolean()) error(ProblemKind::wrong_type, "directed", "expected true or false, got " + value.dump());
        if (key == (node_link_ ? "graph" : "metadata") && !value.is_object()) error(ProblemKind::wrong_type, key, "expected an object");
    }

    void node(const json& node, const std::string& path) {
        if (!node.is_object()) {
            error(ProblemKind::wrong_type, path, std::string("expected an object, got ") + node.type_name());
            return;
        }
        const auto id = node.find("id");
        if (id == node.end()) {
            error(ProblemKind::missing_field, path + "/id", "missing; expected the organisation id");
        } else if (const auto text = id_at(*id, path, "id"); text && !streaming_) {
            const auto [first, inserted] = ids_.emplace(*text, path);
            if (!inserted) {
                error(ProblemKind::duplicate_id, path + "/id",
                      "duplicate organisation id '" + *text + "' (first at " + first->second + "); expected each id once");
            }
        }
        if (!node_link_) check_node_fields(node, path);
    }

    void edge(const json& edge, const std::string& path) {
        if (!edge.is_object()) {
            error(ProblemKind::wrong_type, path, std::string("expected an object, got ") + edge.type_name());
            return;
        }
        for (const char* end : {"source", "target"}) {
            const auto value = edge.find(end);
            if (value == edge.end()) {
                error(ProblemKind::missing_field, path + "/" + end, "missing; expected an organisation id");
            } else if (const auto id = id_at(*value, path, end); id && !streaming_ && !ids_.count(*id)) {
                error(ProblemKind::unknown_reference, path + "/" + end, "unknown organisation '" + *id + "'; expected an id declared in nodes");
            }
        }
        if (const auto weight = edge.find("weight"); weight != edge.end() && !weight->is_null() && !weight->is_number()) {
            error(ProblemKind::bad_weight, path + "/weight", "expected a number, got " + weight->dump());
        }
        if (!node_link_) check_provenance(edge, path);
        if (const auto type = edge.find("type"); type != edge.end() && !type->is_string() && !type->is_null()) {
            error(ProblemKind::wrong_type, path + "/type", std::string("expected a string, got ") + type->type_name());
        }
        if (const auto directed = edge.find("directed"); directed != edge.end() && !directed->is_boolean()) {
            error(ProblemKind::wrong_type, path + "/directed", "expected true or false");
        }
        if (const auto attributes = edge.find("attributes"); !node_link_ && attributes != edge.end() && !attributes->is_object()) {
            error(ProblemKind::wrong_type, path + "/attributes", "expected an object of name: value");
        }
    }

    std::vector<Problem> take() { return std::exchange(problems_, {}); }

    std::vector<Problem> run() {
        if (!document_.is_object()) {
            error(ProblemKind::wrong_type, "", "expected a JSON object with \"nodes\" and \"edges\"");
            return problems_;
        }
        node_link_ = document_.contains("links") || document_.contains("multigraph") || document_.contains("graph");
        check_top_level();
        check_nodes();
        check_edges();
        return problems_;
    }

private:
    void error(ProblemKind kind, std::string path, std::string message) {
        problems_.push_back({Severity::error, kind, std::move(path), std::move(message)});
    }
    void warning(ProblemKind kind, std::string path, std::string message) {
        problems_.push_back({Severity::warning, kind, std::move(path), std::move(message)});
    }

    void check_top_level() {
        for (const auto& [key, value] : document_.items()) top_level_key(key, value);
    }

    static const json& empty_document() {
        static const json empty = json::object();
        return empty;
    }

    // Ids may be strings or (NetworkX) integers; returns the id as text, or nothing after reporting.
    // `path` + "/" + `field` names the id; built only for an error (this runs for every tie).
    std::optional<std::string> id_at(const json& value, const std::string& element_path, std::string_view field) {
        const auto path = [&] { return element_path + "/" + std::string(field); };
        if (value.is_string()) {
            std::string id = trim(value.get<std::string>());  // as MapBuilder compares ids
            if (id.empty()) {
                error(ProblemKind::empty_id, path(), "empty id; expected a non-empty string");
                return std::nullopt;
            }
            return id;
        }
        if (value.is_number_integer()) return std::to_string(value.get<std::int64_t>());
        if (value.is_number_unsigned()) return std::to_string(value.get<std::uint64_t>());
        error(ProblemKind::wrong_type, path(), std::string("expected a string or integer id, got ") + value.type_name());
        return std::nullopt;
    }

    void check_nodes() {
        const auto nodes = document_.find("nodes");
        if (nodes == document_.end()) {
            error(ProblemKind::missing_field, "nodes", "missing; expected an array of organisations");
            return;
        }
        if (!nodes->is_array()) {
            error(ProblemKind::wrong_type, "nodes", std::string("expected an array, got ") + nodes->type_name());
            return;
        }
        for (std::size_t i = 0; i < nodes->size(); ++i) node((*nodes)[i], "nodes/" + std::to_string(i));
    }

    // "sources": [{"file": ..., "at"?, "date"?, "name"?, "match"?}], "conflicts": {"field": [{"value", "source"}]}
    void check_provenance(const json& element, const std::string& path) {
        if (const auto sources = element.find("sources"); sources != element.end() && !sources->is_null()) {
            if (!sources->is_array()) {
                error(ProblemKind::wrong_type, path + "/sources", "expected an array of {\"file\": ..., \"at\": ...}");
            } else {
                for (std::size_t k = 0; k < sources->size(); ++k) {
                    const json& record = (*sources)[k];
                    const bool ok = record.is_object() && record.contains("file") && record["file"].is_string() &&
                                    std::all_of(record.begin(), record.end(), [](const json& v) { return v.is_string(); });
                    if (!ok) error(ProblemKind::wrong_type, path + "/sources/" + std::to_string(k),
                                   "expected {\"file\": string, \"at\"/\"date\"/\"name\"/\"match\": string}");
                }
            }
        }
        if (const auto conflicts = element.find("conflicts"); conflicts != element.end() && !conflicts->is_null()) {
            bool ok = conflicts->is_object();
            if (ok) {
                for (const auto& [field, values] : conflicts->items()) {
                    ok = ok && values.is_array() && std::all_of(values.begin(), values.end(), [](const json& v) {
                        return v.is_object() && v.contains("value") && v.contains("source") && v["source"].is_string();
                    });
                }
            }
            if (!ok) error(ProblemKind::wrong_type, path + "/conflicts", "expected {\"field\": [{\"value\": ..., \"source\": string}]}");
        }
    }

    void check_node_fields(const json& node, const std::string& path) {
        check_provenance(node, path);
        if (const auto influence = node.find("influence"); influence != node.end() && !influence->is_null()) {
            if (!influence->is_number() || influence->get<double>() < 0.0 || influence->get<double>() > 10.0) {
                warning(ProblemKind::influence_range, path + "/influence",
                        "influence " + influence->dump() + " is not a score from 0 to 10 (kept as an attribute)");
            }
        }
        for (const char* key : {"label", "type", "country", "region", "stance"}) {
            const auto value = node.find(key);
            if (value != node.end() && !value->is_string() && !value->is_null()) {
                error(ProblemKind::wrong_type, path + "/" + key, std::string("expected a string, got ") + value->type_name());
            }
        }
        if (const auto themes = node.find("themes"); themes != node.end() && !themes->is_null()) {
            if (!themes->is_array() && !themes->is_string()) {
                error(ProblemKind::wrong_type, path + "/themes", "expected an array of theme names");
            } else if (themes->is_array()) {
                for (std::size_t t = 0; t < themes->size(); ++t) {
                    if (!(*themes)[t].is_string()) {
                        error(ProblemKind::wrong_type, path + "/themes/" + std::to_string(t), "expected a theme name (string)");
                    }
                }
            }
        }
        if (const auto position = node.find("position"); position != node.end() && !position->is_null()) {
            const bool ok = position->is_object() && position->contains("x") && position->contains("y") &&
                            (*position)["x"].is_number() && (*position)["y"].is_number();
            if (!ok) error(ProblemKind::wrong_type, path + "/position", "expected {\"x\": number, \"y\": number}");
        }
        if (const auto attributes = node.find("attributes"); attributes != node.end() && !attributes->is_object()) {
            error(ProblemKind::wrong_type, path + "/attributes", "expected an object of name: value");
        }
    }

    void check_edges() {
        const char* key = node_link_ && document_.contains("links") ? "links" : "edges";
        const auto edges = document_.find(key);
        if (edges == document_.end()) return;  // a map of organisations alone is a map (no ties)
        if (!edges->is_array()) {
            error(ProblemKind::wrong_type, key, std::string("expected an array, got ") + edges->type_name());
            return;
        }
        for (std::size_t k = 0; k < edges->size(); ++k) edge((*edges)[k], std::string(key) + "/" + std::to_string(k));
    }

    const json& document_;
    bool node_link_ = false;
    bool streaming_ = false;
    std::unordered_map<std::string, std::string> ids_;  // id -> where first declared
    std::vector<Problem> problems_;
};

bool looks_like_country_code(const std::string& code) {
    return code.size() == 2 && std::isupper(static_cast<unsigned char>(code[0])) && std::isupper(static_cast<unsigned char>(code[1]));
}

}  // namespace

std::vector<Problem> check_json_structure(const nlohmann::json& document) { return StructureCheck(document).run(); }

struct JsonElementRules::Check : StructureCheck {
    using StructureCheck::StructureCheck;
};

JsonElementRules::JsonElementRules(bool node_link) : check_(std::make_unique<Check>(node_link)) {}
JsonElementRules::~JsonElementRules() = default;
void JsonElementRules::top_level_key(const std::string& key, const nlohmann::json& value) { check_->top_level_key(key, value); }
void JsonElementRules::node(const nlohmann::json& node, const std::string& path) { check_->node(node, path); }
void JsonElementRules::edge(const nlohmann::json& edge, const std::string& path) { check_->edge(edge, path); }
std::vector<Problem> JsonElementRules::take() { return check_->take(); }

namespace {

// What the content rules look at, whatever the source of the map.
struct NodeFacts {
    std::string path;
    std::string type;
    std::vector<std::string> themes;
    std::string country;
};
struct EdgeFacts {
    std::size_t index;       // position in the edge list
    std::uint32_t source;    // organisation numbers (any consistent numbering)
    std::uint32_t target;
    std::string_view type;   // points into the map or document, which outlive the check
    double weight = 1.0;
};

// Names and paths for the edges, only needed when a problem is reported.
struct EdgeNames {
    std::string list;                     // "edges" or "links"
    std::function<std::string(std::uint32_t)> id_of;
};

std::vector<Problem> check_content(const std::vector<NodeFacts>& nodes, const std::vector<EdgeFacts>& edges, bool directed,
                                   const EdgeNames& names) {
    std::vector<Problem> problems;
    auto warn = [&](ProblemKind kind, std::string path, std::string message) {
        problems.push_back({Severity::warning, kind, std::move(path), std::move(message)});
    };
    for (const NodeFacts& node : nodes) {
        if (!node.type.empty() && !vocabulary::is_known_organisation_type(node.type)) {
            warn(ProblemKind::unknown_type, node.path + "/type",
                 "unknown type '" + node.type + "' (kept); known types: " + joined(vocabulary::organisation_types()));
        }
        for (std::size_t t = 0; t < node.themes.size(); ++t) {
            // An empty slot is a theme the structure rules already rejected (not a string).
            if (!node.themes[t].empty() && !vocabulary::is_known_theme(node.themes[t])) {
                warn(ProblemKind::unknown_theme, node.path + "/themes/" + std::to_string(t),
                     "unknown theme '" + node.themes[t] + "' (kept); known themes: " + joined(vocabulary::themes()));
            }
        }
        if (!node.country.empty() && !looks_like_country_code(node.country)) {
            warn(ProblemKind::country_code, node.path + "/country",
                 "'" + node.country + "' is not a two-letter ISO 3166 code (e.g. KE, PH); kept as written");
        }
    }
    auto path_of = [&](const EdgeFacts& edge) { return names.list + "/" + std::to_string(edge.index); };
    for (const EdgeFacts& edge : edges) {
        if (edge.source == edge.target) {
            std::string message = names.id_of(edge.source);  // built in steps: GCC 12 misreports "'" + string (PR 105651)
            message.insert(0, 1, '\'').append("' is tied to itself; measures ignore self-ties");
            warn(ProblemKind::self_tie, path_of(edge), std::move(message));
        }
        if (edge.weight <= 0) {
            warn(ProblemKind::bad_weight, path_of(edge) + "/weight",
                 "weight " + to_display_string(edge.weight) + " is not positive; weighted measures treat the tie as absent");
        }
    }
    // Repeats: sort by (ends, type, position) and compare neighbours. The ends are packed
    // in one integer held beside the position, so the sort reads no edge but for equal ends.
    struct Repeat {
        std::uint64_t ends;
        std::size_t index;
    };
    std::vector<Repeat> order;
    order.reserve(edges.size());
    for (std::size_t k = 0; k < edges.size(); ++k) {
        const EdgeFacts& edge = edges[k];
        const bool swap = !directed && edge.source > edge.target;
        const std::uint64_t low = swap ? edge.target : edge.source, high = swap ? edge.source : edge.target;
        order.push_back({low << 32 | high, k});
    }
    std::sort(order.begin(), order.end(), [&](const Repeat& a, const Repeat& b) {
        if (a.ends != b.ends) return a.ends < b.ends;
        const int types = edges[a.index].type.compare(edges[b.index].type);
        return types != 0 ? types < 0 : a.index < b.index;
    });
    const auto same = [&](const Repeat& a, const Repeat& b) { return a.ends == b.ends && edges[a.index].type == edges[b.index].type; };
    std::size_t first = 0;  // the first of the run of repeats order[i] belongs to
    for (std::size_t i = 1; i < order.size(); ++i) {
        if (!same(order[i], order[i - 1])) {
            first = i;
            continue;
        }
        const EdgeFacts& edge = edges[order[i].index];
        warn(ProblemKind::repeated_relationship, path_of(edge),
             "repeats " + path_of(edges[order[first].index]) + " ('" + names.id_of(edge.source) + "' - '" + names.id_of(edge.target) +
                 "', same type); measures merge them into one tie with the weights added");
    }
    sort_by_position(problems);
    return problems;
}

std::string text_or_number(const json& value) {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_number_integer()) return std::to_string(value.get<std::int64_t>());
    if (value.is_number_unsigned()) return std::to_string(value.get<std::uint64_t>());
    return {};
}

// Top-level keys first, then nodes/i, then edges (or links)/k, each by index.
std::pair<int, long> position_key(const std::string& path) {
    int section = 0;
    if (path.rfind("nodes/", 0) == 0) section = 1;
    else if (path.rfind("edges/", 0) == 0 || path.rfind("links/", 0) == 0) section = 2;
    if (section == 0) return {0, 0};
    return {section, std::strtol(path.c_str() + 6, nullptr, 10)};
}

}  // namespace

std::vector<Problem> check_map_content(const StakeholderMap& map) {
    std::vector<NodeFacts> nodes;
    nodes.reserve(map.organisation_count());
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        const Organisation& organisation = map.organisation(v);
        nodes.push_back({"nodes/" + std::to_string(v), organisation.type, organisation.themes, organisation.country});
    }
    std::vector<EdgeFacts> edges;
    edges.reserve(map.relationship_count());
    for (const auto handle : map.relationship_handles()) {
        const auto tie = map.relationship(handle);
        edges.push_back({edges.size(), static_cast<std::uint32_t>(tie.source), static_cast<std::uint32_t>(tie.target),
                         tie.data.type, tie.data.weight});
    }
    const EdgeNames names{"edges", [&](std::uint32_t v) { return map.organisation(v).id; }};
    return check_content(nodes, edges, map.directed(), names);
}

std::vector<Problem> check_json_content(const nlohmann::json& document) {
    std::vector<NodeFacts> nodes;
    std::vector<EdgeFacts> edges;
    if (!document.is_object()) return {};
    if (const auto list = document.find("nodes"); list != document.end() && list->is_array()) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const json& node = (*list)[i];
            if (!node.is_object()) continue;
            NodeFacts facts{"nodes/" + std::to_string(i), {}, {}, {}};
            if (const auto type = node.find("type"); type != node.end() && type->is_string()) {
                facts.type = canonical_organisation_type(type->get<std::string>());
            }
            if (const auto country = node.find("country"); country != node.end() && country->is_string()) {
                facts.country = country->get<std::string>();
            }
            if (const auto themes = node.find("themes"); themes != node.end()) {
                if (themes->is_string()) facts.themes = split_themes(themes->get<std::string>());
                else if (themes->is_array()) {
                    for (const auto& theme : *themes) facts.themes.push_back(theme.is_string() ? canonical_theme(theme.get<std::string>()) : "");
                }
            }
            nodes.push_back(std::move(facts));
        }
    }
    const char* key = document.contains("links") ? "links" : "edges";
    std::unordered_map<std::string, std::uint32_t> numbers;  // ids as they appear in edges
    std::vector<std::string> ids;
    auto number_of = [&](const std::string& id) {
        const auto [found, inserted] = numbers.emplace(id, static_cast<std::uint32_t>(ids.size()));
        if (inserted) ids.push_back(id);
        return found->second;
    };
    if (const auto list = document.find(key); list != document.end() && list->is_array()) {
        for (std::size_t k = 0; k < list->size(); ++k) {
            const json& edge = (*list)[k];
            if (!edge.is_object() || !edge.contains("source") || !edge.contains("target")) continue;
            const std::string source = trim(text_or_number(edge["source"])), target = trim(text_or_number(edge["target"]));
            if (source.empty() || target.empty()) continue;
            EdgeFacts facts{k, number_of(source), number_of(target), {}, 1.0};
            if (const auto type = edge.find("type"); type != edge.end() && type->is_string()) {
                facts.type = type->get_ref<const std::string&>();
            }
            if (const auto weight = edge.find("weight"); weight != edge.end() && weight->is_number()) facts.weight = weight->get<double>();
            edges.push_back(facts);
        }
    }
    const auto directed = document.find("directed");
    const EdgeNames names{key, [&](std::uint32_t v) { return ids[v]; }};
    return check_content(nodes, edges, directed != document.end() && directed->is_boolean() && directed->get<bool>(), names);
}

void sort_by_position(std::vector<Problem>& problems) {
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem& a, const Problem& b) { return position_key(a.path) < position_key(b.path); });
}

std::string describe(const Problem& problem) {
    std::string text = problem.path.empty() ? "" : problem.path + ": ";
    text += problem.severity == Severity::error ? "error: " : "warning: ";
    return text + problem.message;
}

}  // namespace stakemap
