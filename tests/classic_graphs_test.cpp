// Published values on classic networks, read from the bundled datasets.
//  - Zachary's karate club (Zachary 1977), 34 members, 78 ties, unweighted.
//    Values as reported by NetworkX's documentation and widely reproduced
//    (e.g. Newman, "Networks", 2010): betweenness of member 1 = 0.4376,
//    of member 34 = 0.3041; closeness of member 1 = 0.5690; eigenvector of
//    member 34 = 0.3734; PageRank of member 34 = 0.1009.
//  - Padgett's Florentine families, marriage ties (Padgett & Ansell 1993;
//    Breiger & Pattison 1986), 15 families with ties: Medici betweenness
//    47.5 of 91 pairs = 0.5220, closeness 0.5600.
//  - Les Misérables co-appearances (Knuth 1993): Valjean betweenness 0.5699.
#include <catch2/catch.hpp>

#include "analysis/measures/metrics.hpp"
#include "importers/importer.hpp"
#include "test_support.hpp"

using namespace stakemap;

namespace {

struct Measured {
    StakeholderMap map;
    MetricResults results;
    double value(const std::string& metric, const std::string& id) const {
        return results.column(metric)->values[*map.find(id)];
    }
};

Measured measure(const std::string& path) {
    ImportResult imported = import_map(path);
    const auto graph = AnalysisGraph::from_map(imported.map);
    auto results = compute_metrics(graph, imported.map.relationship_count(), all_metrics());
    return {std::move(imported.map), std::move(results)};
}

}  // namespace

TEST_CASE("Zachary's karate club: published centralities", "[classic]") {
    const auto karate = measure(testing::dataset("classic/karate.graphml"));
    CHECK(karate.results.graph.nodes == 34);
    CHECK(karate.results.graph.ties == 78);
    CHECK(karate.value("betweenness", "1") == Approx(0.43763528).margin(1e-6));
    CHECK(karate.value("betweenness", "34") == Approx(0.30407497).margin(1e-6));
    CHECK(karate.value("betweenness", "33") == Approx(0.14524711).margin(1e-6));
    CHECK(karate.value("betweenness", "3") == Approx(0.14365680).margin(1e-6));
    CHECK(karate.value("closeness", "1") == Approx(0.56896552).margin(1e-6));
    CHECK(karate.value("closeness", "3") == Approx(0.55932203).margin(1e-6));
    CHECK(karate.value("closeness", "34") == Approx(0.55).margin(1e-6));
    // Eigenvector and PageRank are published to four places (power iterations
    // stopped at NetworkX's default tolerance); tests/networkx checks them tightly.
    CHECK(karate.value("eigenvector", "34") == Approx(0.3734).margin(5e-5));
    CHECK(karate.value("eigenvector", "1") == Approx(0.3555).margin(5e-5));
    CHECK(karate.value("pagerank", "34") == Approx(0.1009).margin(5e-5));
    CHECK(karate.value("pagerank", "1") == Approx(0.0970).margin(5e-5));
    CHECK(karate.value("pagerank", "33") == Approx(0.0717).margin(5e-5));
    CHECK(karate.value("degree", "34") == 17);
    CHECK(karate.value("kcore", "1") == 4);
    CHECK(*karate.results.graph.average_clustering == Approx(0.5706385).margin(1e-6));
    CHECK(*karate.results.graph.articulation_points == 1);  // member 1 holds member 12
}

TEST_CASE("Padgett's Florentine families: published centralities", "[classic]") {
    const auto florentine = measure(testing::dataset("classic/florentine-families.csv"));
    CHECK(florentine.results.graph.nodes == 15);
    CHECK(florentine.results.graph.ties == 20);
    CHECK(florentine.value("betweenness", "Medici") == Approx(47.5 / 91.0).margin(1e-9));
    CHECK(florentine.value("betweenness", "Guadagni") == Approx(23.1666667 / 91.0).margin(1e-6));
    CHECK(florentine.value("betweenness", "Albizzi") == Approx(19.3333333 / 91.0).margin(1e-6));
    CHECK(florentine.value("betweenness", "Pazzi") == 0.0);
    CHECK(florentine.value("closeness", "Medici") == Approx(0.56).margin(1e-9));
    CHECK(florentine.value("degree", "Medici") == 6);
    CHECK(florentine.value("articulation", "Medici") == 1.0);
}

TEST_CASE("Les Miserables: published betweenness", "[classic]") {
    const auto miserables = measure(testing::dataset("classic/les-miserables.gexf"));
    CHECK(miserables.results.graph.nodes == 77);
    CHECK(miserables.results.graph.ties == 254);
    CHECK(miserables.value("betweenness", "Valjean") == Approx(0.5698).margin(1e-3));
    CHECK(miserables.value("betweenness", "Myriel") == Approx(0.1768).margin(1e-3));
    CHECK(miserables.value("degree", "Valjean") == 36);
}
