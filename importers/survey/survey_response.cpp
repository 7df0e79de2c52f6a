#include "importers/survey/survey_response.hpp"

#include <cmath>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "importers/support/map_builder.hpp"

namespace stakemap {
namespace {

using nlohmann::json;

SourceLocation at(const std::string& path, const std::string& where) { return {path, 0, 0, where}; }

std::string text(const json& object, const char* key, const std::string& path, const std::string& where, bool required = false) {
    if (!object.contains(key) || object[key].is_null()) {
        if (required) throw ImportError(at(path, where + "/" + key), "missing; expected a text");
        return "";
    }
    if (!object[key].is_string()) throw ImportError(at(path, where + "/" + key), "expected a text");
    return object[key].get<std::string>();
}

std::optional<double> score(const json& object, const std::string& key, const std::string& path, const std::string& where, double low, double high) {
    if (!object.contains(key) || object[key].is_null() || (object[key].is_string() && object[key].get<std::string>().empty())) return std::nullopt;
    if (!object[key].is_number()) throw ImportError(at(path, where + "/" + key), "expected a number from " + std::to_string(static_cast<int>(low)) + " to " + std::to_string(static_cast<int>(high)));
    const double value = object[key].get<double>();
    if (!std::isfinite(value) || value < low || value > high) {
        throw ImportError(at(path, where + "/" + key), "expected a number from " + std::to_string(static_cast<int>(low)) + " to " + std::to_string(static_cast<int>(high)));
    }
    return value;
}

SurveyOrganisation organisation_of(const json& object, const std::string& path, const std::string& where) {
    if (!object.is_object()) throw ImportError(at(path, where), "expected an organisation ({\"id\", \"label\"})");
    SurveyOrganisation organisation;
    organisation.id = text(object, "id", path, where);
    organisation.label = text(object, "label", path, where);
    organisation.type = text(object, "type", path, where);
    organisation.added = object.value("new", false);
    if (organisation.id.empty() && organisation.label.empty()) throw ImportError(at(path, where), "an organisation needs an id or a label");
    return organisation;
}

}  // namespace

bool is_survey_response(const json& document) { return document.is_object() && document.contains("stakemap_survey_response"); }

SurveyResponse parse_survey_response(const std::string& path, const json& document) {
    if (!is_survey_response(document)) throw ImportError(at(path, ""), "not a stakemap survey response");
    if (document["stakemap_survey_response"] != 1) throw ImportError(at(path, "stakemap_survey_response"), "version not understood; expected 1");
    SurveyResponse response;
    response.file = std::filesystem::path(path).filename().string();
    if (document.contains("survey") && document["survey"].is_object()) {
        response.survey_id = text(document["survey"], "id", path, "survey");
        response.survey_title = text(document["survey"], "title", path, "survey");
    }
    response.date = text(document, "date", path, "");
    if (!document.contains("respondent") || !document["respondent"].is_object()) throw ImportError(at(path, "respondent"), "missing; expected who answered");
    const json& respondent = document["respondent"];
    response.respondent = text(respondent, "name", path, "respondent");
    if (!respondent.contains("organisation")) throw ImportError(at(path, "respondent/organisation"), "missing; expected the respondent's organisation");
    response.organisation = organisation_of(respondent["organisation"], path, "respondent/organisation");
    if (document.contains("self") && document["self"].is_object()) {
        response.influence = score(document["self"], "influence", path, "self", 0, 10);
        response.interest = score(document["self"], "interest", path, "self", 0, 10);
        response.stance = text(document["self"], "stance", path, "self");
    }
    if (document.contains("ties")) {
        if (!document["ties"].is_array()) throw ImportError(at(path, "ties"), "expected an array");
        for (std::size_t k = 0; k < document["ties"].size(); ++k) {
            const json& item = document["ties"][k];
            const std::string where = "ties/" + std::to_string(k);
            if (!item.is_object() || !item.contains("organisation")) throw ImportError(at(path, where), "expected {\"organisation\": ..., \"types\": [...]}");
            SurveyTie tie;
            tie.partner = organisation_of(item["organisation"], path, where + "/organisation");
            if (item.contains("types")) {
                if (!item["types"].is_array()) throw ImportError(at(path, where + "/types"), "expected an array of tie types");
                for (const auto& type : item["types"]) {
                    if (!type.is_string()) throw ImportError(at(path, where + "/types"), "expected texts");
                    tie.types.push_back(type.get<std::string>());
                }
            }
            tie.frequency = text(item, "frequency", path, where);
            for (const char* group : {"trust", "value"}) {
                if (!item.contains(group)) continue;
                if (!item[group].is_object()) throw ImportError(at(path, where + "/" + group), "expected scores by question");
                for (const auto& [question, value] : item[group].items()) {
                    if (const auto s = score(item[group], question, path, where + "/" + group, 1, 4)) tie.scores.emplace_back(std::string(group) + "_" + question, *s);
                }
            }
            response.ties.push_back(std::move(tie));
        }
    }
    return response;
}

ImportResult read_survey_response(const std::string& path, const json& document, const ImportOptions& options) {
    const SurveyResponse response = parse_survey_response(path, document);
    MapBuilder builder(path, options);
    builder.decide(path + ": read as a survey response (the respondent's organisation tied to each partner named)");
    builder.metadata()["title"] = "Survey response" + (response.survey_title.empty() ? std::string() : " to " + response.survey_title);
    if (!response.date.empty()) builder.metadata()["date"] = response.date;
    if (!response.respondent.empty()) builder.metadata()["respondent"] = response.respondent;
    if (!response.survey_id.empty()) builder.metadata()["survey"] = response.survey_id;

    const auto add = [&](const SurveyOrganisation& named, const std::string& where, bool self) {
        Organisation organisation;
        organisation.label = named.label.empty() ? named.id : named.label;
        organisation.id = named.id.empty() ? builder.id_from_name(organisation.label, at(path, where)) : named.id;
        organisation.type = named.type;
        if (named.added) organisation.attributes["added_by_respondent"] = true;
        if (self) {
            organisation.influence = response.influence;
            if (response.interest) organisation.attributes["interest"] = *response.interest;
            organisation.stance = response.stance;
        }
        const std::string id = organisation.id;
        if (!builder.has_organisation(id)) builder.add_organisation(std::move(organisation), at(path, where));
        return id;
    };
    const std::string self = add(response.organisation, "respondent/organisation", true);
    for (std::size_t k = 0; k < response.ties.size(); ++k) {
        const SurveyTie& tie = response.ties[k];
        const std::string where = "ties/" + std::to_string(k);
        const std::string partner = add(tie.partner, where + "/organisation", false);
        if (partner == self) {
            builder.warn(at(path, where), "the respondent named their own organisation; no tie kept");
            continue;
        }
        std::vector<std::string> types = tie.types;
        if (types.empty()) types.push_back("");
        for (const auto& type : types) {
            Relationship relationship;
            relationship.type = type;
            if (!tie.frequency.empty()) relationship.attributes["frequency"] = tie.frequency;
            for (const auto& [question, value] : tie.scores) relationship.attributes[question] = value;
            if (!response.respondent.empty()) relationship.attributes["respondent"] = response.respondent;
            builder.add_relationship(self, partner, std::move(relationship), at(path, where));
        }
    }
    return builder.finish();
}

}  // namespace stakemap
