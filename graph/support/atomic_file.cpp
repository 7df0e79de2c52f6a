#include "graph/support/atomic_file.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace stakemap {
namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what, int error) {
    const bool existed = ::access(path.c_str(), F_OK) == 0;
    throw std::runtime_error(path + ": " + what + ": " + std::strerror(error) +
                             (existed ? "; the existing file was left as it was" : "; nothing was written"));
}

// A replaced file keeps its permissions; a new one gets the usual 0666 less umask.
mode_t mode_for(const std::string& path) {
    struct stat existing {};
    if (::stat(path.c_str(), &existing) == 0) return existing.st_mode & 07777;
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

constexpr std::size_t kBufferSize = 1 << 20;

}  // namespace

AtomicFileWriter::AtomicFileWriter(std::string path) : path_(std::move(path)) {
    const std::filesystem::path target(path_);
    const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
    std::string hidden_name(".");  // built in steps: GCC 12 misreports "." + string (PR 105651)
    hidden_name.append(target.filename().string()).append(".XXXXXX");
    temporary_ = (folder / hidden_name).string();
    const int fd = ::mkstemp(temporary_.data());
    if (fd < 0) fail(path_, "cannot create a temporary file beside it", errno);
    file_ = ::fdopen(fd, "wb");
    if (file_ == nullptr) {
        const int error = errno;
        ::close(fd);
        ::unlink(temporary_.c_str());
        fail(path_, "cannot open a temporary file", error);
    }
    std::setvbuf(file_, nullptr, _IOFBF, kBufferSize);
}

AtomicFileWriter::~AtomicFileWriter() {
    if (file_ != nullptr) std::fclose(file_);
    if (!committed_) ::unlink(temporary_.c_str());
}

void AtomicFileWriter::fail_write() {
    const int error = errno;
    fail(path_, "write failed", error);
}

void AtomicFileWriter::write(std::string_view text) {
    if (!text.empty() && std::fwrite(text.data(), 1, text.size(), file_) != text.size()) fail_write();
}

void AtomicFileWriter::flush() {
    if (file_ == nullptr) return;
    if (std::fflush(file_) != 0) fail_write();
    const int fd = ::fileno(file_);
    if (::fsync(fd) != 0 || ::fchmod(fd, mode_for(path_)) != 0) fail(path_, "flush failed", errno);
    const int closed = std::fclose(file_);
    file_ = nullptr;
    if (closed != 0) fail(path_, "close failed", errno);
}

void AtomicFileWriter::commit() {
    flush();
    if (std::rename(temporary_.c_str(), path_.c_str()) != 0) fail(path_, "cannot replace the file", errno);
    committed_ = true;
}

void write_file_atomically(const std::string& path, std::string_view contents) {
    AtomicFileWriter writer(path);
    writer.write(contents);
    writer.commit();
}

}  // namespace stakemap

namespace stakemap {

void replace_file_atomically(const std::string& path, const std::function<void(const std::string& temporary)>& write) {
    std::string temporary;
    {
        AtomicFileWriter writer(path);  // makes (and on leaving, removes) the hidden temporary beside the target
        temporary = writer.temporary_path();
    }
    // The name is free again; a rival writer would need the same random name.
    try {
        write(temporary);
        const int fd = ::open(temporary.c_str(), O_RDONLY);
        if (fd < 0) fail(path, "cannot reopen what was written", errno);
        const bool synced = ::fsync(fd) == 0 && ::fchmod(fd, mode_for(path)) == 0;
        const int error = errno;
        ::close(fd);
        if (!synced) fail(path, "flush failed", error);
        if (std::rename(temporary.c_str(), path.c_str()) != 0) fail(path, "cannot replace the file", errno);
    } catch (...) {
        ::unlink(temporary.c_str());
        throw;
    }
}

}  // namespace stakemap
