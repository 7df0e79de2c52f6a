// The streaming edge-list reader reads exactly what the full CSV reader reads,
// or declines and leaves the file to it.

#include <catch2/catch.hpp>

#include "analysis/snapshot/analysis_graph.hpp"
#include "analysis/measures/metrics.hpp"
#include "importers/formats/csv_reader.hpp"
#include "importers/formats/edge_list_reader.hpp"
#include "test_support.hpp"

using namespace stakemap;
using stakemap::testing::scratch_file;

namespace {

// Both readers on the same file: same organisations in the same order, same ties.
void check_same_as_full_reader(const std::string& name, const std::string& text, ImportOptions options = {}) {
    const std::string path = scratch_file(name, text);
    const auto fast = read_plain_edge_list(path, options);
    REQUIRE(fast);
    const ImportResult full = read_csv(path, options);
    const StakeholderMap organisations = fast->organisations();
    REQUIRE(organisations.organisation_count() == full.map.organisation_count());
    for (std::size_t v = 0; v < full.map.organisation_count(); ++v) {
        CHECK(organisations.organisation(v).id == full.map.organisation(v).id);
    }
    CHECK(fast->directed == full.map.directed());
    std::vector<AnalysisGraph::Tie> ties;
    for (const auto& tie : fast->ties) ties.push_back({tie.source, tie.target, tie.weight});
    REQUIRE(ties.size() == full.map.relationship_count());
    std::size_t k = 0;
    for (const auto handle : full.map.relationship_handles()) {
        const auto view = full.map.relationship(handle);
        CHECK(ties[k].source == view.source);
        CHECK(ties[k].target == view.target);
        CHECK(ties[k].weight == view.data.weight);
        ++k;
    }
    // And the measures agree.
    const auto a = compute_metrics(AnalysisGraph::from_ties(fast->ids.size(), fast->directed, ties),
                                   ties.size(), {Metric::degree, Metric::pagerank, Metric::kcore, Metric::component});
    const auto b = compute_metrics(AnalysisGraph::from_map(full.map), full.map.relationship_count(),
                                   {Metric::degree, Metric::pagerank, Metric::kcore, Metric::component});
    for (const auto& column : b.columns) CHECK(a.column(column.name)->values == column.values);
}

}  // namespace

TEST_CASE("Plain edge lists: the streaming reader matches the full reader", "[edge_list]") {
    check_same_as_full_reader("header.csv", "source,target,type,weight\nb,a,funding,2.5\na,c,partnership,\nc,c,partnership,1\nb,a,funding,1\n");
    check_same_as_full_reader("crlf.csv", "\xEF\xBB\xBFSource,Target,Weight\r\n x , y ,3\r\n\r\ny,z,4\r\n");
    check_same_as_full_reader("semicolon.csv", "source;target;weight\na;b;2,5\nb;c;1\n");
    check_same_as_full_reader("networkx.edgelist", "1 2 0.5\n2 3 1\n3 1 2\n");
    check_same_as_full_reader("bare.txt", "1 2\n2 3\n");
    check_same_as_full_reader("tabs.tsv", "u\tv\tfunding\t2\nv\tw\tpartnership\t3\n");
    ImportOptions directed;
    directed.directed = true;
    check_same_as_full_reader("directed.csv", "source,target\na,b\nb,a\n", directed);
}

TEST_CASE("Plain edge lists: the streaming reader declines what it does not read the same way", "[edge_list]") {
    const auto declines = [](const std::string& name, const std::string& text, ImportOptions options = {}) {
        return !read_plain_edge_list(scratch_file(name, text), options).has_value();
    };
    CHECK(declines("quoted.csv", "source,target\n\"a, inc\",b\n"));
    CHECK(declines("accents.csv", "source,target\nMinistère,b\n"));
    CHECK(declines("direction.csv", "Source,Target,Type\na,b,Directed\n"));
    CHECK(declines("ragged.csv", "source,target,weight\na,b,1\nc\n"));
    CHECK(declines("badweight.csv", "source,target,weight\na,b,heavy\n"));
    CHECK(declines("from-to.csv", "from,to\na,b\n"));
    CHECK(declines("typed-third.txt", "a b funding\nb c 2\n"));
    CHECK(declines("empty-id.csv", "source,target\na,\n"));
    CHECK(declines("empty.csv", ""));
    ImportOptions strict;
    strict.strict = true;
    CHECK(declines("strict.csv", "source,target\na,b\n", strict));
}
