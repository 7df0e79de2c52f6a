#include "importers/formats/ucinet_dl_writer.hpp"

#include <set>

#include "graph/support/atomic_file.hpp"
#include "importers/formats/json_writer.hpp"

namespace stakemap {
namespace {

// A DL label in double quotes: no quote or line break may end it early.
std::string quoted_label(const std::string& name) {
    std::string label = "\"";
    for (const char c : name) label += c == '"' ? '\'' : (c == '\n' || c == '\r') ? ' ' : c;
    return label + "\"";
}

}  // namespace

void save_ucinet_dl(const MapSource& map, const std::string& path) {
    const std::size_t n = map.organisation_count();
    // Names when they tell the organisations apart, else ids (which always do).
    Organisation scratch;
    std::set<std::string> labels;
    for (std::size_t v = 0; v < n; ++v) labels.insert(map.organisation(v, scratch).label);
    const bool by_label = labels.size() == n;
    std::string out = "DL N=" + std::to_string(n) + " FORMAT=EDGELIST1\nLABELS:\n";
    for (std::size_t v = 0; v < n; ++v) {
        const Organisation& organisation = map.organisation(v, scratch);
        out += quoted_label(by_label ? organisation.label : organisation.id);
        out += v + 1 < n ? ",\n" : "\n";
    }
    out += "DATA:\n";
    const bool directed = map.directed();
    map.for_each_relationship([&](std::size_t source, std::size_t target, const Relationship& relationship) {
        std::string weight;
        append_json_number(weight, relationship.weight);
        out += std::to_string(source + 1) + " " + std::to_string(target + 1) + " " + weight + "\n";
        if (!directed && source != target) out += std::to_string(target + 1) + " " + std::to_string(source + 1) + " " + weight + "\n";
    });
    write_file_atomically(path, out);
}

}  // namespace stakemap
