#include "viz/interactive/force_layout.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <thread>

namespace stakemap::interactive {
namespace {

// A quadtree over the nodes for Barnes-Hut: each cell knows its total mass and
// centre of mass; leaves hold a run of node indices (more than one only when
// nodes coincide or the tree is as deep as allowed).
class QuadTree {
public:
    static constexpr std::uint32_t kLeafSize = 6;  // small runs are cheaper summed exactly than split

    QuadTree(const std::vector<Point>& position, const std::vector<double>& mass) : position_(position), mass_(mass) {
        order_.resize(position.size());
        for (std::uint32_t v = 0; v < order_.size(); ++v) order_[v] = v;
        if (order_.empty()) return;
        Bounds bounds{position[0], position[0]};
        for (const Point& p : position) {
            bounds.min = {std::min(bounds.min.x, p.x), std::min(bounds.min.y, p.y)};
            bounds.max = {std::max(bounds.max.x, p.x), std::max(bounds.max.y, p.y)};
        }
        const double half = std::max({bounds.max.x - bounds.min.x, bounds.max.y - bounds.min.y, 1e-6}) / 2;
        cells_.reserve(3 * position.size());
        cells_.push_back({{(bounds.min.x + bounds.max.x) / 2, (bounds.min.y + bounds.max.y) / 2}, half, 0, {}, 0,
                          static_cast<std::uint32_t>(order_.size()), 0});
        fill(0, 0);
    }

    // Nodes in the tree's order: neighbours in space are neighbours here, so
    // visiting them in this order reuses the cells just read.
    const std::vector<std::uint32_t>& order() const { return order_; }

    // Calls exact(j) for nodes near `at` and far(mass, centre, distance²) for
    // distant cells. `stack` is the caller's, so threads can visit at once.
    template <class Exact, class Far>
    void visit(Point at, double theta, std::vector<std::uint32_t>& stack, Exact&& exact, Far&& far) const {
        if (cells_.empty()) return;
        const double theta_sq = theta * theta;
        stack.clear();
        stack.push_back(0);
        while (!stack.empty()) {
            const Cell& cell = cells_[stack.back()];
            stack.pop_back();
            const double dx = cell.centre_of_mass.x - at.x, dy = cell.centre_of_mass.y - at.y;
            const double distance_sq = dx * dx + dy * dy;
            if (4 * cell.half * cell.half < theta_sq * distance_sq) {  // width / distance < theta
                far(cell.mass, dx, dy, distance_sq);
                continue;
            }
            if (cell.first_child == 0) {
                for (std::uint32_t k = cell.begin; k < cell.end; ++k) exact(order_[k]);
                continue;
            }
            for (std::uint32_t c = 0; c < 4; ++c) {
                if (cells_[cell.first_child + c].end > cells_[cell.first_child + c].begin) stack.push_back(cell.first_child + c);
            }
        }
    }

private:
    struct Cell {
        Point centre;
        double half = 0;
        double mass = 0;
        Point centre_of_mass;
        std::uint32_t begin = 0, end = 0;  // run of order_
        std::uint32_t first_child = 0;     // 0: a leaf (the root is never a child)
    };

    // Fills cells_[index] (centre, half and run already set) and splits it.
    void fill(std::uint32_t index, int depth) {
        const std::uint32_t begin = cells_[index].begin, end = cells_[index].end;
        const Point centre = cells_[index].centre;
        const double half = cells_[index].half;
        double mass = 0, mx = 0, my = 0;
        for (std::uint32_t k = begin; k < end; ++k) {
            const auto v = order_[k];
            mass += mass_[v];
            mx += mass_[v] * position_[v].x;
            my += mass_[v] * position_[v].y;
        }
        cells_[index].mass = mass;
        cells_[index].centre_of_mass = mass > 0 ? Point{mx / mass, my / mass} : centre;
        if (end - begin <= kLeafSize || depth >= 40) return;

        // Split the run into four quadrants: by y, then each half by x.
        const auto below = [&](std::uint32_t v) { return position_[v].y < centre.y; };
        const auto left = [&](std::uint32_t v) { return position_[v].x < centre.x; };
        auto* first = order_.data() + begin;
        auto* last = order_.data() + end;
        auto* middle = std::partition(first, last, below);
        auto* lower_middle = std::partition(first, middle, left);
        auto* upper_middle = std::partition(middle, last, left);
        const std::uint32_t cuts[5] = {begin, static_cast<std::uint32_t>(lower_middle - order_.data()),
                                       static_cast<std::uint32_t>(middle - order_.data()),
                                       static_cast<std::uint32_t>(upper_middle - order_.data()), end};
        const double quarter = half / 2;
        const Point centres[4] = {{centre.x - quarter, centre.y - quarter},
                                  {centre.x + quarter, centre.y - quarter},
                                  {centre.x - quarter, centre.y + quarter},
                                  {centre.x + quarter, centre.y + quarter}};
        // The four children sit side by side, so first_child + c addresses them.
        const auto first_child = static_cast<std::uint32_t>(cells_.size());
        for (int c = 0; c < 4; ++c) cells_.push_back({centres[c], quarter, 0, {}, cuts[c], cuts[c + 1], 0});
        cells_[index].first_child = first_child;
        for (std::uint32_t c = 0; c < 4; ++c) {
            if (cuts[c + 1] > cuts[c]) fill(first_child + c, depth + 1);
        }
    }

