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

constexpr std::array<std::string_view, 7> kRelationshipTypes = {
    "partnership", "funding",  "membership", "coordination",
    "referral",    "advocacy", "information"};

bool contains(std::span<const std::string_view> list, std::string_view value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

std::span<const std::string_view> organisation_types() { return kTypes; }
std::span<const std::string_view> themes() { return kThemes; }
std::span<const std::string_view> relationship_types() { return kRelationshipTypes; }

bool is_known_organisation_type(std::string_view type) { return contains(kTypes, type); }
bool is_known_theme(std::string_view theme) { return contains(kThemes, theme); }

}  // namespace stakemap::vocabulary
