#include "importers/support/csv_table.hpp"

#include <array>

namespace stakemap {

char detect_delimiter(std::string_view first_line) {
    std::array<std::size_t, 3> counts{};
    constexpr std::array<char, 3> candidates{',', ';', '\t'};
    bool quoted = false;
    for (char c : first_line) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        for (std::size_t k = 0; k < candidates.size(); ++k) {
            if (c == candidates[k]) ++counts[k];
        }
    }
    std::size_t best = 0;
    for (std::size_t k = 1; k < candidates.size(); ++k) {
        if (counts[k] > counts[best]) best = k;
    }
    // A bare edge list as NetworkX's write_edgelist makes it: "a b" with spaces only.
    if (counts[best] == 0 && first_line.find(' ') != std::string_view::npos) return ' ';
    return candidates[best];
}

namespace {

bool comment_line_at(std::string_view text, std::size_t at) {
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
    return at < text.size() && (text[at] == '#' || text[at] == '%');
}

std::size_t next_line_start(std::string_view text, std::size_t at) {
    const std::size_t end = text.find('\n', at);
    return end == std::string_view::npos ? text.size() : end + 1;
}

}  // namespace

CsvTable parse_csv(const TextFile& file) {
    const std::string_view text = file.text();
    CsvTable table;
    std::size_t first = 0;
    while (first < text.size() && comment_line_at(text, first)) first = next_line_start(text, first);
    table.delimiter = detect_delimiter(text.substr(first, text.find('\n', first) - first));
    const char delimiter = table.delimiter;
    const bool list = delimiter == ' ' || delimiter == '\t';

    std::size_t i = 0;
    std::size_t line = 1;
    while (i < text.size()) {
        if ((list || table.records.empty()) && comment_line_at(text, i)) {
            i = next_line_start(text, i);
            ++line;
            ++table.comment_lines;
            continue;
        }
        if (delimiter == ' ') {
            while (i < text.size() && text[i] == ' ') ++i;  // aligned columns
        }
        CsvRecord record;
        record.line = line;
        bool record_done = false;
        while (!record_done) {
            std::string field;
            if (i < text.size() && text[i] == '"') {
                const std::size_t quote_at = i;
                const std::size_t quote_line = line;
                ++i;
                while (true) {
                    if (i >= text.size()) {
                        auto where = file.locate(quote_at);
                        where.line = quote_line;
                        throw ImportError(where, "unterminated quoted field; expected a closing \"");
                    }
                    const char c = text[i];
                    if (c == '"') {
                        if (i + 1 < text.size() && text[i + 1] == '"') {
                            field += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (c == '\n') ++line;
                    field += c;
                    ++i;
                }
                // After a closing quote only a delimiter or the end of the record may follow.
                if (i < text.size() && text[i] != delimiter && text[i] != '\n' && text[i] != '\r') {
                    throw ImportError(file.locate(i),
                                      std::string("text after a closing quote; expected the delimiter '") +
                                          (delimiter == '\t' ? "\\t" : std::string(1, delimiter)) +
                                          "' or the end of the line");
                }
            } else {
                while (i < text.size() && text[i] != delimiter && text[i] != '\n') {
                    if (text[i] == '"') {
                        throw ImportError(file.locate(i),
                                          "quote inside an unquoted field; expected the whole field in "
                                          "quotes with inner quotes doubled (\"\")");
                    }
                    field += text[i];
                    ++i;
                }
                if (!field.empty() && field.back() == '\r') field.pop_back();
            }
            if (i < text.size() && text[i] == '\r') ++i;
            record.fields.push_back(std::move(field));
            if (i >= text.size()) {
                record_done = true;
            } else if (text[i] == delimiter) {
                ++i;
                if (delimiter == ' ') {
                    while (i < text.size() && text[i] == ' ') ++i;
                    // Spaces before the line end separate nothing more.
                    if (i >= text.size() || text[i] == '\n' || text[i] == '\r') {
                        if (i < text.size() && text[i] == '\r') ++i;
                        if (i < text.size() && text[i] == '\n') {
                            ++i;
                            ++line;
                        }
                        record_done = true;
                    }
                }
            } else if (text[i] == '\n') {
                ++i;
                ++line;
                record_done = true;
            }
        }
        const bool blank = record.fields.size() == 1 && record.fields[0].find_first_not_of(" \t") == std::string::npos;
        if (!blank) table.records.push_back(std::move(record));
    }
    return table;
}

}  // namespace stakemap
