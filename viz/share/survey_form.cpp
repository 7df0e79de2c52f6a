#include "viz/share/survey_form.hpp"

#include <nlohmann/json.hpp>

#include "graph/vocabulary.hpp"
#include "importers/support/import_error.hpp"
#include "importers/support/text_file.hpp"
#include "importers/survey/survey_status.hpp"
#include "viz/export/html_text.hpp"

namespace stakemap::viz {
namespace {

using nlohmann::json;

constexpr const char* kStyle = R"(
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #222; max-width: 46rem; margin: 1.5rem auto; padding: 0 1rem; line-height: 1.4; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; border-bottom: 2px solid #0072B2; margin-top: 1.6rem; }
input[type=text], input[type=search], select { font-size: 1rem; padding: 0.3rem; margin: 0.15rem 0.2rem 0.15rem 0; }
input[type=search], input.wide { width: 100%; }
ul.matches { list-style: none; padding: 0; margin: 0.2rem 0; }
button { font-size: 1rem; padding: 0.3rem 0.7rem; margin: 0.2rem 0; cursor: pointer; }
button.pick { background: none; border: none; color: #0057A0; text-decoration: underline; padding: 0.1rem 0; text-align: left; }
.muted { color: #666; font-size: 0.9rem; } .question { font-weight: bold; font-size: 0.92rem; }
fieldset.partner { border: 1px solid #bbb; border-radius: 6px; margin: 0.6rem 0; }
fieldset.partner legend { font-weight: bold; }
.types label, label.score { display: inline-block; margin-right: 0.8rem; }
#save { background: #0072B2; color: white; border: none; font-size: 1.1rem; padding: 0.5rem 1.2rem; }
.error { color: #AA3377; font-weight: bold; } .done { color: #117733; font-weight: bold; }
)";

constexpr const char* kBody = R"(<h1 id="title"></h1><p id="intro"></p>
<p class="muted">This form works without a connection and sends nothing: your answers are saved as a file on this computer when you press Save.</p>
<h2>1. You</h2>
<label>Your name (optional) <input type="text" id="respondent-name" class="wide"></label>
<p class="question">Your organisation</p>
<input type="search" id="self-search" placeholder="Type part of its name" aria-label="Your organisation">
<ul class="matches" id="self-matches"></ul>
<p class="muted">Not on the list? <input type="text" id="self-new-name" placeholder="its name" aria-label="Your organisation's name"> <select id="self-new-type"></select> <button type="button" id="self-new-add">Use this name</button></p>
<p id="self-chosen"></p>
<h2>2. Your organisation in this field</h2>
<label>How much can it influence the fight against forced labour here? (0 none – 10 decisive) <select id="self-influence"></select></label><br>
<label>How much does this issue matter to it? (0 not at all – 10 central) <select id="self-interest"></select></label><br>
<label>Its position or goal <input type="text" id="self-stance" placeholder="e.g. supports stronger enforcement"></label>
<h2>3. Who you work with</h2>
<p class="muted">Name every organisation you worked with in the last year. For each, say how.</p>
<input type="search" id="partner-search" placeholder="Type part of a name" aria-label="Partner search">
<ul class="matches" id="partner-matches"></ul>
<p class="muted">Missing from the list? <input type="text" id="new-name" placeholder="its name" aria-label="Missing organisation's name"> <select id="new-type"></select> <button type="button" id="new-add">Add it</button></p>
<div id="partners"></div>
<p id="partner-count" class="muted"></p>
<h2>4. Save</h2>
<button type="button" id="save">Save my answers</button>
<p id="message"></p>
)";

std::string script_safe(const std::string& text) {
    std::string out;
    for (const char c : text) out += c == '<' ? std::string("\\u003c") : std::string(1, c);
    return out;
}

SourceLocation at(const std::string& path, const std::string& field) { return {path, 0, 0, field}; }

// How the form asks about a tie type.
std::string tie_words(const std::string& type) {
    if (type == "information") return "sharing information";
    if (type == "referral") return "referring cases";
    if (type == "membership") return "member of / has as member";
    if (type == "advocacy") return "joint advocacy";
    if (type == "training") return "training";
    return type;
}


std::vector<std::pair<std::string, std::string>> pairs(const json& value, const std::string& path, const std::string& field, bool words_from_vocabulary) {
    if (!value.is_array()) throw ImportError(at(path, field), "expected an array");
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& item : value) {
        if (item.is_string()) {
            const std::string text = item.get<std::string>();
            out.emplace_back(text, words_from_vocabulary ? tie_words(text) : text);
        } else if (item.is_array() && item.size() == 2 && item[0].is_string() && item[1].is_string()) {
            out.emplace_back(item[0].get<std::string>(), item[1].get<std::string>());
        } else {
            throw ImportError(at(path, field), "expected texts or [value, words] pairs");
        }
    }
    return out;
}

std::vector<std::string> texts(const json& value, const std::string& path, const std::string& field) {
    std::vector<std::string> out;
    for (const auto& [v, words] : pairs(value, path, field, false)) out.push_back(words);
    return out;
}

}  // namespace

SurveyQuestions SurveyQuestions::defaults() {
    SurveyQuestions q;
    q.intro = "This short form asks which organisations yours works with on forced labour, modern slavery, trafficking and child "
              "labour, and how. It takes about ten minutes.";
    for (const char* type : {"partnership", "funding", "coordination", "information", "referral", "membership", "advocacy", "training"}) {
        q.tie_types.emplace_back(type, tie_words(type));
    }
    q.frequencies = {"weekly or more", "monthly", "a few times a year", "once a year or less"};
    // The trust and value questions of PARTNER-style network surveys, each scored 1-4.
    q.trust = {{"reliability", "reliable?"}, {"openness", "open to discussion?"}, {"shared_mission", "shares your mission?"}};
    q.value = {{"influence", "influence?"}, {"resources", "resources?"}, {"involvement", "involvement?"}};
    return q;
}

SurveyQuestions read_survey_questions(const std::string& path) {
    const TextFile file = TextFile::read(path, "UTF-8");
    json document;
    try {
        document = json::parse(file.text());
    } catch (const json::exception& error) {
        throw ImportError(at(path, ""), std::string("not valid JSON: ") + error.what());
    }
    if (!document.is_object()) throw ImportError(at(path, ""), "expected an object of questions");
    SurveyQuestions q = SurveyQuestions::defaults();
    for (const auto& [key, value] : document.items()) {
        if (key == "title" || key == "intro") {
            if (!value.is_string()) throw ImportError(at(path, key), "expected a text");
            (key == "title" ? q.title : q.intro) = value.get<std::string>();
        } else if (key == "tie_types") {
            q.tie_types = pairs(value, path, key, true);
            if (q.tie_types.empty()) throw ImportError(at(path, key), "expected at least one tie type");
        } else if (key == "frequencies") {
            q.frequencies = texts(value, path, key);
        } else if (key == "trust" || key == "value") {
            auto& target = key == "trust" ? q.trust : q.value;
            target = value.is_boolean() && !value.get<bool>() ? decltype(q.trust){} : pairs(value, path, key, false);
        } else if (key == "stances") {
            q.stances = texts(value, path, key);
        } else {
            throw ImportError(at(path, key), "not a question setting; expected title, intro, tie_types, frequencies, trust, value or stances");
        }
    }
    return q;
}

std::string survey_form_html(const StakeholderMap& map, const SurveyQuestions& questions) {
    const SurveyRoster roster = roster_of(map);
    json data;
    const std::string title = questions.title.empty() ? "Who do you work with? — " + roster.title : questions.title;
    data["survey"] = {{"id", roster.id}, {"title", roster.title}};
    data["intro"] = questions.intro;
    json people = json::array();
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        const Organisation& organisation = map.organisation(v);
        json item = {{"id", organisation.id}, {"label", organisation.label}, {"type", organisation.type}, {"country", organisation.country},
                     {"typeWords", vocabulary::is_known_organisation_type(organisation.type) ? vocabulary::type_in_words(organisation.type) : organisation.type}};
        if (const auto acronym = organisation.attributes.find("acronym"); acronym != organisation.attributes.end()) item["acronym"] = to_display_string(acronym->second);
        people.push_back(std::move(item));
    }
    data["roster"] = std::move(people);
    json types = json::array();
    for (const auto& type : vocabulary::organisation_types()) types.push_back({std::string(type), vocabulary::type_in_words(std::string(type))});
    data["questions"] = {{"tieTypes", questions.tie_types}, {"frequencies", questions.frequencies}, {"trust", questions.trust},
                         {"value", questions.value}, {"stances", questions.stances}, {"organisationTypes", types},
                         {"scale", json::array({json::array({"1", "1 not at all"}), json::array({"2", "2 a little"}),
                                                json::array({"3", "3 a fair amount"}), json::array({"4", "4 a great deal"})})}};
    std::string html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                       "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; "
                       "style-src 'unsafe-inline'; img-src data:; connect-src 'none'\">"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" +
                       escape_html(title) + "</title><style>" + kStyle + "</style></head><body>\n" + kBody;
    data["survey"]["heading"] = title;
    html += "<script id=\"survey-data\" type=\"application/json\">" + script_safe(data.dump(-1, ' ', false, json::error_handler_t::replace)) + "</script>\n";
    html += "<script>" + std::string(kSurveyScript) + "</script>\n</body></html>\n";
    return html;
}

}  // namespace stakemap::viz
