#pragma once
// Numeric options refuse NaN and infinity: CLI11's Range lets NaN through
// (every comparison with NaN is false), and a NaN resolution or epsilon
// would crash Graphviz or never end a sample.

#include <cmath>
#include <string>

#include <CLI/CLI.hpp>

namespace stakemap::cli {

inline const CLI::Validator kFiniteNumber(
    [](std::string& text) -> std::string {
        try {
            std::size_t used = 0;
            const double value = std::stod(text, &used);
            if (used != text.size()) return "expected a number, got '" + text + "'";
            if (!std::isfinite(value)) return "expected a finite number, got '" + text + "'";
        } catch (const std::exception&) {
            return "expected a number, got '" + text + "'";
        }
        return "";
    },
    "FINITE");

}  // namespace stakemap::cli
