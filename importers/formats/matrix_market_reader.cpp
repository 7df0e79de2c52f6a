#include "importers/formats/matrix_market_reader.hpp"

#include <sstream>
#include <string_view>

#include "importers/support/field_mapping.hpp"
#include "importers/support/input_limits.hpp"
#include "importers/support/map_builder.hpp"
#include "importers/support/matrix_ties.hpp"
#include "importers/support/text_file.hpp"

namespace stakemap {
namespace {

std::vector<std::string> words_of(std::string_view line) {
    std::istringstream in{std::string(line)};
    std::vector<std::string> words;
    for (std::string word; in >> word;) words.push_back(word);
    return words;
}

struct Banner {
    std::string field, symmetry;
};

Banner read_banner(std::string_view line, const TextFile& file) {
    const auto words = words_of(line);
    if (words.size() != 5 || to_lower_ascii(words[0]) != "%%matrixmarket" || to_lower_ascii(words[1]) != "matrix") {
        throw ImportError(file.at_line(1), "expected the banner '%%MatrixMarket matrix coordinate real general' (or integer/pattern, symmetric)");
    }
    if (to_lower_ascii(words[2]) != "coordinate") {
        throw ImportError(file.at_line(1, 23), "a MatrixMarket '" + words[2] + "' file; expected 'coordinate' (a list of ties)");
    }
    Banner banner{to_lower_ascii(words[3]), to_lower_ascii(words[4])};
    if (banner.field != "real" && banner.field != "integer" && banner.field != "pattern") {
        throw ImportError(file.at_line(1), "values of type '" + words[3] + "'; expected real, integer or pattern (tie weights)");
    }
    if (banner.symmetry != "general" && banner.symmetry != "symmetric") {
        throw ImportError(file.at_line(1), "a '" + words[4] + "' matrix; expected general or symmetric (ties with real weights)");
    }
    return banner;
}

std::size_t whole_number(const std::string& text, const TextFile& file, std::size_t line, std::size_t most, const char* what) {
    const auto number = parse_integer(text);
    if (!number || *number < 0 || static_cast<std::size_t>(*number) > most) {
        throw ImportError(file.at_line(line), "'" + text + "' as " + what + "; expected a whole number from 0 to " + std::to_string(most));
    }
    return static_cast<std::size_t>(*number);
}

}  // namespace

ImportResult read_matrix_market(const std::string& path, const ImportOptions& options) {
    const TextFile file = TextFile::read(path, options.encoding);
    MapBuilder builder(path, options);
    LineReader lines(file.text());
    std::size_t line_number = 0;
    const auto next_line = [&](std::string_view& line) {
        while (lines.next(line)) {
            line_number = lines.number();
            if (line_number == 1) return true;  // the banner
            if (line.find_first_not_of(" \t") == std::string_view::npos || line.front() == '%') continue;
            return true;
        }
        return false;
    };
    std::string_view line;
    next_line(line);
    const Banner banner = read_banner(line, file);
    if (!next_line(line)) throw ImportError(file.at_line(line_number), "no size line; expected 'rows columns entries'");
    const auto size = words_of(line);
    if (size.size() != 3) throw ImportError(file.at_line(line_number), "expected 'rows columns entries' after the banner");
    const std::size_t rows = whole_number(size[0], file, line_number, limits::kMaxOrganisations, "the number of rows");
    const std::size_t columns = whole_number(size[1], file, line_number, limits::kMaxOrganisations, "the number of columns");
    const std::size_t entries = whole_number(size[2], file, line_number, limits::kMaxRelationships, "the number of entries");
    if (rows != columns) {
        throw ImportError(file.at_line(line_number), std::to_string(rows) + " x " + std::to_string(columns) + " matrix; expected a square one (organisations by organisations)");
    }
    std::vector<MatrixTie> ties;
    ties.reserve(std::min<std::size_t>(entries, 1 << 20));
    while (next_line(line)) {
        const auto words = words_of(line);
        const std::size_t wanted = banner.field == "pattern" ? 2 : 3;
        if (words.size() != wanted) {
            throw ImportError(file.at_line(line_number), "expected '" + std::string(wanted == 2 ? "row column" : "row column value") + "' (a " + banner.field + " matrix)");
        }
        if (ties.size() == entries) throw ImportError(file.at_line(line_number), "more entries than the " + std::to_string(entries) + " declared");
        const std::size_t i = whole_number(words[0], file, line_number, rows, "a row"), j = whole_number(words[1], file, line_number, columns, "a column");
        if (i == 0 || j == 0) throw ImportError(file.at_line(line_number), "row and column numbers start at 1");
        double weight = 1.0;
        if (wanted == 3) {
            const auto value = parse_number(words[2]);
            if (!value) throw ImportError(file.at_line(line_number), "'" + words[2] + "' is not a number; expected the tie's value");
            weight = *value;
        }
        if (weight != 0) ties.push_back({i - 1, j - 1, weight, line_number});
    }
    if (ties.size() > entries) throw ImportError(file.at_line(line_number), "more entries than declared");
    const bool symmetric = banner.symmetry == "symmetric" || is_symmetric(ties);
    builder.set_directed(!symmetric);
    builder.decide(banner.symmetry == "symmetric" ? "a symmetric MatrixMarket matrix: an undirected map"
                   : symmetric                    ? "a general MatrixMarket matrix with symmetric entries: an undirected map, each tie once"
                                                  : "a general MatrixMarket matrix with asymmetric entries: a directed map");
    for (std::size_t v = 0; v < rows; ++v) {
        Organisation organisation;
        organisation.id = std::to_string(v + 1);
        builder.add_organisation(std::move(organisation), file.at_line(2));
    }
    // A symmetric file stores one triangle: each entry is one tie. A general one with mirrored entries: each pair once.
    for (const MatrixTie& tie : banner.symmetry == "symmetric" ? ties : ties_to_add(ties, symmetric)) {
        Relationship relationship;
        relationship.weight = tie.weight;
        relationship.directed = !symmetric;
        builder.add_relationship(std::to_string(tie.row + 1), std::to_string(tie.column + 1), std::move(relationship), file.at_line(tie.line));
    }
    return builder.finish();
}

}  // namespace stakemap
