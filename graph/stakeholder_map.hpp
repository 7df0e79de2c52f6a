#pragma once
// The stakeholder map: organisations, the relationships between them, and facts
// about the map as a whole. It owns the data and nothing else: it knows no file
// format and no algorithm.
//
// Storage is a Boost adjacency_list; callers outside graph/ see only the
// domain's words (organisations, relationships, partners) and never Boost's.
// It keeps everything a source file said, including parallel relationships
// and self-loops; analysis decides how to read those (see
// analysis/snapshot/analysis_graph.hpp for the policy). Ids are the key of
// the map: they change only through rename_organisation, which keeps the
// index right.

#include <cstddef>
#include <memory>
#include <utility>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/graph/adjacency_list.hpp>
#include <boost/range/iterator_range.hpp>

#include "graph/attribute_value.hpp"
#include "graph/id_index.hpp"
#include "graph/organisation.hpp"
#include "graph/relationship.hpp"

namespace stakemap {

class StakeholderMap {
public:
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                        Organisation, Relationship>;
    using OrgIndex = Graph::vertex_descriptor;  // 0 .. organisation_count()-1
    using RelationshipHandle = Graph::edge_descriptor;

    struct RelationshipView {
        OrgIndex source;
        OrgIndex target;
        const Relationship& data;
    };

    explicit StakeholderMap(bool directed = false) : directed_(directed) {}

    // Whether relationships are read as directed (source -> target) by analysis.
    bool directed() const { return directed_; }
    void set_directed(bool directed) { directed_ = directed; }

    // Adds an organisation. Throws std::invalid_argument if its id is empty or taken.
    OrgIndex add_organisation(Organisation organisation);
    RelationshipHandle add_relationship(OrgIndex source, OrgIndex target, Relationship relationship);
    // Removes one relationship; other handles stay valid.
    void remove_relationship(RelationshipHandle handle) { boost::remove_edge(handle, (*graph_)); }

    std::optional<OrgIndex> find(std::string_view id) const;

    // Gives an organisation a new id (throws std::invalid_argument if it is empty or taken).
    void rename_organisation(OrgIndex index, const std::string& id);
    // Replaces every field of an organisation but its id, which stays as it is.
    void set_organisation(OrgIndex index, Organisation organisation);

    // Removes an organisation and all its relationships. Indices of the
    // organisations after it shift down by one (ids stay as they are).
    void remove_organisation(OrgIndex index);

    std::size_t organisation_count() const { return boost::num_vertices((*graph_)); }
    std::size_t relationship_count() const { return boost::num_edges((*graph_)); }

    const Organisation& organisation(OrgIndex index) const { return (*graph_)[index]; }
    // Changes the fields of an organisation in place; its id is restored if `change`
    // alters it (use rename_organisation), so the index can never go stale.
    template <typename Change>
    void update_organisation(OrgIndex index, Change&& change) {
        Organisation& organisation = (*graph_)[index];
        const std::string id = organisation.id;
        change(organisation);
        if (organisation.id != id) organisation.id = id;
        if (organisation.label.empty()) organisation.label = id;
    }

    // Relationships in the order they were added. (For a bidirectional
    // adjacency_list, Boost's edge list keeps insertion order, and copies keep it.)
    auto relationship_handles() const { return boost::make_iterator_range(boost::edges((*graph_))); }
    RelationshipView relationship(RelationshipHandle handle) const {
        return {boost::source(handle, (*graph_)), boost::target(handle, (*graph_)), (*graph_)[handle]};
    }
    Relationship& relationship_data(RelationshipHandle handle) { return (*graph_)[handle]; }

    // The relationships leaving (out) and entering (in) an organisation, in the map's order.
    std::vector<RelationshipHandle> relationships_from(OrgIndex index) const;
    std::vector<RelationshipHandle> relationships_to(OrgIndex index) const;
    // The relationships from source to target (and, when `either_way`, from target to source), in the map's order.
    std::vector<RelationshipHandle> relationships_between(OrgIndex source, OrgIndex target, bool either_way = false) const;
    bool tied(OrgIndex a, OrgIndex b) const;  // a relationship either way
    // Every organisation tied to `index` either way, each once, in index order.
    std::vector<OrgIndex> partners(OrgIndex index) const;

    // Map-level facts: title, country, date, authors, provenance, ...
    Attributes metadata;

private:
    // Boost's adjacency_list has no move operations: held by pointer, so moving a map (out of
    // a reader, into a document) is a pointer move, not a copy of every organisation and tie.
    class GraphStorage {
    public:
        GraphStorage() : graph_(std::make_unique<Graph>()) {}
        GraphStorage(const GraphStorage& other) : graph_(std::make_unique<Graph>(*other.graph_)) {}
        GraphStorage(GraphStorage&& other) : graph_(std::exchange(other.graph_, std::make_unique<Graph>())) {}
        GraphStorage& operator=(const GraphStorage& other) {
            if (this != &other) graph_ = std::make_unique<Graph>(*other.graph_);
            return *this;
        }
        GraphStorage& operator=(GraphStorage&& other) {
            if (this != &other) graph_ = std::exchange(other.graph_, std::make_unique<Graph>());
            return *this;
        }
        Graph& operator*() const { return *graph_; }

    private:
        std::unique_ptr<Graph> graph_;
    };
    GraphStorage graph_;
    bool directed_;
    IdIndex index_by_id_;  // position i holds organisation i's id
};

}  // namespace stakemap
