#pragma once
// The first half of reading a JSON map: nlohmann's SAX parser walks the text on a
// helper thread and hands the reader, in file order, the document's top-level keys
// and values and each element of "nodes", "edges" and "links" as a small JSON tree.
// The reader builds the map from them on the calling thread meanwhile, so parsing
// and building share the two cores. At most a few thousand elements are held between
// the two, so memory follows the map being built, not the document.
//
// What the parser refuses (invalid JSON, a NUL in a text, nodes that are not an
// array) arrives as a failure event at the place in the order where it was met, so
// the first problem in the file is the one reported.

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "importers/support/text_file.hpp"

namespace stakemap {

struct JsonMapEvent {
    enum class Kind {
        top_key,         // key: a key of the document's object
        top_value,       // key, value: its value (objects and arrays other than metadata and graph come as null)
        elements_begin,  // key: "nodes", "edges" or "links" starts
        element,         // key, value: the next element of that array
        elements_end,    // key: the array ended
        failure,         // failure: what the parser refused
    };
    Kind kind;
    std::string key;
    nlohmann::json value;
    std::exception_ptr failure;
};

class JsonElementStream {
public:
    explicit JsonElementStream(const TextFile& file);  // starts parsing
    ~JsonElementStream();                              // stops parsing if it has not ended
    JsonElementStream(const JsonElementStream&) = delete;
    JsonElementStream& operator=(const JsonElementStream&) = delete;

    // Replaces `batch` with the next events in file order; false once the document has ended.
    // The batch it held goes back to the parser's thread to be freed there.
    bool next(std::vector<JsonMapEvent>& batch);
    // How many bytes of the text the parser has read (for progress).
    std::size_t bytes_read() const { return bytes_read_.load(std::memory_order_relaxed); }

private:
    class Parser;  // the SAX handler on the helper thread (json_element_stream.cpp)

    // Called by the parser thread: queues a full batch; false when the reader has stopped.
    bool deliver(std::vector<JsonMapEvent>&& batch, bool last);

    static constexpr std::size_t kBatchesQueued = 4;

    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<std::vector<JsonMapEvent>> queued_;
    std::vector<std::vector<JsonMapEvent>> spent_;  // read batches, for the parser's thread to free
    bool ended_ = false;    // the parser delivered its last batch
    bool stopped_ = false;  // the reader wants no more
    std::atomic<std::size_t> bytes_read_{0};
    std::thread parser_;
};

}  // namespace stakemap
