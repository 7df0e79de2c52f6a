#include "importers/support/vocabulary_mapping.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

#include "graph/support/text_fold.hpp"
#include "graph/vocabulary.hpp"
#include "importers/support/csv_table.hpp"
#include "importers/support/field_mapping.hpp"
#include "importers/support/import_error.hpp"
#include "importers/support/text_file.hpp"

namespace stakemap {
namespace {

// Whole values that mean a canonical word (compared by VocabularyMapping::key).
struct Words {
    VocabularyField field;
    const char* canonical;
    std::vector<const char*> values;
};

const std::vector<Words>& exact_words() {
    static const std::vector<Words> words = {
        {VocabularyField::type, "cso",
         {"cso", "csos", "ngo", "ngos", "ingo", "ingos", "international ngo", "national ngo", "local ngo", "cbo", "cbos",
          "community based organisation", "community based organization", "civil society", "civil society organisation",
          "civil society organization", "civil society organisations", "ong", "ongs", "ong internationale", "ong nationale", "osc",
          "organisation non gouvernementale", "organisation de la societe civile", "societe civile", "organizacion no gubernamental",
          "organizacion de la sociedad civil", "sociedad civil", "organizacao nao governamental", "organizacao da sociedade civil",
          "sociedade civil", "association", "associations", "asociacion", "associacao", "non profit", "nonprofit", "not for profit",
          "charity", "network of ngos", "coalition", "advocacy group", "human rights organisation", "human rights organization",
          "women s organisation", "women s organization", "youth organisation", "youth organization", "community group",
          "grassroots organisation", "grassroots organization", "npo"}},
        {VocabularyField::type, "government",
         {"government", "gov", "govt", "government body", "government agency", "government bodies", "public authority", "state",
          "state agency", "ministry", "ministries", "ministere", "ministerio", "ministerio publico", "department", "police",
          "prosecutor", "prosecution", "public prosecutor", "attorney general", "labour inspectorate", "labor inspectorate",
          "labour inspection", "labor inspection", "inspection du travail", "inspeccion de trabajo", "inspecao do trabalho",
          "judiciary", "court", "courts", "parliament", "local government", "local authority", "municipality", "municipalite",
          "municipio", "municipalidad", "prefeitura", "gouvernement", "gobierno", "governo", "administration", "public sector",
          "secteur public", "sector publico", "national authority", "law enforcement", "immigration", "border police"}},
        {VocabularyField::type, "union",
         {"union", "unions", "trade union", "trade unions", "labour union", "labor union", "labour unions", "labor unions",
          "workers union", "workers organisation", "workers organization", "workers organisations", "sindicato", "sindicatos",
          "syndicat", "syndicats", "centrale syndicale", "central sindical", "confederation of workers", "trade union confederation",
          "federation of trade unions", "confederacion sindical", "confederation syndicale", "organisation de travailleurs",
          "organizacion de trabajadores", "organizacao de trabalhadores"}},
        {VocabularyField::type, "un_agency",
         {"un", "u n", "un agency", "un agencies", "un body", "un bodies", "united nations", "united nations agency", "un system",
          "un entity", "ilo", "oit", "ilo office", "unicef", "iom", "oim", "unodc", "onudc", "unhcr", "acnur", "hcr", "ohchr", "hcdh",
          "acnudh", "undp", "pnud", "un women", "onu femmes", "onu mujeres", "unfpa", "fnuap", "unesco", "fao", "onu", "nations unies",
          "naciones unidas", "nacoes unidas", "agence des nations unies", "agencia de naciones unidas", "agencia das nacoes unidas",
          "agence onusienne", "agencia onu", "un agency ilo", "alliance 8 7 secretariat"}},
        {VocabularyField::type, "employer",
         {"employer", "employers", "employer body", "employer bodies", "employers organisation", "employers organization", "employers organisations",
          "employers association", "employer association", "employers federation", "chamber of commerce", "chambers of commerce",
          "business association", "business", "businesses", "private sector", "company", "companies", "enterprise", "corporation",
          "industry association", "trade association", "business council", "organisation patronale", "organisation d employeurs",
          "patronat", "chambre de commerce", "secteur prive", "entreprise", "entreprises", "organizacion de empleadores",
          "empleadores", "camara de comercio", "sector privado", "empresa", "empresas", "organizacao de empregadores",
          "empregadores", "camara de comercio", "setor privado", "employers and business"}},
        {VocabularyField::type, "faith",
         {"faith", "faith based", "faith based organisation", "faith based organisations", "faith based organization", "fbo", "fbos", "religious organisation",
          "religious organization", "religious", "church", "churches", "caritas", "mosque", "temple", "diocese", "interfaith",
          "eglise", "organisation confessionnelle", "iglesia", "organizacion religiosa", "igreja", "organizacao religiosa"}},
        {VocabularyField::type, "survivor_network",
         {"survivor network", "survivors network", "survivor networks", "survivor led", "survivor led organisation",
          "survivor led organization", "survivor organisation", "survivor organization", "survivors", "reseau de survivants",
          "association de survivants", "red de sobrevivientes", "organizacion de sobrevivientes", "rede de sobreviventes"}},
        {VocabularyField::type, "research",
         {"research", "research body", "research bodies", "research institute", "research institution", "research centre", "research center",
          "university", "universities", "academic", "academia", "observatory", "think tank", "universite", "institut de recherche",
          "observatoire", "recherche", "universidad", "instituto de investigacion", "observatorio", "investigacion", "universidade",
          "instituto de pesquisa", "pesquisa"}},
        {VocabularyField::type, "donor",
         {"donor", "donors", "funder", "funders", "embassy", "embassies", "grant making foundation", "grantmaking foundation",
          "development agency", "development partner", "bilateral donor", "multilateral donor", "cooperation agency",
          "development cooperation", "bailleur", "bailleur de fonds", "bailleurs de fonds", "ambassade", "cooperation",
          "agence de cooperation", "donante", "donantes", "embajada", "cooperacion", "agencia de cooperacion", "doador", "doadores",
          "embaixada", "financiador"}},
        {VocabularyField::type, "media",
         {"media", "medias", "media organisation", "media organization", "media organisations", "journalist", "journalists", "press", "newspaper", "radio", "television", "tv", "news agency",
          "journaliste", "journalistes", "presse", "medios", "medios de comunicacion", "periodista", "periodistas", "prensa", "midia",
          "imprensa", "jornalista", "jornalistas"}},
        {VocabularyField::type, "other", {"other", "others", "other organisation", "other organization", "other organisations", "autre", "autres", "otro", "otros", "outro", "outros", "misc"}},

        {VocabularyField::theme, "human_trafficking",
         {"trafficking", "human trafficking", "trafficking in persons", "trafficking in human beings", "tip", "anti trafficking",
          "trata", "trata de personas", "trata de seres humanos", "trata de pessoas", "traite", "traite des personnes",
          "traite des etres humains", "traite humaine", "trafic d etres humains"}},
        {VocabularyField::theme, "child_labour",
         {"child labour", "child labor", "child work", "worst forms of child labour", "worst forms of child labor", "trabajo infantil",
          "travail des enfants", "travail infantile", "trabalho infantil", "child labour elimination"}},
        {VocabularyField::theme, "forced_labour",
         {"forced labour", "forced labor", "bonded labour", "bonded labor", "debt bondage", "trabajo forzoso", "trabajo forzado",
          "travail force", "travail forcé", "trabalho forcado", "trabalho escravo", "labour exploitation", "labor exploitation"}},
        {VocabularyField::theme, "modern_slavery",
         {"modern slavery", "slavery", "contemporary slavery", "esclavage moderne", "esclavage", "esclavitud moderna", "esclavitud",
          "escravidao moderna", "escravidao"}},

        {VocabularyField::relationship, "partnership", {"partnership", "partner", "partners", "partenariat", "partenaire", "alianza", "socio", "parceria"}},
        {VocabularyField::relationship, "funding", {"funding", "funds", "funded by", "grant", "grants", "financing", "financement", "financiamiento", "financiamento", "donation"}},
        {VocabularyField::relationship, "membership", {"membership", "member", "member of", "members", "adhesion", "membre", "miembro", "membro", "affiliation", "affiliate"}},
        {VocabularyField::relationship, "coordination", {"coordination", "coordinates", "coordinacion", "coordenacao", "working group", "task force"}},
        {VocabularyField::relationship, "referral", {"referral", "referrals", "refers", "orientation", "referencement", "derivacion", "referencia", "encaminhamento"}},
        {VocabularyField::relationship, "advocacy", {"advocacy", "joint advocacy", "plaidoyer", "incidencia", "advocacia"}},
        {VocabularyField::relationship, "information", {"information", "information sharing", "information exchange", "data sharing", "echange d information", "intercambio de informacion", "troca de informacao"}},
        {VocabularyField::relationship, "support", {"support", "technical support", "capacity building", "training", "appui", "soutien", "apoyo", "apoio"}},
        {VocabularyField::relationship, "command", {"command", "reports to", "authority", "supervision", "tutelle"}},
        {VocabularyField::relationship, "obstructs", {"obstructs", "obstruction", "conflict", "opposes", "opposition", "blocks"}},
    };
    return words;
}

// Phrases found inside a longer value, in the order they are tried: the more
// specific kinds first ("Employers' association" is an employer body, "Church
// network" faith-based, "Journalists' union" a union).
const std::vector<std::pair<const char*, std::vector<const char*>>>& type_phrases() {
    static const std::vector<std::pair<const char*, std::vector<const char*>>> phrases = {
        {"survivor_network", {"survivor", "survivors", "survivant", "survivants", "sobreviviente", "sobrevivientes", "sobrevivente", "sobreviventes"}},
        {"faith", {"church", "caritas", "diocese", "mosque", "temple", "faith", "religious", "interfaith", "eglise", "confessionnel", "iglesia", "igreja", "islamic", "christian", "catholic", "muslim", "buddhist"}},
        {"union", {"trade union", "trade unions", "labour union", "labor union", "workers union", "sindicato", "sindicatos", "syndicat", "syndicats", "syndicale", "sindical", "confederation of trade unions", "federation of trade unions"}},
        {"employer", {"employers", "employer", "chamber of commerce", "chambre de commerce", "camara de comercio", "business association", "private sector", "patronat", "patronal", "empleadores", "empregadores", "industry association", "manufacturers", "gremio", "gremios", "gremial",
                      "sociedad nacional de industrias", "federation of industries", "confederation of industry"}},
        {"un_agency", {"united nations", "un agency", "un women", "ilo", "unicef", "iom", "unodc", "unhcr", "ohchr", "undp", "unfpa", "unesco", "oit", "oim", "onudc", "pnud", "nations unies", "naciones unidas", "nacoes unidas"}},
        {"research", {"university", "universite", "universidad", "universidade", "research", "recherche", "investigacion", "pesquisa", "observatory", "observatoire", "observatorio", "institute of", "think tank"}},
        {"donor", {"embassy", "ambassade", "embajada", "embaixada", "donor", "donors", "grant making", "grantmaking", "development cooperation", "cooperation agency", "bailleur"}},
        {"media", {"media", "journalists", "journalist", "newspaper", "radio", "television", "press", "presse", "prensa", "periodistas", "jornalistas", "medios"}},
        {"government", {"ministry", "ministere", "ministerio", "government", "gouvernement", "gobierno", "governo", "police", "prosecutor", "inspectorate", "inspection du travail", "inspeccion", "inspecao", "department of", "court", "parliament", "municipality", "municipal", "prefecture", "commission nationale", "national commission", "directorate", "direction generale", "secretaria", "secretariat of state", "gendarmerie"}},
        {"cso", {"ngo", "ngos", "ong", "cbo", "civil society", "societe civile", "sociedad civil", "sociedade civil", "association", "asociacion", "associacao", "coalition", "network", "reseau", "red", "rede", "foundation for", "human rights", "non profit", "nonprofit", "charity"}},
    };
    return phrases;
}

const std::vector<std::pair<const char*, std::vector<const char*>>>& theme_phrases() {
    static const std::vector<std::pair<const char*, std::vector<const char*>>> phrases = {
        {"child_labour", {"child labour", "child labor", "trabajo infantil", "travail des enfants", "travail infantile", "trabalho infantil"}},
        {"forced_labour", {"forced labour", "forced labor", "bonded labour", "bonded labor", "debt bondage", "trabajo forzoso", "trabajo forzado", "travail force", "trabalho forcado", "trabalho escravo"}},
        {"human_trafficking", {"trafficking", "trata", "traite", "trafic"}},
        {"modern_slavery", {"slavery", "esclavage", "esclavitud", "escravidao"}},
    };
    return phrases;
}

std::size_t index_of(VocabularyField field) { return static_cast<std::size_t>(field); }

bool is_known(VocabularyField field, std::string_view canonical) {
    switch (field) {
        case VocabularyField::type: return vocabulary::is_known_organisation_type(canonical);
        case VocabularyField::theme: return vocabulary::is_known_theme(canonical);
        case VocabularyField::relationship: {
            const auto types = vocabulary::relationship_types();
            return std::find(types.begin(), types.end(), canonical) != types.end();
        }
    }
    return false;
}

std::vector<std::string> known_words(VocabularyField field) {
    std::vector<std::string> words;
    const auto list = field == VocabularyField::type ? vocabulary::organisation_types()
                      : field == VocabularyField::theme ? vocabulary::themes()
                                                        : vocabulary::relationship_types();
    for (const auto word : list) words.emplace_back(word);
    return words;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

}  // namespace

std::string_view field_name(VocabularyField field) {
    switch (field) {
        case VocabularyField::type: return "type";
        case VocabularyField::theme: return "theme";
        case VocabularyField::relationship: return "relationship";
    }
    return "?";
}

std::optional<VocabularyField> vocabulary_field_named(std::string_view name) {
    const std::string key = VocabularyMapping::key(name);
    if (key == "type" || key == "types" || key == "organisation type" || key == "organization type" || key == "category" || key == "sector") {
        return VocabularyField::type;
    }
    if (key == "theme" || key == "themes" || key == "tag" || key == "tags" || key == "issue" || key == "issues") return VocabularyField::theme;
    if (key == "relationship" || key == "relationship type" || key == "tie" || key == "tie type" || key == "connection type") {
        return VocabularyField::relationship;
    }
    return std::nullopt;
}

std::string VocabularyMapping::key(std::string_view value) {
    const std::string folded = fold_case_and_accents(value);
    std::string out;
    for (const char c : folded) {
        const auto byte = static_cast<unsigned char>(c);
        const bool word = byte >= 0x80 || std::isalnum(byte);
        if (word) out += c;
        else if (!out.empty() && out.back() != ' ') out += ' ';
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

VocabularyMapping::VocabularyMapping() {
    for (const Words& words : exact_words()) {
        for (const char* value : words.values) exact_[index_of(words.field)].emplace(key(value), Entry{words.canonical, "built-in"});
    }
    for (const auto field : {VocabularyField::type, VocabularyField::theme, VocabularyField::relationship}) {
        for (const std::string& word : known_words(field)) {
            exact_[index_of(field)].emplace(key(word), Entry{word, "built-in"});  // "un_agency", "un agency"
        }
    }
    for (const auto& [canonical, list] : type_phrases()) {
        for (const char* phrase : list) phrases_[index_of(VocabularyField::type)].push_back({key(phrase), canonical});
    }
    for (const auto& [canonical, list] : theme_phrases()) {
        for (const char* phrase : list) phrases_[index_of(VocabularyField::theme)].push_back({key(phrase), canonical});
    }
}

void VocabularyMapping::add(VocabularyField field, std::string_view value, std::string_view canonical, const std::string& where) {
    exact_[index_of(field)][key(value)] = Entry{std::string(canonical), where};
}

void VocabularyMapping::add_file(const std::string& path) {
    const TextFile file = TextFile::read(path);
    const CsvTable table = parse_csv(file);
    for (std::size_t r = 0; r < table.records.size(); ++r) {
        const CsvRecord& record = table.records[r];
        const auto cell = [&](std::size_t c) { return c < record.fields.size() ? trim(record.fields[c]) : std::string(); };
        if (r == 0 && key(cell(0)) == "field") continue;  // a header
        SourceLocation where = file.at_line(record.line);
        if (record.fields.size() < 3) {
            throw ImportError(where, "expected three columns field,value,canonical (e.g. type,ONG locale,cso)");
        }
        const auto field = vocabulary_field_named(cell(0));
        if (!field) {
            where.field = "field";
            throw ImportError(where, "'" + cell(0) + "' is not a field the vocabulary maps; expected type, theme or relationship");
        }
        std::string canonical = cell(2);
        if (const auto mapped = map(*field, canonical); !is_known(*field, canonical) && mapped.size() == 1) canonical = mapped.front().canonical;
        if (!is_known(*field, canonical)) {
            where.field = "canonical";
            std::string expected;
            for (const auto& word : known_words(*field)) expected += (expected.empty() ? "" : ", ") + word;
            throw ImportError(where, "'" + cell(2) + "' is not a " + std::string(field_name(*field)) + " stakemap knows; expected one of " + expected);
        }
        add(*field, cell(1), canonical, path + ":" + std::to_string(record.line));
    }
}

std::vector<VocabularyMapping::Match> VocabularyMapping::map(VocabularyField field, std::string_view value) const {
    const std::string k = key(value);
    if (k.empty()) return {};
    const auto& exact = exact_[index_of(field)];
    if (const auto found = exact.find(k); found != exact.end()) return {{found->second.canonical, found->second.rule}};
    // A plural the table does not list: "Faith-based organisations".
    if (k.size() > 3 && k.back() == 's') {
        if (const auto found = exact.find(k.substr(0, k.size() - 1)); found != exact.end()) return {{found->second.canonical, found->second.rule}};
    }
    std::vector<Match> matches;
    const std::string padded = " " + k + " ";
    for (const Phrase& phrase : phrases_[index_of(field)]) {
        if (padded.find(" " + phrase.key + " ") == std::string::npos) continue;
        const bool seen = std::any_of(matches.begin(), matches.end(), [&](const Match& m) { return m.canonical == phrase.canonical; });
        if (seen) continue;
        matches.push_back({phrase.canonical, "contains '" + phrase.key + "'"});
        if (field != VocabularyField::theme) break;  // one type per organisation: the first (most specific) phrase wins
    }
    return matches;
}

std::vector<std::string> VocabularyMapping::closest(VocabularyField field, std::string_view value, std::size_t count) const {
    const std::string k = key(value);
    std::vector<std::pair<std::size_t, std::string>> scored;  // distance, "canonical ('synonym')"
    std::set<std::string> canonicals;
    for (const auto& [synonym, entry] : exact_[index_of(field)]) {
        const std::size_t distance = edit_distance(k, synonym) * 100 / std::max<std::size_t>(1, std::max(k.size(), synonym.size()));
        scored.emplace_back(distance, entry.canonical);
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::string> result;
    for (const auto& [distance, canonical] : scored) {
        if (result.size() == count) break;
        if (canonicals.insert(canonical).second) result.push_back(canonical);
    }
    return result;
}

}  // namespace stakemap
