#pragma once
// An append-only array in fixed-size chunks: indexing is two loads, growing never
// moves what is stored. The map's organisations and relationships live in these, so
// loading a million of them touches each byte of memory once: a vector's doubling
// copies everything on each growth and, at the last one, holds the old and the new
// buffer at once (650 MB more peak for five million relationships).

#include <cstddef>
#include <utility>
#include <vector>

namespace stakemap {

template <typename T>
class ChunkedArray {
public:
    std::size_t size() const { return size_; }

    T& operator[](std::size_t i) { return chunks_[i >> kChunkBits][i & kChunkMask]; }
    const T& operator[](std::size_t i) const { return chunks_[i >> kChunkBits][i & kChunkMask]; }

    void push_back(T value) {
        if (size_ == chunks_.size() << kChunkBits) chunks_.emplace_back().reserve(kChunk);
        chunks_.back().push_back(std::move(value));
        ++size_;
    }

    // Keeps the elements for which `keep` is true, in order (it may change the ones it keeps).
    template <typename Keep>
    void keep_if(Keep&& keep) {
        ChunkedArray kept;
        for (auto& chunk : chunks_) {
            for (auto& value : chunk) {
                if (keep(value)) kept.push_back(std::move(value));
            }
        }
        *this = std::move(kept);
    }

    ChunkedArray() = default;
    ChunkedArray(const ChunkedArray&) = default;
    ChunkedArray& operator=(const ChunkedArray&) = default;
    ChunkedArray(ChunkedArray&& other) noexcept : chunks_(std::move(other.chunks_)), size_(std::exchange(other.size_, 0)) { other.chunks_.clear(); }
    ChunkedArray& operator=(ChunkedArray&& other) noexcept {
        chunks_ = std::move(other.chunks_);
        size_ = std::exchange(other.size_, 0);
        other.chunks_.clear();
        return *this;
    }

private:
    static constexpr std::size_t kChunkBits = 12;
    static constexpr std::size_t kChunk = std::size_t{1} << kChunkBits;
    static constexpr std::size_t kChunkMask = kChunk - 1;

    std::vector<std::vector<T>> chunks_;
    std::size_t size_ = 0;
};

}  // namespace stakemap
