#include "importers/formats/ucinet_dl_reader.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string_view>

#include "importers/support/field_mapping.hpp"
#include "importers/support/input_limits.hpp"
#include "importers/support/map_builder.hpp"
#include "importers/support/matrix_ties.hpp"
#include "importers/support/text_file.hpp"

namespace stakemap {
namespace {

struct Word {
    std::string text;
    std::size_t offset;  // into the file's text, for messages
    bool quoted = false;
};

// The words of a part of the file: separated by spaces, commas or line ends; "a b" is one word.
std::vector<Word> words_of(std::string_view text, std::size_t base, const TextFile& file) {
    std::vector<Word> words;
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (std::isspace(static_cast<unsigned char>(c)) || c == ',') {
            ++i;
            continue;
        }
        if (c == '"' || c == '\'') {
            const std::size_t end = text.find(c, i + 1);
            if (end == std::string_view::npos) throw ImportError(file.locate(base + i), "unterminated quoted label; expected a closing " + std::string(1, c));
            words.push_back({std::string(text.substr(i + 1, end - i - 1)), base + i, true});
            i = end + 1;
            continue;
        }
        const std::size_t start = i;
        while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i])) && text[i] != ',') ++i;
        words.push_back({std::string(text.substr(start, i - start)), base + start});
    }
    return words;
}

struct Header {
    std::size_t n = 0, rows = 0, columns = 0;  // N, or NR and NC for a two-mode file
    bool two_mode = false;
    std::size_t matrices = 1;
    std::string format = "fullmatrix";
    bool labels_embedded = false, diagonal_present = true;
    std::vector<Word> labels, row_labels, column_labels;
};

// Where each section starts: "labels:", "row labels:", "column labels:", "data:" (case-blind).
struct Sections {
    std::string_view header;
    std::size_t header_at = 0;
    std::vector<std::pair<std::string, std::pair<std::size_t, std::size_t>>> parts;  // name -> [begin, end)
    std::size_t data_at = std::string_view::npos;
};

std::string lower(std::string_view text) { return to_lower_ascii(text); }

Sections find_sections(std::string_view text) {
    // Case-blind, and blind to what is inside "quoted labels" (a label may say "data:").
    std::string folded = lower(text);
    for (std::size_t i = folded.find('"'); i != std::string::npos;) {
        const std::size_t end = folded.find('"', i + 1);
        if (end == std::string::npos) break;
        std::fill(folded.begin() + static_cast<std::ptrdiff_t>(i), folded.begin() + static_cast<std::ptrdiff_t>(end + 1), ' ');
        i = folded.find('"', end + 1);
    }
    struct Found {
        std::size_t at, body;
        std::string name;
    };
    std::vector<Found> found;
    for (const char* name : {"row labels", "column labels", "col labels", "labels", "data"}) {
        for (std::size_t at = folded.find(name); at != std::string::npos; at = folded.find(name, at + 1)) {
            std::size_t colon = at + std::string_view(name).size();
            while (colon < folded.size() && (folded[colon] == ' ' || folded[colon] == '\t')) ++colon;
            if (colon >= folded.size() || folded[colon] != ':') continue;
            const bool word_start = at == 0 || !std::isalpha(static_cast<unsigned char>(folded[at - 1]));
            const bool inside_longer = std::string_view(name) == "labels" && at >= 4 &&
                                       (folded.compare(at - 4, 4, "row ") == 0 || folded.compare(at - 4, 4, "col ") == 0 ||
                                        (at >= 7 && folded.compare(at - 7, 7, "column ") == 0));
            if (word_start && !inside_longer) found.push_back({at, colon + 1, name});
            if (std::string_view(name) == "data" && word_start) break;
        }
    }
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.at < b.at; });
    // Only sections before the data count (a label may well contain "data:").
    Sections sections;
    std::size_t header_end = text.size();
    for (std::size_t k = 0; k < found.size(); ++k) {
        if (k == 0) header_end = found[k].at;
        const std::size_t end = k + 1 < found.size() ? found[k + 1].at : text.size();
        if (found[k].name == "data") {
            sections.data_at = found[k].body;
            break;
        }
        sections.parts.push_back({found[k].name == "col labels" ? "column labels" : found[k].name, {found[k].body, end}});
    }
    sections.header = text.substr(0, header_end);
    return sections;
}

