#include "importers/formats/json_element_stream.hpp"

#include <pthread.h>

#include <algorithm>
#include <iterator>
#include <utility>

#include "importers/support/import_error.hpp"
#include "importers/support/input_limits.hpp"

namespace stakemap {
namespace {

using nlohmann::json;

bool is_element_array(const std::string& key) { return key == "nodes" || key == "edges" || key == "links"; }

// nlohmann's messages without their "[json.exception...] parse error at line 1, column 5: " prefix.
std::string parser_words(const std::string& message) {
    std::string words = message;
    if (const auto bracket = words.find("] "); words.starts_with("[json.exception") && bracket != std::string::npos) words = words.substr(bracket + 2);
    if (words.starts_with("parse error")) {
        if (const auto colon = words.find(": "); colon != std::string::npos) words = words.substr(colon + 2);
    }
    return words;
}

// Walks the text a character at a time for the lexer and publishes how far it is every 64 KiB.
class CountingIterator {
public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    CountingIterator(const char* base, const char* at, std::atomic<std::size_t>* counter, const char** latest)
        : base_(base), at_(at), counter_(counter), latest_(latest) {}
    reference operator*() const { return *at_; }
    CountingIterator& operator++() {
        ++at_;
        *latest_ = at_;  // where the lexer is, for the parser's own errors
        if (((at_ - base_) & 0xFFFF) == 0) counter_->store(static_cast<std::size_t>(at_ - base_), std::memory_order_relaxed);
        return *this;
    }
    CountingIterator operator++(int) {
        CountingIterator before = *this;
        ++*this;
        return before;
    }
    bool operator==(const CountingIterator& other) const { return at_ == other.at_; }

private:
    const char* base_;
    const char* at_;
    std::atomic<std::size_t>* counter_;
    const char** latest_;
};

struct Stopped {};  // the reader wants no more: unwinds the parser

}  // namespace

class JsonElementStream::Parser final : public nlohmann::json_sax<json> {
public:
    Parser(const TextFile& file, JsonElementStream& stream) : file_(file), stream_(stream) {}

    void run() {
        try {
            const std::string_view text = file_.text();
            std::atomic<std::size_t>& counter = stream_.bytes_read_;
            latest_ = text.data();
            json::sax_parse(CountingIterator(text.data(), text.data(), &counter, &latest_),
                            CountingIterator(text.data(), text.data() + text.size(), &counter, &latest_), this);
            counter.store(text.size(), std::memory_order_relaxed);
            flush(true);
        } catch (const Stopped&) {
        } catch (...) {
            batch_.push_back({JsonMapEvent::Kind::failure, {}, {}, std::current_exception()});
            try {
                flush(true);
            } catch (const Stopped&) {
            }
        }
    }

    bool null() override { return value(json(nullptr)); }
    bool boolean(bool v) override { return value(json(v)); }
    bool number_integer(number_integer_t v) override { return value(json(v)); }
    bool number_unsigned(number_unsigned_t v) override { return value(json(v)); }
    bool number_float(number_float_t v, const string_t&) override { return value(json(v)); }
    bool string(string_t& v) override {
        refuse_nul(v);
        return value(json(std::move(v)));
    }
    bool binary(binary_t&) override { return value(json(nullptr)); }

    bool key(string_t& k) override {
        refuse_nul(k);
        if (depth_ == 1) {
            top_key_ = k;
            post(JsonMapEvent::Kind::top_key, top_key_);
        } else if (capturing()) {
            pending_key_ = std::move(k);
        }
        return true;
    }

    bool start_object(std::size_t) override { return open(json::object()); }
    bool start_array(std::size_t) override {
        if (depth_ == 1 && is_element_array(top_key_)) {
            elements_key_ = top_key_;
            element_index_ = 0;
            post(JsonMapEvent::Kind::elements_begin, elements_key_);
            ++depth_;
            return true;
        }
        return open(json::array());
    }
    bool end_object() override { return close(); }
    bool end_array() override {
        if (depth_ == 2 && !elements_key_.empty() && stack_.empty()) {
            post(JsonMapEvent::Kind::elements_end, elements_key_);
            elements_key_.clear();
            --depth_;
            return true;
        }
        return close();
    }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& error) override {
        const std::size_t offset = position > 0 ? position - 1 : 0;
        throw ImportError(file_.locate(std::min(offset, file_.text().size())), "invalid JSON: " + parser_words(error.what()));
    }

private:
    static constexpr std::size_t kBatchSize = 512;

    bool capturing() const { return !stack_.empty(); }

    // Called as an array or object opens, when the lexer has just read its bracket:
    // no map needs more levels, and the elements' trees are walked recursively later.
    void refuse_too_deep() const {
        if (depth_ <= limits::kMaxNesting) return;
        throw ImportError(file_.locate(static_cast<std::size_t>(latest_ - file_.text().data()) - 1), limits::too_deep_for_json());
    }

