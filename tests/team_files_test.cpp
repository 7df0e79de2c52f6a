// The files scoping teams really have: spreadsheets exported from Excel or
// LibreOffice in their own words and language, Kumu exports, workbooks,
// other encodings. Each test writes such a file and checks the map it gives:
// types, themes, ties, and that gaps count them (and never state what the
// data cannot tell).

#include <catch2/catch.hpp>

#include "analysis/map_analysis.hpp"
#include "importers/importer.hpp"
#include "importers/rules/map_validator.hpp"
#include "importers/support/column_roles.hpp"
#include "importers/support/vocabulary_mapping.hpp"
#include "importer_test_support.hpp"
#include "test_support.hpp"

using namespace stakemap;
using namespace stakemap::testing;

namespace {

const Organisation& named(const StakeholderMap& map, const std::string& label) {
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        if (map.organisation(v).label == label) return map.organisation(v);
    }
    FAIL("no organisation named " << label);
    return map.organisation(0);
}

bool has_theme(const Organisation& organisation, const std::string& theme) {
    return std::find(organisation.themes.begin(), organisation.themes.end(), theme) != organisation.themes.end();
}

std::size_t covered(const CoverageResult& coverage, const std::string& type, const std::string& theme) {
    const auto row = coverage.by_theme.find(type);
    if (row == coverage.by_theme.end()) return 0;
    const auto cell = row->second.find(theme);
    return cell == row->second.end() ? 0 : cell->second;
}

bool mentions(const std::vector<std::string>& lines, const std::string& text) {
    return std::any_of(lines.begin(), lines.end(), [&](const std::string& line) { return line.find(text) != std::string::npos; });
}

std::string data(const std::string& name) { return std::string(STAKEMAP_TEST_DATA) + "/team-files/" + name; }

}  // namespace

TEST_CASE("Team files: an Excel CSV in English (semicolons, BOM, CRLF, 'Organisation', everyday type words)", "[team-files]") {
    ImportOptions options;
    options.nodes_path = scratch_file("ke-orgs.csv",
                                      "\xEF\xBB\xBFOrganisation;Type;Themes;Country;Notes\r\n"
                                      "Hope for Children;NGO;Trafficking, Child labour;KE;met in March\r\n"
                                      "Ministry of Labour;Government;Child labour;KE;\r\n"
                                      "COTU;Trade Union;Forced labour;KE;\r\n"
                                      "ILO Country Office;UN;Child labour;KE;\r\n"
                                      "Federation of Kenya Employers;Employers' organisation;Child labour;KE;\r\n"
                                      "Caritas Nairobi;Faith-based;Trafficking;KE;\r\n"
                                      "UNICEF Kenya;UN agency;Child labour;KE;\r\n"
                                      "Haki Centre;Civil society;Child labour;KE;\r\n");
    const auto result = import_map(scratch_file("ke-ties.csv", "Org A;Org B;Relation;Notes\r\n"
                                                               "Hope for Children;Ministry of Labour;Referral;weekly\r\n"
                                                               "COTU;ILO Country Office;Partnership;\r\n"
                                                               "Federation of Kenya Employers;COTU;Coordination;\r\n"
                                                               "Ministry of Labour;Caritas Nairobi;Funding;\r\n"),
                                   options);
    const StakeholderMap& map = result.map;
    REQUIRE(map.organisation_count() == 8);  // ties named organisations by name: none was created
    CHECK(map.relationship_count() == 4);
    CHECK(named(map, "Hope for Children").type == "cso");
    CHECK(named(map, "Hope for Children").id == "hope-for-children");
    CHECK(has_theme(named(map, "Hope for Children"), "human_trafficking"));
    CHECK(has_theme(named(map, "Hope for Children"), "child_labour"));
    CHECK(named(map, "Ministry of Labour").type == "government");
    CHECK(named(map, "COTU").type == "union");
    CHECK(named(map, "ILO Country Office").type == "un_agency");
    CHECK(named(map, "Federation of Kenya Employers").type == "employer");
    CHECK(named(map, "Caritas Nairobi").type == "faith");
    CHECK(named(map, "Haki Centre").type == "cso");
    CHECK(std::get<std::string>(named(map, "Hope for Children").attributes.at("Notes")) == "met in March");
    CHECK(result.warnings.empty());

    // gaps counts them: 2 CSOs and 2 UN bodies on child labour, and says no "No CSO works on child labour".
    MapAnalysis analysis(map);
    const CoverageResult& coverage = analysis.coverage();
    CHECK(covered(coverage, "cso", "child_labour") == 2);
    CHECK(covered(coverage, "un_agency", "child_labour") == 2);
    for (const auto& gap : coverage.gaps) {
        CHECK_FALSE(gap.text.find("No CSO works on child labour") != std::string::npos);
        CHECK_FALSE(gap.text.find("No UN agency works on child labour") != std::string::npos);
    }
    CHECK(coverage.unrecognised_types.empty());
}