Header read_header(const TextFile& file, const Sections& sections) {
    Header header;
    const std::vector<Word> words = words_of(sections.header, 0, file);
    if (words.empty() || lower(words[0].text) != "dl") throw ImportError(file.locate(0), "expected a UCINET DL file starting with DL");
    // "N=5", "N = 5", "format = edgelist1", "labels embedded", "diagonal = absent".
    std::vector<Word> parts;
    for (std::size_t k = 1; k < words.size(); ++k) {
        std::string text = words[k].text;
        if (!text.empty() && text.back() == ':') text.pop_back();  // "labels embedded:"
        std::size_t at = 0;
        while (at <= text.size()) {
            const std::size_t equals = text.find('=', at);
            const std::string piece = text.substr(at, equals == std::string::npos ? std::string::npos : equals - at);
            if (!piece.empty()) parts.push_back({piece, words[k].offset + at});
            if (equals == std::string::npos) break;
            parts.push_back({"=", words[k].offset + equals});
            at = equals + 1;
        }
    }
    for (std::size_t k = 0; k < parts.size(); ++k) {
        const std::string key = lower(parts[k].text);
        const bool assigned = k + 1 < parts.size() && parts[k + 1].text == "=";
        if (assigned && k + 2 >= parts.size()) throw ImportError(file.locate(parts[k].offset), "'" + parts[k].text + " =' without a value");
        const std::string value = assigned ? lower(parts[k + 2].text) : "";
        const auto count = [&]() {
            const auto number = parse_integer(value);
            if (!number || *number < 0 || static_cast<std::size_t>(*number) > limits::kMaxOrganisations) {
                throw ImportError(file.locate(parts[k + 2].offset), "'" + parts[k + 2].text + "' for " + parts[k].text + "; expected a number from 0 to " +
                                                                         std::to_string(limits::kMaxOrganisations));
            }
            return static_cast<std::size_t>(*number);
        };
        if (assigned && key == "n") header.n = count();
        else if (assigned && key == "nr") header.rows = count(), header.two_mode = true;
        else if (assigned && key == "nc") header.columns = count(), header.two_mode = true;
        else if (assigned && key == "nm") header.matrices = std::max<std::size_t>(1, count());
        else if (assigned && key == "format") header.format = value;
        else if (assigned && key == "diagonal") header.diagonal_present = value != "absent";
        else if (!assigned && key == "labels" && k + 1 < parts.size() && lower(parts[k + 1].text) == "embedded") {
            header.labels_embedded = true;
            ++k;
            continue;
        } else if (!assigned && key == "diagonal" && k + 1 < parts.size() &&
                   (lower(parts[k + 1].text) == "present" || lower(parts[k + 1].text) == "absent")) {
            header.diagonal_present = lower(parts[k + 1].text) == "present";  // "DIAGONAL PRESENT", no '='
            ++k;
            continue;
        } else if (!assigned && (key == "embedded")) {
            header.labels_embedded = true;
            continue;
        } else {
            throw ImportError(file.locate(parts[k].offset), "'" + parts[k].text + "' in the DL header; expected N=, NR=, NC=, NM=, FORMAT=, DIAGONAL= or LABELS EMBEDDED");
        }
        k += 2;
    }
    if (header.two_mode) {
        header.n = header.rows + header.columns;
    } else if (header.n == 0) {
        throw ImportError(file.locate(0), "no N= in the DL header; expected the number of organisations (DL N=5)");
    }
    if (header.format != "fullmatrix" && header.format != "edgelist1" && header.format != "nodelist1") {
        throw ImportError(file.locate(0), "FORMAT = " + header.format + "; expected FULLMATRIX, EDGELIST1 or NODELIST1");
    }
    if (header.two_mode && header.format != "fullmatrix") {
        throw ImportError(file.locate(0), "a two-mode DL file (NR, NC) in FORMAT = " + header.format + "; expected FULLMATRIX");
    }
    if (!header.diagonal_present && header.format == "fullmatrix" && header.two_mode) {
        throw ImportError(file.locate(0), "DIAGONAL = ABSENT in a two-mode matrix; expected a one-mode matrix");
    }
    for (const auto& [name, range] : sections.parts) {
        std::vector<Word> labels = words_of(file.text().substr(range.first, range.second - range.first), range.first, file);
        (name == "labels" ? header.labels : name == "row labels" ? header.row_labels : header.column_labels) = std::move(labels);
    }
    return header;
}

