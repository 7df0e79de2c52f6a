#include "importers/formats/workbook_reader.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>

#include <libxml/xmlreader.h>

#include "importers/formats.hpp"
#include "importers/support/field_mapping.hpp"
#include "importers/support/input_limits.hpp"
#include "importers/support/map_builder.hpp"
#include "importers/support/table_import.hpp"
#include "importers/support/vocabulary_mapping.hpp"
#include "importers/support/zip_archive.hpp"

namespace stakemap {
namespace {

constexpr std::size_t kMaxPartBytes = std::size_t{256} << 20;  // one sheet's XML, uncompressed
constexpr std::size_t kMaxCells = 20'000'000;                   // cells kept, over the whole workbook
constexpr std::size_t kMaxColumns = 16'384;                     // Excel's own limit

// A streaming XML reader over one part of the workbook that refuses DTDs (no entity tricks).
class PartReader {
public:
    PartReader(const std::string& file, const std::string& part, const std::string& bytes)
        : file_((limits::check_xml_attribute_counts(bytes, file + " (" + part + ")"), file)), part_(part),
          reader_(xmlReaderForMemory(bytes.data(), static_cast<int>(bytes.size()), part.c_str(), nullptr,
                                     XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)) {
        if (!reader_) throw ImportError({file, 0, 0, part}, "cannot read this part of the workbook");
    }
    ~PartReader() { xmlFreeTextReader(reader_); }
    PartReader(const PartReader&) = delete;
    PartReader& operator=(const PartReader&) = delete;

    // Moves to the next node; false at the end.
    bool next() {
        const int status = xmlTextReaderRead(reader_);
        if (status < 0) {
            const xmlError* error = xmlGetLastError();
            throw ImportError({file_, 0, 0, part_}, std::string("malformed XML in the workbook: ") + (error && error->message ? error->message : "parse error"));
        }
        if (status == 1 && xmlTextReaderNodeType(reader_) == XML_READER_TYPE_DOCUMENT_TYPE) {
            throw ImportError({file_, 0, 0, part_}, "the workbook declares a DTD, which stakemap refuses for safety");
        }
        return status == 1;
    }
    bool start(const char* local_name) const { return type() == XML_READER_TYPE_ELEMENT && named(local_name); }
    bool end(const char* local_name) const { return type() == XML_READER_TYPE_END_ELEMENT && named(local_name); }
    bool empty_element() const { return xmlTextReaderIsEmptyElement(reader_) == 1; }
    bool text() const { return type() == XML_READER_TYPE_TEXT || type() == XML_READER_TYPE_SIGNIFICANT_WHITESPACE || type() == XML_READER_TYPE_CDATA; }
    std::string value() const {
        const xmlChar* v = xmlTextReaderConstValue(reader_);
        return v ? reinterpret_cast<const char*>(v) : "";
    }
    std::string attribute(const char* name) const {
        xmlChar* v = xmlTextReaderGetAttribute(reader_, reinterpret_cast<const xmlChar*>(name));
        if (!v) return "";
        std::string text = reinterpret_cast<const char*>(v);
        xmlFree(v);
        return text;
    }
    int depth() const { return xmlTextReaderDepth(reader_); }

private:
    int type() const { return xmlTextReaderNodeType(reader_); }
    bool named(const char* local_name) const {
        const xmlChar* name = xmlTextReaderConstLocalName(reader_);
        return name && std::strcmp(reinterpret_cast<const char*>(name), local_name) == 0;
    }

