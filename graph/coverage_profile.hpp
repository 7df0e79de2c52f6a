#pragma once
// An expected-coverage profile: which kinds of organisation a national
// response needs on each theme (and in each region). Plain data; read from a
// JSON file by importers/profile_reader.hpp, checked by analysis/coverage.hpp.

#include <cstddef>
#include <map>
#include <string>

namespace stakemap {

struct CoverageProfile {
    std::string name;
    std::string description;
    // theme -> organisation type -> minimum number of organisations. The theme
    // "*" stands for every known theme not listed on its own.
    std::map<std::string, std::map<std::string, std::size_t>> themes;
    // region -> type -> minimum; "*" stands for every region the map has.
    std::map<std::string, std::map<std::string, std::size_t>> regions;

    // The default SDG 8.7 profile: on every theme at least one government body,
    // CSO, union, UN agency and employer body; in every region at least one
    // government body and one CSO.
    static CoverageProfile sdg87_default();
};

inline CoverageProfile CoverageProfile::sdg87_default() {
    CoverageProfile profile;
    profile.name = "SDG 8.7 default";
    profile.description =
        "On every theme at least one government body, CSO, union, UN agency and employer body; "
        "in every region at least one government body and one CSO.";
    profile.themes["*"] = {{"government", 1}, {"cso", 1}, {"union", 1}, {"un_agency", 1}, {"employer", 1}};
    profile.regions["*"] = {{"government", 1}, {"cso", 1}};
    return profile;
}

}  // namespace stakemap
