#include "importers/formats/json_writer.hpp"

#include <charconv>
#include <cmath>
#include <vector>

#include "graph/support/atomic_file.hpp"
#include "importers/formats/json_reader.hpp"

namespace stakemap {

void append_json_string(std::string& out, std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    out += "\\u00";
                    out += kHex[(c >> 4) & 0xF];
                    out += kHex[c & 0xF];
                } else {
                    out += c;
                }
        }
    }
    out += '"';
}

void append_json_number(std::string& out, double value) {
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    out.append(buffer, end);
}

void append_json_value(std::string& out, const AttributeValue& value) {
    if (const auto* text = std::get_if<std::string>(&value)) {
        append_json_string(out, *text);
    } else if (const auto* integer = std::get_if<std::int64_t>(&value)) {
        out += std::to_string(*integer);
    } else if (const auto* flag = std::get_if<bool>(&value)) {
        out += *flag ? "true" : "false";
    } else {
        // Keep a double a double on the way back in: 3.0 is written "3.0", not "3".
        const std::size_t start = out.size();
        append_json_number(out, std::get<double>(value));
        if (out.find_first_of(".eEn", start) == std::string::npos) out += ".0";
    }
}

namespace {

void append_attributes(std::string& out, const Attributes& attributes) {
    out += '{';
    bool first = true;
    for (const auto& [name, value] : attributes) {
        if (!first) out += ", ";
        first = false;
        append_json_string(out, name);
        out += ": ";
        append_json_value(out, value);
    }
    out += '}';
}

void append_field(std::string& out, const char* name, std::string_view value) {
    out += ", \"";
    out += name;
    out += "\": ";
    append_json_string(out, value);
}

void append_provenance(std::string& out, const Provenance& provenance) {
    if (!provenance.sources.empty()) {
        out += ", \"sources\": [";
        for (std::size_t k = 0; k < provenance.sources.size(); ++k) {
            const SourceRecord& record = provenance.sources[k];
            out += k > 0 ? ", {\"file\": " : "{\"file\": ";
            append_json_string(out, record.file);
            if (!record.at.empty()) append_field(out, "at", record.at);
            if (!record.date.empty()) append_field(out, "date", record.date);
            if (!record.name.empty()) append_field(out, "name", record.name);
            if (!record.match.empty()) append_field(out, "match", record.match);
            out += '}';
        }
        out += ']';
    }
    if (!provenance.conflicts.empty()) {
        out += ", \"conflicts\": {";
        bool first = true;
        for (const auto& [field, values] : provenance.conflicts) {
            if (!first) out += ", ";
            first = false;
            append_json_string(out, field);
            out += ": [";
            for (std::size_t k = 0; k < values.size(); ++k) {
                out += k > 0 ? ", {\"value\": " : "{\"value\": ";
                append_json_value(out, values[k].value);
                append_field(out, "source", values[k].source);
                out += '}';
            }
            out += ']';
        }
        out += '}';
    }
}

void append_organisation(std::string& out, const Organisation& organisation) {
    out += "    {\"id\": ";
    append_json_string(out, organisation.id);
    append_field(out, "label", organisation.label);
    if (!organisation.type.empty()) append_field(out, "type", organisation.type);
    if (!organisation.country.empty()) append_field(out, "country", organisation.country);
    if (!organisation.region.empty()) append_field(out, "region", organisation.region);
    if (!organisation.themes.empty()) {
        out += ", \"themes\": [";
        for (std::size_t t = 0; t < organisation.themes.size(); ++t) {
            if (t > 0) out += ", ";
            append_json_string(out, organisation.themes[t]);
        }
        out += ']';
    }
    if (organisation.position) {
        out += ", \"position\": {\"x\": ";
        append_json_number(out, organisation.position->x);
        out += ", \"y\": ";
        append_json_number(out, organisation.position->y);
        out += '}';
    }
    if (organisation.influence) {
        out += ", \"influence\": ";
        append_json_number(out, *organisation.influence);
    }
    if (!organisation.stance.empty()) append_field(out, "stance", organisation.stance);
    if (!organisation.attributes.empty()) {
        out += ", \"attributes\": ";
        append_attributes(out, organisation.attributes);
    }
    append_provenance(out, *organisation.provenance);
    out += '}';
}

void append_relationship(std::string& out, const std::string& source, const std::string& target,
                         const Relationship& data, bool map_directed) {
    out += "    {\"source\": ";
    append_json_string(out, source);
    out += ", \"target\": ";
    append_json_string(out, target);
    if (!data.type.empty()) append_field(out, "type", data.type);
    if (data.weight != 1.0) {
        out += ", \"weight\": ";
        append_json_number(out, data.weight);
    }
    if (data.directed != map_directed) out += data.directed ? ", \"directed\": true" : ", \"directed\": false";
    if (!data.attributes.empty()) {
        out += ", \"attributes\": ";
        append_attributes(out, data.attributes);
    }
    append_provenance(out, *data.provenance);
    out += '}';
}

constexpr std::size_t kFlushAt = 1 << 16;

}  // namespace

void write_json_map(const MapSource& map, const TextSink& emit) {
    std::string out;
    out.reserve(kFlushAt * 2);
    out += "{\n  \"format\": \"stakemap-map\",\n  \"version\": " + std::to_string(kMapFormatVersion) + ",\n";
    out += map.directed() ? "  \"directed\": true,\n" : "  \"directed\": false,\n";
    out += "  \"metadata\": ";
    append_attributes(out, map.metadata());
    out += ",\n  \"nodes\": [\n";
    const std::size_t n = map.organisation_count();
    Organisation scratch;
    std::vector<std::string> ids(n);  // relationships name their ends by id
    for (std::size_t v = 0; v < n; ++v) {
        const Organisation& organisation = map.organisation(v, scratch);
        ids[v] = organisation.id;
        append_organisation(out, organisation);
        out += v + 1 < n ? ",\n" : "\n";
        if (out.size() >= kFlushAt) {
            emit(out);
            out.clear();
        }
    }
    out += "  ],\n  \"edges\": [\n";
    bool first = true;
    map.for_each_relationship([&](std::size_t source, std::size_t target, const Relationship& data) {
        if (!first) out += ",\n";
        first = false;
        append_relationship(out, ids[source], ids[target], data, map.directed());
        if (out.size() >= kFlushAt) {
            emit(out);
            out.clear();
        }
    });
    out += first ? "  ]\n}\n" : "\n  ]\n}\n";
    emit(out);
}

void save_json_map(const MapSource& map, const std::string& path) {
    AtomicFileWriter writer(path);
    write_json_map(map, [&](std::string_view text) { writer.write(text); });
    writer.commit();
}

void save_json_map(const StakeholderMap& map, const std::string& path) { save_json_map(StakeholderMapSource(map), path); }

std::string json_map_text(const StakeholderMap& map) {
    std::string text;
    write_json_map(StakeholderMapSource(map), [&](std::string_view chunk) { text += chunk; });
    return text;
}

}  // namespace stakemap