    const std::vector<Point>& position_;
    const std::vector<double>& mass_;
    std::vector<std::uint32_t> order_;
    std::vector<Cell> cells_;
};

}  // namespace

void ForceLayout::reset(std::vector<Point> positions, std::vector<double> radii, std::vector<bool> pinned,
                        std::vector<Tie> ties) {
    position_ = std::move(positions);
    radius_ = std::move(radii);
    pinned_ = std::move(pinned);
    radius_.resize(position_.size(), 1.0);
    pinned_.resize(position_.size(), false);
    ties_.clear();
    mass_.assign(position_.size(), 1.0);
    for (const Tie& tie : ties) {
        if (tie.a == tie.b || tie.a >= position_.size() || tie.b >= position_.size()) continue;
        ties_.push_back(tie);
        mass_[tie.a] += 1;
        mass_[tie.b] += 1;
    }
    previous_force_.assign(position_.size(), Point{});
    speed_ = 1.0;
    iterations_ = 0;
}

void ForceLayout::repulse(std::vector<Point>& force) const {
    const double kr = settings.repulsion;
    const bool overlap = settings.prevent_overlap;
    const QuadTree tree(position_, mass_);
    // F = k_r m_v m_u / d, along (p_v - p_u). With overlap prevention the
    // distance between two nodes is border to border, and overlapping pairs
    // push hard (100 k_r m_v m_u); distant cells count centre to centre.
    const auto repulse_range = [&](std::size_t begin, std::size_t end) {
        std::vector<std::uint32_t> stack;
        for (std::size_t k = begin; k < end; ++k) {
            const std::size_t v = tree.order()[k];
            const Point p = position_[v];
            const double mv = kr * mass_[v];
            double fx = 0, fy = 0;
            tree.visit(
                p, settings.theta, stack,
                [&](std::uint32_t u) {
                    if (u == v) return;
                    double dx = p.x - position_[u].x, dy = p.y - position_[u].y;
                    double distance_sq = dx * dx + dy * dy;
                    if (distance_sq < 1e-18) {
                        // Coincident nodes: separate them in a fixed, index-dependent direction.
                        const double angle = static_cast<double>(v * 2654435761u % 6283) / 1000.0;
                        dx = std::cos(angle) * 1e-3;
                        dy = std::sin(angle) * 1e-3;
                        distance_sq = 1e-6;
                    }
                    const double distance = std::sqrt(distance_sq);
                    double magnitude = mv * mass_[u];
                    if (overlap) {
                        const double gap = distance - radius_[v] - radius_[u];
                        magnitude = gap > 0 ? magnitude / gap : 100 * magnitude;
                    } else {
                        magnitude /= distance;
                    }
                    fx += dx / distance * magnitude;
                    fy += dy / distance * magnitude;
                },
                [&](double cell_mass, double to_x, double to_y, double distance_sq) {
                    if (distance_sq < 1e-18) return;
                    const double factor = mv * cell_mass / distance_sq;  // (m m / d) / d: no square root
                    fx -= to_x * factor;
                    fy -= to_y * factor;
                });
            force[v].x += fx;
            force[v].y += fy;
        }
    };
    // Each node's sum is its own, so halves of the list run on two threads
    // with the same result as one.
    const std::size_t n = position_.size();
    if (n < 2000) {
        repulse_range(0, n);
        return;
    }
    std::thread helper(repulse_range, n / 2, n);
    repulse_range(0, n / 2);
    helper.join();
}

void ForceLayout::step() {
    const std::size_t n = position_.size();
    if (n == 0) return;
    std::vector<Point> force(n);
    repulse(force);

    // Gravity: k_g (deg + 1) towards the centre, as ForceAtlas2; beyond the
    // median distance from the centre it grows with the square of the
    // distance, so organisations with no ties (which nothing else holds)
    // stay near the map instead of drifting ever further out.
    std::vector<double> from_centre(n);
    for (std::size_t v = 0; v < n; ++v) from_centre[v] = std::sqrt(position_[v].x * position_[v].x + position_[v].y * position_[v].y);
    std::vector<double> sorted = from_centre;
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(n / 2), sorted.end());
    const double reach = std::max(sorted[n / 2], 1.0);
    for (std::size_t v = 0; v < n; ++v) {
        if (from_centre[v] < 1e-9) continue;
        const double beyond = std::max(1.0, from_centre[v] / reach);
        const double pull = settings.gravity * mass_[v] * beyond * beyond * beyond / from_centre[v];
        force[v].x -= pull * position_[v].x;
        force[v].y -= pull * position_[v].y;
    }

