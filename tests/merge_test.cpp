// stakemap merge: the duplicate finder's rules, the merge with provenance and
// conflicts, review decisions, and the format-version upgrade.

#include <catch2/catch.hpp>

#include "importer_test_support.hpp"
#include "importers/merge/duplicate_finder.hpp"
#include "importers/formats/json_writer.hpp"
#include "importers/merge/map_merger.hpp"
#include "importers/merge/name_matching.hpp"
#include "importers/merge/review_file.hpp"

using namespace stakemap;
using namespace stakemap::testing;

namespace {

Organisation org_named(const std::string& id, const std::string& label, const std::string& type = "",
                       const std::string& country = "") {
    Organisation organisation;
    organisation.id = id;
    organisation.label = label;
    organisation.type = type;
    organisation.country = country;
    return organisation;
}

OrganisationRecord record(std::size_t source, const std::string& name, const std::string& type = "", const std::string& country = "") {
    return make_record(source, name, name, type, country, {});
}

}  // namespace

TEST_CASE("Names: case, accents, punctuation, abbreviations and small words", "[merge]") {
    const auto words = name_key("Ministry of Labour and Social Protection").words;
    CHECK(words == std::vector<std::string>{"ministry", "labour", "social", "protection"});
    CHECK(name_key("Min. of Labour & Social Protection").words == words);
    CHECK(name_key("MINISTRY OF LABOR AND SOCIAL PROTECTION").words == words);
    CHECK(name_key("Ministère du Travail").words == name_key("Ministry of Labour").words);
    CHECK(name_key("Ministerio de Trabajo").words == name_key("Ministry of Labour").words);
    CHECK(name_key("Survivors' Voice Network").words == name_key("Survivors Voice Network").words);
    CHECK(name_key("Child First Fdn.").words == name_key("Child First Foundation").words);
}

TEST_CASE("Names: one typo per word, two in long words, never the first letter", "[merge]") {
    CHECK(within_typo("passage", "pasage"));            // a letter missing
    CHECK(within_typo("organisation", "organsiation"));  // two swapped
    CHECK(within_typo("federation", "federatoin"));
    CHECK(within_typo("international", "internatoinal"));
    CHECK_FALSE(within_typo("union", "onion"));          // first letter
    CHECK_FALSE(within_typo("ilo", "ila"));              // too short to forgive
    CHECK_FALSE(within_typo("unicef", "unifem"));        // two changes in six letters
    CHECK_FALSE(within_typo("children", "chairman"));
}

TEST_CASE("Names: acronyms against initials, in the name's own language too", "[merge]") {
    CHECK(compare_names(name_key("ILO"), name_key("International Labour Organization")).acronym);
    CHECK(compare_names(name_key("OIT"), name_key("Organisation internationale du Travail")).acronym);
    CHECK(compare_names(name_key("Organisation internationale du Travail (OIT)"), name_key("OIT")).acronym);
    CHECK(name_key("International Labour Organization (ILO)").acronyms == std::vector<std::string>{"ilo"});
    CHECK_FALSE(compare_names(name_key("IOM"), name_key("International Labour Organization")).acronym);
    CHECK_FALSE(compare_names(name_key("Ilo Foundation"), name_key("International Labour Organization")).acronym);
}

