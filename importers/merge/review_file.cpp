#include "importers/merge/review_file.hpp"

#include "graph/support/text_safety.hpp"

#include <cstdio>

#include "graph/support/atomic_file.hpp"
#include "importers/support/csv_table.hpp"
#include "importers/formats/csv_writer.hpp"
#include "importers/support/field_mapping.hpp"

namespace stakemap {
namespace {

constexpr const char* kColumns[] = {"decision", "score", "evidence", "file_a", "id_a", "name_a", "file_b", "id_b", "name_b"};
constexpr std::size_t kColumnCount = std::size(kColumns);

std::string decision_word(Decision decision) {
    switch (decision) {
        case Decision::same: return "same";
        case Decision::different: return "different";
        case Decision::undecided: break;
    }
    return "";
}

}  // namespace

std::vector<ReviewRow> read_review_file(const std::string& path) {
    const TextFile file = TextFile::read(path);
    CsvTable table = parse_csv(file);
    // Names were written with a leading ' where a spreadsheet would run them as formulas.
    for (CsvRecord& record : table.records) {
        for (std::string& cell : record.fields) {
            if (has_formula_guard(cell)) cell.erase(0, 1);
        }
    }
    if (table.records.empty()) return {};
    const auto& header = table.records.front();
    if (header.fields.size() < kColumnCount || to_lower_ascii(trim(header.fields[0])) != "decision") {
        throw ImportError(file.at_line(header.line),
                          "not a stakemap review file; expected the header decision,score,evidence,file_a,id_a,name_a,file_b,id_b,name_b");
    }
    std::vector<ReviewRow> rows;
    for (std::size_t r = 1; r < table.records.size(); ++r) {
        const CsvRecord& record = table.records[r];
        if (record.fields.size() < kColumnCount) {
            throw ImportError(file.at_line(record.line), std::to_string(record.fields.size()) + " fields; expected " +
                                                             std::to_string(kColumnCount) + " as in the header");
        }
        ReviewRow row;
        const std::string word = to_lower_ascii(trim(record.fields[0]));
        if (word == "same" || word == "yes" || word == "y") row.decision = Decision::same;
        else if (word == "different" || word == "no" || word == "n") row.decision = Decision::different;
        else if (!word.empty()) {
            SourceLocation where = file.at_line(record.line, 1);
            where.field = "decision";
            throw ImportError(where, "'" + record.fields[0] + "'; expected same, different or nothing (undecided)");
        }
        row.score = parse_number(record.fields[1]).value_or(0.0);
        row.evidence = record.fields[2];
        row.file_a = trim(record.fields[3]);
        row.id_a = trim(record.fields[4]);
        row.name_a = record.fields[5];
        row.file_b = trim(record.fields[6]);
        row.id_b = trim(record.fields[7]);
        row.name_b = record.fields[8];
        rows.push_back(std::move(row));
    }
    return rows;
}

void write_review_file(const std::string& path, const std::vector<ReviewRow>& rows) {
    std::string out;
    for (std::size_t c = 0; c < kColumnCount; ++c) out.append(c ? "," : "").append(kColumns[c]);
    out += '\n';
    for (const ReviewRow& row : rows) {
        char score[16];
        std::snprintf(score, sizeof score, "%.2f", row.score);
        const std::string cells[] = {decision_word(row.decision), score, row.evidence, row.file_a, row.id_a,
                                     row.name_a, row.file_b, row.id_b, row.name_b};
        for (std::size_t c = 0; c < kColumnCount; ++c) {
            if (c) out += ',';
            append_csv_cell(out, cells[c]);
        }
        out += '\n';
    }
    write_file_atomically(path, out);
}

AliasTable read_alias_table(const std::string& path) {
    const TextFile file = TextFile::read(path);
    const CsvTable table = parse_csv(file);
    AliasTable aliases;
    for (std::size_t r = 0; r < table.records.size(); ++r) {
        const auto& fields = table.records[r].fields;
        if (r == 0 && !fields.empty()) {
            const std::string first = to_lower_ascii(trim(fields[0]));
            if (first == "name" || first == "alias" || first == "names") continue;
        }
        std::vector<std::string> names;
        for (const auto& field : fields) {
            if (!trim(field).empty()) names.push_back(trim(field));
        }
        if (names.size() >= 2) aliases.add_group(names);
    }
    return aliases;
}

}  // namespace stakemap
