#pragma once
// The classic stakeholder-analysis views, from what the map records:
//  - the power-interest grid (Eden & Ackermann 1998; Mendelow's matrix):
//    influence (the Net-Map field, 0-10) against interest (the attribute
//    `interest`, 0-10), split at the middle of the scale into "manage
//    closely", "keep satisfied", "keep informed" and "monitor";
//  - stakeholder salience (Mitchell, Agle & Wood, Academy of Management
//    Review 22(4), 1997): which of power, legitimacy and urgency an
//    organisation has (attributes `power`, `legitimacy`, `urgency`: yes/no,
//    true/false, 1/0, or a 0-10 score, 5 or more counting as having it;
//    a word it cannot read counts as unknown, not as no)
//    gives one of seven classes - dormant, discretionary, demanding
//    (one attribute), dominant, dangerous, dependent (two), definitive (all
//    three) - or none.
// An organisation missing a value is not placed: it is counted as unknown,
// so the views never claim what the data does not say.

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "graph/stakeholder_map.hpp"

namespace stakemap {

enum class GridQuadrant { manage_closely, keep_satisfied, keep_informed, monitor };
std::string quadrant_in_words(GridQuadrant quadrant);

enum class SalienceClass { none, dormant, discretionary, demanding, dominant, dangerous, dependent, definitive };
std::string salience_in_words(SalienceClass salience);

// The class of a combination of the three attributes.
SalienceClass salience_of(bool power, bool legitimacy, bool urgency);

struct StakeholderViews {
    // The grid: per organisation its quadrant, when both influence and interest are recorded.
    std::vector<std::optional<GridQuadrant>> quadrant;
    std::vector<std::optional<double>> influence, interest;
    std::array<std::vector<std::size_t>, 4> in_quadrant;  // organisations, by GridQuadrant
    std::size_t without_influence = 0, without_interest = 0;
    // Salience: per organisation, when all three attributes are recorded.
    std::vector<std::optional<SalienceClass>> salience;
    std::array<std::vector<std::size_t>, 8> in_class;     // by SalienceClass
    std::size_t without_salience = 0;                      // missing at least one of the three
    // Stance as recorded (Net-Map's goal code), for colouring.
    std::size_t with_stance = 0;

    bool any_on_grid() const {
        for (const auto& members : in_quadrant) {
            if (!members.empty()) return true;
        }
        return false;
    }
    bool any_salience() const { return without_salience < salience.size(); }
};

StakeholderViews stakeholder_views(const StakeholderMap& map);

}  // namespace stakemap