TEST_CASE("Pair scores: sure, uncertain, and vetoed by country or source", "[merge]") {
    const AliasTable none;
    // Word order is the same name.
    CHECK(score_pair(record(0, "Ministry of Labour"), record(1, "Labour Ministry"), none).score == Approx(1.0));
    // A typo in one of three words: sure.
    CHECK(score_pair(record(0, "Safe Passage Maravia"), record(1, "Safe Pasage Maravia"), none).score >= kSureMatch);
    // Acronym alone is uncertain; with the same type it is sure.
    const auto bare = score_pair(record(0, "ILO"), record(1, "International Labour Organization"), none);
    CHECK(bare.score >= kPossibleMatch);
    CHECK(bare.score < kSureMatch);
    CHECK(score_pair(record(0, "ILO", "un_agency"), record(1, "International Labour Organization", "un_agency"), none).score >= kSureMatch);
    // A name inside a longer one: for review.
    const auto contained = score_pair(record(0, "Ministry of Labour"), record(1, "Min. of Labour and Social Protection"), none);
    CHECK(contained.score >= kPossibleMatch);
    CHECK(contained.score < kSureMatch);
    CHECK_THAT(contained.evidence, Catch::Contains("one name contains the other"));
    // Same name, different countries: not the same organisation.
    const auto abroad = score_pair(record(0, "Ministry of Labour", "government", "KE"), record(1, "Ministry of Labour", "government", "UG"), none);
    CHECK(abroad.score < kPossibleMatch);
    CHECK_THAT(abroad.evidence, Catch::Contains("different countries (ke, ug)"));
    // Different types lower the score below sure.
    CHECK(score_pair(record(0, "Child First", "cso"), record(1, "Child First", "donor"), none).score < kSureMatch);
    // One source listing two entries: never sure.
    CHECK(score_pair(record(0, "Safe Passage"), record(0, "Safe Passage"), none).score < kSureMatch);
    // Siblings with one different word stay apart.
    CHECK(score_pair(record(0, "National Council for Children"), record(1, "National Council for Women"), none).score < kSureMatch);
    // The alias table needs no shared word.
    AliasTable aliases;
    aliases.add_group({"UNICEF", "United Nations Children's Fund"});
    const auto alias = score_pair(record(0, "United Nations Children's Fund"), record(1, "unicef"), aliases);
    CHECK(alias.score == Approx(1.0));
    CHECK(alias.evidence == "alias table");
    CHECK(find_duplicates({record(0, "UNICEF"), record(1, "United Nations Children's Fund")}, aliases).size() == 1);
}

namespace {

// Three sources about one place: a register, a donor's list, and two respondents' interviews.
std::vector<MergeSource> three_sources() {
    StakeholderMap reg;
    const auto mol = reg.add_organisation(org_named("mol", "Ministry of Labour", "government", "QM"));
    const auto cso = reg.add_organisation(org_named("sp", "Safe Passage", "cso", "QM"));
    const auto ilo = reg.add_organisation(org_named("ilo", "International Labour Organization", "un_agency", "QM"));
    reg.add_relationship(mol, ilo, Relationship{"partnership", 1.0, false, {}, {}});
    reg.add_relationship(mol, cso, Relationship{"referral", 1.0, false, {}, {}});

    StakeholderMap r1;
    Organisation labour = org_named("lm", "Labour Ministry", "government", "QM");
    labour.influence = 8;
    const auto a = r1.add_organisation(labour);
    Organisation passage = org_named("safe", "Safe Pasage", "donor", "QM");  // a typo, and a type that disagrees
    passage.influence = 2;
    const auto b = r1.add_organisation(passage);
    const auto c = r1.add_organisation(org_named("ilo", "ILO", "un_agency"));
    r1.add_relationship(a, c, Relationship{"partnership", 2.0, false, {}, {}});  // also in the register, weight differs
    r1.add_relationship(a, b, Relationship{"funding", 1.0, false, {}, {}});

    StakeholderMap r2;
    Organisation ministry = org_named("mol", "Ministry of Labour", "government", "QM");
    ministry.influence = 4;
    r2.add_organisation(ministry);
    r2.add_organisation(org_named("nudw", "National Union of Domestic Workers", "union", "QM"));
    r2.add_organisation(org_named("dwu", "Domestic Workers Union of Maravia", "union", "QM"));  // same source: not merged
    return {{"register.json", "2025-06-30", reg, {}, {}}, {"r1.json", "2026-03-12", r1, {}, {}}, {"r2.json", "2026-03-19", r2, {}, {}}};
}

const Organisation& by_id(const StakeholderMap& map, const std::string& id) {
    const auto index = map.find(id);
    REQUIRE(index.has_value());
    return map.organisation(*index);
}

}  // namespace

