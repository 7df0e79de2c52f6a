#include "importers/formats/gml_reader.hpp"

#include <cctype>
#include <memory>
#include <unordered_map>
#include <variant>

#include "importers/support/field_mapping.hpp"
#include "importers/support/input_limits.hpp"
#include "importers/support/map_builder.hpp"
#include "importers/support/text_file.hpp"

namespace stakemap {
namespace {

constexpr int kMaxNesting = limits::kMaxNesting;  // deeper lists are refused rather than risking the stack

struct GmlEntry;
using GmlList = std::vector<GmlEntry>;

struct GmlValue {
    std::variant<std::int64_t, double, std::string, GmlList> data;
    std::size_t offset = 0;
};

struct GmlEntry {
    std::string key;
    GmlValue value;
};

// Decodes the character references NetworkX and others write inside GML strings.
std::string decode_references(std::string_view raw) {
    std::string out;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '&') {
            const auto end = raw.find(';', i);
            if (end != std::string_view::npos && end - i <= 10) {
                const std::string_view name = raw.substr(i + 1, end - i - 1);
                unsigned long code = 0;
                bool known = true;
                if (name == "amp") code = '&';
                else if (name == "quot") code = '"';
                else if (name == "lt") code = '<';
                else if (name == "gt") code = '>';
                else if (name == "apos") code = '\'';
                else if (name.size() > 1 && name[0] == '#') {
                    const bool hex = name[1] == 'x' || name[1] == 'X';
                    const std::string digits(name.substr(hex ? 2 : 1));
                    char* stop = nullptr;
                    code = std::strtoul(digits.c_str(), &stop, hex ? 16 : 10);
                    known = !digits.empty() && *stop == '\0' && code > 0 && code <= 0x10FFFF &&
                            !(code >= 0xD800 && code <= 0xDFFF);
                } else {
                    known = false;
                }
                if (known) {
                    append_utf8(out, code);
                    i = end;
                    continue;
                }
            }
        }
        out += raw[i];
    }
    return out;
}

bool is_special_number(std::string_view token) {
    if (!token.empty() && (token.front() == '+' || token.front() == '-')) token.remove_prefix(1);
    const std::string lower = to_lower_ascii(std::string(token));
    return lower == "inf" || lower == "infinity" || lower == "nan";
}

// A word as GML keys are written: a letter, then letters, digits or underscores.
bool is_bare_word(std::string_view token) {
    if (token.empty() || !std::isalpha(static_cast<unsigned char>(token.front()))) return false;
    for (const char c : token) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
    }
    return true;
}

class GmlParser {
public:
    explicit GmlParser(const TextFile& file) : file_(file), text_(file.text()) {}

    GmlList parse_document() {
        GmlList entries = parse_entries(0);
        skip_space();
        if (pos_ < text_.size()) fail(pos_, "unexpected ']'; expected a key");
        return entries;
    }

private:
    [[noreturn]] void fail(std::size_t offset, const std::string& message) const {
        throw ImportError(file_.locate(offset), message);
    }

    void skip_space() {
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (c == '#') {
                while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
            } else if (std::isspace(static_cast<unsigned char>(c))) {
                ++pos_;
            } else {
                break;
            }
        }
    }

    GmlList parse_entries(int depth) {
        GmlList entries;
        while (true) {
            skip_space();
            if (pos_ >= text_.size() || text_[pos_] == ']') return entries;
            const std::size_t key_start = pos_;
            while (pos_ < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '_')) ++pos_;
            if (pos_ == key_start || !std::isalpha(static_cast<unsigned char>(text_[key_start])) ) {
                fail(key_start, "unexpected '" + std::string(1, text_[key_start]) + "'; expected a key (a name such as node, edge, id)");
            }
            GmlEntry entry;
            entry.key = std::string(text_.substr(key_start, pos_ - key_start));
            entry.value = parse_value(depth, entry.key);
            entries.push_back(std::move(entry));
        }
    }

    GmlValue parse_value(int depth, const std::string& key) {
        skip_space();
        GmlValue value;
        value.offset = pos_;
        if (pos_ >= text_.size()) fail(pos_ == 0 ? 0 : pos_ - 1, "end of file after key '" + key + "'; expected a value");
        const char c = text_[pos_];
        if (c == '[') {
            if (depth + 1 > kMaxNesting) fail(pos_, "lists nested too deeply (limit " + std::to_string(kMaxNesting) + ")");
            ++pos_;
            value.data = parse_entries(depth + 1);
            if (pos_ >= text_.size()) fail(value.offset, "unclosed '[' for '" + key + "'; expected a matching ']'");
            ++pos_;
        } else if (c == '"') {
            const auto end = text_.find('"', pos_ + 1);
            if (end == std::string_view::npos) fail(pos_, "unterminated string; expected a closing \"");
            value.data = decode_references(text_.substr(pos_ + 1, end - pos_ - 1));
            pos_ = end + 1;
        } else {
            const std::size_t start = pos_;
            while (pos_ < text_.size() && !std::isspace(static_cast<unsigned char>(text_[pos_])) && text_[pos_] != ']' &&
                   text_[pos_] != '[')
                ++pos_;
            const std::string token(text_.substr(start, pos_ - start));
            if (const auto integer = parse_integer(token)) value.data = *integer;
            else if (const auto real = parse_number(token)) value.data = *real;
            else if (is_special_number(token)) value.data = token;  // INF, -Inf, NaN as written (igraph writes -Inf)
            else if (is_bare_word(token)) value.data = token;     // an unquoted string: id A (NetworkX and igraph read it)
            else fail(start, "'" + token + "' is not a value; expected a number, a \"string\" or a [list] for '" + key + "'");
        }
        return value;
    }

    const TextFile& file_;
    std::string_view text_;
    std::size_t pos_ = 0;
};

