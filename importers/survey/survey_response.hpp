#pragma once
// The answers one respondent saved from a `stakemap survey` form: who they are,
// their own organisation's influence, interest and stance (Net-Map), and for
// each organisation they work with the tie types, how often, and optional trust
// and value scores (as in PARTNER-style network surveys). Read as a small map
// (the respondent's organisation tied to each partner) so `stakemap merge`
// combines responses with provenance, and compared by survey_status.hpp.
//
// {"stakemap_survey_response": 1, "survey": {"id", "title"}, "date": "YYYY-MM-DD",
//  "respondent": {"name", "organisation": ORG}, "self": {"influence", "interest", "stance"},
//  "ties": [{"organisation": ORG, "types": [...], "frequency", "trust": {...}, "value": {...}}]}
// ORG: {"id", "label", "type", "new": bool} (new: added by the respondent, not on the roster)

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "importers/support/import_options.hpp"

namespace stakemap {

struct SurveyOrganisation {
    std::string id, label, type;
    bool added = false;  // not on the form's roster
};

struct SurveyTie {
    SurveyOrganisation partner;
    std::vector<std::string> types;
    std::string frequency;
    std::vector<std::pair<std::string, double>> scores;  // "trust_reliability" -> 3, "value_resources" -> 2, ...
};

struct SurveyResponse {
    std::string file;  // its name only
    std::string survey_id, survey_title, date, respondent;
    SurveyOrganisation organisation;
    std::optional<double> influence, interest;
    std::string stance;
    std::vector<SurveyTie> ties;
};

bool is_survey_response(const nlohmann::json& document);
// Throws ImportError naming the file and the field for anything malformed.
SurveyResponse parse_survey_response(const std::string& path, const nlohmann::json& document);
// A response file (the JSON reader hands these here).
ImportResult read_survey_response(const std::string& path, const nlohmann::json& document, const ImportOptions& options);

}  // namespace stakemap