    void refuse_nul(const std::string& text) const {
        if (text.find('\0') == std::string::npos) return;
        const std::string where = !elements_key_.empty() ? elements_key_ + "/" + std::to_string(element_index_) : top_key_;
        throw ImportError(at_path(file_.path(), where), "a NUL character (\\u0000) in a text; expected text without it");
    }

    void post(JsonMapEvent::Kind kind, const std::string& key, json value = json()) {
        batch_.push_back({kind, key, std::move(value), nullptr});
        if (batch_.size() >= kBatchSize) flush(false);
    }

    void flush(bool last) {
        if (!stream_.deliver(std::move(batch_), last)) throw Stopped{};
        batch_.clear();
    }

    bool value(json v) {
        if (depth_ == 0) throw ImportError({file_.path(), 1, 1, {}}, "expected a JSON object with \"nodes\" and \"edges\"");
        if (capturing()) return put(std::move(v));
        if (depth_ == 1) top_value(std::move(v));
        else if (depth_ == 2 && !elements_key_.empty()) element(std::move(v));
        return true;
    }

    void top_value(json value) {
        if (is_element_array(top_key_)) {
            throw ImportError(at_path(file_.path(), top_key_), std::string("expected an array, got ") + (value.is_null() ? "something else" : value.type_name()));
        }
        post(JsonMapEvent::Kind::top_value, top_key_, std::move(value));
    }

    void element(json value) {
        post(JsonMapEvent::Kind::element, elements_key_, std::move(value));
        ++element_index_;
    }

    bool put(json v) {
        json& parent = *stack_.back();
        if (parent.is_object()) parent[pending_key_] = std::move(v);
        else parent.push_back(std::move(v));
        return true;
    }

    bool open(json container) {
        ++depth_;
        refuse_too_deep();
        if (depth_ == 1) {  // the document itself
            if (!container.is_object()) throw ImportError({file_.path(), 1, 1, {}}, "expected a JSON object with \"nodes\" and \"edges\"");
            return true;
        }
        if (capturing()) {
            json& parent = *stack_.back();
            json* child = parent.is_object() ? &(parent[pending_key_] = std::move(container)) : &(parent.push_back(std::move(container)), parent.back());
            stack_.push_back(child);
            return true;
        }
        // A top-level value to keep (metadata, graph; others are walked, not kept, and passed on as null).
        const bool element_start = depth_ == 3 && !elements_key_.empty();
        const bool wanted_top = depth_ == 2 && elements_key_.empty() && (top_key_ == "metadata" || top_key_ == "graph");
        if (element_start || wanted_top) {
            captured_ = std::move(container);
            stack_.push_back(&captured_);
        } else if (depth_ == 2 && elements_key_.empty()) {
            if (is_element_array(top_key_)) throw ImportError(at_path(file_.path(), top_key_), "expected an array, got an object");
            top_value(json(nullptr));
        }
        return true;
    }

    bool close() {
        if (capturing()) {
            stack_.pop_back();
            if (stack_.empty()) {
                --depth_;
                if (depth_ == 2 && !elements_key_.empty()) element(std::move(captured_));
                else top_value(std::move(captured_));
                captured_ = json();
                return true;
            }
        }
        --depth_;
        return true;
    }

    const TextFile& file_;
    JsonElementStream& stream_;
    std::vector<JsonMapEvent> batch_;
    int depth_ = 0;
    const char* latest_ = nullptr;  // just past the character the lexer read last
    std::string top_key_, pending_key_, elements_key_;
    std::size_t element_index_ = 0;
    json captured_;
    std::vector<json*> stack_;
};


JsonElementStream::JsonElementStream(const TextFile& file) {
    parser_ = std::thread([this, &file] {
        pthread_setname_np(pthread_self(), "json parser");  // as profilers and debuggers show it
        Parser(file, *this).run();
    });
}

JsonElementStream::~JsonElementStream() {
    {
        const std::lock_guard lock(mutex_);
        stopped_ = true;
        queued_.clear();
    }
    changed_.notify_all();
    parser_.join();
}

bool JsonElementStream::deliver(std::vector<JsonMapEvent>&& batch, bool last) {
    std::vector<std::vector<JsonMapEvent>> spent;
    {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return stopped_ || queued_.size() < kBatchesQueued; });
        if (stopped_) return false;
        queued_.push_back(std::move(batch));
        if (last) ended_ = true;
        spent.swap(spent_);
    }
    changed_.notify_all();
    return true;  // `spent` is freed here, on the parser's thread, which allocated it
}

bool JsonElementStream::next(std::vector<JsonMapEvent>& batch) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return ended_ || !queued_.empty(); });
    if (queued_.empty()) return false;
    if (!batch.empty()) spent_.push_back(std::move(batch));
    batch = std::move(queued_.front());
    queued_.pop_front();
    changed_.notify_all();
    return true;
}

}  // namespace stakemap
