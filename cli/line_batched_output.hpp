#pragma once
// Text written as it is made, a batch of whole lines at a time, instead of built
// whole in memory first: a million-organisation diff is 600 MB of Markdown, which
// as one string (grown by doubling) cost up to a GiB on top of the two maps.
// Batches end at a line end, so a character is never split between two writes
// (the terminal's cleaning sees whole UTF-8 sequences).

#include <functional>
#include <string>
#include <string_view>

namespace stakemap::cli {

class LineBatchedOutput {
public:
    explicit LineBatchedOutput(std::function<void(std::string_view)> write) : write_(std::move(write)) {}
    ~LineBatchedOutput() = default;  // finish() writes what is left; an abandoned output writes nothing more

    LineBatchedOutput& operator+=(std::string_view text) {
        pending_ += text;
        if (pending_.size() >= kBatchBytes) {
            const std::size_t last_line_end = pending_.rfind('\n');
            if (last_line_end != std::string::npos) {
                write_(std::string_view(pending_).substr(0, last_line_end + 1));
                pending_.erase(0, last_line_end + 1);
            }
        }
        return *this;
    }

    void finish() {
        if (!pending_.empty()) write_(pending_);
        pending_.clear();
    }

private:
    static constexpr std::size_t kBatchBytes = std::size_t{1} << 20;
    std::function<void(std::string_view)> write_;
    std::string pending_;
};

}  // namespace stakemap::cli
