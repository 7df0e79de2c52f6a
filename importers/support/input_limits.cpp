#include "importers/support/input_limits.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace stakemap::limits {
namespace {

std::string in_bytes(std::size_t bytes) { return std::to_string(bytes) + " bytes"; }

void check_text(const std::string& text, const char* what, const SourceLocation& where) {
    if (text.size() <= kMaxTextBytes) return;
    std::string message(what);
    message.append(" of ").append(in_bytes(text.size()))
        .append("; expected at most ").append(in_bytes(kMaxTextBytes)).append(" (limit for one value)");
    throw ImportError(where, message);
}

void check_attributes(const Attributes& attributes, const SourceLocation& where) {
    if (attributes.size() > kMaxAttributes) {
        throw ImportError(where, std::to_string(attributes.size()) + " attributes; expected at most " +
                                     std::to_string(kMaxAttributes) + " on one element");
    }
    for (const auto& [name, value] : attributes) {
        check_text(name, "an attribute name", where);
        if (const auto* text = std::get_if<std::string>(&value)) {
            std::string what("attribute '");
            what.append(name.substr(0, 40)).append("' has a value");
            check_text(*text, what.c_str(), where);
        }
    }
}

}  // namespace

void check_organisation(const Organisation& organisation, const SourceLocation& where) {
    check_text(organisation.id, "an id", where);
    check_text(organisation.label, "a label", where);
    check_text(organisation.type, "a type", where);
    check_text(organisation.country, "a country", where);
    check_text(organisation.region, "a region", where);
    if (organisation.themes.size() > kMaxAttributes) {
        throw ImportError(where, std::to_string(organisation.themes.size()) + " themes; expected at most " +
                                     std::to_string(kMaxAttributes));
    }
    for (const auto& theme : organisation.themes) check_text(theme, "a theme", where);
    check_attributes(organisation.attributes, where);
}

void check_relationship(const Relationship& relationship, const SourceLocation& where) {
    check_text(relationship.type, "a relationship type", where);
    check_attributes(relationship.attributes, where);
}

void check_text_of_id(const std::string& id, const SourceLocation& where) { check_text(id, "an id", where); }

std::string read_file_bytes(const std::string& path) {
    check_file_size(path);
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ImportError({path, 0, 0, {}}, "cannot open the file for reading");
    std::string bytes;
    std::error_code error;
    const auto claimed = std::filesystem::file_size(path, error);  // a hint only: the loop reads what is there
    if (!error) bytes.reserve(static_cast<std::size_t>(std::min<std::uintmax_t>(claimed, kMaxFileBytes)) + 1);
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > kMaxFileBytes) throw ImportError({path, 0, 0, {}}, "more than 1 GiB; expected at most 1 GiB for this format");
    }
    if (in.bad()) throw ImportError({path, 0, 0, {}}, "read error");
    return bytes;
}

void check_xml_attribute_counts(std::string_view xml, const std::string& path) {
    std::size_t line = 1, attributes = 0, tag_line = 0;
    bool in_tag = false;
    char quote = 0;
    for (const char c : xml) {
        if (c == '\n') ++line;
        if (quote) {
            if (c == quote) quote = 0;
            continue;
        }
        if (!in_tag) {
            if (c == '<') {
                in_tag = true;
                attributes = 0;
                tag_line = line;
            }
            continue;
        }
        if (c == '"' || c == '\'') quote = c;
        else if (c == '=' && ++attributes > kMaxAttributes) {
            throw ImportError({path, tag_line, 0, {}}, "an element with more than " + std::to_string(kMaxAttributes) +
                                                           " attributes; expected fewer");
        } else if (c == '>') {
            in_tag = false;
        }
    }
}

void check_file_size(const std::string& path) {
    std::error_code error;
    // A pipe, a device (/dev/zero) or a socket has no size to check and may never end.
    const auto status = std::filesystem::status(path, error);
    if (!error && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
        throw ImportError({path, 0, 0, {}}, std::filesystem::is_directory(status) ? "is a folder; expected a map file"
                                                                                  : "is not a regular file (a pipe or a device?); expected a map file");
    }
    const auto size = std::filesystem::file_size(path, error);
    if (error || size <= kMaxFileBytes) return;  // unreadable files are reported by the reader itself
    throw ImportError({path, 0, 0, {}}, "file of " + in_bytes(static_cast<std::size_t>(size)) +
                                            "; expected at most 1 GiB for this format (plain edge lists "
                                            "source,target[,weight] have no such limit)");
}

}  // namespace stakemap::limits