class DlData {
public:
    DlData(const TextFile& file, const Header& header, MapBuilder& builder) : file_(file), header_(header), builder_(builder) {
        if (header.two_mode) {
            names_ = labels_or_numbers(header.row_labels, header.rows, "R");
            const auto columns = labels_or_numbers(header.column_labels, header.columns, "C");
            names_.insert(names_.end(), columns.begin(), columns.end());
        } else {
            names_ = labels_or_numbers(header.labels, header.n, "");
        }
    }

    void read(std::size_t data_at) {
        const std::string_view data = file_.text().substr(data_at);
        if (header_.format == "fullmatrix") full_matrix(words_of(data, data_at, file_));
        else lists(data, data_at);
    }

    void build() {
        std::set<std::string> distinct(names_.begin(), names_.end());
        if (distinct.size() != names_.size()) throw ImportError(file_.locate(0), "labels repeat; expected one label per organisation");
        for (std::size_t v = 0; v < names_.size(); ++v) {
            Organisation organisation;
            organisation.id = names_[v];
            if (header_.two_mode) organisation.attributes["mode"] = std::int64_t{v < header_.rows ? 1 : 2};
            builder_.add_organisation(std::move(organisation), file_.locate(0));
        }
        const bool symmetric = !header_.two_mode && is_symmetric(ties_);
        builder_.set_directed(!symmetric && !header_.two_mode);
        builder_.decide(header_.two_mode ? std::string("a two-mode DL matrix: rows and columns are organisations of modes 1 and 2")
                        : symmetric      ? std::string("the DL ties form a symmetric matrix: an undirected map, each tie once")
                                         : std::string("the DL ties form an asymmetric matrix: a directed map"));
        if (header_.matrices > 1) builder_.warn(file_.locate(0), "NM = " + std::to_string(header_.matrices) + " matrices; the first is read");
        for (const MatrixTie& tie : ties_to_add(ties_, symmetric)) {
            Relationship relationship;
            relationship.weight = tie.weight;
            relationship.directed = !symmetric && !header_.two_mode;
            builder_.add_relationship(names_[tie.row], names_[tie.column], std::move(relationship), file_.at_line(tie.line));
        }
    }

private:
    std::vector<std::string> labels_or_numbers(const std::vector<Word>& labels, std::size_t count, const std::string& prefix) const {
        if (!labels.empty() && labels.size() != count) {
            throw ImportError(file_.locate(labels.front().offset), std::to_string(labels.size()) + " labels; expected " + std::to_string(count) + ", one per organisation");
        }
        std::vector<std::string> names;
        for (std::size_t k = 0; k < count; ++k) names.push_back(labels.empty() ? prefix + std::to_string(k + 1) : labels[k].text);
        return names;
    }

    double number(const Word& word) const {
        const auto value = parse_number(word.text);
        if (!value) throw ImportError(file_.locate(word.offset), "'" + word.text + "' is not a number; expected a tie value (0: no tie)");
        return *value;
    }

    void add(std::size_t row, std::size_t column, double weight, std::size_t offset) {
        if (weight == 0) return;
        if (ties_.size() >= limits::kMaxRelationships) throw ImportError(file_.locate(offset), "more ties than the limit of " + std::to_string(limits::kMaxRelationships));
        ties_.push_back({row, column, weight, file_.locate(offset).line});
    }

