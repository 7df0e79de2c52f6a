#include "importers/merge/name_matching.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>
#include <unordered_set>

#include "graph/support/text_fold.hpp"

namespace stakemap {
namespace {

// Abbreviations, spellings and translations -> one English word. "" drops the word.
const std::unordered_map<std::string, std::string>& dictionary() {
    static const std::unordered_map<std::string, std::string> words = {
        // small words (English, French, Spanish, Portuguese)
        {"of", ""}, {"the", ""}, {"and", ""}, {"for", ""}, {"on", ""}, {"in", ""}, {"to", ""}, {"a", ""}, {"an", ""},
        {"de", ""}, {"des", ""}, {"du", ""}, {"la", ""}, {"le", ""}, {"les", ""}, {"l", ""}, {"d", ""}, {"et", ""},
        {"pour", ""}, {"el", ""}, {"los", ""}, {"las", ""}, {"y", ""}, {"e", ""}, {"para", ""}, {"por", ""},
        {"do", ""}, {"da", ""}, {"dos", ""}, {"das", ""}, {"del", ""}, {"au", ""}, {"aux", ""}, {"s", ""},
        // abbreviations
        {"min", "ministry"}, {"mins", "ministry"}, {"dept", "department"}, {"dep", "department"}, {"intl", "international"},
        {"int", "international"}, {"natl", "national"}, {"nat", "national"}, {"org", "organisation"},
        {"assoc", "association"}, {"assn", "association"}, {"fed", "federation"}, {"govt", "government"},
        {"gov", "government"}, {"dev", "development"}, {"soc", "social"}, {"inst", "institute"}, {"univ", "university"},
        {"ctr", "centre"}, {"cntr", "centre"}, {"fdn", "foundation"}, {"found", "foundation"}, {"cttee", "committee"},
        {"cmte", "committee"}, {"comm", "commission"}, {"coord", "coordination"}, {"prot", "protection"},
        {"hum", "human"}, {"wkrs", "workers"}, {"sec", "secretariat"}, {"nw", "network"}, {"netw", "network"},
        // spellings
        {"labor", "labour"}, {"organization", "organisation"}, {"organizations", "organisation"},
        {"organisations", "organisation"}, {"center", "centre"}, {"program", "programme"}, {"defense", "defence"},
        {"labour's", "labour"}, {"childrens", "children"}, {"child", "children"}, {"workers'", "workers"},
        {"worker", "workers"}, {"unions", "union"}, {"rights'", "rights"},
        // French, Spanish, Portuguese -> English (accents already folded)
        {"ministere", "ministry"}, {"ministerio", "ministry"}, {"travail", "labour"}, {"trabajo", "labour"},
        {"trabalho", "labour"}, {"emploi", "employment"}, {"empleo", "employment"}, {"emprego", "employment"},
        {"nationale", "national"}, {"nacional", "national"}, {"internationale", "international"},
        {"internacional", "international"}, {"organizacion", "organisation"}, {"organizacao", "organisation"},
        {"syndicat", "union"}, {"syndicats", "union"}, {"sindicato", "union"}, {"sindicatos", "union"},
        {"federacion", "federation"}, {"federacao", "federation"}, {"confederacion", "confederation"},
        {"confederacao", "confederation"}, {"enfants", "children"}, {"enfant", "children"}, {"ninos", "children"},
        {"ninas", "children"}, {"ninez", "children"}, {"infancia", "children"}, {"criancas", "children"},
        {"femmes", "women"}, {"mujeres", "women"}, {"mulheres", "women"}, {"droits", "rights"}, {"derechos", "rights"},
        {"direitos", "rights"}, {"humains", "human"}, {"humanos", "human"}, {"traite", "trafficking"},
        {"trata", "trafficking"}, {"trafico", "trafficking"}, {"esclavage", "slavery"}, {"esclavitud", "slavery"},
        {"escravidao", "slavery"}, {"escravo", "slavery"}, {"force", "forced"}, {"forzoso", "forced"},
        {"forcado", "forced"}, {"travailleurs", "workers"}, {"trabajadores", "workers"}, {"trabalhadores", "workers"},
        {"asociacion", "association"}, {"associacao", "association"}, {"conseil", "council"}, {"consejo", "council"},
        {"conselho", "council"}, {"comision", "commission"}, {"comissao", "commission"}, {"proteccion", "protection"},
        {"protecao", "protection"}, {"sociale", "social"}, {"sociales", "social"}, {"sante", "health"},
        {"salud", "health"}, {"saude", "health"}, {"justicia", "justice"}, {"justica", "justice"},
        {"policia", "police"}, {"fondation", "foundation"}, {"fundacion", "foundation"}, {"fundacao", "foundation"},
        {"reseau", "network"}, {"red", "network"}, {"rede", "network"}, {"centro", "centre"}, {"bureau", "office"},
        {"oficina", "office"}, {"affaires", "affairs"}, {"asuntos", "affairs"}, {"interieur", "interior"},
        {"migracion", "migration"}, {"migracao", "migration"}, {"developpement", "development"},
        {"desarrollo", "development"}, {"desenvolvimento", "development"}, {"gouvernement", "government"},
        {"gobierno", "government"}, {"governo", "government"}, {"coalicion", "coalition"}, {"coalizao", "coalition"},
        {"contre", "against"}, {"contra", "against"}, {"lutte", "fight"}, {"lucha", "fight"}, {"luta", "fight"},
        {"unies", "united"}, {"unidas", "united"}, {"nations", "nations"}, {"naciones", "nations"}, {"nacoes", "nations"},
        {"migrants", "migrants"}, {"migrantes", "migrants"}, {"domestiques", "domestic"}, {"domesticos", "domestic"},
        {"domesticas", "domestic"}, {"comite", "committee"}, {"universite", "university"}, {"universidad", "university"},
        {"universidade", "university"}, {"etudes", "studies"}, {"estudios", "studies"}, {"estudos", "studies"},
        {"juridique", "legal"}, {"juridica", "legal"}, {"juridico", "legal"}, {"aide", "aid"}, {"ayuda", "aid"},
        {"ajuda", "aid"}, {"soutien", "support"}, {"apoyo", "support"}, {"apoio", "support"}, {"personnes", "persons"},
        {"personas", "persons"}, {"pessoas", "persons"}, {"etrangeres", "foreign"}, {"exteriores", "foreign"},
        {"education", "education"}, {"educacion", "education"}, {"educacao", "education"}, {"enfance", "children"}, {"libre", "free"}, {"libres", "free"}, {"livre", "free"}, {"livres", "free"},
    };
    return words;
}

std::vector<std::string> split_words(std::string_view folded) {
    std::vector<std::string> words;
    std::string current;
    for (const char c : folded) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || byte >= 0x80 || c == '\'') {
            current += c;
        } else if (!current.empty()) {
            words.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty()) words.push_back(std::move(current));
    for (auto& word : words) {  // "labour's" -> "labour"
        while (!word.empty() && word.back() == '\'') word.pop_back();
        if (word.size() > 2 && word.ends_with("'s")) word.resize(word.size() - 2);
        word.erase(std::remove(word.begin(), word.end(), '\''), word.end());
    }
    std::erase_if(words, [](const std::string& word) { return word.empty(); });
    return words;
}

// An acronym as written: 2..10 letters, mostly capitals ("ILO", "UNICEF", "HAART", "ActionAid" is not).
bool looks_like_acronym(std::string_view word) {
    if (word.size() < 2 || word.size() > 10) return false;
    std::size_t upper = 0, letters = 0;
    for (const char c : word) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalpha(byte)) {
            ++letters;
            if (std::isupper(byte)) ++upper;
        } else if (!std::isdigit(byte) && c != '-' && c != '&') {
            return false;
        }
    }
    return letters >= 2 && upper == letters;
}

