#include "importers/map_builder.hpp"

#include <optional>

namespace stakemap {
namespace {

constexpr std::size_t kWarningsListed = 10;  // after this, warnings are counted, not listed

}  // namespace

MapBuilder::MapBuilder(std::string file, const ImportOptions& options, bool edges_declare_nodes)
    : file_(std::move(file)), options_(options), edges_declare_nodes_(edges_declare_nodes) {}

void MapBuilder::add_organisation(Organisation organisation, const SourceLocation& where) {
    if (organisation.id.empty()) throw ImportError(where, "empty organisation id; expected a non-empty id");
    if (map_.find(organisation.id)) {
        throw ImportError(where, "duplicate organisation id '" + organisation.id +
                                     "'; expected each id once");
    }
    map_.add_organisation(std::move(organisation));
}

Organisation* MapBuilder::find_organisation(const std::string& id) {
    const auto index = map_.find(id);
    return index ? &map_.organisation(*index) : nullptr;
}

void MapBuilder::add_relationship(std::string source, std::string target, Relationship relationship,
                                  SourceLocation where) {
    if (source.empty()) throw ImportError(where, "empty source; expected an organisation id");
    if (target.empty()) throw ImportError(where, "empty target; expected an organisation id");
    // Most relationships name organisations already declared (or, in a bare edge list, declare
    // them): add those at once instead of holding a copy. Once one has to wait for finish(),
    // all later ones wait too, so relationships keep the file's order.
    if (pending_.empty()) {
        const auto from = map_.find(source), to = map_.find(target);
        if ((from && to) || edges_declare_nodes_) {
            const auto u = from ? *from : resolve(source, where);
            const auto v = to ? *to : resolve(target, where);
            map_.add_relationship(u, v, std::move(relationship));
            return;
        }
    }
    pending_.push_back({std::move(source), std::move(target), std::move(relationship), std::move(where)});
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
    Organisation created;
    created.id = id;
    return map_.add_organisation(std::move(created));
}

ImportResult MapBuilder::finish() {
    for (auto& pending : pending_) {
        const auto source = resolve(pending.source, pending.where);
        const auto target = resolve(pending.target, pending.where);
        map_.add_relationship(source, target, std::move(pending.data));
    }
    pending_.clear();
    if (implicit_count_ > kWarningsListed) {
        warnings_.push_back(file_ + ": " + std::to_string(implicit_count_) +
                            " organisations in all were created from relationships");
    }
    if (options_.directed) map_.set_directed(*options_.directed);
    return {std::move(map_), std::move(warnings_)};
}

}  // namespace stakemap