TEST_CASE("Team files: French node table keyed by name, ties by acronym, a value the vocabulary lacks", "[team-files]") {
    ImportOptions options;
    options.nodes_path = scratch_file("sn-organisations.csv",
                                      "Nom;Sigle;Catégorie;Thèmes;Pays;Région\n"
                                      "Ministère de la Femme et de la Famille;MFF;Ministère;Traite des êtres humains;SN;Dakar\n"
                                      "Confédération nationale des travailleurs du Sénégal;CNTS;Syndicat;Travail forcé;SN;Dakar\n"
                                      "Organisation internationale du Travail;OIT;Agence des Nations Unies;Travail des enfants;SN;Dakar\n"
                                      "Tostan;;ONG;Travail des enfants|Traite des êtres humains;SN;Thiès\n"
                                      "Cabinet Conseil Sahel;CCS;Bureau d'études;Travail des enfants;SN;Thiès\n"
                                      "Conseil national du patronat;CNP;Organisation patronale;Travail des enfants;SN;Dakar\n");
    const auto result = import_map(scratch_file("sn-liens.csv", "Partenaire 1;Partenaire 2;Type de lien\n"
                                                                "MFF;Tostan;Partenariat\n"
                                                                "CNTS;OIT;Coordination\n"
                                                                "ccs;Tostan;Appui\n"),  // an acronym in lower case
                                   options);
    const StakeholderMap& map = result.map;
    REQUIRE(map.organisation_count() == 6);
    CHECK(named(map, "Ministère de la Femme et de la Famille").id == "ministere-de-la-femme-et-de-la-famille");
    CHECK(named(map, "Ministère de la Femme et de la Famille").type == "government");
    CHECK(named(map, "Confédération nationale des travailleurs du Sénégal").type == "union");
    CHECK(named(map, "Organisation internationale du Travail").type == "un_agency");
    CHECK(named(map, "Tostan").type == "cso");
    CHECK(named(map, "Conseil national du patronat").type == "employer");
    CHECK(has_theme(named(map, "Tostan"), "child_labour"));
    CHECK(has_theme(named(map, "Tostan"), "human_trafficking"));
    CHECK(named(map, "Tostan").region == "Thiès");
    CHECK(map.relationship_count() == 3);
    const auto handle = *map.relationship_handles().begin();
    CHECK(map.relationship(handle).data.type == "partnership");

    // "Bureau d'études" is not in the vocabulary: reported once, with the row and a way to map it.
    REQUIRE(result.warnings.size() == 1);
    CHECK_THAT(result.warnings[0], Catch::Contains("sn-organisations.csv:6:") && Catch::Contains("type 'Bureau d'études'") &&
                                       Catch::Contains("--vocabulary"));
    CHECK(named(map, "Cabinet Conseil Sahel").type == "Bureau d'études");

    // The coverage finding it could change is qualified, not stated as fact.
    MapAnalysis analysis(map);
    bool qualified = false;
    for (const auto& gap : analysis.coverage().gaps) {
        if (gap.where == "child_labour" && gap.type == "union") {
            CHECK_FALSE(gap.certain());
            CHECK(gap.unrecognised_type_here == 1);
            CHECK_THAT(gap.text, Catch::StartsWith("No organisation recognised as a union works on child labour") &&
                                     Catch::Contains("'Bureau d'études' \u00d71"));
            qualified = true;
        }
    }
    CHECK(qualified);

    // With the team's own vocabulary the value maps, and the warning goes.
    auto words = std::make_shared<VocabularyMapping>();
    words->add_file(scratch_file("sn-vocabulary.csv", "field,value,canonical\ntype,Bureau d'études,research\n"));
    options.vocabulary = words;
    const auto mapped = import_map(scratch_file("sn-liens.csv", "Partenaire 1;Partenaire 2\nMFF;Tostan\n"), options);
    CHECK(named(mapped.map, "Cabinet Conseil Sahel").type == "research");
    CHECK(mapped.warnings.empty());
}

