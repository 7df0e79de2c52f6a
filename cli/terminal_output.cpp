#include "cli/terminal_output.hpp"

#include <algorithm>
#include <iostream>
#include <streambuf>

#include "graph/support/text_safety.hpp"

namespace stakemap::cli {
namespace {

// Collects text up to a line end (or a few kilobytes), cleans it and passes it on.
// A UTF-8 sequence cut by a flush waits for its remaining bytes.
class TerminalSafeBuffer final : public std::streambuf {
public:
    explicit TerminalSafeBuffer(std::streambuf* next) : next_(next) {}
    ~TerminalSafeBuffer() override { pass_on(true); }

protected:
    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
        pending_ += traits_type::to_char_type(c);
        if (c == '\n' || pending_.size() >= kChunk) pass_on(false);
        return c;
    }
    // A long text (a diff of a million ties is hundreds of megabytes) goes on a chunk at a
    // time, so it is never held twice more.
    std::streamsize xsputn(const char* text, std::streamsize count) override {
        for (std::size_t done = 0, total = static_cast<std::size_t>(count); done < total;) {
            const std::size_t part = std::min(kChunk, total - done);
            pending_.append(text + done, part);
            done += part;
            if (pending_.find('\n') != std::string::npos || pending_.size() >= kChunk) pass_on(false);
        }
        return count;
    }
    int sync() override {
        pass_on(false);
        return next_->pubsync();
    }

private:
    static constexpr std::size_t kChunk = 8192;

    // Bytes at the end that start a UTF-8 sequence not yet complete.
    static std::size_t incomplete_tail(const std::string& text) {
        for (std::size_t back = 1; back <= 3 && back <= text.size(); ++back) {
            const auto byte = static_cast<unsigned char>(text[text.size() - back]);
            if ((byte & 0xC0) == 0x80) continue;  // a continuation byte: look further back
            const std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
            return length > back ? back : 0;
        }
        return 0;
    }

    void pass_on(bool everything) {
        if (pending_.empty()) return;
        const std::size_t keep = everything ? 0 : incomplete_tail(pending_);
        const std::string cleaned = terminal_safe_text(std::string_view(pending_).substr(0, pending_.size() - keep));
        next_->sputn(cleaned.data(), static_cast<std::streamsize>(cleaned.size()));
        pending_.erase(0, pending_.size() - keep);
    }

    std::streambuf* next_;
    std::string pending_;
};

}  // namespace

void clean_standard_streams() {
    // Never destroyed: the streams are flushed at exit, after static objects are gone.
    static auto* const out = new TerminalSafeBuffer(std::cout.rdbuf());
    static auto* const err = new TerminalSafeBuffer(std::cerr.rdbuf());
    std::cout.rdbuf(out);
    std::cerr.rdbuf(err);
    // std::cerr is unbuffered by convention; keep it prompt.
    std::cerr.setf(std::ios::unitbuf);
}

void print_out(const std::string& text) { std::cout << text; }

void print_err(const std::string& text) { std::cerr << text; }

}  // namespace stakemap::cli
