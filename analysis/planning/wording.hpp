#pragma once
// Numbers as the analysis words them in findings and reasons ("4.2 expected").

#include <sstream>
#include <string>

namespace stakemap {

inline std::string decimals(double value, int places) {
    std::ostringstream out;
    out.setf(std::ios::fixed);
    out.precision(places);
    out << value;
    return out.str();
}

}  // namespace stakemap
