// The same network, Padgett's Florentine families, written by NetworkX (and by
// hand for DOT) in every supported format, must give the same measures.
#include <catch2/catch.hpp>

#include <cmath>

#include "analysis/measures/metrics.hpp"
#include "importers/importer.hpp"
#include "test_support.hpp"

using namespace stakemap;

TEST_CASE("every format of the Florentine network gives the same measures", "[cross_format]") {
    const std::vector<std::string> files = {"florentine.csv",  "florentine.node-link.json", "florentine.graphml",
                                            "florentine.gexf", "florentine.gml",            "florentine.dot",
                                            "florentine.net"};
    // Reference: the CSV reading, keyed by label (GML's ids are numbers, its labels the names).
    auto measure = [](const std::string& file) {
        const ImportResult imported = import_map(testing::test_data(file));
        const auto graph = AnalysisGraph::from_map(imported.map);
        const auto results = compute_metrics(graph, imported.map.relationship_count(), all_metrics());
        std::map<std::string, std::vector<double>> by_label;
        for (std::size_t v = 0; v < imported.map.organisation_count(); ++v) {
            auto& row = by_label[imported.map.organisation(v).label];
            for (const auto& column : results.columns) {
                // Group numbers follow node order, which differs between formats.
                if (column.name != "component" && column.name != "community") row.push_back(column.values[v]);
            }
        }
        return by_label;
    };
    const auto reference = measure(files.front());
    REQUIRE(reference.size() == 15);
    CHECK(reference.at("Medici")[2] == Approx(47.5 / 91.0));  // degree, strength, betweenness, ...
    for (const auto& file : files) {
        INFO(file);
        const auto measured = measure(file);
        REQUIRE(measured.size() == reference.size());
        for (const auto& [label, values] : reference) {
            INFO(label);
            REQUIRE(measured.count(label) == 1);
            const auto& other = measured.at(label);
            REQUIRE(other.size() == values.size());
            for (std::size_t k = 0; k < values.size(); ++k) {
                if (std::isnan(values[k])) CHECK(std::isnan(other[k]));  // undefined in both
                else CHECK(other[k] == Approx(values[k]).margin(1e-9));
            }
        }
    }
}