TEST_CASE("Team files: a Spanish sheet of 'A — B' pairs; Portuguese in Windows-1252; UTF-16 from Excel", "[team-files]") {
    SECTION("one column of pairs") {
        ImportOptions options;
        options.nodes_path = scratch_file("pe-orgs.csv", "Nombre,Tipo,Temas,País\n"
                                                         "Ministerio de Trabajo,Ministerio,Trabajo forzoso,PE\n"
                                                         "CGTP,Sindicato,Trabajo forzoso,PE\n"
                                                         "CHS Alternativo,ONG,Trata de personas,PE\n");
        const auto result = import_map(scratch_file("pe-relaciones.csv", "Relación,Desde cuándo\n"
                                                                         "Ministerio de Trabajo — CGTP,2019\n"
                                                                         "CHS Alternativo – Ministerio de Trabajo,2021\n"
                                                                         "CGTP <-> CHS Alternativo,2023\n"),
                                       options);
        CHECK(result.map.organisation_count() == 3);
        CHECK(result.map.relationship_count() == 3);
        CHECK(mentions(result.decisions, "holds pairs of organisations"));
    }
    SECTION("Windows-1252") {
        const std::string nodes = "Nome;Tipo;Temas\nMinist\xe9rio do Trabalho;Minist\xe9rio;Trabalho infantil\n"
                                  "Reporter Brasil;Organiza\xe7\xe3o n\xe3o governamental;Trabalho escravo\n";
        ImportOptions options;
        options.nodes_path = scratch_file("br-orgs.csv", nodes);
        const auto result = import_map(scratch_file("br-lacos.csv", "De;Para\nMinist\xe9rio do Trabalho;Reporter Brasil\n"), options);
        CHECK(named(result.map, "Minist\u00e9rio do Trabalho").type == "government");
        CHECK(named(result.map, "Reporter Brasil").type == "cso");
        CHECK(has_theme(named(result.map, "Reporter Brasil"), "forced_labour"));
        CHECK(result.map.relationship_count() == 1);
        CHECK(mentions(result.warnings, "read as Windows-1252"));
    }
    SECTION("UTF-16 with a byte-order mark, tab separated") {
        std::string text = "source\ttarget\nILO\tUNICEF\n";
        std::string utf16 = "\xFF\xFE";
        for (const char c : text) {
            utf16 += c;
            utf16 += '\0';
        }
        const auto result = import_text("unicode.txt", utf16);
        CHECK(result.map.relationship_count() == 1);
        CHECK(mentions(result.warnings, "read as UTF-16LE"));
    }
}

TEST_CASE("Team files: Kumu exports, as JSON blueprints and as spreadsheets", "[team-files]") {
    SECTION("Kumu's JSON export: _id and attributes") {
        const auto result = import_text("kumu-export.json", R"({"elements": [
            {"_id": "elem-a1", "attributes": {"label": "Anti-Slavery International", "element type": "NGO", "tags": ["Forced labour", "Trafficking"]}},
            {"_id": "elem-b2", "attributes": {"label": "ITUC", "element type": "Trade union", "description": "global"}},
            {"_id": "elem-c3", "attributes": {"label": "Walk Free", "element type": "Donor"}}],
          "connections": [
            {"_id": "conn-1", "from": "elem-a1", "to": "elem-b2", "direction": "mutual", "attributes": {"connection type": "Partnership", "strength": 3}},
            {"_id": "conn-2", "from": "elem-c3", "to": "elem-a1", "direction": "directed", "attributes": {"connection type": "Funding"}}],
          "loops": [{"_id": "loop-1"}]})");
        const StakeholderMap& map = result.map;
        REQUIRE(map.organisation_count() == 3);
        CHECK(named(map, "Anti-Slavery International").type == "cso");
        CHECK(has_theme(named(map, "Anti-Slavery International"), "forced_labour"));
        CHECK(named(map, "ITUC").type == "union");
        CHECK(named(map, "Walk Free").type == "donor");
        REQUIRE(map.relationship_count() == 2);
        CHECK(map.directed());  // one connection says so
        const auto first = map.relationship(*map.relationship_handles().begin());
        CHECK(first.data.weight == 3.0);
        CHECK(first.data.type == "partnership");
        CHECK(mentions(result.decisions, "Kumu loop"));
    }
    SECTION("a hand-written blueprint naming ends by label") {
        const auto result = import_text("blueprint.json", R"({"elements": [{"label": "A", "type": "Ministry"}, {"label": "B", "type": "ONG"}],
                                                               "connections": [{"from": "A", "to": "B", "type": "referral"}]})");
        CHECK(result.map.organisation_count() == 2);
        CHECK(result.map.relationship_count() == 1);
        CHECK(result.warnings.empty());
    }
    SECTION("Kumu's spreadsheet layout: Label first, Tags with |, several ends in To") {
        ImportOptions options;
        options.nodes_path = scratch_file("kumu-elements.csv", "Label,Type,Description,Tags\n"
                                                               "Ministry of Labour,Government,,Forced labour|Child labour\n"
                                                               "Haki Centre,NGO,legal aid,Trafficking\n"
                                                               "COTU,Union,,Forced labour\n");
        const auto result = import_map(scratch_file("kumu-connections.csv", "From,To,Type,Direction\n"
                                                                            "Ministry of Labour,Haki Centre|COTU,Coordination,undirected\n"
                                                                            "Haki Centre,COTU,Referral,directed\n"),
                                       options);
        CHECK(result.map.organisation_count() == 3);
        CHECK(result.map.relationship_count() == 3);
        CHECK(has_theme(named(result.map, "Ministry of Labour"), "child_labour"));
        CHECK(result.map.directed());
    }
}

