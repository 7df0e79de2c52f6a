#include "cli/survey_commands.hpp"

#include <filesystem>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "cli/input_options.hpp"
#include "cli/output_guard.hpp"
#include "graph/support/atomic_file.hpp"
#include "importers/importer.hpp"
#include "importers/support/text_file.hpp"
#include "importers/survey/survey_status.hpp"
#include "viz/share/survey_form.hpp"

namespace stakemap::cli {
namespace {

struct SurveyCommandOptions {
    InputOptions input;
    std::string output;
    std::string questions;
};

struct SurveyStatusOptions {
    std::string form_or_map;
    std::vector<std::string> responses;
};

SurveyResponse read_response(const std::string& path) {
    const TextFile file = TextFile::read(path, "UTF-8");
    nlohmann::json document;
    try {
        document = nlohmann::json::parse(file.text());
    } catch (const nlohmann::json::exception&) {
        throw ImportError({path, 0, 0, {}}, "not valid JSON; expected a survey response saved from a stakemap survey form");
    }
    if (!is_survey_response(document)) throw ImportError({path, 0, 0, {}}, "not a survey response; expected a file saved from a stakemap survey form");
    return parse_survey_response(path, document);
}

}  // namespace

void register_survey(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<SurveyCommandOptions>();
    CLI::App* command = app.add_subcommand("survey", "Write an offline form for one respondent: whom they work with, how, how often, trust and value");
    command->footer("The form holds the map's roster only (names, types, countries, acronyms) and sends nothing: the respondent's\n"
                    "answers are saved as a JSON file in their browser. Read the files with `stakemap merge MAP RESPONSES... -o M`\n"
                    "and follow who has answered with `stakemap survey-status FORM RESPONSES...`.");
    options->input.add_to(*command);
    command->add_option("-o,--output", options->output, "The HTML form to write")->required();
    command->add_option("--questions", options->questions,
                        "JSON file choosing the questions: title, intro, tie_types, frequencies, trust, value (false: not asked), stances");
    command->callback([options, &exit_code] {
        options->input.check_outputs({options->output});
        const viz::SurveyQuestions questions = options->questions.empty() ? viz::SurveyQuestions::defaults() : viz::read_survey_questions(options->questions);
        const ImportResult imported = options->input.load(std::cerr);
        const std::string html = viz::survey_form_html(imported.map, questions);
        write_file_atomically(options->output, html);
        std::cerr << "Wrote " << options->output << " (" << (html.size() + 512) / 1024 << " KiB, a roster of "
                  << imported.map.organisation_count() << (imported.map.organisation_count() == 1 ? " organisation)\n" : " organisations)\n");
        exit_code = 0;
    });
}

void register_survey_status(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<SurveyStatusOptions>();
    CLI::App* command = app.add_subcommand("survey-status", "Who has answered a survey, who has not, and where respondents disagree");
    command->add_option("form_or_map", options->form_or_map, "The form (.html) or the map it was made from")->required();
    command->add_option("responses", options->responses, "Response files saved from the form")->required();
    command->callback([options, &exit_code] {
        const bool form = std::filesystem::path(options->form_or_map).extension() == ".html";
        const SurveyRoster roster = form ? roster_from_form(options->form_or_map) : roster_of(import_map(options->form_or_map).map);
        std::vector<SurveyResponse> responses;
        for (const auto& path : options->responses) responses.push_back(read_response(path));
        const SurveyStatus status = survey_status(roster, responses);
        std::cout << "Survey \"" << roster.title << "\": " << status.answered.size() << " of " << roster.organisations.size()
                  << " organisations answered.\n\nAnswered:\n";
        for (const auto& answer : status.answered) {
            std::cout << "  " << answer.organisation << " — " << (answer.respondent.empty() ? std::string("(no name given)") : answer.respondent)
                      << (answer.date.empty() ? "" : ", " + answer.date) << ", " << answer.ties << " partner(s) named (" << answer.file << ")\n";
        }
        std::cout << "\nNot answered (" << status.not_answered.size() << "):\n";
        for (const auto& name : status.not_answered) std::cout << "  " << name << "\n";
        std::cout << "\nDisagreements (" << status.disagreements.size() << "):\n";
        for (const auto& sentence : status.disagreements) std::cout << "  " << sentence << "\n";
        if (status.disagreements.empty()) std::cout << "  none among those who answered\n";
        for (const auto& note : status.notes) std::cerr << "Note: " << note << "\n";
        exit_code = 0;
    });
}

}  // namespace stakemap::cli
