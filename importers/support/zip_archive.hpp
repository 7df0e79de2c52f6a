#pragma once
// Reading the parts of a zip file (the container of .xlsx and .ods workbooks)
// through libzip, with a bound on what any part may expand to, so a zip bomb
// is a located error and not gigabytes of memory.

#include <cstddef>
#include <memory>
#include <optional>
#include <string>

namespace stakemap {

class ZipArchive {
public:
    // Throws ImportError naming `path` when it is not a zip file.
    explicit ZipArchive(const std::string& path);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    bool contains(const std::string& name) const;
    // The part's bytes; nullopt when there is no such part. Throws ImportError when it would
    // expand beyond `limit` bytes or cannot be read.
    std::optional<std::string> read(const std::string& name, std::size_t limit) const;

private:
    std::string path_;
    struct Handle;
    std::unique_ptr<Handle> handle_;
};

}  // namespace stakemap