TEST_CASE("Team files: workbooks written by LibreOffice (.xlsx and .ods), sheets named in Spanish", "[team-files]") {
    for (const std::string name : {"equipo.xlsx", "equipo.ods"}) {
        INFO(name);
        const auto result = import_map(data(name));
        const StakeholderMap& map = result.map;
        REQUIRE(map.organisation_count() == 5);
        CHECK(map.relationship_count() == 4);  // the "(ignore)" sheet is skipped
        const Organisation& ministry = named(map, "Ministerio de Trabajo y Promoción del Empleo");
        CHECK(ministry.type == "government");
        CHECK(ministry.country == "PE");
        CHECK(ministry.region == "Lima");
        CHECK(has_theme(ministry, "forced_labour"));
        CHECK(has_theme(ministry, "child_labour"));
        CHECK(std::get<std::string>(ministry.attributes.at("acronym")) == "MTPE");
        CHECK(named(map, "Sociedad Nacional de Industrias").type == "employer");
        CHECK(named(map, "Organización Internacional del Trabajo").type == "un_agency");
        double total_weight = 0;
        for (const auto handle : map.relationship_handles()) total_weight += map.relationship(handle).data.weight;
        CHECK(total_weight == Approx(2 + 1.5 + 1 + 1));  // a blank weight is 1
        CHECK(mentions(result.decisions, "sheet 'Notas (ignore)' skipped"));
        CHECK(result.warnings.empty());
    }
    const ImportError error = import_error_at(data("mal-peso.xlsx"));
    CHECK_THAT(std::string(error.what()), Catch::Contains("mal-peso.xlsx: sheet 'Connections' row 3 column D ('Peso'): expected a number"));
}

TEST_CASE("Team files: --columns names what headers do not say; unknown headers stay attributes", "[team-files]") {
    ImportOptions options;
    options.columns = ColumnOverrides::parse("label=Entité partenaire, type=Statut");
    options.nodes_path = scratch_file("odd-orgs.csv", "Entité partenaire,Statut,Contact\nAlpha,ONG,a@x\nBeta,Syndicat,b@x\n");
    const auto result = import_map(scratch_file("odd-ties.csv", "Org A,Org B\nAlpha,Beta\n"), options);
    CHECK(named(result.map, "Alpha").type == "cso");
    CHECK(named(result.map, "Beta").type == "union");
    CHECK(std::get<std::string>(named(result.map, "Alpha").attributes.at("Contact")) == "a@x");
    CHECK(mentions(result.decisions, "column 'Statut' read as the type (--columns)"));
    CHECK_THROWS_AS(ColumnOverrides::parse("colour=Statut"), std::invalid_argument);
}

TEST_CASE("Team files: names that collide get deterministic ids; a header nobody recognises is not data", "[team-files]") {
    ImportOptions options;
    options.nodes_path = scratch_file("same-name.csv", "Name,Type\nHope,NGO\nHope,NGO\n");
    const auto twins = import_map(scratch_file("same-name-ties.csv", "source,target\nhope,hope-2\n"), options);
    REQUIRE(twins.map.organisation_count() == 2);
    CHECK(twins.map.organisation(0).id == "hope");
    CHECK(twins.map.organisation(1).id == "hope-2");
    CHECK(mentions(twins.warnings, "both named 'Hope'"));

    // "Notes" is not a weight: the first row is a header, and its fourth column an attribute.
    const auto notes = import_text("notes.csv", "Org 1,Org 2,Relation,Notes\nA,B,partnership,good\n");
    REQUIRE(notes.map.relationship_count() == 1);
    CHECK(std::get<std::string>(notes.map.relationship(*notes.map.relationship_handles().begin()).data.attributes.at("Notes")) == "good");
}

TEST_CASE("Team files: warnings point at the node table's file and line", "[team-files]") {
    ImportOptions options;
    options.nodes_path = scratch_file("where-orgs.csv", "id,name,country\na,A,KE\nb,B,Kenya\n");
    const auto result = import_map(scratch_file("where-ties.csv", "source,target\na,b\n"), options);
    REQUIRE(result.warnings.size() == 1);
    CHECK_THAT(result.warnings[0], Catch::Contains("where-orgs.csv:3:") && Catch::Contains("'Kenya'"));
    CHECK_THAT(result.warnings[0], !Catch::Contains("where-ties.csv"));

    const auto report = validate_map_file(scratch_file("where-ties.csv", "source,target\na,b\n"), options);
    CHECK(mentions(report.lines, "note: "));
    CHECK(mentions(report.lines, "where-orgs.csv:3:"));
}
