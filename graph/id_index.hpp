#pragma once
// The map's index from organisation id to position: an open-addressing table of
// positions only. The ids themselves stay in the organisations; a lookup reads
// one slot (a 32-bit tag of the hash beside the position) and then compares the
// one id the tag points at. Loading a map looks up both ends of every tie, so
// this is one of the loader's hottest paths: a node-based table cost a chain of
// cache misses and a division per lookup.
//
// Every member that needs the ids takes `id_of(position) -> const std::string&`.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace stakemap {

class IdIndex {
public:
    template <typename IdOf>
    std::optional<std::size_t> find(std::string_view id, const IdOf& id_of) const {
        if (slots_.empty()) return std::nullopt;
        const std::uint64_t hash = hash_of(id);
        const auto tag = static_cast<std::uint32_t>(hash >> 32);
        for (std::size_t slot = hash & mask(); slots_[slot].occupied(); slot = (slot + 1) & mask()) {
            if (slots_[slot].tag == tag && id_of(slots_[slot].position()) == id) return slots_[slot].position();
        }
        return std::nullopt;
    }

    // Adds an id that is not in the index yet.
    template <typename IdOf>
    void insert(std::string_view id, std::size_t position, const IdOf& id_of) {
        if ((count_ + 1) * 2 > slots_.size()) grow(id_of);
        place(hash_of(id), position);
        ++count_;
    }

    // Removes an id that is in the index (backward-shift deletion: no tombstones).
    template <typename IdOf>
    void erase(std::string_view id, const IdOf& id_of) {
        if (slots_.empty()) return;
        const std::uint64_t hash = hash_of(id);
        const auto tag = static_cast<std::uint32_t>(hash >> 32);
        std::size_t hole = hash & mask();
        for (;; hole = (hole + 1) & mask()) {
            if (!slots_[hole].occupied()) return;
            if (slots_[hole].tag == tag && id_of(slots_[hole].position()) == id) break;
        }
        // Move later entries of the run back into the hole when their home allows it.
        for (std::size_t next = (hole + 1) & mask(); slots_[next].occupied(); next = (next + 1) & mask()) {
            const std::size_t home = hash_of(id_of(slots_[next].position())) & mask();
            const bool home_not_between = ((next - home) & mask()) >= ((next - hole) & mask());  // home outside (hole, next]
            if (home_not_between) {
                slots_[hole] = slots_[next];
                hole = next;
            }
        }
        slots_[hole] = Slot{};
        --count_;
    }

    void clear() {
        slots_.clear();
        count_ = 0;
    }
    std::size_t size() const { return count_; }

private:
    struct Slot {
        std::uint32_t tag = 0;
        std::uint32_t position_plus_one = 0;  // 0: empty
        bool occupied() const { return position_plus_one != 0; }
        std::size_t position() const { return position_plus_one - 1; }
    };

    static std::uint64_t hash_of(std::string_view id) { return std::hash<std::string_view>{}(id); }
    std::size_t mask() const { return slots_.size() - 1; }

    void place(std::uint64_t hash, std::size_t position) {
        std::size_t slot = hash & mask();
        while (slots_[slot].occupied()) slot = (slot + 1) & mask();
        slots_[slot] = {static_cast<std::uint32_t>(hash >> 32), static_cast<std::uint32_t>(position + 1)};
    }

    template <typename IdOf>
    void grow(const IdOf& id_of) {
        std::vector<Slot> old = std::move(slots_);
        slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
        for (const Slot& slot : old) {
            if (slot.occupied()) place(hash_of(id_of(slot.position())), slot.position());
        }
    }

    std::vector<Slot> slots_;  // a power of two in size, at most half full
    std::size_t count_ = 0;
};

}  // namespace stakemap
