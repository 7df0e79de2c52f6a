#include "importers/survey/survey_status.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "importers/support/import_error.hpp"
#include "importers/support/text_file.hpp"
#include "importers/support/vocabulary_mapping.hpp"

namespace stakemap {
namespace {

std::string joined(const std::set<std::string>& words) {
    std::string out;
    for (const auto& word : words) out += (out.empty() ? "" : ", ") + (word.empty() ? std::string("unspecified") : word);
    return out.empty() ? "no type" : out;
}

}  // namespace

std::string survey_id_for(const std::string& title, const std::vector<SurveyOrganisation>& organisations) {
    std::uint64_t hash = 1469598103934665603ULL;
    const auto mix = [&](const std::string& text) {
        for (const unsigned char c : text) hash = (hash ^ c) * 1099511628211ULL;
        hash = (hash ^ 0xFF) * 1099511628211ULL;  // a separator no text contains
    };
    mix(title);
    for (const auto& organisation : organisations) mix(organisation.id);
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
    return hex;
}

SurveyRoster roster_of(const StakeholderMap& map) {
    SurveyRoster roster;
    const auto title = map.metadata.find("title");
    roster.title = title == map.metadata.end() ? "Stakeholder map" : to_display_string(title->second);
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        const Organisation& organisation = map.organisation(v);
        roster.organisations.push_back({organisation.id, organisation.label, organisation.type, false});
    }
    roster.id = survey_id_for(roster.title, roster.organisations);
    return roster;
}

SurveyRoster roster_from_form(const std::string& path) {
    const TextFile file = TextFile::read(path, "UTF-8");
    const std::string html(file.text());
    const std::string opening = "<script id=\"survey-data\" type=\"application/json\">";
    const auto start = html.find(opening);
    const auto end = start == std::string::npos ? start : html.find("</script>", start);
    if (start == std::string::npos || end == std::string::npos) {
        throw ImportError({path, 0, 0, {}}, "not a form written by stakemap survey; expected its survey data");
    }
    nlohmann::json data;
    try {
        data = nlohmann::json::parse(html.substr(start + opening.size(), end - start - opening.size()));
    } catch (const nlohmann::json::exception& error) {
        throw ImportError({path, 0, 0, "survey-data"}, std::string("the form's survey data is not valid JSON: ") + error.what());
    }
    SurveyRoster roster;
    roster.id = data.value("survey", nlohmann::json::object()).value("id", "");
    roster.title = data.value("survey", nlohmann::json::object()).value("title", "");
    for (const auto& item : data.value("roster", nlohmann::json::array())) {
        roster.organisations.push_back({item.value("id", ""), item.value("label", ""), item.value("type", ""), false});
    }
    return roster;
}

SurveyStatus survey_status(const SurveyRoster& roster, const std::vector<SurveyResponse>& responses) {
    SurveyStatus status;
    // Organisations are matched by id, else by name (case- and accent-blind).
    std::map<std::string, std::size_t> by_key;
    for (std::size_t k = 0; k < roster.organisations.size(); ++k) {
        by_key.emplace("id:" + roster.organisations[k].id, k);
        by_key.emplace("name:" + VocabularyMapping::key(roster.organisations[k].label), k);
    }
    std::vector<std::string> extra_names;  // organisations respondents added
    const auto key_of = [&](const SurveyOrganisation& organisation) -> std::string {
        if (!organisation.id.empty() && by_key.count("id:" + organisation.id)) return "r" + std::to_string(by_key["id:" + organisation.id]);
        if (const auto found = by_key.find("name:" + VocabularyMapping::key(organisation.label)); found != by_key.end()) return "r" + std::to_string(found->second);
        return "new:" + VocabularyMapping::key(organisation.label.empty() ? organisation.id : organisation.label);
    };
    const auto name_of = [&](const std::string& key, const SurveyOrganisation& fallback) {
        if (key[0] == 'r') return roster.organisations[std::stoul(key.substr(1))].label;
        return fallback.label.empty() ? fallback.id : fallback.label;
    };

    struct Said {
        std::set<std::string> types;
        std::string frequency;
    };
    std::map<std::string, const SurveyResponse*> answer_of;  // organisation key -> its response
    std::map<std::string, std::map<std::string, Said>> says;  // respondent's key -> partner key -> what they said
    std::map<std::string, std::string> names;
    for (const SurveyResponse& response : responses) {
        if (!roster.id.empty() && !response.survey_id.empty() && response.survey_id != roster.id) {
            status.notes.push_back(response.file + " answers another survey (" + (response.survey_title.empty() ? response.survey_id : response.survey_title) +
                                   "); left out");
            continue;
        }
        const std::string self = key_of(response.organisation);
        names[self] = name_of(self, response.organisation);
        if (answer_of.count(self)) {
            status.notes.push_back(response.file + " is a second answer for " + names[self] + " (the first: " + answer_of[self]->file + "); left out");
            continue;
        }
        answer_of[self] = &response;
        auto& mine = says[self];
        for (const SurveyTie& tie : response.ties) {
            const std::string partner = key_of(tie.partner);
            names[partner] = name_of(partner, tie.partner);
            Said& said = mine[partner];
            said.types.insert(tie.types.begin(), tie.types.end());
            if (tie.types.empty()) said.types.insert("");
            said.frequency = tie.frequency;
        }
        status.answered.push_back({names[self], response.respondent, response.date, response.file, response.ties.size()});
    }
    for (std::size_t k = 0; k < roster.organisations.size(); ++k) {
        if (!answer_of.count("r" + std::to_string(k))) status.not_answered.push_back(roster.organisations[k].label);
    }
    for (const auto& [a, partners] : says) {
        for (const auto& [b, said] : partners) {
            if (!answer_of.count(b)) continue;  // b has not answered: nothing to compare
            const auto other = says[b].find(a);
            if (other == says[b].end()) {
                status.disagreements.push_back(names[a] + " names " + names[b] + " (" + joined(said.types) + "), but " + names[b] +
                                               "'s answer does not name " + names[a] + ".");
                continue;
            }
            if (a > b) continue;  // each pair once from here
            if (said.types != other->second.types) {
                status.disagreements.push_back(names[a] + " and " + names[b] + " describe their tie differently: " + names[a] + " says " +
                                               joined(said.types) + ", " + names[b] + " says " + joined(other->second.types) + ".");
            }
            if (!said.frequency.empty() && !other->second.frequency.empty() && said.frequency != other->second.frequency) {
                status.disagreements.push_back(names[a] + " and " + names[b] + " differ on how often they work together: " + names[a] + " says " +
                                               said.frequency + ", " + names[b] + " says " + other->second.frequency + ".");
            }
        }
    }
    return status;
}

}  // namespace stakemap
