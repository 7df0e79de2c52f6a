#pragma once
// The map's index from organisation id to position: an open-addressing table of
// positions (a 32-bit tag of each id's hash beside its position) over a dense copy
// of the ids in position order. Loading a map looks up both ends of every tie, so
// this is one of the loader's hottest paths: a lookup reads one slot and one short
// string from arrays a few bytes per organisation wide, where a node-based table
// cost a chain of cache misses and a division, and reading the id from the
// organisation itself (hundreds of bytes apart) a cache miss of its own.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stakemap {

class IdIndex {
public:
    std::optional<std::size_t> find(std::string_view id) const {
        if (slots_.empty()) return std::nullopt;
        const std::uint64_t hash = hash_of(id);
        const auto tag = static_cast<std::uint32_t>(hash >> 32);
        for (std::size_t slot = hash & mask(); slots_[slot].occupied(); slot = (slot + 1) & mask()) {
            if (slots_[slot].tag == tag && ids_[slots_[slot].position()] == id) return slots_[slot].position();
        }
        return std::nullopt;
    }

    // Adds an id that is not in the index yet, at the next position.
    std::size_t append(std::string id) {
        if ((ids_.size() + 1) * 2 > slots_.size()) grow();
        ids_.push_back(std::move(id));
        place(hash_of(ids_.back()), ids_.size() - 1);
        return ids_.size() - 1;
    }

    // Gives the id at `position` a new one that is not in the index yet.
    void rename(std::size_t position, std::string id) {
        erase_slot_of(position);
        ids_[position] = std::move(id);
        place(hash_of(ids_[position]), position);
    }

    void clear() {
        slots_.clear();
        ids_.clear();
    }
    std::size_t size() const { return ids_.size(); }

private:
    struct Slot {
        std::uint32_t tag = 0;
        std::uint32_t position_plus_one = 0;  // 0: empty
        bool occupied() const { return position_plus_one != 0; }
        std::size_t position() const { return position_plus_one - 1; }
    };

    static std::uint64_t hash_of(std::string_view id) { return std::hash<std::string_view>{}(id); }
    std::size_t mask() const { return slots_.size() - 1; }
    std::size_t home_of(std::size_t position) const { return hash_of(ids_[position]) & mask(); }

    void place(std::uint64_t hash, std::size_t position) {
        std::size_t slot = hash & mask();
        while (slots_[slot].occupied()) slot = (slot + 1) & mask();
        slots_[slot] = {static_cast<std::uint32_t>(hash >> 32), static_cast<std::uint32_t>(position + 1)};
    }

    void grow() {
        slots_.assign(slots_.empty() ? 16 : slots_.size() * 2, Slot{});
        for (std::size_t position = 0; position < ids_.size(); ++position) place(hash_of(ids_[position]), position);
    }

    // Backward-shift deletion (no tombstones): later entries of the probe run move back
    // into the hole unless their home lies between the hole and where they are.
    void erase_slot_of(std::size_t position) {
        std::size_t hole = home_of(position);
        while (slots_[hole].position() != position) hole = (hole + 1) & mask();
        for (std::size_t next = (hole + 1) & mask(); slots_[next].occupied(); next = (next + 1) & mask()) {
            const std::size_t home = home_of(slots_[next].position());
            const bool home_not_between = ((next - home) & mask()) >= ((next - hole) & mask());  // home outside (hole, next]
            if (home_not_between) {
                slots_[hole] = slots_[next];
                hole = next;
            }
        }
        slots_[hole] = Slot{};
    }

    std::vector<Slot> slots_;      // a power of two in size, at most half full
    std::vector<std::string> ids_;  // by position: short ids sit inline, a few bytes apart
};

}  // namespace stakemap
