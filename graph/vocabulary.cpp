#include "graph/vocabulary.hpp"

#include <algorithm>
#include <array>

namespace stakemap::vocabulary {
namespace {

constexpr std::array<std::string_view, 11> kTypes = {
    "cso",      "government", "union", "un_agency", "employer", "research",
    "donor",    "survivor_network",   "media", "faith",     "other"};

constexpr std::array<std::string_view, 4> kThemes = {
    "child_labour", "forced_labour", "human_trafficking", "modern_slavery"};

// The last three are Net-Map's: support, command (formal line of authority) and
// the negative tie "obstructs".
constexpr std::array<std::string_view, 10> kRelationshipTypes = {
    "partnership", "funding",  "membership", "coordination", "referral",
    "advocacy",    "information", "support", "command",      "obstructs"};

constexpr std::array<std::string_view, 3> kNegativeRelationshipTypes = {"obstructs", "conflict", "opposes"};

bool contains(std::span<const std::string_view> list, std::string_view value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

std::span<const std::string_view> organisation_types() { return kTypes; }
std::span<const std::string_view> themes() { return kThemes; }
std::span<const std::string_view> relationship_types() { return kRelationshipTypes; }

bool is_known_organisation_type(std::string_view type) { return contains(kTypes, type); }
bool names_another_name(std::string_view field) {
    return field.find("alias") != std::string_view::npos || field.find("acronym") != std::string_view::npos || field == "short_name" ||
           field == "abbreviation";
}
bool is_negative_relationship_type(std::string_view type) { return contains(kNegativeRelationshipTypes, type); }

std::string type_in_words(std::string_view type, bool plural) {
    struct Words {
        std::string_view type, singular, plural;
    };
    static constexpr std::array<Words, 12> kWords = {{
        {"cso", "CSO", "CSOs"},
        {"government", "government body", "government bodies"},
        {"union", "union", "unions"},
        {"un_agency", "UN agency", "UN agencies"},
        {"employer", "employer body", "employer bodies"},
        {"research", "research body", "research bodies"},
        {"donor", "donor", "donors"},
        {"survivor_network", "survivor network", "survivor networks"},
        {"media", "media organisation", "media organisations"},
        {"faith", "faith-based organisation", "faith-based organisations"},
        {"other", "other organisation", "other organisations"},
        {"", "organisation of unspecified type", "organisations of unspecified type"},
    }};
    for (const auto& words : kWords) {
        if (words.type == type) return std::string(plural ? words.plural : words.singular);
    }
    return std::string(type) + (plural ? " organisations" : " organisation");
}

std::string theme_in_words(std::string_view theme) {
    std::string words(theme);
    for (char& c : words) {
        if (c == '_') c = ' ';
    }
    return words;
}
bool is_known_theme(std::string_view theme) { return contains(kThemes, theme); }

}  // namespace stakemap::vocabulary
