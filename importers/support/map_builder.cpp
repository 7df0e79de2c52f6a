#include "importers/support/map_builder.hpp"

#include <algorithm>
#include <cstdlib>
#include <optional>

#include "importers/support/field_mapping.hpp"
#include "importers/support/input_limits.hpp"

namespace stakemap {
namespace {

constexpr std::size_t kWarningsListed = 10;  // after this, warnings are counted, not listed

const std::shared_ptr<const VocabularyMapping>& built_in_vocabulary() {
    static const std::shared_ptr<const VocabularyMapping> vocabulary = std::make_shared<VocabularyMapping>();
    return vocabulary;
}

// A workbook cell's place reads "sheet 'Organisations' row 7 ...": the sheet's name.
std::string sheet_of(const SourceLocation& where) {
    constexpr std::string_view prefix = "sheet '";
    if (!where.field.starts_with(prefix)) return "";
    const auto end = where.field.find("' row ");
    return end == std::string::npos ? "" : where.field.substr(prefix.size(), end - prefix.size());
}

std::size_t row_of(const SourceLocation& where) {
    if (where.line > 0) return where.line;
    const auto at = where.field.find("' row ");
    if (at == std::string::npos) return 0;
    return static_cast<std::size_t>(std::strtoull(where.field.c_str() + at + 6, nullptr, 10));
}

std::string joined(const std::vector<std::string>& words) {
    std::string text;
    for (const auto& word : words) text += (text.empty() ? "" : ", ") + word;
    return text;
}

}  // namespace

MapBuilder::MapBuilder(std::string file, const ImportOptions& options, bool edges_declare_nodes)
    : file_(std::move(file)),
      options_(options),
      edges_declare_nodes_(edges_declare_nodes),
      vocabulary_(options.vocabulary ? options.vocabulary : built_in_vocabulary()) {}

void MapBuilder::record_place(std::vector<ImportResult::Place>& places, const SourceLocation& where) {
    const std::string sheet = sheet_of(where);
    std::uint32_t file = 0;
    while (file < place_files_.size() && (place_files_[file].file != where.file || place_files_[file].sheet != sheet)) ++file;
    if (file == place_files_.size()) place_files_.push_back({where.file, sheet});
    places.push_back({file, static_cast<std::uint32_t>(row_of(where))});
}

void MapBuilder::decide(std::string decision) {
    if (std::find(decisions_.begin(), decisions_.end(), decision) == decisions_.end()) decisions_.push_back(std::move(decision));
}

std::string MapBuilder::mapped(VocabularyField field, const std::string& written, const SourceLocation& where, std::vector<std::string>* more) {
    const std::string value = trim(written);
    if (value.empty()) return value;
    auto [entry, fresh] = values_.try_emplace({field, value});
    ValueTally& tally = entry->second;
    if (fresh) {
        tally.first = where;
        const auto matches = vocabulary_->map(field, value);
        if (!matches.empty()) {
            tally.canonical = matches.front().canonical;
            tally.rule = matches.front().rule;
            for (std::size_t k = 1; k < matches.size(); ++k) tally.rule += "; " + matches[k].canonical + ": " + matches[k].rule;
            for (const auto& match : matches) {
                if (match.canonical != tally.canonical) tally.also.push_back(match.canonical);
            }
        }
    }
    ++tally.count;
    if (tally.canonical.empty()) return value;
    if (more && field == VocabularyField::theme) more->insert(more->end(), tally.also.begin(), tally.also.end());
    return tally.canonical;
}

void MapBuilder::map_values(Organisation& organisation, const SourceLocation& where) {
    organisation.type = mapped(VocabularyField::type, organisation.type, where);
    std::vector<std::string> themes;
    for (const auto& theme : organisation.themes) {
        std::vector<std::string> more;
        themes.push_back(mapped(VocabularyField::theme, theme, where, &more));
        themes.insert(themes.end(), more.begin(), more.end());
    }
    // One theme once, in the order written.
    std::vector<std::string> unique;
    for (auto& theme : themes) {
        if (!theme.empty() && std::find(unique.begin(), unique.end(), theme) == unique.end()) unique.push_back(std::move(theme));
    }
    organisation.themes = std::move(unique);
}

void MapBuilder::map_values(Relationship& relationship, const SourceLocation& where) {
    if (relationship.type.empty()) return;
    // A map has a handful of tie types and maybe millions of ties: each written type is looked up once.
    auto [known, fresh] = tie_type_maps_.try_emplace(relationship.type, false);
    if (fresh) {
        const std::string value = trim(relationship.type);
        const auto matches = vocabulary_->map(VocabularyField::relationship, value);
        known->second = !matches.empty() && matches.front().canonical != value;  // free text is a fine tie type
    }
    if (known->second) relationship.type = mapped(VocabularyField::relationship, trim(relationship.type), where);
}

void MapBuilder::add_alias(const std::string& name, const std::string& id) {
    const std::string key = VocabularyMapping::key(name);
    if (key.empty()) return;
    auto& ids = alias_ids_[key];
    if (std::find(ids.begin(), ids.end(), id) != ids.end()) return;
    ids.push_back(id);
    alias_[key] = ids.size() == 1 ? id : std::string();
}

std::string MapBuilder::id_from_name(const std::string& name, const SourceLocation& where) {
    // Lower case without accents, words joined by '-'; letters outside Latin kept as they are.
    std::string slug;
    for (const char c : VocabularyMapping::key(name)) slug += c == ' ' ? '-' : c;
    if (slug.empty()) slug = "organisation";
    std::string id = slug;
    for (std::size_t n = 2; map_.find(id); ++n) id = slug + "-" + std::to_string(n);
    if (id != slug) warn(where, "two organisations are both named '" + name + "'; the second is '" + id + "' (give an id column to keep them apart)");
    return id;
}

// Ids are compared without surrounding spaces in every format, so " ILO" and
// "ILO" are one organisation (a collision in a declaration list is an error).
void MapBuilder::add_organisation(Organisation organisation, const SourceLocation& where) {
    const std::string written = organisation.id;
    organisation.id = trim(written);
    if (organisation.id.empty()) throw ImportError(where, "empty organisation id; expected a non-empty id");
    if (map_.find(organisation.id)) {
        std::string message = "duplicate organisation id '" + organisation.id + "'";
        if (written != organisation.id) message += " (written '" + written + "', the same once spaces are trimmed)";
        throw ImportError(where, message + "; expected each id once");
    }
    limits::check_organisation(organisation, where);
    check_room_for_organisation(where);
    map_values(organisation, where);
    map_.add_organisation(std::move(organisation));
    record_place(organisation_places_, where);
    if (options_.record_locations) organisation_locations_.push_back(where);
}

bool MapBuilder::has_organisation(const std::string& id) const { return map_.find(trim(id)).has_value(); }

void MapBuilder::add_relationship(std::string source, std::string target, Relationship relationship,
                                  SourceLocation where) {
    source = trim(source);
    target = trim(target);
    if (source.empty()) throw ImportError(where, "empty source; expected an organisation id");
    if (target.empty()) throw ImportError(where, "empty target; expected an organisation id");
    limits::check_text_of_id(source, where);
    limits::check_text_of_id(target, where);
    limits::check_relationship(relationship, where);
    map_values(relationship, where);
    if (map_.relationship_count() + pending_.size() >= limits::kMaxRelationships) {
        throw ImportError(where, "more than " + std::to_string(limits::kMaxRelationships) +
                                     " relationships; expected fewer (limit of the editable map; a plain "
                                     "source,target edge list is read by the streaming reader instead)");
    }
    // Most relationships name organisations already declared (or, in a bare edge list, declare
    // them): add those at once instead of holding a copy. Once one has to wait for finish(),
    // all later ones wait too, so relationships keep the file's order.
    if (pending_.empty()) {
        const auto from = map_.find(source), to = map_.find(target);
        if ((from && to) || edges_declare_nodes_) {
            const auto u = from ? *from : resolve(source, where);
            const auto v = to ? *to : resolve(target, where);
            map_.add_relationship(u, v, std::move(relationship));
            record_place(relationship_places_, where);
            if (options_.record_locations) relationship_locations_.push_back(std::move(where));
            return;
        }
    }
    pending_.push_back({std::move(source), std::move(target), std::move(relationship), std::move(where)});
}

void MapBuilder::check_room_for_organisation(const SourceLocation& where) const {
    if (map_.organisation_count() < limits::kMaxOrganisations) return;
    throw ImportError(where, "more than " + std::to_string(limits::kMaxOrganisations) +
                                 " organisations; expected fewer (limit of the editable map; a plain "
                                 "source,target edge list is read by the streaming reader instead)");
}

void MapBuilder::warn(const SourceLocation& where, const std::string& message) {
    if (warnings_.size() < kWarningsListed) warnings_.push_back(where.to_string() + " " + message);
    else if (warnings_.size() == kWarningsListed) warnings_.push_back(file_ + ": further warnings omitted");
}

StakeholderMap::OrgIndex MapBuilder::resolve(const std::string& id, const SourceLocation& where) {
    if (const auto index = map_.find(id)) return *index;
    // A name or acronym the organisations were given ("Ministry of Labour", "ILO").
    const std::string key = VocabularyMapping::key(id);
    if (const auto alias = alias_.find(key); alias != alias_.end()) {
        if (alias->second.empty()) {
            throw ImportError(where, "'" + id + "' names " + std::to_string(alias_ids_[key].size()) + " organisations (" +
                                         joined(alias_ids_[key]) + "); expected one: write its id instead");
        }
        if (!named_by_alias_) decide(file_ + ": ties name organisations by name or acronym too (e.g. '" + id + "' is '" + alias->second + "')");
        named_by_alias_ = true;
        return *map_.find(alias->second);
    }
    if (!edges_declare_nodes_) {
        if (options_.strict) {
            throw ImportError(where, "relationship names unknown organisation '" + id +
                                         "'; expected an id declared among the organisations (--strict)");
        }
        ++implicit_count_;
        warn(where, "relationship names unknown organisation '" + id + "'; created it");
    }
    check_room_for_organisation(where);
    Organisation created;
    created.id = id;
    record_place(organisation_places_, where);
    if (options_.record_locations) organisation_locations_.push_back(where);
    return map_.add_organisation(std::move(created));
}

ImportResult MapBuilder::finish() {
    for (auto& pending : pending_) {
        const auto source = resolve(pending.source, pending.where);
        const auto target = resolve(pending.target, pending.where);
        map_.add_relationship(source, target, std::move(pending.data));
        record_place(relationship_places_, pending.where);
        if (options_.record_locations) relationship_locations_.push_back(pending.where);
    }
    pending_.clear();
    report_values();
    if (implicit_count_ > kWarningsListed) {
        warnings_.push_back(file_ + ": " + std::to_string(implicit_count_) +
                            " organisations in all were created from relationships");
    }
    if (options_.directed) map_.set_directed(*options_.directed);
    ImportResult result;
    result.map = std::move(map_);
    result.warnings = std::move(warnings_);
    result.decisions = std::move(decisions_);
    result.organisation_locations = std::move(organisation_locations_);
    result.relationship_locations = std::move(relationship_locations_);
    result.location_files = std::move(place_files_);
    result.organisation_places = std::move(organisation_places_);
    result.relationship_places = std::move(relationship_places_);
    return result;
}

// Each distinct value once: what it became, or that it did not map and how to map it.
void MapBuilder::report_values() {
    for (const auto& [key, tally] : values_) {
        const auto& [field, written] = key;
        const std::string what = std::string(field_name(field)) + " '" + written + "'";
        const std::string counted = std::to_string(tally.count) + (field == VocabularyField::relationship ? " tie" : " organisation") +
                                    (tally.count == 1 ? "" : "s");
        if (!tally.canonical.empty()) {
            // "Government" -> government says nothing; "ONG" -> cso is a decision worth listing.
            if (VocabularyMapping::key(tally.canonical) != VocabularyMapping::key(written)) {
                decide(tally.first.file + ": " + what + " read as " + tally.canonical + " (" + counted + "; " + tally.rule + ")");
            }
            continue;
        }
        if (field == VocabularyField::relationship) continue;  // free text is a fine tie type
        const std::vector<std::string> closest = vocabulary_->closest(field, written);
        warnings_.push_back(tally.first.to_string() + " " + what + " (" + counted + ") is not a " + std::string(field_name(field)) +
                            " stakemap knows, so it is kept as written and counted as unrecognised; closest known: " + joined(closest) +
                            "; to map it, give --vocabulary FILE with a row " + std::string(field_name(field)) + "," + written + "," +
                            (closest.empty() ? "CANONICAL" : closest.front()));
    }
}

}  // namespace stakemap

namespace stakemap {

SourceLocation ImportResult::organisation_place(std::size_t index) const {
    if (index >= organisation_places.size()) return {};
    const Place& place = organisation_places[index];
    if (place.file >= location_files.size()) return {};
    const PlaceFile& file = location_files[place.file];
    if (!file.sheet.empty()) return {file.file, 0, 0, "sheet '" + file.sheet + "' row " + std::to_string(place.line)};
    return {file.file, place.line, 0, {}};
}

}  // namespace stakemap