    std::string file_, part_;
    xmlTextReaderPtr reader_;
};

// Cells gathered row by row, blank rows and trailing blank cells dropped.
class SheetBuilder {
public:
    SheetBuilder(std::string file, std::string sheet, std::size_t& cells_so_far) : cells_so_far_(cells_so_far) {
        table_.file = std::move(file);
        table_.sheet = std::move(sheet);
    }
    void set(std::size_t row, std::size_t column, std::string value) {
        if (trim(value).empty()) return;
        if (column >= kMaxColumns) {
            throw ImportError({table_.file, 0, 0, "sheet '" + table_.sheet + "' row " + std::to_string(row)},
                              "a value beyond column " + column_letters(kMaxColumns - 1) + "; expected a smaller sheet");
        }
        if (++cells_so_far_ > kMaxCells) {
            throw ImportError({table_.file, 0, 0, "sheet '" + table_.sheet + "'"},
                              "more than " + std::to_string(kMaxCells) + " cells; expected a smaller workbook");
        }
        auto& cells = rows_[row];
        if (cells.size() <= column) cells.resize(column + 1);
        cells[column] = std::move(value);
    }
    Table finish() {
        for (auto& [number, cells] : rows_) table_.rows.push_back({number, std::move(cells)});
        return std::move(table_);
    }

private:
    Table table_;
    std::map<std::size_t, std::vector<std::string>> rows_;
    std::size_t& cells_so_far_;
};

// ---- Office Open XML (.xlsx)

// "BC12" -> column 54 (0-based), row 12.
std::pair<std::size_t, std::size_t> cell_reference(const std::string& reference) {
    std::size_t column = 0, i = 0;
    for (; i < reference.size() && std::isalpha(static_cast<unsigned char>(reference[i])); ++i) {
        column = column * 26 + static_cast<std::size_t>(std::toupper(static_cast<unsigned char>(reference[i])) - 'A' + 1);
        if (column > kMaxColumns + 1) break;
    }
    const std::size_t row = static_cast<std::size_t>(std::strtoull(reference.c_str() + i, nullptr, 10));
    return {column == 0 ? 0 : column - 1, row};
}

// OOXML writes characters XML cannot hold as _xHHHH_ (ECMA-376 Part 1, 22.9.2.19
// ST_Xstring), and a literal "_x" as _x005F_x; Excel and libxlsxwriter do so.
bool hex_digits(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; });
}

