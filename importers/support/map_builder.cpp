#include "importers/support/map_builder.hpp"

#include <optional>

#include "importers/support/field_mapping.hpp"
#include "importers/support/input_limits.hpp"

namespace stakemap {
namespace {

constexpr std::size_t kWarningsListed = 10;  // after this, warnings are counted, not listed

}  // namespace

MapBuilder::MapBuilder(std::string file, const ImportOptions& options, bool edges_declare_nodes)
    : file_(std::move(file)), options_(options), edges_declare_nodes_(edges_declare_nodes) {}

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
    map_.add_organisation(std::move(organisation));
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
    if (options_.record_locations) organisation_locations_.push_back(where);
    return map_.add_organisation(std::move(created));
}

ImportResult MapBuilder::finish() {
    for (auto& pending : pending_) {
        const auto source = resolve(pending.source, pending.where);
        const auto target = resolve(pending.target, pending.where);
        map_.add_relationship(source, target, std::move(pending.data));
        if (options_.record_locations) relationship_locations_.push_back(pending.where);
    }
    pending_.clear();
    if (implicit_count_ > kWarningsListed) {
        warnings_.push_back(file_ + ": " + std::to_string(implicit_count_) +
                            " organisations in all were created from relationships");
    }
    if (options_.directed) map_.set_directed(*options_.directed);
    return {std::move(map_), std::move(warnings_), std::move(organisation_locations_), std::move(relationship_locations_)};
}

}  // namespace stakemap
