#pragma once
// An organisation as a person names it on the command line: by id, by name
// or by acronym ("ilo", "ILO", "International Labour Organization",
// "Organisation internationale du Travail" if that is its name), case-,
// accent- and space-blind. A name that fits several is not guessed at: the
// matches are listed; one that fits none gets the closest names.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "graph/stakeholder_map.hpp"

namespace stakemap {

struct OrganisationLookup {
    std::vector<std::size_t> matches;  // one: found; several: ambiguous; none: see closest
    std::vector<std::size_t> closest;  // when nothing matches: up to 5 names within a few edits
};

OrganisationLookup look_up_organisation(const StakeholderMap& map, std::string_view name);

// The organisation `name` names. Throws std::invalid_argument with the matches
// ("'Ministry of Labour' names 2 organisations: ...; give the id") or the
// closest names ("no organisation 'Mombasa CSO netwrok'; did you mean: ...").
std::size_t require_organisation(const StakeholderMap& map, std::string_view name);

// "label (id)" for messages.
std::string organisation_in_words(const StakeholderMap& map, std::size_t index);

}  // namespace stakemap