TEST_CASE("Merge: sure matches merge with their sources; disagreements are kept", "[merge]") {
    const MergeResult result = merge_maps(three_sources(), AliasTable{}, {});
    const StakeholderMap& map = result.map;
    CHECK(result.records == 9);
    // mol (3 records), ilo (2: acronym + same type), Safe Passage (2: typo, but types differ -> review), nudw, dwu, safe.
    const Organisation& mol = by_id(map, "mol");
    REQUIRE(mol.provenance->sources.size() == 3);
    CHECK(mol.provenance->sources[0].file == "register.json");
    CHECK(mol.provenance->sources[0].date == "2025-06-30");
    CHECK(mol.provenance->sources[1].file == "r1.json");
    CHECK(mol.provenance->sources[1].name == "Labour Ministry");
    CHECK(mol.provenance->sources[1].match.starts_with("same words in another order"));
    // Influence: the mean, with every respondent's score kept.
    REQUIRE(mol.influence.has_value());
    CHECK(*mol.influence == Approx(6.0));
    REQUIRE(mol.provenance->conflicts.count("influence") == 1);
    CHECK(mol.provenance->conflicts.at("influence").size() == 2);
    CHECK(by_id(map, "ilo").provenance->sources.size() == 2);
    // The typo'd CSO whose type disagrees goes to review, not merged.
    CHECK(map.find("safe").has_value());
    const auto review = std::find_if(result.review.begin(), result.review.end(), [](const ReviewRow& row) {
        return row.id_a == "sp" && row.id_b == "safe";
    });
    REQUIRE(review != result.review.end());
    CHECK_THAT(review->evidence, Catch::Contains("different types (cso, donor)"));
    // Two unions listed by one respondent stay two.
    CHECK(map.find("nudw").has_value());
    CHECK(map.find("dwu").has_value());
    CHECK(map.organisation_count() == 6);
    // The partnership named by the register and respondent 1 is one relationship naming both, weights kept.
    std::size_t named_by_two = 0;
    for (const auto handle : map.relationship_handles()) {
        const auto& data = map.relationship(handle).data;
        if (data.provenance->sources.size() == 2) {
            ++named_by_two;
            CHECK(data.type == "partnership");
            REQUIRE(data.provenance->conflicts.count("weight") == 1);
            CHECK(data.provenance->conflicts.at("weight").size() == 2);
        }
    }
    CHECK(named_by_two == 1);
    CHECK(map.relationship_count() == 3);
}

TEST_CASE("Merge: review decisions are honoured and kept on record", "[merge]") {
    ReviewRow same;
    same.decision = Decision::same;
    same.file_a = "register.json";
    same.id_a = "sp";
    same.file_b = "r1.json";
    same.id_b = "safe";
    ReviewRow different;
    different.decision = Decision::different;
    different.file_a = "register.json";
    different.id_a = "mol";
    different.file_b = "r2.json";
    different.id_b = "mol";
    const MergeResult result = merge_maps(three_sources(), AliasTable{}, {same, different});
    const Organisation& passage = by_id(result.map, "sp");
    REQUIRE(passage.provenance->sources.size() == 2);
    CHECK(passage.provenance->sources[1].match == "review: same");
    // The conflicting type is kept with both sources; the first source's value is the field.
    CHECK(passage.type == "cso");
    REQUIRE(passage.provenance->conflicts.count("type") == 1);
    CHECK(passage.provenance->conflicts.at("type")[1].value == AttributeValue(std::string("donor")));
    CHECK(passage.provenance->conflicts.at("type")[1].source == "r1.json 'safe'");
    // "different" keeps respondent 2's ministry apart, although its name is identical.
    CHECK(by_id(result.map, "mol").provenance->sources.size() == 2);
    CHECK(result.map.find("mol-r2").has_value());
    const auto decided = std::count_if(result.review.begin(), result.review.end(),
                                       [](const ReviewRow& row) { return row.decision != Decision::undecided; });
    CHECK(decided == 2);
}

