#pragma once
// Ids made from names, so nobody has to invent one: "Ministère du Travail"
// becomes "ministere-du-travail" (lower case, accents folded, anything but
// letters and digits a single '-'; letters of other scripts kept), made
// unique in the map with "-2", "-3", ...

#include <string>

#include "graph/stakeholder_map.hpp"

namespace stakemap {

std::string id_from_name(const std::string& name);
// id_from_name, made unique in `map`.
std::string unused_id_from_name(const StakeholderMap& map, const std::string& name);

}  // namespace stakemap
