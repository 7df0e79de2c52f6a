#include "importers/support/input_limits.hpp"

#include <filesystem>
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

void check_file_size(const std::string& path) {
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    if (error || size <= kMaxFileBytes) return;  // unreadable files are reported by the reader itself
    throw ImportError({path, 0, 0, {}}, "file of " + in_bytes(static_cast<std::size_t>(size)) +
                                            "; expected at most 1 GiB for this format (plain edge lists "
                                            "source,target[,weight] have no such limit)");
}

}  // namespace stakemap::limits
