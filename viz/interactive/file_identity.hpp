#pragma once
// What a map file was when the window read or wrote it: which file (device and
// inode, so a file replaced by rename counts as changed), its size and its
// modification time. Compared again before saving, so the window never
// silently overwrites work another program (or person) saved in between.

#include <cstdint>
#include <string>

namespace stakemap::interactive {

struct FileIdentity {
    bool exists = false;
    std::uint64_t device = 0, inode = 0, size = 0;
    std::int64_t modified_ns = 0;

    bool operator==(const FileIdentity&) const = default;
};

// The identity of `path` now (exists == false if there is no such file).
FileIdentity identity_of(const std::string& path);

// True when the file at `path` is no longer the one recorded.
inline bool changed_since(const std::string& path, const FileIdentity& recorded) { return identity_of(path) != recorded; }

}  // namespace stakemap::interactive
