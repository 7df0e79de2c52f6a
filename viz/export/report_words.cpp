#include "viz/export/report_words.hpp"

namespace stakemap::viz {
namespace {

const ReportWords kEnglish{
    "en", "Stakeholder map", "scoping report", "Scoping report made by stakemap", "map dated {1}", "Note: ",
    "organisations", "relationships", "separate parts", "communities", "coverage cells filled", "organisations tied to no one",
    "The map",
    "Each box is an organisation, coloured by type and sized by betweenness (how often it lies on the shortest path between two "
    "others). Dashed orange lines are suggested partners, numbered as in the list below.",
    "The map, by community",
    "The map has {1} organisations, too many to draw one by one on a page. Each box is a community (a group of organisations more "
    "tied to each other than to the rest), named by its best-connected members and coloured by its most common type; a thicker "
    "line means more ties between two communities. The largest communities are then drawn one by one.",
    "The community of {1} ({2} organisations)", "its {1} best-connected members are drawn",
    "Who works on what",
    "How many organisations of each type work on each theme (deeper blue: more). Cells outlined with a ! are below what the "
    "profile \"{1}\" asks for ({2}).",
    "type",
    "Who holds the network together", "<b>Partners</b>: how many organisations it works with.",
    "<b>Betweenness</b>: how often it lies on the shortest path between two other organisations — a go-between.",
    "<b>Eigenvector</b>: how well connected its partners are themselves — influence through well-placed friends.",
    "<b>PageRank</b>: where someone following ties at random would most often end up.",
    "most partners", "betweenness", "eigenvector", "PageRank",
    "Brokers and fragile points",
    "A broker links groups that are not otherwise linked; its <i>constraint</i> is low when its partners do not already know each "
    "other. A fragile point is an organisation whose departure would cut others off.",
    "broker", "links between groups", "constraint", "If <b>{1}</b> dropped out, {2} organisation(s) would lose their connection to the rest.",
    "No single organisation holds parts of the map together.",
    "and {1} more", "Groups that never meet",
    "Communities are groups of organisations more tied to each other than to the rest. These pairs of groups have no tie at all between them.",
    "Every pair of sizeable groups has at least one tie.",
    "Influence, interest and salience", "none",
    "No organisation has both an influence and an interest recorded ({1} without influence, {2} without interest), so no "
    "power–interest grid can be drawn. Net-Map interviews or a survey add them (fields <code>influence</code> and <code>interest</code>, 0–10).",
    "Influence (0–10) against interest (0–10), split at 5. {1} organisations have no influence recorded and {2} no interest; they are not placed.",
    "low interest", "high interest", "high influence", "low influence",
    {"manage closely", "keep satisfied", "keep informed", "monitor"},
    "Salience (Mitchell, Agle &amp; Wood, 1997) needs <code>power</code>, <code>legitimacy</code> and <code>urgency</code> for each "
    "organisation; the map records all three for none, so no classes are given.",
    "Salience classes (Mitchell, Agle &amp; Wood, 1997) from power, legitimacy and urgency; {1} organisations lack at least one of "
    "the three and are not classed.",
    "class",
    {"none of the three (not a stakeholder in this sense)", "dormant (power only)", "discretionary (legitimacy only)",
     "demanding (urgency only)", "dominant (power and legitimacy)", "dangerous (power and urgency)",
     "dependent (legitimacy and urgency)", "definitive (power, legitimacy and urgency)"},
    "Whom to bring to the table",
    "Pairs not yet working together, ranked by shared partners, complementary roles and themes, and how much they would bridge "
    "separate groups.",
    "score", "closes a gap:",
    "Where the data comes from", "file", "All organisations", "organisation", "country", "region", "themes", "partners"};

const ReportWords kFrench{
    "fr", "Carte des parties prenantes", "rapport de cadrage", "Rapport de cadrage établi avec stakemap", "carte datée du {1}", "Remarque : ",
    "organisations", "relations", "parties séparées", "communautés", "cases de couverture remplies", "organisations liées à personne",
    "La carte",
    "Chaque case est une organisation, colorée selon son type et dimensionnée selon son intermédiarité (la fréquence à laquelle elle "
    "se trouve sur le plus court chemin entre deux autres). Les lignes orange en tirets sont des partenariats suggérés, numérotés "
    "comme dans la liste plus bas.",
    "La carte, par communauté",
    "La carte compte {1} organisations, trop pour les dessiner une à une sur une page. Chaque case est une communauté (un groupe "
    "d'organisations plus liées entre elles qu'avec le reste), nommée d'après ses membres les mieux reliés et colorée selon son type "
    "le plus fréquent ; un trait plus épais signifie plus de liens entre deux communautés. Les plus grandes communautés sont "
    "ensuite dessinées une à une.",
    "La communauté de {1} ({2} organisations)", "ses {1} membres les mieux reliés sont dessinés",
    "Qui travaille sur quoi",
    "Nombre d'organisations de chaque type travaillant sur chaque thème (bleu plus foncé : davantage). Les cases encadrées d'un ! "
    "sont en dessous de ce que demande le profil « {1} » ({2}).",
    "type",
    "Qui fait tenir le réseau", "<b>Partenaires</b> : avec combien d'organisations elle travaille.",
    "<b>Intermédiarité</b> : à quelle fréquence elle se trouve sur le plus court chemin entre deux autres organisations — un intermédiaire.",
    "<b>Vecteur propre</b> : à quel point ses partenaires sont eux-mêmes bien reliés — une influence par des amis bien placés.",
    "<b>PageRank</b> : où aboutirait le plus souvent quelqu'un qui suivrait les liens au hasard.",
    "le plus de partenaires", "intermédiarité", "vecteur propre", "PageRank",
    "Courtiers et points fragiles",
    "Un courtier relie des groupes qui ne le sont pas autrement ; sa <i>contrainte</i> est faible quand ses partenaires ne se "
    "connaissent pas déjà. Un point fragile est une organisation dont le départ couperait d'autres du réseau.",
    "courtier", "liens entre groupes", "contrainte",
    "Si <b>{1}</b> se retirait, {2} organisation(s) perdraient leur lien avec le reste.",
    "Aucune organisation ne tient à elle seule des parties de la carte.",
    "et {1} autres", "Groupes qui ne se rencontrent jamais",
    "Les communautés sont des groupes d'organisations plus liées entre elles qu'avec le reste. Ces paires de groupes n'ont aucun lien entre elles.",
    "Chaque paire de groupes d'une certaine taille a au moins un lien.",
    "Influence, intérêt et saillance", "aucune",
    "Aucune organisation n'a à la fois une influence et un intérêt renseignés ({1} sans influence, {2} sans intérêt) : la grille "
    "pouvoir–intérêt ne peut pas être tracée. Des entretiens Net-Map ou une enquête les ajoutent (champs <code>influence</code> et "
    "<code>interest</code>, 0–10).",
    "Influence (0–10) par rapport à l'intérêt (0–10), coupés à 5. {1} organisations n'ont pas d'influence renseignée et {2} pas "
    "d'intérêt ; elles ne sont pas placées.",
    "intérêt faible", "intérêt élevé", "influence élevée", "influence faible",
    {"gérer de près", "satisfaire", "tenir informé", "surveiller"},
    "La saillance (Mitchell, Agle &amp; Wood, 1997) demande <code>power</code>, <code>legitimacy</code> et <code>urgency</code> pour "
    "chaque organisation ; la carte ne renseigne les trois pour aucune, aucune classe n'est donc donnée.",
    "Classes de saillance (Mitchell, Agle &amp; Wood, 1997) selon le pouvoir, la légitimité et l'urgence ; {1} organisations n'ont "
    "pas l'un des trois et ne sont pas classées.",
    "classe",
    {"aucun des trois (pas une partie prenante en ce sens)", "latente (pouvoir seul)", "discrétionnaire (légitimité seule)",
     "revendicatrice (urgence seule)", "dominante (pouvoir et légitimité)", "dangereuse (pouvoir et urgence)",
     "dépendante (légitimité et urgence)", "définitive (pouvoir, légitimité et urgence)"},
    "Qui réunir autour de la table",
    "Paires qui ne travaillent pas encore ensemble, classées selon leurs partenaires communs, la complémentarité de leurs rôles et "
    "thèmes, et combien elles relieraient des groupes séparés.",
    "score", "comble une lacune :",
    "D'où viennent les données", "fichier", "Toutes les organisations", "organisation", "pays", "région", "thèmes", "partenaires"};

const ReportWords kSpanish{
    "es", "Mapa de actores", "informe de diagnóstico", "Informe de diagnóstico elaborado con stakemap", "mapa con fecha {1}", "Nota: ",
    "organizaciones", "relaciones", "partes separadas", "comunidades", "celdas de cobertura cubiertas", "organizaciones sin ningún vínculo",
    "El mapa",
    "Cada recuadro es una organización, coloreada según su tipo y dimensionada según su intermediación (la frecuencia con que está "
    "en el camino más corto entre otras dos). Las líneas naranjas discontinuas son socios sugeridos, numerados como en la lista de abajo.",
    "El mapa, por comunidad",
    "El mapa tiene {1} organizaciones, demasiadas para dibujarlas una a una en una página. Cada recuadro es una comunidad (un grupo "
    "de organizaciones más vinculadas entre sí que con el resto), nombrada por sus miembros mejor conectados y coloreada según su "
    "tipo más común; una línea más gruesa indica más vínculos entre dos comunidades. Las comunidades más grandes se dibujan "
    "después una a una.",
    "La comunidad de {1} ({2} organizaciones)", "se dibujan sus {1} miembros mejor conectados",
    "Quién trabaja en qué",
    "Cuántas organizaciones de cada tipo trabajan en cada tema (azul más intenso: más). Las celdas marcadas con ! están por debajo "
    "de lo que pide el perfil «{1}» ({2}).",
    "tipo",
    "Quién sostiene la red", "<b>Socios</b>: con cuántas organizaciones trabaja.",
    "<b>Intermediación</b>: con qué frecuencia está en el camino más corto entre otras dos organizaciones — un intermediario.",
    "<b>Vector propio</b>: cuán bien conectados están sus propios socios — influencia a través de amigos bien situados.",
    "<b>PageRank</b>: dónde acabaría más a menudo alguien que siguiera los vínculos al azar.",
    "más socios", "intermediación", "vector propio", "PageRank",
    "Intermediarios y puntos frágiles",
    "Un intermediario une grupos que de otro modo no están unidos; su <i>restricción</i> es baja cuando sus socios no se conocen "
    "ya entre sí. Un punto frágil es una organización cuya salida dejaría aisladas a otras.",
    "intermediario", "vínculos entre grupos", "restricción",
    "Si <b>{1}</b> se retirara, {2} organización(es) perderían su conexión con el resto.",
    "Ninguna organización sostiene por sí sola partes del mapa.",
    "y {1} más", "Grupos que nunca se encuentran",
    "Las comunidades son grupos de organizaciones más vinculadas entre sí que con el resto. Estos pares de grupos no tienen ningún vínculo entre ellos.",
    "Todo par de grupos de cierto tamaño tiene al menos un vínculo.",
    "Influencia, interés y prominencia", "ninguna",
    "Ninguna organización tiene registradas a la vez influencia e interés ({1} sin influencia, {2} sin interés), así que no puede "
    "dibujarse la matriz poder–interés. Las entrevistas Net-Map o una encuesta los añaden (campos <code>influence</code> e "
    "<code>interest</code>, 0–10).",
    "Influencia (0–10) frente a interés (0–10), divididos en 5. {1} organizaciones no tienen influencia registrada y {2} no tienen "
    "interés; no se ubican.",
    "interés bajo", "interés alto", "influencia alta", "influencia baja",
    {"gestionar de cerca", "mantener satisfecho", "mantener informado", "observar"},
    "La prominencia (Mitchell, Agle &amp; Wood, 1997) necesita <code>power</code>, <code>legitimacy</code> y <code>urgency</code> para "
    "cada organización; el mapa no registra los tres para ninguna, así que no se dan clases.",
    "Clases de prominencia (Mitchell, Agle &amp; Wood, 1997) según poder, legitimidad y urgencia; a {1} organizaciones les falta al "
    "menos uno de los tres y no se clasifican.",
    "clase",
    {"ninguno de los tres (no es actor en este sentido)", "latente (solo poder)", "discrecional (solo legitimidad)",
     "exigente (solo urgencia)", "dominante (poder y legitimidad)", "peligroso (poder y urgencia)",
     "dependiente (legitimidad y urgencia)", "definitivo (poder, legitimidad y urgencia)"},
    "A quién sentar a la mesa",
    "Pares que aún no trabajan juntos, ordenados por socios comunes, complementariedad de funciones y temas, y cuánto unirían "
    "grupos separados.",
    "puntuación", "cubre una carencia:",
    "De dónde vienen los datos", "archivo", "Todas las organizaciones", "organización", "país", "región", "temas", "socios"};

}  // namespace

const ReportWords* report_words(std::string_view language) {
    if (language == "en") return &kEnglish;
    if (language == "fr") return &kFrench;
    if (language == "es") return &kSpanish;
    return nullptr;
}

std::vector<std::string> report_languages() { return {"en", "fr", "es"}; }

std::string fill(std::string_view pattern, const std::vector<std::string>& values) {
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const std::size_t k = static_cast<std::size_t>(pattern[i + 1] - '1');
            if (k < values.size()) {
                out += values[k];
                i += 2;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

}  // namespace stakemap::viz
