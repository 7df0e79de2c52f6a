#include "analysis/planning/stakeholder_views.hpp"

#include <cmath>
#include <cstdlib>

#include "graph/support/text_fold.hpp"

namespace stakemap {
namespace {

constexpr double kMiddle = 5.0;  // of the 0-10 scales

// A 0-10 score from an attribute: a number, or a number written as text.
std::optional<double> score_of(const Organisation& organisation, const char* field) {
    const auto found = organisation.attributes.find(field);
    if (found == organisation.attributes.end()) return std::nullopt;
    if (const double* number = std::get_if<double>(&found->second)) return std::isfinite(*number) ? std::optional<double>(*number) : std::nullopt;
    const std::string text = to_display_string(found->second);
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (end == text.c_str() || *end != '\0' || !std::isfinite(value)) return std::nullopt;
    return value;
}

// Whether an organisation has the attribute: yes/no words, a flag, or a score of 5 or more.
std::optional<bool> has(const Organisation& organisation, const char* field) {
    const auto found = organisation.attributes.find(field);
    if (found == organisation.attributes.end()) return std::nullopt;
    if (const bool* flag = std::get_if<bool>(&found->second)) return *flag;
    if (const auto score = score_of(organisation, field)) return *score >= kMiddle || (*score == 1.0);
    const std::string word = fold_case_and_accents(to_display_string(found->second));
    if (word == "yes" || word == "true" || word == "high" || word == "si" || word == "oui" || word == "sim" || word == "y") return true;
    if (word == "no" || word == "false" || word == "low" || word == "non" || word == "nao" || word == "n") return false;
    return std::nullopt;  // a word we cannot read: unknown, not "no"
}

}  // namespace

std::string quadrant_in_words(GridQuadrant quadrant) {
    switch (quadrant) {
        case GridQuadrant::manage_closely: return "manage closely (high influence, high interest)";
        case GridQuadrant::keep_satisfied: return "keep satisfied (high influence, low interest)";
        case GridQuadrant::keep_informed: return "keep informed (low influence, high interest)";
        case GridQuadrant::monitor: return "monitor (low influence, low interest)";
    }
    return "";
}

std::string salience_in_words(SalienceClass salience) {
    switch (salience) {
        case SalienceClass::none: return "none of the three (not a stakeholder in this sense)";
        case SalienceClass::dormant: return "dormant (power only)";
        case SalienceClass::discretionary: return "discretionary (legitimacy only)";
        case SalienceClass::demanding: return "demanding (urgency only)";
        case SalienceClass::dominant: return "dominant (power and legitimacy)";
        case SalienceClass::dangerous: return "dangerous (power and urgency)";
        case SalienceClass::dependent: return "dependent (legitimacy and urgency)";
        case SalienceClass::definitive: return "definitive (power, legitimacy and urgency)";
    }
    return "";
}

SalienceClass salience_of(bool power, bool legitimacy, bool urgency) {
    if (power && legitimacy && urgency) return SalienceClass::definitive;
    if (power && legitimacy) return SalienceClass::dominant;
    if (power && urgency) return SalienceClass::dangerous;
    if (legitimacy && urgency) return SalienceClass::dependent;
    if (power) return SalienceClass::dormant;
    if (legitimacy) return SalienceClass::discretionary;
    if (urgency) return SalienceClass::demanding;
    return SalienceClass::none;
}

StakeholderViews stakeholder_views(const StakeholderMap& map) {
    StakeholderViews views;
    const std::size_t n = map.organisation_count();
    views.quadrant.resize(n);
    views.influence.resize(n);
    views.interest.resize(n);
    views.salience.resize(n);
    for (std::size_t v = 0; v < n; ++v) {
        const Organisation& organisation = map.organisation(v);
        if (!organisation.stance.empty()) ++views.with_stance;
        views.influence[v] = organisation.influence ? organisation.influence : score_of(organisation, "influence");
        views.interest[v] = score_of(organisation, "interest");
        if (!views.influence[v]) ++views.without_influence;
        if (!views.interest[v]) ++views.without_interest;
        if (views.influence[v] && views.interest[v]) {
            const bool high_influence = *views.influence[v] >= kMiddle, high_interest = *views.interest[v] >= kMiddle;
            const GridQuadrant quadrant = high_influence ? (high_interest ? GridQuadrant::manage_closely : GridQuadrant::keep_satisfied)
                                                         : (high_interest ? GridQuadrant::keep_informed : GridQuadrant::monitor);
            views.quadrant[v] = quadrant;
            views.in_quadrant[static_cast<std::size_t>(quadrant)].push_back(v);
        }
        const auto power = has(organisation, "power"), legitimacy = has(organisation, "legitimacy"), urgency = has(organisation, "urgency");
        if (power && legitimacy && urgency) {
            const SalienceClass salience = salience_of(*power, *legitimacy, *urgency);
            views.salience[v] = salience;
            views.in_class[static_cast<std::size_t>(salience)].push_back(v);
        } else {
            ++views.without_salience;
        }
    }
    return views;
}

}  // namespace stakemap
