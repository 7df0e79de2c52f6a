#pragma once
// Betweenness estimated from sampled shortest paths (Riondato & Kornaropoulos,
// "Fast approximation of betweenness centrality through sampling", WSDM 2014):
// r = (c / eps^2) (floor(log2(VD - 2)) + 1 + ln(1 / delta)) random pairs, one
// shortest path drawn uniformly for each, every inner organisation credited
// 1/r. With probability at least 1 - delta every estimate is within eps of
// the exact value (as a share of all ordered pairs; reported on NetworkX's
// normalisation, see the .cpp). VD, the vertex diameter, is bounded from one
// breadth-first search per component (2 x eccentricity + 1; n for directed maps).
// Each sample is a balanced bidirectional breadth-first search (KADABRA's
// way of finding the paths; the sample size stays Riondato-Kornaropoulos's).
// Hops only. Deterministic for a seed; samples run on all cores.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "analysis/snapshot/analysis_graph.hpp"

namespace stakemap {

struct SampledBetweenness {
    std::vector<double> values;  // normalised as betweenness_centrality()
    std::size_t samples = 0;
    std::size_t vertex_diameter_bound = 0;
    double epsilon = 0, delta = 0;
};

// Throws std::invalid_argument unless 0 < epsilon < 1 and 0 < delta < 1.
SampledBetweenness sampled_betweenness(const AnalysisGraph& graph, double epsilon, double delta = 0.1, std::uint64_t seed = 1);

}  // namespace stakemap