std::string lower_ascii_letters(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (std::isalnum(static_cast<unsigned char>(c))) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

}  // namespace

std::string canonical_word(std::string_view folded_word) {
    const auto& words = dictionary();
    const auto found = words.find(std::string(folded_word));
    std::string word = found != words.end() ? found->second : std::string(folded_word);
    // Plural and singular alike ("migrations", "workers"): a final s of a long word is dropped.
    if (word.size() > 4 && word.back() == 's' && word[word.size() - 2] != 's') word.pop_back();
    return word;
}

bool within_typo(std::string_view a, std::string_view b) {
    if (a == b) return true;
    const std::size_t shorter = std::min(a.size(), b.size());
    if (shorter < 4) return false;  // "ilo" vs "ila" are different names
    if (shorter > kLongestTypoWord) return false;  // no real word is this long; it keeps the check short
    // Numbers are not misspelt words: "Branch 1001" is not "Branch 1000".
    const auto has_digit = [](std::string_view word) { return word.find_first_of("0123456789") != std::string_view::npos; };
    if (has_digit(a) || has_digit(b)) return false;
    const std::size_t allowed = shorter >= 8 ? 2 : 1;
    if (std::max(a.size(), b.size()) - shorter > allowed) return false;
    if (a[0] != b[0]) return false;  // slips rarely hit the first letter; this keeps "union" from "onion"
    // Damerau-Levenshtein (optimal string alignment) over three rows.
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::size_t> before(m + 1), previous(m + 1), current(m + 1);
    for (std::size_t j = 0; j <= m; ++j) previous[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        current[0] = i;
        std::size_t row_best = current[0];
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) current[j] = std::min(current[j], before[j - 2] + 1);
            row_best = std::min(row_best, current[j]);
        }
        if (row_best > allowed) return false;
        before.swap(previous);
        previous.swap(current);
    }
    return previous[m] <= allowed;
}

