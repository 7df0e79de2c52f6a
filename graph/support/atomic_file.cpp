#include "graph/support/atomic_file.hpp"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include <fcntl.h>
#include <sys/stat.h>
#include <signal.h>
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

// Temporary files being written, so a signal that ends the process removes them too.
// A fixed table of C strings: the handler may only call async-signal-safe functions.
constexpr std::size_t kTracked = 64;
constexpr std::size_t kNameBytes = 4096;
char tracked_names[kTracked][kNameBytes];
volatile std::sig_atomic_t tracked_used[kTracked];

void remove_tracked_and_reraise(int signal) {
    for (std::size_t k = 0; k < kTracked; ++k) {
        if (tracked_used[k]) ::unlink(tracked_names[k]);
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

void install_signal_handlers() {
    static const bool installed = [] {
        for (const int signal : {SIGTERM, SIGINT, SIGHUP, SIGQUIT}) {
            struct sigaction action {};
            action.sa_handler = remove_tracked_and_reraise;
            sigemptyset(&action.sa_mask);
            struct sigaction previous {};
            // A handler someone else set (a test harness, the window) is left alone.
            if (::sigaction(signal, nullptr, &previous) == 0 && previous.sa_handler == SIG_DFL) ::sigaction(signal, &action, nullptr);
        }
        return true;
    }();
    (void)installed;
}

int track(const std::string& name) {
    if (name.size() >= kNameBytes) return -1;
    for (std::size_t k = 0; k < kTracked; ++k) {
        if (tracked_used[k]) continue;
        std::memcpy(tracked_names[k], name.c_str(), name.size() + 1);
        tracked_used[k] = 1;
        return static_cast<int>(k);
    }
    return -1;
}

void untrack(int slot) {
    if (slot >= 0) tracked_used[slot] = 0;
}

// ".NAME.stakemap-PID-" prefixes the temporary files of NAME: one whose writer has died (kill -9,
// a power cut) is removed by the next write to NAME.
std::string temporary_prefix(const std::filesystem::path& target) {
    std::string prefix(".");  // built in steps: GCC 12 misreports "." + string (PR 105651)
    prefix.append(target.filename().string()).append(".stakemap-");
    return prefix;
}

void remove_abandoned_temporaries(const std::filesystem::path& folder, const std::string& prefix) {
    std::error_code error;
    for (std::filesystem::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (!name.starts_with(prefix)) continue;
        const long pid = std::strtol(name.c_str() + prefix.size(), nullptr, 10);
        if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) ::unlink(it->path().c_str());
    }
}

// A symbolic link is written through: the file it points to is replaced, the link stays.
std::string written_through(const std::string& path) {
    std::filesystem::path target(path);
    std::error_code error;
    for (int hops = 0; hops < 40 && std::filesystem::is_symlink(target, error); ++hops) {
        const std::filesystem::path next = std::filesystem::read_symlink(target, error);
        if (error) break;
        target = next.is_absolute() ? next : target.parent_path() / next;
    }
    return target.string();
}

}  // namespace

AtomicFileWriter::AtomicFileWriter(std::string path) : path_(written_through(path)) {
    install_signal_handlers();
    const std::filesystem::path target(path_);
    const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
    const std::string prefix = temporary_prefix(target);
    remove_abandoned_temporaries(folder, prefix);
    std::string hidden_name = prefix;
    hidden_name.append(std::to_string(::getpid())).append("-XXXXXX");
    temporary_ = (folder / hidden_name).string();
    const int fd = ::mkstemp(temporary_.data());
    if (fd < 0) fail(path_, "cannot create a temporary file beside it", errno);
    tracked_ = track(temporary_);
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
    untrack(tracked_);
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
    untrack(tracked_);
    tracked_ = -1;
}

FileBackup::FileBackup(std::string path) : path_(std::move(path)) {
    if (::access(path_.c_str(), F_OK) != 0) return;
    existed_ = true;
    std::string name = path_;
    name.append(".backup.XXXXXX");
    const int fd = ::mkstemp(name.data());
    if (fd < 0) return;  // no room for a backup: the save goes on as before
    ::close(fd);
    ::unlink(name.c_str());
    if (::link(path_.c_str(), name.c_str()) == 0) backup_ = name;
}

FileBackup::~FileBackup() {
    if (!backup_.empty()) ::unlink(backup_.c_str());
}

void FileBackup::restore() noexcept {
    if (existed_ && !backup_.empty()) {
        if (std::rename(backup_.c_str(), path_.c_str()) == 0) backup_.clear();
    } else if (!existed_) {
        ::unlink(path_.c_str());
    }
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
    const std::string target = written_through(path);
    {
        AtomicFileWriter writer(target);  // makes (and on leaving, removes) the hidden temporary beside the target
        temporary = writer.temporary_path();
    }
    const int slot = track(temporary);
    struct Untrack {
        int slot;
        ~Untrack() { untrack(slot); }
    } untrack_on_leaving{slot};
    // The name is free again; a rival writer would need the same random name.
    try {
        write(temporary);
        const int fd = ::open(temporary.c_str(), O_RDONLY);
        if (fd < 0) fail(path, "cannot reopen what was written", errno);
        const bool synced = ::fsync(fd) == 0 && ::fchmod(fd, mode_for(path)) == 0;
        const int error = errno;
        ::close(fd);
        if (!synced) fail(path, "flush failed", error);
        if (std::rename(temporary.c_str(), target.c_str()) != 0) fail(path, "cannot replace the file", errno);
    } catch (...) {
        ::unlink(temporary.c_str());
        throw;
    }
}

}  // namespace stakemap