void append_utf8(std::string& out, std::uint32_t code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

std::string decode_ooxml_escapes(const std::string& text) {
    if (text.find("_x") == std::string::npos) return text;
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        if (text.compare(i, 2, "_x") == 0 && i + 7 <= text.size() && text[i + 6] == '_' && hex_digits(std::string_view(text).substr(i + 2, 4))) {
            const auto code = static_cast<std::uint32_t>(std::strtoul(text.substr(i + 2, 4).c_str(), nullptr, 16));
            if (code < 0xD800 || code > 0xDFFF) {  // a lone surrogate is no character: kept as written
                append_utf8(out, code);
                i += 7;
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

std::vector<std::string> shared_strings(const ZipArchive& zip, const std::string& path) {
    std::vector<std::string> strings;
    const auto bytes = zip.read("xl/sharedStrings.xml", kMaxPartBytes);
    if (!bytes) return strings;
    PartReader reader(path, "xl/sharedStrings.xml", *bytes);
    bool in_phonetic = false, in_text = false;
    while (reader.next()) {
        if (reader.start("si")) strings.emplace_back();
        else if (reader.start("rPh")) in_phonetic = !reader.empty_element();  // pronunciation guides are not the text
        else if (reader.end("rPh")) in_phonetic = false;
        else if (reader.start("t")) in_text = !reader.empty_element();
        else if (reader.end("t")) in_text = false;
        else if (reader.text() && in_text && !in_phonetic && !strings.empty()) strings.back() += reader.value();
    }
    for (auto& text : strings) text = decode_ooxml_escapes(text);
    return strings;
}

// Sheet names and the parts that hold them, in the workbook's order.
std::vector<std::pair<std::string, std::string>> xlsx_sheets(const ZipArchive& zip, const std::string& path) {
    std::map<std::string, std::string> target_of;
    if (const auto rels = zip.read("xl/_rels/workbook.xml.rels", kMaxPartBytes)) {
        PartReader reader(path, "xl/_rels/workbook.xml.rels", *rels);
        while (reader.next()) {
            if (!reader.start("Relationship")) continue;
            std::string target = reader.attribute("Target");
            if (target.starts_with("/")) target = target.substr(1);
            else target = "xl/" + target;
            target_of[reader.attribute("Id")] = target;
        }
    }
    const auto workbook = zip.read("xl/workbook.xml", kMaxPartBytes);
    if (!workbook) throw ImportError({path, 0, 0, {}}, "no xl/workbook.xml; expected an Excel workbook");
    std::vector<std::pair<std::string, std::string>> sheets;
    PartReader reader(path, "xl/workbook.xml", *workbook);
    while (reader.next()) {
        if (!reader.start("sheet")) continue;
        const std::string id = reader.attribute("r:id");
        const auto target = target_of.find(id);
        sheets.emplace_back(reader.attribute("name"), target == target_of.end() ? "" : target->second);
    }
    return sheets;
}

Table xlsx_sheet(const ZipArchive& zip, const std::string& path, const std::string& name, const std::string& part,
                 const std::vector<std::string>& strings, std::size_t& cells) {
    SheetBuilder sheet(path, name, cells);
    const auto bytes = part.empty() ? std::nullopt : zip.read(part, kMaxPartBytes);
    if (!bytes) throw ImportError({path, 0, 0, "sheet '" + name + "'"}, "the sheet's data is missing from the workbook");
    PartReader reader(path, part, *bytes);
    std::size_t row = 0, next_column = 0;
    std::string type, value, reference;
    bool in_cell = false, in_value = false, in_inline = false;
    while (reader.next()) {
        if (reader.start("row")) {
            const std::string r = reader.attribute("r");
            row = r.empty() ? row + 1 : static_cast<std::size_t>(std::strtoull(r.c_str(), nullptr, 10));
            next_column = 0;
        } else if (reader.start("c")) {
            type = reader.attribute("t");
            reference = reader.attribute("r");
            value.clear();
            in_cell = !reader.empty_element();
            if (!in_cell) ++next_column;
        } else if (reader.end("c")) {
            const std::size_t column = reference.empty() ? next_column : cell_reference(reference).first;
            next_column = column + 1;
            in_cell = false;
            std::string cell = value;
            if (type == "s") {
                const std::size_t index = static_cast<std::size_t>(std::strtoull(value.c_str(), nullptr, 10));
                cell = index < strings.size() ? strings[index] : "";
            } else if (type == "b") {
                cell = value == "1" ? "true" : "false";
            } else if (type == "e") {
                cell.clear();  // #N/A, #REF!: no value
            } else if (type == "inlineStr" || type == "str") {
                cell = decode_ooxml_escapes(cell);
            }
            sheet.set(row, column, std::move(cell));
        } else if (in_cell && (reader.start("v") || (in_inline && reader.start("t")))) {
            in_value = !reader.empty_element();
        } else if (in_cell && reader.start("is")) {
            in_inline = true;
        } else if (reader.end("v") || reader.end("t")) {
            in_value = false;
        } else if (reader.end("is")) {
            in_inline = false;
        } else if (in_cell && in_value && reader.text()) {
            value += reader.value();
        }
    }
    return sheet.finish();
}

std::vector<Table> xlsx_tables(const ZipArchive& zip, const std::string& path) {
    const std::vector<std::string> strings = shared_strings(zip, path);
    std::vector<Table> tables;
    std::size_t cells = 0;
    for (const auto& [name, part] : xlsx_sheets(zip, path)) tables.push_back(xlsx_sheet(zip, path, name, part, strings, cells));
    return tables;
}

// ---- OpenDocument (.ods)

std::size_t repeated(const PartReader& reader, const char* attribute) {
    const std::string text = reader.attribute(attribute);
    return text.empty() ? 1 : std::max<std::size_t>(1, static_cast<std::size_t>(std::strtoull(text.c_str(), nullptr, 10)));
}

std::vector<Table> ods_tables(const ZipArchive& zip, const std::string& path) {
    const auto bytes = zip.read("content.xml", kMaxPartBytes);
    if (!bytes) throw ImportError({path, 0, 0, {}}, "no content.xml; expected an OpenDocument spreadsheet");
    PartReader reader(path, "content.xml", *bytes);
    std::vector<Table> tables;
    std::unique_ptr<SheetBuilder> sheet;
    std::size_t cells = 0, row = 0, column = 0, row_repeat = 1, cell_repeat = 1;
    std::string value, typed_value;
    bool in_cell = false, in_paragraph = false, paragraph_seen = false;
    while (reader.next()) {
        if (reader.start("table") && !reader.empty_element()) {
            sheet = std::make_unique<SheetBuilder>(path, reader.attribute("table:name"), cells);
            row = 0;
        } else if (reader.end("table") && sheet) {
            tables.push_back(sheet->finish());
            sheet.reset();
        } else if (reader.start("table-row")) {
            row_repeat = repeated(reader, "table:number-rows-repeated");
            ++row;
            column = 0;
            if (reader.empty_element()) row += row_repeat - 1;
        } else if (reader.end("table-row")) {
            row += row_repeat - 1;  // repeated rows are blank in practice (trailing filler); their number counts
        } else if (reader.start("table-cell") || reader.start("covered-table-cell")) {
            cell_repeat = repeated(reader, "table:number-columns-repeated");
            const std::string type = reader.attribute("office:value-type");
            typed_value = type == "float" || type == "percentage" || type == "currency" ? reader.attribute("office:value")
                          : type == "boolean" ? reader.attribute("office:boolean-value")
                          : type == "date" ? reader.attribute("office:date-value")
                                           : "";
            value.clear();
            paragraph_seen = false;
            in_cell = !reader.empty_element();
            if (!in_cell) {
                if (!typed_value.empty() && sheet) {
                    for (std::size_t k = 0; k < cell_repeat; ++k) sheet->set(row, column + k, typed_value);
                }
                column += cell_repeat;
            }
        } else if (in_cell && (reader.end("table-cell") || reader.end("covered-table-cell"))) {
            const std::string cell = typed_value.empty() ? value : typed_value;
            if (sheet && !trim(cell).empty()) {
                if (cell_repeat > kMaxColumns) cell_repeat = kMaxColumns;
                for (std::size_t k = 0; k < cell_repeat; ++k) sheet->set(row, column + k, cell);
            }
            column += cell_repeat;
            in_cell = false;
        } else if (in_cell && reader.start("p")) {
            if (paragraph_seen) value += "\n";
            paragraph_seen = true;
            in_paragraph = !reader.empty_element();
        } else if (reader.end("p")) {
            in_paragraph = false;
        } else if (in_paragraph && reader.start("s")) {
            value.append(repeated(reader, "text:c"), ' ');
        } else if (in_paragraph && reader.start("tab")) {
            value += '\t';
        } else if (in_paragraph && reader.text()) {
            value += reader.value();
        }
    }
    return tables;
}

// ---- which sheet holds what

bool ignored(const std::string& sheet) { return VocabularyMapping::key(sheet).find("ignore") != std::string::npos; }

std::optional<TableKind> kind_by_name(const std::string& sheet) {
    static const std::vector<std::string> organisation_names = {
        "organisations", "organizations", "organisation", "organization", "elements", "element", "nodes", "node", "actors", "actor",
        "stakeholders", "stakeholder", "members", "acteurs", "acteur", "noeuds", "organismes", "entites", "organizaciones",
        "organizacion", "actores", "nodos", "entidades", "organizacoes", "organizacao", "atores", "nos", "partes interessadas"};
    static const std::vector<std::string> tie_names = {
        "relationships", "relationship", "connections", "connection", "edges", "edge", "ties", "tie", "links", "link", "relations",
        "liens", "lien", "aretes", "partenariats", "relaciones", "vinculos", "enlaces", "aristas", "relacoes", "ligacoes", "arestas",
        "parcerias"};
    const std::string key = VocabularyMapping::key(sheet);
    if (std::find(organisation_names.begin(), organisation_names.end(), key) != organisation_names.end()) return TableKind::organisations;
    if (std::find(tie_names.begin(), tie_names.end(), key) != tie_names.end()) return TableKind::relationships;
    return std::nullopt;
}

}  // namespace

std::vector<Table> read_workbook_tables(const std::string& path) {
    const ZipArchive zip(path);
    if (zip.contains("xl/workbook.xml")) return xlsx_tables(zip, path);
    if (zip.contains("content.xml")) return ods_tables(zip, path);
    throw ImportError({path, 0, 0, {}}, "neither an Excel (.xlsx) nor an OpenDocument (.ods) spreadsheet");
}

ImportResult read_workbook(const std::string& path, const ImportOptions& options) {
    const std::vector<Table> tables = read_workbook_tables(path);
    std::vector<const Table*> organisations, ties;
    std::vector<std::string> decisions;
    for (const Table& table : tables) {
        if (table.rows.empty()) continue;
        if (ignored(table.sheet)) {
            decisions.push_back(path + ": sheet '" + table.sheet + "' skipped (its name says ignore)");
            continue;
        }
        const auto by_name = kind_by_name(table.sheet);
        const auto kind = by_name ? by_name : kind_of_table(table);
        if (!kind) {
            decisions.push_back(path + ": sheet '" + table.sheet + "' skipped (its name and header say neither organisations nor ties)");
            continue;
        }
        (*kind == TableKind::organisations ? organisations : ties).push_back(&table);
        decisions.push_back(path + ": sheet '" + table.sheet + "' read as " + (*kind == TableKind::organisations ? "organisations" : "ties") +
                            (by_name ? " (its name)" : " (its header)"));
    }
    if (organisations.empty() && ties.empty()) {
        throw ImportError({path, 0, 0, {}}, "no sheet of organisations or ties; expected sheets named e.g. Organisations and Relationships "
                                            "(or Elements and Connections), or headers naming the columns");
    }
    MapBuilder builder(path, options, /*edges_declare_nodes=*/organisations.empty());
    for (auto& decision : decisions) builder.decide(std::move(decision));
    for (const Table* table : organisations) import_organisations(*table, builder, options);
    bool directed = false;
    for (const Table* table : ties) directed = import_ties(*table, builder, options) || directed;
    builder.set_directed(directed);
    return builder.finish();
}

}  // namespace stakemap
