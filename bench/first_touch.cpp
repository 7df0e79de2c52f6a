// What fresh memory costs on this machine: a process's first write to pages it
// has just been given, against a second write to the same pages. On an ordinary
// computer the first pass costs the kernel's page zeroing (a few tenths of a
// second per GiB); on a virtual machine whose host hands out memory lazily it can
// cost ten times more, and then every big command's time follows how much memory
// it touches. bench/RESULTS.md says what it measured and why it matters.
//
// Run: build/bench/first_touch [MiB, default 1024]

#include <sys/mman.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

double seconds_to_fill(char* bytes, std::size_t size, int value) {
    const auto start = std::chrono::steady_clock::now();
    std::memset(bytes, value, size);
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
    const long mebibytes = argc > 1 ? std::strtol(argv[1], nullptr, 10) : 1024;
    if (mebibytes <= 0) {
        std::fprintf(stderr, "error: expected a positive number of MiB, got '%s'\n", argv[1]);
        return 1;
    }
    const std::size_t size = static_cast<std::size_t>(mebibytes) << 20;
    for (int round = 1; round <= 3; ++round) {
        void* mapped = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (mapped == MAP_FAILED) {
            std::fprintf(stderr, "error: could not map %ld MiB\n", mebibytes);
            return 1;
        }
        char* bytes = static_cast<char*>(mapped);
        const double first = seconds_to_fill(bytes, size, round);
        const double second = seconds_to_fill(bytes, size, round + 1);
        std::printf("round %d: %ld MiB fresh: first write %.3f s, second write %.3f s\n", round, mebibytes, first, second);
        munmap(mapped, size);
    }
}
