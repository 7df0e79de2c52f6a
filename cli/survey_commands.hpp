#pragma once
// `stakemap survey MAP -o form.html [--questions Q.json]`: the offline form;
// `stakemap survey-status FORM_OR_MAP RESPONSES...`: who answered, who did not, who disagrees.

#include <CLI/CLI.hpp>

namespace stakemap::cli {

void register_survey(CLI::App& app, int& exit_code);
void register_survey_status(CLI::App& app, int& exit_code);

}  // namespace stakemap::cli
