#pragma once
// An organisation: one node of a stakeholder map.

#include <optional>
#include <string>
#include <vector>

#include "graph/attribute_value.hpp"
#include "graph/provenance.hpp"
#include "graph/support/rare_field.hpp"

namespace stakemap {

struct Position {
    double x = 0.0;
    double y = 0.0;
};

struct Organisation {
    std::string id;       // stable, unique within a map
    std::string label;    // display name; equals id when a file gives none
    std::string type;     // see vocabulary.hpp; unknown values are kept as written
    std::string country;
    std::string region;
    std::vector<std::string> themes;
    Attributes attributes;             // everything else the source file said
    std::optional<Position> position;  // layout saved with the map, if any
    // Net-Map interview fields: perceived influence (0 = none .. 10 = decisive)
    // and the respondent's code for the organisation's goals or stance.
    std::optional<double> influence;
    std::string stance;
    RareField<Provenance> provenance;  // filled by stakemap merge
};

}  // namespace stakemap
