#pragma once
// `stakemap survey`: a self-contained offline form for one respondent, made
// from a map's roster (names, types and countries only: nothing private
// travels in a form). Its questions can be chosen with a JSON file.

#include <string>
#include <utility>
#include <vector>

#include "graph/stakeholder_map.hpp"

namespace stakemap::viz {

struct SurveyQuestions {
    std::string title;  // default: "Who do you work with? — " + the map's title
    std::string intro;
    std::vector<std::pair<std::string, std::string>> tie_types;  // value, words
    std::vector<std::string> frequencies;
    std::vector<std::pair<std::string, std::string>> trust;      // key, question; empty: not asked
    std::vector<std::pair<std::string, std::string>> value;
    std::vector<std::string> stances;                             // empty: a free text
    static SurveyQuestions defaults();
};

// Reads a questions file: any of "title", "intro", "tie_types" (texts, or [value, words] pairs),
// "frequencies", "trust" and "value" ([key, question] pairs, or false to leave out), "stances".
// Fields not given keep their defaults; throws ImportError naming the file and field.
SurveyQuestions read_survey_questions(const std::string& path);

std::string survey_form_html(const StakeholderMap& map, const SurveyQuestions& questions);

// The bundled script (generated at build time).
extern const char* const kSurveyScript;

}  // namespace stakemap::viz
