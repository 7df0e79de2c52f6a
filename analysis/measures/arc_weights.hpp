#pragma once
// Tie weights per arc for the passes that read every arc many times (PageRank):
// kept as floats when that is exact (whole numbers, halves, ... as most maps
// have), so each pass streams 4 bytes per arc instead of 8; nothing stored when
// every weight is 1.

#include <cstddef>
#include <vector>

namespace stakemap {

class ArcWeights {
public:
    enum class Kind { all_ones, floats, doubles };  // each holds every weight the ones before it hold
    static Kind wider(Kind a, Kind b) { return a < b ? b : a; }

    // The narrowest kind that holds exactly the weights `so_far` holds and also w.
    static Kind widened(Kind so_far, double w) {
        if (so_far == Kind::doubles || static_cast<double>(static_cast<float>(w)) != w) return Kind::doubles;
        return so_far == Kind::floats || w != 1.0 ? Kind::floats : Kind::all_ones;
    }

    ArcWeights() = default;
    ArcWeights(Kind kind, std::size_t arcs) {
        if (kind == Kind::floats) narrow_.resize(arcs);
        if (kind == Kind::doubles) wide_.resize(arcs);
    }

    // Calls read(weights) with something indexable by arc (a float or double
    // pointer, or all ones) and returns what it returns: the hot loop is compiled
    // once per kind.
    template <class Read>
    decltype(auto) visit(Read&& read) const {
        if (!narrow_.empty()) return read(static_cast<const float*>(narrow_.data()));
        if (!wide_.empty()) return read(static_cast<const double*>(wide_.data()));
        return read(AllOnes{});
    }

    // Stores arc k's weight (no-op for all ones; `w` must fit the kind).
    void set(std::size_t k, double w) {
        if (!narrow_.empty()) narrow_[k] = static_cast<float>(w);
        else if (!wide_.empty()) wide_[k] = w;
    }

private:
    struct AllOnes {
        double operator[](std::size_t) const { return 1.0; }
    };
    std::vector<float> narrow_;
    std::vector<double> wide_;
};

}  // namespace stakemap
