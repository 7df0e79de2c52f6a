#pragma once
// Small shared helpers for the panels: how a measure is written.

#include <string>

#include "analysis/measures/metrics.hpp"

namespace stakemap::gui {

// Integers and flags without decimals, reals with four significant digits; "-" when missing.
std::string format_measure(double value, ColumnKind kind);

}  // namespace stakemap::gui