NameKey name_key(std::string_view name) {
    NameKey key;
    // An acronym in brackets: "International Labour Organization (ILO)".
    std::string main_part(name);
    if (const auto open = name.rfind('('); open != std::string_view::npos) {
        const auto close = name.find(')', open);
        const std::string_view inside = name.substr(open + 1, close == std::string_view::npos ? std::string_view::npos : close - open - 1);
        if (looks_like_acronym(inside)) {
            key.acronyms.push_back(lower_ascii_letters(inside));
            main_part = std::string(name.substr(0, open));
            if (close != std::string_view::npos) main_part += std::string(name.substr(close + 1));
        }
    }
    // The whole name is an acronym ("ILO", "UNICEF").
    std::string trimmed_name(name);
    while (!trimmed_name.empty() && trimmed_name.back() == ' ') trimmed_name.pop_back();
    while (!trimmed_name.empty() && trimmed_name.front() == ' ') trimmed_name.erase(0, 1);
    if (looks_like_acronym(trimmed_name)) key.acronyms.push_back(lower_ascii_letters(trimmed_name));

    key.folded = fold_case_and_accents(main_part);
    for (const std::string& word : split_words(key.folded)) {
        if (key.words.size() == kMostWordsCompared) break;
        const std::string canonical = canonical_word(word);
        if (canonical.empty()) continue;
        key.words.push_back(canonical);
        key.initials += canonical[0];
        key.written_initials += word[0];
    }
    std::string normal;
    for (const auto& word : split_words(key.folded)) normal += (normal.empty() ? "" : " ") + word;
    key.folded = normal;
    return key;
}

NameSimilarity compare_names(const NameKey& a, const NameKey& b) {
    NameSimilarity similarity;
    const auto matches_acronym = [](const NameKey& acronym_side, const NameKey& full) {
        if (full.words.size() < 2) return false;
        for (const auto& acronym : acronym_side.acronyms) {
            if (acronym == full.initials || acronym == full.written_initials) return true;
            for (const auto& other : full.acronyms) {
                if (acronym == other) return true;
            }
        }
        return false;
    };
    similarity.acronym = matches_acronym(a, b) || matches_acronym(b, a);
    if (!a.acronyms.empty() && !b.acronyms.empty()) {
        for (const auto& x : a.acronyms) {
            for (const auto& y : b.acronyms) similarity.acronym = similarity.acronym || x == y;
        }
    }
    if (a.words.empty() || b.words.empty()) return similarity;
    // Greedy one-to-one word matching: exact words first, then typos.
    std::vector<bool> used(b.words.size(), false);
    double matched = 0.0;
    std::vector<bool> done(a.words.size(), false);
    for (std::size_t i = 0; i < a.words.size(); ++i) {
        for (std::size_t j = 0; j < b.words.size(); ++j) {
            if (!used[j] && a.words[i] == b.words[j]) {
                used[j] = done[i] = true;
                matched += 1.0;
                break;
            }
        }
    }
    for (std::size_t i = 0; i < a.words.size(); ++i) {
        if (done[i]) continue;
        for (std::size_t j = 0; j < b.words.size(); ++j) {
            if (!used[j] && within_typo(a.words[i], b.words[j])) {
                used[j] = done[i] = true;
                matched += 0.9;
                ++similarity.typos;
                break;
            }
        }
    }
    const double total = static_cast<double>(a.words.size() + b.words.size());
    similarity.dice = 2.0 * matched / total;
    similarity.containment = matched / static_cast<double>(std::min(a.words.size(), b.words.size()));
    return similarity;
}

}  // namespace stakemap
