#include "importers/formats/gml_writer.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "graph/support/atomic_file.hpp"
#include "importers/support/attribute_schema.hpp"
#include "graph/map_source.hpp"
#include "importers/support/writer_support.hpp"

namespace stakemap {

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

// Attribute names as GML keys, told apart from the keys this writer uses and from each other.
struct GmlKeys {
    std::map<std::string, std::string> organisation, relationship, map;
};

std::map<std::string, std::string> keyed(const std::set<std::string>& names, const std::vector<std::string>& fixed) {
    const std::vector<std::string> listed(names.begin(), names.end());
    const std::vector<std::string> keys = distinct_names(listed, fixed, gml_key);
    std::map<std::string, std::string> result;
    for (std::size_t k = 0; k < listed.size(); ++k) result[listed[k]] = keys[k];
    return result;
}

GmlKeys gml_keys(const MapSource& map) {
    std::set<std::string> organisation, relationship, metadata;
    Organisation scratch;
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        for (const auto& [name, value] : map.organisation(v, scratch).attributes) organisation.insert(name);
    }
    map.for_each_relationship([&](std::size_t, std::size_t, const Relationship& tie) {
        for (const auto& [name, value] : tie.attributes) relationship.insert(name);
    });
    for (const auto& [name, value] : map.metadata()) metadata.insert(name);
    const std::vector<std::string> structure = {"node", "edge", "graphics", "id", "label", "source", "target"};
    GmlKeys keys;
    keys.organisation = keyed(organisation, with_field_names(with_field_names({"stakemap_id"}, structure), organisation_field_names()));
    // An edge's "id" is an attribute to GML readers, so it is written as such.
    std::vector<std::string> edge_fixed = with_field_names(structure, relationship_field_names());
    std::erase(edge_fixed, "id");
    keys.relationship = keyed(relationship, edge_fixed);
    keys.map = keyed(metadata, with_field_names(structure, {"directed", "multigraph"}));
    return keys;
}

}  // namespace

void save_gml(const MapSource& map_as_stored, const std::string& path) {
    const NetMapFieldsAsAttributes map(map_as_stored);  // this format has no influence/stance fields
    const GmlKeys keys = gml_keys(map);
    AtomicFileWriter out(path);
    std::string text = "graph [\n  directed " + std::string(map.directed() ? "1" : "0") + "\n";
    if (has_parallel_relationships(map)) text += "  multigraph 1\n";
    for (const auto& [name, value] : map.metadata()) text += "  " + keys.map.at(name) + " " + gml_value(value) + "\n";
    Organisation scratch;
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        const Organisation& organisation = map.organisation(v, scratch);
        text += "  node [\n    id " + std::to_string(v) + "\n    stakemap_id " + gml_string(organisation.id) + "\n    label " +
                gml_string(organisation.label) + "\n";
        if (!organisation.type.empty()) text += "    type " + gml_string(organisation.type) + "\n";
        if (!organisation.country.empty()) text += "    country " + gml_string(organisation.country) + "\n";
        if (!organisation.region.empty()) text += "    region " + gml_string(organisation.region) + "\n";
        if (!organisation.themes.empty()) text += "    themes " + gml_string(joined_themes(organisation)) + "\n";
        for (const auto& [name, value] : organisation.attributes) text += "    " + keys.organisation.at(name) + " " + gml_value(value) + "\n";
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
        for (const auto& [name, value] : tie.attributes) text += "    " + keys.relationship.at(name) + " " + gml_value(value) + "\n";
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

}  // namespace stakemap
