#pragma once
// Who has answered a survey, who has not, and where respondents disagree:
// A names B but B, who answered, does not name A; or both name the tie but
// with different types or frequencies. Responses to another survey (another
// roster) or a second answer for one organisation are noted, not mixed in.

#include <string>
#include <vector>

#include "graph/stakeholder_map.hpp"
#include "importers/survey/survey_response.hpp"

namespace stakemap {

struct SurveyRoster {
    std::string id, title;
    std::vector<SurveyOrganisation> organisations;
};

// The roster a form made from `map` offers (every organisation), with its survey id.
SurveyRoster roster_of(const StakeholderMap& map);
// The same id for the same title and organisation ids (FNV-1a, hex): ties a response to its form.
std::string survey_id_for(const std::string& title, const std::vector<SurveyOrganisation>& organisations);
// The roster inside a form written by `stakemap survey` (its <script id="survey-data">); throws ImportError.
SurveyRoster roster_from_form(const std::string& path);

struct SurveyStatus {
    struct Answer {
        std::string organisation, respondent, date, file;
        std::size_t ties = 0;
    };
    std::vector<Answer> answered;
    std::vector<std::string> not_answered;   // roster labels
    std::vector<std::string> disagreements;  // sentences
    std::vector<std::string> notes;
};

SurveyStatus survey_status(const SurveyRoster& roster, const std::vector<SurveyResponse>& responses);

}  // namespace stakemap
