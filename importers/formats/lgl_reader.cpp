#include "importers/formats/lgl_reader.hpp"

#include <string_view>

#include "importers/support/field_mapping.hpp"
#include "importers/support/map_builder.hpp"
#include "importers/support/text_file.hpp"

namespace stakemap {
namespace {

std::vector<std::string_view> fields_of(std::string_view line) {
    std::vector<std::string_view> fields;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
        const std::size_t start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
        if (i > start) fields.push_back(line.substr(start, i - start));
    }
    return fields;
}

}  // namespace

ImportResult read_lgl(const std::string& path, const ImportOptions& options) {
    const TextFile file = TextFile::read(path, options.encoding);
    // Every name is declared by a "# name" line or as a partner: nothing is dangling.
    MapBuilder builder(path, options, /*edges_declare_nodes=*/true);
    if (!file.encoding_note().empty()) builder.warn({path, 0, 0, {}}, file.encoding_note());
    builder.set_directed(false);
    std::string current;
    LineReader lines(file.text());
    std::string_view line;
    while (lines.next(line)) {
        const std::size_t line_number = lines.number();
        const auto fields = fields_of(line);
        if (fields.empty()) continue;
        if (fields[0] == "#") {
            if (fields.size() != 2) throw ImportError(file.at_line(line_number), "expected '# name' to start an organisation's partners");
            current = std::string(fields[1]);
            if (!builder.has_organisation(current)) {
                Organisation organisation;
                organisation.id = current;
                builder.add_organisation(std::move(organisation), file.at_line(line_number));
            }
            continue;
        }
        if (current.empty()) throw ImportError(file.at_line(line_number, 1), "a partner before any '# name' line; expected '# name' first");
        if (fields.size() > 2) throw ImportError(file.at_line(line_number), "expected 'partner [weight]'");
        Relationship relationship;
        if (fields.size() == 2) {
            const auto weight = parse_number(fields[1]);
            if (!weight) throw ImportError(file.at_line(line_number), "'" + std::string(fields[1]) + "' is not a number; expected the weight");
            relationship.weight = *weight;
        }
        builder.add_relationship(current, std::string(fields[0]), std::move(relationship), file.at_line(line_number));
    }
    return builder.finish();
}

}  // namespace stakemap