    for (const Tie& tie : ties_) {  // attraction: w d, border to border when preventing overlap
        const double dx = position_[tie.b].x - position_[tie.a].x, dy = position_[tie.b].y - position_[tie.a].y;
        const double distance = std::sqrt((dx) * (dx) + (dy) * (dy));
        if (distance < 1e-12) continue;
        double pull = tie.weight;  // F = w d, i.e. w times (dx, dy)
        if (settings.prevent_overlap) {
            const double gap = distance - radius_[tie.a] - radius_[tie.b];
            if (gap <= 0) continue;
            pull *= gap / distance;
        }
        force[tie.a].x += dx * pull;
        force[tie.a].y += dy * pull;
        force[tie.b].x -= dx * pull;
        force[tie.b].y -= dy * pull;
    }

    // Adaptive speed: swinging is how much a node's force changed direction,
    // traction how much it kept it; the global speed follows their ratio.
    std::vector<double> swing(n);
    double total_swing = 0, total_traction = 0;
    for (std::size_t v = 0; v < n; ++v) {
        const Point& f = force[v];
        const Point& g = previous_force_[v];
        swing[v] = std::sqrt((f.x - g.x) * (f.x - g.x) + (f.y - g.y) * (f.y - g.y));
        total_swing += mass_[v] * swing[v];
        total_traction += mass_[v] * std::sqrt((f.x + g.x) * (f.x + g.x) + (f.y + g.y) * (f.y + g.y)) / 2;
    }
    if (total_swing > 0) {
        const double target = settings.tolerance * total_traction / total_swing;
        speed_ = std::min(target, 1.5 * speed_);  // rise at most 50% per step
    }
    constexpr double k_s = 0.1, k_s_max = 10.0;
    double moved = 0;
    Bounds extent{position_[0], position_[0]};
    for (std::size_t v = 0; v < n; ++v) {
        extent.min = {std::min(extent.min.x, position_[v].x), std::min(extent.min.y, position_[v].y)};
        extent.max = {std::max(extent.max.x, position_[v].x), std::max(extent.max.y, position_[v].y)};
        if (pinned_[v]) continue;
        const double magnitude = std::sqrt((force[v].x) * (force[v].x) + (force[v].y) * (force[v].y));
        if (magnitude < 1e-12) continue;
        double node_speed = cooling * k_s * speed_ / (1 + speed_ * std::sqrt(swing[v]));
        node_speed = std::min(node_speed, k_s_max / magnitude);
        position_[v].x += node_speed * force[v].x;
        position_[v].y += node_speed * force[v].y;
        moved += node_speed * magnitude;
    }
    const double size = std::max({extent.max.x - extent.min.x, extent.max.y - extent.min.y, 1e-9});
    last_movement_ = moved / static_cast<double>(n) / size;
    previous_force_ = std::move(force);
    ++iterations_;
}

std::vector<Point> spiral_positions(std::size_t count, double spacing) {
    std::vector<Point> positions(count);
    const double golden = std::numbers::pi * (3 - std::sqrt(5.0));
    for (std::size_t k = 0; k < count; ++k) {
        const double radius = spacing * std::sqrt(static_cast<double>(k) + 0.5);
        const double angle = golden * static_cast<double>(k);
        positions[k] = {radius * std::cos(angle), radius * std::sin(angle)};
    }
    return positions;
}

}  // namespace stakemap::interactive
