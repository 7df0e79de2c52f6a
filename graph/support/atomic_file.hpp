#pragma once
// Saving without losing what was there: output goes to a temporary file in the
// target's folder, is flushed to disk, and only then renamed over the target.
// A failed or abandoned write leaves the old file untouched; SIGTERM, SIGINT,
// SIGHUP and SIGQUIT remove the temporary file on their way, and one left by a
// process that died (kill -9) is removed by the next write to the same file.
// A symbolic link is written through to the file it names.

#include <cstdio>
#include <functional>
#include <string>
#include <string_view>

namespace stakemap {

class AtomicFileWriter {
public:
    // Creates the temporary file; throws std::runtime_error naming the path.
    explicit AtomicFileWriter(std::string path);
    ~AtomicFileWriter();  // removes the temporary file unless commit() succeeded
    AtomicFileWriter(const AtomicFileWriter&) = delete;
    AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

    void write(std::string_view text);
    void put(char c) {
        if (std::fputc(c, file_) == EOF) fail_write();
    }
    // Flushes and syncs the temporary file, so that a full disk shows now and
    // not after a rename. Throws on failure; commit() calls it if needed.
    void flush();
    // Flushes, syncs and renames over the target. Throws on failure.
    void commit();
    const std::string& temporary_path() const { return temporary_; }

private:
    [[noreturn]] void fail_write();

    std::string path_;
    std::string temporary_;
    std::FILE* file_ = nullptr;
    bool committed_ = false;
    int tracked_ = -1;  // slot in the table a terminating signal cleans up
};

// A hard-linked copy of a file as it is now (nothing when there is no file), to put
// back if a later step of a multi-file save fails. Removed when it goes out of scope.
class FileBackup {
public:
    explicit FileBackup(std::string path);
    ~FileBackup();
    FileBackup(const FileBackup&) = delete;
    FileBackup& operator=(const FileBackup&) = delete;
    // Puts the old file back (or removes the new one if there was none). Never throws.
    void restore() noexcept;

private:
    std::string path_, backup_;
    bool existed_ = false;
};

// Convenience for small outputs. Throws std::runtime_error on failure.
void write_file_atomically(const std::string& path, std::string_view contents);

// For libraries that write a file by its name (libxlsxwriter): `write` gets a temporary
// path beside `path`, writes it whole, and only then is it synced and renamed over `path`.
// A throw from `write` (or a failed sync) removes the temporary file and leaves `path` as it was.
void replace_file_atomically(const std::string& path, const std::function<void(const std::string& temporary)>& write);

}  // namespace stakemap
