#include "cli/output_guard.hpp"

#include <filesystem>
#include <stdexcept>

namespace stakemap::cli {
namespace {

namespace fs = std::filesystem;

bool same_file(const std::string& a, const std::string& b) {
    std::error_code error;
    if (fs::exists(a, error) && fs::exists(b, error)) return fs::equivalent(a, b, error);
    return fs::weakly_canonical(fs::absolute(a, error), error) == fs::weakly_canonical(fs::absolute(b, error), error);
}

}  // namespace

void check_outputs(const std::vector<std::string>& inputs, const std::vector<std::string>& outputs) {
    for (std::size_t k = 0; k < outputs.size(); ++k) {
        if (outputs[k].empty()) continue;
        for (const auto& input : inputs) {
            if (!input.empty() && same_file(outputs[k], input)) {
                throw std::runtime_error(outputs[k] + ": this is also a file the command reads (" + input +
                                         "); write to another file (nothing was written)");
            }
        }
        for (std::size_t j = 0; j < k; ++j) {
            if (!outputs[j].empty() && same_file(outputs[k], outputs[j])) {
                throw std::runtime_error(outputs[k] + ": the command would write two things to this one file; give each its own "
                                         "(nothing was written)");
            }
        }
    }
}

}  // namespace stakemap::cli