TEST_CASE("Review file: round trip, and a bad decision names its line", "[merge]") {
    ReviewRow row;
    row.decision = Decision::different;
    row.score = 0.75;
    row.evidence = "names 75% alike, word for word";
    row.file_a = "a.csv";
    row.id_a = "x";
    row.name_a = "Union \"A\"";
    row.file_b = "b.json";
    row.id_b = "y";
    row.name_b = "Union A";
    ReviewRow open = row;
    open.decision = Decision::undecided;
    const std::string path = scratch_file("review.csv", "");
    write_review_file(path, {row, open});
    const auto back = read_review_file(path);
    REQUIRE(back.size() == 2);
    CHECK(back[0].decision == Decision::different);
    CHECK(back[0].score == Approx(0.75));
    CHECK(back[0].evidence == row.evidence);
    CHECK(back[0].name_a == "Union \"A\"");
    CHECK(back[1].decision == Decision::undecided);

    const std::string bad = scratch_file("bad-review.csv",
                                         "decision,score,evidence,file_a,id_a,name_a,file_b,id_b,name_b\n"
                                         ",0.7,e,a.csv,x,X,b.csv,y,Y\nmaybe,0.7,e,a.csv,x,X,b.csv,z,Z\n");
    try {
        read_review_file(bad);
        FAIL("an unknown decision was accepted");
    } catch (const ImportError& error) {
        CHECK(error.where().line == 3);
        CHECK(error.where().field == "decision");
        CHECK_THAT(error.message(), Catch::Contains("expected same, different or nothing"));
    }
}

TEST_CASE("Map format: version 1 opens and is upgraded, version 3 is refused", "[merge][json]") {
    const auto old = import_text("v1.json",
                                 "{\"format\": \"stakemap-map\", \"version\": 1, \"nodes\": ["
                                 "{\"id\": \"a\", \"attributes\": {\"influence\": 7, \"stance\": \"+\", \"founded\": 1990}},"
                                 "{\"id\": \"b\", \"attributes\": {\"influence\": 70}}], \"edges\": []}");
    const Organisation& a = org(old.map, "a");
    REQUIRE(a.influence.has_value());
    CHECK(*a.influence == Approx(7.0));
    CHECK(a.stance == "+");
    CHECK(a.attributes.size() == 1);  // founded stays
    CHECK(org(old.map, "b").attributes.count("influence") == 1);  // 70 is no 0..10 score: kept as written
    const std::string saved = scratch_file("v1-saved.json", "");
    save_json_map(old.map, saved);
    const auto again = import_map(saved);
    CHECK(*org(again.map, "a").influence == Approx(7.0));
    std::ifstream in(saved);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK_THAT(text, Catch::Contains("\"version\": 2"));

    const auto newer = import_error("v3.json", "{\"format\": \"stakemap-map\", \"version\": 3, \"nodes\": []}");
    CHECK(newer.where().field == "version");
    CHECK_THAT(newer.message(), Catch::Contains("map format version 3 is newer than this stakemap reads; expected 2 or older"));
}

TEST_CASE("Map format 2: provenance and Net-Map fields survive a round trip", "[merge][json]") {
    const MergeResult result = merge_maps(three_sources(), AliasTable{}, {});
    const std::string path = scratch_file("merged-round-trip.json", "");
    save_json_map(result.map, path);
    const auto back = import_map(path);
    REQUIRE(back.map.organisation_count() == result.map.organisation_count());
    for (std::size_t v = 0; v < back.map.organisation_count(); ++v) {
        const Organisation& before = result.map.organisation(v);
        const Organisation& after = back.map.organisation(v);
        CHECK(after.provenance == before.provenance);
        CHECK(after.influence == before.influence);
        CHECK(after.stance == before.stance);
    }
    std::size_t k = 0;
    for (const auto handle : back.map.relationship_handles()) {
        (void)handle;
        ++k;
    }
    CHECK(k == result.map.relationship_count());
}
