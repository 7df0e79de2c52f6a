#include "importers/rules/profile_reader.hpp"

#include <nlohmann/json.hpp>

#include "importers/support/import_error.hpp"
#include "importers/formats/json_reader.hpp"
#include "importers/support/text_file.hpp"

namespace stakemap {
namespace {

using nlohmann::json;

std::map<std::string, std::map<std::string, std::size_t>> read_table(const json& document, const char* key, const std::string& path) {
    std::map<std::string, std::map<std::string, std::size_t>> table;
    const auto found = document.find(key);
    if (found == document.end()) return table;
    if (!found->is_object()) throw ImportError({path, 0, 0, key}, "expected an object of name: {type: minimum}");
    for (const auto& [where, needs] : found->items()) {
        const std::string at = std::string(key) + "/" + where;
        if (!needs.is_object()) throw ImportError({path, 0, 0, at}, "expected an object of type: minimum");
        for (const auto& [type, minimum] : needs.items()) {
            if (!minimum.is_number_unsigned()) {
                throw ImportError({path, 0, 0, at + "/" + type}, "expected a whole number of organisations, got " + minimum.dump());
            }
            table[where][type] = minimum.get<std::size_t>();
        }
    }
    return table;
}

}  // namespace

CoverageProfile read_coverage_profile(const std::string& path) {
    const json document = parse_json_file(TextFile::read(path, "UTF-8"));
    if (!document.is_object()) throw ImportError({path, 1, 1, {}}, "expected a JSON object with \"themes\" and/or \"regions\"");
    CoverageProfile profile;
    profile.name = document.value("name", path);
    profile.description = document.value("description", "");
    profile.themes = read_table(document, "themes", path);
    profile.regions = read_table(document, "regions", path);
    if (profile.themes.empty() && profile.regions.empty()) {
        throw ImportError({path, 0, 0, {}}, "the profile requires nothing; expected \"themes\" or \"regions\"");
    }
    return profile;
}

void read_profile_vocabulary(const std::string& path, VocabularyMapping& vocabulary) {
    const json document = parse_json_file(TextFile::read(path, "UTF-8"));
    const auto found = document.is_object() ? document.find("vocabulary") : document.end();
    if (found == document.end()) return;
    if (!found->is_object()) throw ImportError({path, 0, 0, "vocabulary"}, "expected an object of field: {value: canonical}");
    for (const auto& [field_written, values] : found->items()) {
        const std::string at = "vocabulary/" + field_written;
        const auto field = vocabulary_field_named(field_written);
        if (!field) throw ImportError({path, 0, 0, at}, "'" + field_written + "' is not a field the vocabulary maps; expected type, theme or relationship");
        if (!values.is_object()) throw ImportError({path, 0, 0, at}, "expected an object of value: canonical");
        for (const auto& [value, canonical] : values.items()) {
            if (!canonical.is_string()) throw ImportError({path, 0, 0, at + "/" + value}, "expected the canonical word as a string");
            const auto mapped = vocabulary.map(*field, canonical.get<std::string>());
            if (mapped.empty()) {
                throw ImportError({path, 0, 0, at + "/" + value}, "'" + canonical.get<std::string>() + "' is not a " +
                                                                      std::string(field_name(*field)) + " stakemap knows");
            }
            vocabulary.add(*field, value, mapped.front().canonical, path + ": " + at);
        }
    }
}

}  // namespace stakemap
