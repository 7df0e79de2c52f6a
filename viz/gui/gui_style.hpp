#pragma once
// Small shared helpers for the panels: how a measure is written.

#include <string>
#include <vector>

#include "analysis/measures/metrics.hpp"

namespace stakemap::gui {

// Integers and flags without decimals, reals with four significant digits; "-" when missing.
std::string format_measure(double value, ColumnKind kind);

// A list as a person edits it in a field ("forced_labour, child_labour") and back, blanks dropped.
std::string joined(const std::vector<std::string>& values);
std::vector<std::string> split_list(const std::string& text);

}  // namespace stakemap::gui