    // n rows of n values (two-mode: NR rows of NC); with LABELS EMBEDDED a first row of
    // column labels and each row starting with its label.
    void full_matrix(const std::vector<Word>& words) {
        const std::size_t rows = header_.two_mode ? header_.rows : header_.n;
        const std::size_t columns = header_.two_mode ? header_.columns : header_.n;
        std::size_t at = 0;
        if (header_.labels_embedded) {
            if (words.size() < columns) throw ImportError(file_.locate(file_.text().size()), "the data ends before the column labels; expected " + std::to_string(columns));
            for (std::size_t c = 0; c < columns; ++c) names_[header_.two_mode ? header_.rows + c : c] = words[at++].text;
        }
        for (std::size_t r = 0; r < rows; ++r) {
            if (header_.labels_embedded) {
                if (at >= words.size()) break;
                const std::string& label = words[at++].text;
                if (header_.two_mode) names_[r] = label;
                else if (label != names_[r]) {
                    throw ImportError(file_.locate(words[at - 1].offset), "row label '" + label + "'; expected '" + names_[r] + "' as in the column labels");
                }
            }
            for (std::size_t c = 0; c < columns; ++c) {
                if (!header_.diagonal_present && !header_.two_mode && c == r) continue;
                if (at >= words.size()) {
                    throw ImportError(file_.locate(file_.text().size()), "the data ends in row " + std::to_string(r + 1) + "; expected " +
                                                                             std::to_string(rows) + " rows of " + std::to_string(columns) + " values");
                }
                const Word& word = words[at++];
                add(r, header_.two_mode ? header_.rows + c : c, number(word), word.offset);
            }
        }
        if (at < words.size()) {
            // Further matrices (NM > 1) follow; anything else is a mistake.
            if (header_.matrices == 1) throw ImportError(file_.locate(words[at].offset), "more values than a " + std::to_string(rows) + " x " + std::to_string(columns) + " matrix; expected the data to end");
        }
    }

    // An organisation named in the data: its label, or its 1-based number.
    std::size_t vertex(const Word& word) const {
        if (header_.labels_embedded || !header_.labels.empty()) {
            if (const auto found = index_.find(word.text); found != index_.end()) return found->second;
        }
        const auto number = parse_integer(word.text);
        if (!header_.labels_embedded && number && *number >= 1 && static_cast<std::size_t>(*number) <= names_.size()) return static_cast<std::size_t>(*number - 1);
        throw ImportError(file_.locate(word.offset), "'" + word.text + "' is no organisation of this file; expected " +
                                                         (header_.labels.empty() ? "a number from 1 to " + std::to_string(names_.size()) : std::string("one of the labels")));
    }

    std::size_t vertex_or_new(const Word& word) {
        if (header_.labels_embedded && header_.labels.empty()) {
            if (const auto found = index_.find(word.text); found != index_.end()) return found->second;
            if (embedded_count_ >= names_.size()) throw ImportError(file_.locate(word.offset), "more than N = " + std::to_string(names_.size()) + " labels in the data");
            names_[embedded_count_] = word.text;
            index_[word.text] = embedded_count_;
            return embedded_count_++;
        }
        return vertex(word);
    }

    // EDGELIST1: "a b [value]" per line; NODELIST1: "a b c ..." (a tied to each).
    void lists(std::string_view data, std::size_t base) {
        for (std::size_t v = 0; v < names_.size(); ++v) index_[names_[v]] = v;
        if (header_.labels_embedded && header_.labels.empty()) index_.clear();
        LineReader lines(data);
        std::string_view line;
        while (lines.next(line)) {
            const std::vector<Word> words = words_of(line, base + lines.offset(), file_);
            if (words.empty()) continue;
            if (header_.format == "edgelist1") {
                if (words.size() < 2 || words.size() > 3) throw ImportError(file_.locate(words[0].offset), "expected 'from to [value]' on each line of an EDGELIST1");
                const std::size_t from = vertex_or_new(words[0]), to = vertex_or_new(words[1]);
                add(from, to, words.size() == 3 ? number(words[2]) : 1.0, words[0].offset);
            } else {
                const std::size_t from = vertex_or_new(words[0]);
                for (std::size_t k = 1; k < words.size(); ++k) add(from, vertex_or_new(words[k]), 1.0, words[k].offset);
            }
        }
    }

    const TextFile& file_;
    const Header& header_;
    MapBuilder& builder_;
    std::vector<std::string> names_;
    std::map<std::string, std::size_t> index_;
    std::size_t embedded_count_ = 0;
    std::vector<MatrixTie> ties_;
};

}  // namespace

ImportResult read_ucinet_dl(const std::string& path, const ImportOptions& options) {
    const TextFile file = TextFile::read(path, options.encoding);
    MapBuilder builder(path, options);
    if (!file.encoding_note().empty()) builder.warn({path, 0, 0, {}}, file.encoding_note());
    const Sections sections = find_sections(file.text());
    const Header header = read_header(file, sections);
    if (sections.data_at == std::string_view::npos) throw ImportError(file.locate(file.text().size()), "no DATA: section; expected DATA: before the ties");
    DlData data(file, header, builder);
    data.read(sections.data_at);
    data.build();
    return builder.finish();
}

}  // namespace stakemap
