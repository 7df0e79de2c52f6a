#pragma once
// A relationship: one edge of a stakeholder map. Its endpoints are the edge's vertices.

#include <string>

#include "graph/attribute_value.hpp"
#include "graph/provenance.hpp"
#include "graph/support/rare_field.hpp"

namespace stakemap {

struct Relationship {
    std::string type;      // partnership, funding, membership, ... (free text kept)
    double weight = 1.0;   // strength of the tie; larger means stronger
    bool directed = false; // as the source file declared it; the map decides how analysis reads it
    Attributes attributes; // e.g. source_doc, since
    RareField<Provenance> provenance; // filled by stakemap merge: each source (respondent) that named this tie
};

}  // namespace stakemap