std::string id_of(const GmlValue& value, const TextFile& file, const char* what) {
    if (const auto* integer = std::get_if<std::int64_t>(&value.data)) return std::to_string(*integer);
    if (const auto* text = std::get_if<std::string>(&value.data)) return *text;
    throw ImportError(file.locate(value.offset), std::string("expected an integer or string ") + what);
}

AttributeValue attribute_of(const GmlValue& value) {
    if (const auto* integer = std::get_if<std::int64_t>(&value.data)) return *integer;
    if (const auto* real = std::get_if<double>(&value.data)) return *real;
    if (const auto* text = std::get_if<std::string>(&value.data)) return *text;
    return std::string("[list]");
}

const GmlEntry* find_key(const GmlList& list, std::string_view key) {
    for (const auto& entry : list) {
        if (entry.key == key) return &entry;
    }
    return nullptr;
}

// A key that must appear once (a node's id, an edge's source and target): a second one is an error,
// not a choice between them.
const GmlEntry* find_once(const GmlList& list, std::string_view key, const TextFile& file, const char* element) {
    const GmlEntry* first = nullptr;
    for (const auto& entry : list) {
        if (entry.key != key) continue;
        if (first) {
            throw ImportError(file.locate(entry.value.offset), std::string("a second '") + std::string(key) + "' in one " + element +
                                                                   "; expected one (write two " + element + "s for two)");
        }
        first = &entry;
    }
    return first;
}

std::optional<double> number_of(const GmlValue& value) {
    if (const auto* integer = std::get_if<std::int64_t>(&value.data)) return static_cast<double>(*integer);
    if (const auto* real = std::get_if<double>(&value.data)) return *real;
    return std::nullopt;
}

}  // namespace

ImportResult read_gml(const std::string& path, const ImportOptions& options) {
    const TextFile file = TextFile::read(path, options.encoding);
    const GmlList document = GmlParser(file).parse_document();
    const GmlEntry* graph = find_key(document, "graph");
    if (graph == nullptr || !std::holds_alternative<GmlList>(graph->value.data)) {
        throw ImportError(file.locate(0), "no 'graph [ ... ]' block; expected a GML graph");
    }
    MapBuilder builder(path, options);
    if (!file.encoding_note().empty()) builder.warn({path, 0, 0, {}}, file.encoding_note());
    // GML ids are numbers; stakemap's own GML files carry the real id in stakemap_id.
    std::unordered_map<std::string, std::string> identity;
    auto resolve = [&](const std::string& gml_id) {
        const auto found = identity.find(gml_id);
        return found == identity.end() ? gml_id : found->second;
    };
    for (const GmlEntry& entry : std::get<GmlList>(graph->value.data)) {
        const SourceLocation where = file.locate(entry.value.offset);
        const auto* list = std::get_if<GmlList>(&entry.value.data);
        if (entry.key == "directed") {
            builder.set_directed(number_of(entry.value).value_or(0) != 0);
        } else if (entry.key == "node") {
            if (!list) throw ImportError(where, "expected 'node [ ... ]'");
            const GmlEntry* id = find_once(*list, "id", file, "node");
            if (!id) throw ImportError(where, "node without 'id'; expected id <integer>");
            Organisation organisation;
            const std::string gml_id = id_of(id->value, file, "node id");
            organisation.id = gml_id;
            if (const GmlEntry* own = find_key(*list, "stakemap_id"); own && std::holds_alternative<std::string>(own->value.data)) {
                organisation.id = std::get<std::string>(own->value.data);
            }
            identity[gml_id] = organisation.id;
            for (const GmlEntry& field : *list) {
                if (field.key == "id" || field.key == "stakemap_id") continue;
                if (field.key == "graphics") {
                    if (const auto* graphics = std::get_if<GmlList>(&field.value.data)) {
                        const GmlEntry* x = find_key(*graphics, "x");
                        const GmlEntry* y = find_key(*graphics, "y");
                        if (x && y && number_of(x->value) && number_of(y->value)) {
                            organisation.position = Position{*number_of(x->value), *number_of(y->value)};
                        }
                    }
                    continue;
                }
                assign_organisation_field(organisation, field.key, attribute_of(field.value));
            }
            builder.add_organisation(std::move(organisation), where);
        } else if (entry.key == "edge") {
            if (!list) throw ImportError(where, "expected 'edge [ ... ]'");
            const GmlEntry* source = find_once(*list, "source", file, "edge");
            const GmlEntry* target = find_once(*list, "target", file, "edge");
            if (!source || !target) throw ImportError(where, "edge without source or target; expected both");
            Relationship relationship;
            for (const GmlEntry& field : *list) {
                if (field.key == "source" || field.key == "target" || field.key == "graphics") continue;
                if (field.key == "weight" && !number_of(field.value)) {
                    const auto* text = std::get_if<std::string>(&field.value.data);
                    throw ImportError(file.locate(field.value.offset), text && is_special_number(*text)
                                                                           ? "'" + *text + "' as a weight; expected a finite number"
                                                                           : std::string("expected a number for the weight"));
                }
                assign_relationship_field(relationship, field.key, attribute_of(field.value),
                                          file.locate(field.value.offset));
            }
            builder.add_relationship(resolve(id_of(source->value, file, "source")), resolve(id_of(target->value, file, "target")),
                                     std::move(relationship), where);
        } else if (!list && entry.key != "multigraph") {  // multigraph only tells readers to keep repeats, which stakemap does anyway
            builder.metadata()[entry.key] = attribute_of(entry.value);
        }
    }
    return builder.finish();
}

}  // namespace stakemap
