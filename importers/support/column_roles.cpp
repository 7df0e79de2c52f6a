#include "importers/support/column_roles.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <stdexcept>

#include "importers/support/field_mapping.hpp"
#include "importers/support/vocabulary_mapping.hpp"

namespace stakemap {
namespace {

struct HeaderWords {
    ColumnRole role;
    std::vector<const char*> words;  // compared as VocabularyMapping::key
};

// Organisation tables.
const std::vector<HeaderWords>& organisation_headers() {
    static const std::vector<HeaderWords> headers = {
        {ColumnRole::id, {"id", "ids", "key", "code", "identifier", "identifiant", "identificador", "identificacao", "codigo", "org id",
                          "organisation id", "organization id", "node", "node id", "uid", "ref", "reference"}},
        {ColumnRole::label, {"label", "name", "names", "organisation", "organization", "organisations", "organizations", "org",
                             "organisation name", "organization name", "name of organisation", "name of organization", "nom",
                             "nom de l organisation", "nom de l organisme", "organisme", "nombre", "nombre de la organizacion",
                             "organizacion", "nome", "nome da organizacao", "organizacao", "entidad", "entite", "entidade",
                             "institution", "institucion", "instituicao", "stakeholder", "stakeholders", "actor", "acteur", "ator",
                             "agency", "partner", "partner name", "element", "elements"}},
        {ColumnRole::type, {"type", "types", "category", "categories", "categorie", "categoria", "sector", "secteur", "setor", "tipo",
                            "tipo de organizacion", "tipo de organizacao", "type d organisation", "type de structure", "organisation type",
                            "organization type", "org type", "kind", "element type", "stakeholder type", "actor type", "type of organisation",
                            "type of organization"}},
        {ColumnRole::themes, {"themes", "theme", "tags", "tag", "issues", "issue", "topics", "topic", "temas", "tema", "thematique",
                              "thematiques", "themes de travail", "focus", "focus area", "focus areas", "areas of work", "area of work",
                              "domaine", "domaines", "domaines d intervention", "ambito", "ambitos", "eixo", "eixos", "assuntos",
                              "areas de trabajo", "areas de atuacao", "work on", "works on", "thematic area", "thematic areas"}},
        {ColumnRole::country, {"country", "countries", "pais", "paises", "pays", "nation", "country code", "iso country"}},
        {ColumnRole::region, {"region", "regions", "province", "provincia", "state", "district", "departement", "departamento", "county",
                              "zone", "estado", "prefecture"}},
        {ColumnRole::acronym, {"acronym", "acronyms", "abbreviation", "short name", "sigla", "siglas", "sigle", "acronyme", "acronimo",
                               "alias"}},
        {ColumnRole::description, {"description", "descripcion", "descricao", "notes", "note", "comments", "comment", "remarks",
                                   "observaciones", "observations", "observacoes"}},
        {ColumnRole::x, {"x"}},
        {ColumnRole::y, {"y"}},
    };
    return headers;
}

// Relationship tables.
const std::vector<HeaderWords>& relationship_headers() {
    static const std::vector<HeaderWords> headers = {
        {ColumnRole::source, {"source", "from", "src", "source id", "node1", "node 1", "org a", "organisation a", "organization a", "org 1",
                              "organisation 1", "organization 1", "partner 1", "partner a", "actor 1", "actor a", "de", "desde", "origen",
                              "origem", "source organisation", "source organization", "from organisation", "from organization", "ego",
                              "organisation from", "acteur 1", "organizacion 1", "organizacao 1", "entidad 1", "partenaire 1", "partenaire a",
                              "socio 1", "socio a", "parceiro 1", "parceiro a", "organisme 1", "institution 1", "de la organisation"}},
        {ColumnRole::target, {"target", "to", "dst", "target id", "node2", "node 2", "org b", "organisation b", "organization b", "org 2",
                              "organisation 2", "organization 2", "partner 2", "partner b", "actor 2", "actor b", "a", "hasta", "destino",
                              "para", "vers", "target organisation", "target organization", "to organisation", "to organization", "alter",
                              "organisation to", "acteur 2", "organizacion 2", "organizacao 2", "entidad 2", "partenaire 2", "partenaire b",
                              "socio 2", "socio b", "parceiro 2", "parceiro b", "organisme 2", "institution 2"}},
        {ColumnRole::pair, {"tie", "ties", "link", "links", "connection", "connections", "pair", "pairs", "partnership", "partnerships",
                            "lien", "liens", "vinculo", "vinculos", "relacion entre", "between", "organisations", "organizations"}},
        {ColumnRole::tie_type, {"type", "relationship", "relationships", "relationship type", "tie type", "connection type", "link type",
                                "kind", "nature", "tipo", "tipo de relacion", "tipo de relacao", "type de relation", "type de lien",
                                "relation", "relations", "relacion", "relacao", "tipo de vinculo", "tipo de vinculacion", "tipo de enlace",
                                "tipo de ligacao", "tipo de colaboracion", "type de collaboration", "type of tie", "type of relationship"}},
        {ColumnRole::weight, {"weight", "weights", "strength", "poids", "peso", "intensity", "intensidad", "intensite", "forca"}},
        {ColumnRole::direction, {"direction", "directed", "sens", "direccion", "direcao"}},
        {ColumnRole::description, {"description", "descripcion", "descricao", "notes", "note", "comments", "comment", "remarks",
                                   "observaciones", "observations", "notas", "nota", "comentarios", "observacoes"}},
    };
    return headers;
}

constexpr std::array<std::pair<ColumnRole, std::string_view>, 16> kRoleNames = {{
    {ColumnRole::attribute, "attribute"}, {ColumnRole::id, "id"},         {ColumnRole::label, "label"},
    {ColumnRole::type, "type"},           {ColumnRole::themes, "themes"}, {ColumnRole::country, "country"},
    {ColumnRole::region, "region"},       {ColumnRole::acronym, "acronym"}, {ColumnRole::description, "description"},
    {ColumnRole::x, "x"},                 {ColumnRole::y, "y"},           {ColumnRole::source, "from"},
    {ColumnRole::target, "to"},           {ColumnRole::pair, "ties"},     {ColumnRole::tie_type, "tie_type"},
    {ColumnRole::weight, "weight"},
}};

std::string_view role_in_words(ColumnRole role) {
    switch (role) {
        case ColumnRole::attribute: return "an attribute";
        case ColumnRole::id: return "the id";
        case ColumnRole::label: return "the name";
        case ColumnRole::type: return "the type";
        case ColumnRole::themes: return "the themes";
        case ColumnRole::country: return "the country";
        case ColumnRole::region: return "the region";
        case ColumnRole::acronym: return "the acronym";
        case ColumnRole::description: return "the description";
        case ColumnRole::x: return "the x position";
        case ColumnRole::y: return "the y position";
        case ColumnRole::source: return "the first organisation of each tie";
        case ColumnRole::target: return "the second organisation of each tie";
        case ColumnRole::pair: return "both organisations of each tie (\"A — B\")";
        case ColumnRole::tie_type: return "the tie type";
        case ColumnRole::weight: return "the weight";
        case ColumnRole::direction: return "the direction";
    }
    return "?";
}

}  // namespace

std::string_view role_name(ColumnRole role) {
    if (role == ColumnRole::direction) return "direction";
    for (const auto& [candidate, name] : kRoleNames) {
        if (candidate == role) return name;
    }
    return "?";
}

std::optional<ColumnRole> role_named(std::string_view name) {
    const std::string key = VocabularyMapping::key(name);
    if (key == "direction") return ColumnRole::direction;
    if (key == "source") return ColumnRole::source;
    if (key == "target") return ColumnRole::target;
    if (key == "name") return ColumnRole::label;
    if (key == "theme" || key == "tags") return ColumnRole::themes;
    if (key == "pair" || key == "tie") return ColumnRole::pair;
    if (key == "tie type" || key == "relationship" || key == "relationship type") return ColumnRole::tie_type;
    for (const auto& [role, role_word] : kRoleNames) {
        if (VocabularyMapping::key(role_word) == key) return role;
    }
    return std::nullopt;
}

ColumnRole role_of_header(std::string_view header, TableKind kind) {
    const std::string key = VocabularyMapping::key(header);
    if (key.empty()) return ColumnRole::attribute;
    for (const HeaderWords& words : kind == TableKind::organisations ? organisation_headers() : relationship_headers()) {
        for (const char* word : words.words) {
            if (key == VocabularyMapping::key(word)) return words.role;
        }
    }
    return ColumnRole::attribute;
}

ColumnOverrides ColumnOverrides::parse(std::string_view spec) {
    ColumnOverrides overrides;
    std::size_t start = 0;
    while (start <= spec.size()) {
        const std::size_t comma = std::min(spec.find(',', start), spec.size());
        const std::string part = trim(spec.substr(start, comma - start));
        start = comma + 1;
        if (part.empty()) {
            if (comma == spec.size()) break;
            continue;
        }
        const auto equals = part.find('=');
        if (equals == std::string::npos || equals == 0 || equals + 1 == part.size()) {
            throw std::invalid_argument("--columns: '" + part + "'; expected ROLE=HEADER, e.g. label=Organisation");
        }
        const auto role = role_named(part.substr(0, equals));
        if (!role) {
            throw std::invalid_argument("--columns: '" + part.substr(0, equals) +
                                        "' is not a role; expected id, label, type, themes, country, region, acronym, description, "
                                        "from, to, ties, tie_type, weight, direction or attribute");
        }
        overrides.header_of[*role] = trim(part.substr(equals + 1));
        if (comma == spec.size()) break;
    }
    return overrides;
}

std::optional<std::size_t> ColumnPlan::find(ColumnRole role) const {
    for (std::size_t c = 0; c < roles.size(); ++c) {
        if (roles[c] == role) return c;
    }
    return std::nullopt;
}

ColumnPlan plan_columns(const std::vector<std::string>& header, TableKind kind, const ColumnOverrides& overrides) {
    ColumnPlan plan;
    plan.roles.assign(header.size(), ColumnRole::attribute);
    std::vector<bool> by_override(header.size(), false);
    for (const auto& [role, wanted] : overrides.header_of) {
        const std::string key = VocabularyMapping::key(wanted);
        std::optional<std::size_t> column;
        for (std::size_t c = 0; c < header.size() && !column; ++c) {
            if (VocabularyMapping::key(header[c]) == key) column = c;
        }
        if (!column) continue;  // the other table of the pair may have it
        plan.roles[*column] = role;
        by_override[*column] = true;
        plan.decisions.push_back("column '" + header[*column] + "' read as " + std::string(role_in_words(role)) + " (--columns)");
    }
    for (std::size_t c = 0; c < header.size(); ++c) {
        if (by_override[c]) continue;
        const ColumnRole role = role_of_header(header[c], kind);
        if (role == ColumnRole::attribute) continue;
        const bool taken = std::find(plan.roles.begin(), plan.roles.end(), role) != plan.roles.end();
        if (taken) {
            plan.decisions.push_back("column '" + header[c] + "' kept as an attribute (another column is " + std::string(role_in_words(role)) + ")");
            continue;
        }
        plan.roles[c] = role;
        plan.decisions.push_back("column '" + header[c] + "' read as " + std::string(role_in_words(role)));
    }
    return plan;
}

bool names_a_role(const std::vector<std::string>& row, TableKind kind) {
    return std::any_of(row.begin(), row.end(), [&](const std::string& cell) { return role_of_header(cell, kind) != ColumnRole::attribute; });
}

std::optional<std::pair<std::string, std::string>> split_pair(std::string_view cell) {
    static constexpr std::array<std::string_view, 9> separators = {"\u2014", "\u2013", "\u2194", "<->", "<=>", "\u2015", " - ", " / ", " -- "};
    for (const auto separator : separators) {
        const auto at = cell.find(separator);
        if (at == std::string_view::npos) continue;
        std::string a = trim(cell.substr(0, at)), b = trim(cell.substr(at + separator.size()));
        if (a.empty() || b.empty()) return std::nullopt;
        return std::make_pair(std::move(a), std::move(b));
    }
    return std::nullopt;
}

std::vector<std::string> split_names(std::string_view cell) {
    std::vector<std::string> names;
    std::size_t start = 0;
    while (start <= cell.size()) {
        const std::size_t bar = std::min(cell.find('|', start), cell.size());
        if (std::string name = trim(cell.substr(start, bar - start)); !name.empty()) names.push_back(std::move(name));
        start = bar + 1;
    }
    return names;
}

std::map<std::string, std::string> attribute_columns(const std::vector<std::string>& attributes, const std::vector<std::string>& fixed,
                                                     TableKind kind) {
    std::set<std::string> used(fixed.begin(), fixed.end());
    // A column the reader keeps under its own name (an attribute, a description) is safe.
    const auto taken = [&](const std::string& column) {
        const ColumnRole role = role_of_header(column, kind);
        return used.count(column) || (role != ColumnRole::attribute && role != ColumnRole::description && !(role == ColumnRole::acronym && column == "acronym"));
    };
    std::map<std::string, std::string> columns;
    for (const auto& name : attributes) {
        std::string column = taken(name) ? "attribute " + name : name;
        for (int k = 2; taken(column); ++k) column = "attribute " + name + " " + std::to_string(k);
        used.insert(column);
        columns[name] = column;
    }
    return columns;
}

}  // namespace stakemap
