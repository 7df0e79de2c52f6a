// Survey responses: read as small maps, refused when malformed, and compared
// by survey_status (who answered, who did not, who disagrees).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "importer_test_support.hpp"
#include "importers/survey/survey_status.hpp"

using namespace stakemap;
using namespace stakemap::testing;

namespace {

std::string response_text(const std::string& self, const std::string& ties, const std::string& survey = "") {
    return R"({"stakemap_survey_response": 1, "survey": {"id": ")" + survey + R"(", "title": "T"}, "date": "2026-12-01",
      "respondent": {"name": "R", "organisation": )" + self + R"(}, "self": {"influence": 7, "interest": 3, "stance": "supports"},
      "ties": [)" + ties + "]}";
}

SurveyResponse response(const std::string& file, const std::string& self, const std::string& ties, const std::string& survey = "") {
    return parse_survey_response(file, nlohmann::json::parse(response_text(self, ties, survey)));
}

}  // namespace

TEST_CASE("a survey response reads as the respondent's organisation tied to each partner, once per tie type", "[survey]") {
    const auto result = import_text("ana.json", response_text(R"({"id": "sc", "label": "Solidarity Center", "type": "union"})",
                                                              R"({"organisation": {"id": "vf", "label": "Visayan Forum"}, "types": ["partnership", "funding"],
                                                                  "frequency": "monthly", "trust": {"reliability": 4}},
                                                                 {"organisation": {"label": "New Union", "type": "union", "new": true}, "types": []})"));
    const StakeholderMap& map = result.map;
    REQUIRE(map.organisation_count() == 3);
    const Organisation& self = map.organisation(*map.find("sc"));
    CHECK(self.influence == Approx(7));
    CHECK(self.stance == "supports");
    CHECK(to_display_string(self.attributes.at("interest")) == "3");
    const auto added = map.find("new-union");
    REQUIRE(added);
    CHECK(std::get<bool>(map.organisation(*added).attributes.at("added_by_respondent")));
    REQUIRE(map.relationship_count() == 3);  // partnership and funding to vf, one untyped to the new union
    std::size_t with_trust = 0;
    for (const auto handle : map.relationship_handles()) {
        const auto tie = map.relationship(handle);
        if (tie.data.attributes.count("trust_reliability")) {
            ++with_trust;
            CHECK(std::get<double>(tie.data.attributes.at("trust_reliability")) == 4);
            CHECK(to_display_string(tie.data.attributes.at("frequency")) == "monthly");
            CHECK(to_display_string(tie.data.attributes.at("respondent")) == "R");
        }
    }
    CHECK(with_trust == 2);
    CHECK(to_display_string(map.metadata.at("date")) == "2026-12-01");
}

TEST_CASE("malformed responses are refused naming the field", "[survey]") {
    CHECK_THROWS_WITH(import_text("r.json", R"({"stakemap_survey_response": 1, "ties": []})"), Catch::Contains("respondent"));
    CHECK_THROWS_WITH(import_text("r.json", response_text(R"({"id": "a"})", R"({"organisation": {"id": "b"}, "trust": {"reliability": 9}})")),
                      Catch::Contains("ties/0/trust/reliability") && Catch::Contains("from 1 to 4"));
    CHECK_THROWS_WITH(import_text("r.json", response_text(R"({})", "")), Catch::Contains("needs an id or a label"));
    CHECK_THROWS_WITH(import_text("r.json", R"({"stakemap_survey_response": 2})"), Catch::Contains("version"));
}

TEST_CASE("survey status: answered, not answered, one-sided ties and differing answers; other surveys left out", "[survey]") {
    SurveyRoster roster;
    roster.title = "T";
    roster.organisations = {{"a", "Alpha", "", false}, {"b", "Beta", "", false}, {"c", "Gamma", "", false}, {"d", "Delta", "", false}};
    roster.id = survey_id_for(roster.title, roster.organisations);
    CHECK(roster.id == survey_id_for("T", roster.organisations));
    CHECK(roster.id != survey_id_for("T2", roster.organisations));
    const std::vector<SurveyResponse> responses = {
        // Alpha names Beta (partnership, weekly) and Gamma; Beta names Alpha (funding, monthly); Gamma names no one.
        response("a.json", R"({"id": "a", "label": "Alpha"})",
                 R"({"organisation": {"id": "b"}, "types": ["partnership"], "frequency": "weekly"}, {"organisation": {"label": "gamma"}, "types": ["coordination"]})", roster.id),
        response("b.json", R"({"label": "BETA"})", R"({"organisation": {"id": "a"}, "types": ["funding"], "frequency": "monthly"})", roster.id),
        response("c.json", R"({"id": "c"})", "", roster.id),
        response("c2.json", R"({"id": "c"})", "", roster.id),
        response("x.json", R"({"id": "d"})", "", "another-survey"),
    };
    const SurveyStatus status = survey_status(roster, responses);
    REQUIRE(status.answered.size() == 3);
    CHECK(status.answered[1].organisation == "Beta");  // matched by name, case-blind
    CHECK(status.not_answered == std::vector<std::string>{"Delta"});
    REQUIRE(status.disagreements.size() == 3);
    CHECK(status.disagreements[0] == "Alpha and Beta describe their tie differently: Alpha says partnership, Beta says funding.");
    CHECK(status.disagreements[1] == "Alpha and Beta differ on how often they work together: Alpha says weekly, Beta says monthly.");
    CHECK(status.disagreements[2] == "Alpha names Gamma (coordination), but Gamma's answer does not name Alpha.");
    REQUIRE(status.notes.size() == 2);
    CHECK_THAT(status.notes[0], Catch::Contains("c2.json is a second answer for Gamma"));
    CHECK_THAT(status.notes[1], Catch::Contains("x.json answers another survey"));
}
