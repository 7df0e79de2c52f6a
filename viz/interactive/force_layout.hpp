#pragma once
// A live force-directed layout in the manner of ForceAtlas2 (Jacomy, Venturini,
// Heymann & Bastian, PLoS ONE 2014): degree-weighted repulsion approximated
// with a Barnes-Hut quadtree, linear attraction along ties (scaled by weight),
// gravity towards the centre (stronger beyond the median distance, so
// unconnected organisations stay in view), overlap prevention from node radii, and the
// paper's adaptive speed (global swinging vs traction, per-node damping).
// One step() is one iteration, so the window can run a few per frame and
// stay responsive. Pinned organisations do not move.

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "viz/interactive/camera.hpp"

namespace stakemap::interactive {

struct ForceLayoutSettings {
    double repulsion = 2.0;    // k_r (the paper suggests 2 for all but tiny maps)
    double gravity = 1.0;      // k_g
    double theta = 1.2;        // Barnes-Hut: a cell counts as one body when its width / distance < theta
    double tolerance = 1.0;    // tau: tolerated swinging
    bool prevent_overlap = true;
};

class ForceLayout {
public:
    struct Tie {
        std::uint32_t a, b;
        double weight = 1.0;
    };

    // Positions, radii and pins per node; ties read undirected (self-loops ignored).
    void reset(std::vector<Point> positions, std::vector<double> radii, std::vector<bool> pinned, std::vector<Tie> ties);

    void step();
    std::size_t iterations() const { return iterations_; }
    // How far nodes moved in the last step, on average, as a share of the
    // layout's extent: near zero once the layout has settled.
    double last_relative_movement() const { return last_movement_; }

    const std::vector<Point>& positions() const { return position_; }
    void move(std::size_t node, Point to) { position_[node] = to; }
    void set_pinned(std::size_t node, bool pinned) { pinned_[node] = pinned; }
    bool pinned(std::size_t node) const { return pinned_[node]; }
    void set_radii(std::vector<double> radii) { radius_ = std::move(radii); }
    std::size_t size() const { return position_.size(); }

    ForceLayoutSettings settings;
    // Multiplies every node's step (1: ForceAtlas2 as published); lowered to let a layout that
    // keeps wandering come to rest.
    double cooling = 1.0;

private:
    void repulse(std::vector<Point>& force) const;

    std::vector<Point> position_;
    std::vector<double> radius_;
    std::vector<bool> pinned_;
    std::vector<double> mass_;  // degree + 1
    std::vector<Tie> ties_;
    std::vector<Point> previous_force_;
    double speed_ = 1.0;
    std::size_t iterations_ = 0;
    double last_movement_ = 1.0;
};

// Starting positions for organisations without one: on a golden-angle spiral
// (deterministic, no overlaps), spaced for `count` organisations.
std::vector<Point> spiral_positions(std::size_t count, double spacing = 20.0);

}  // namespace stakemap::interactive
