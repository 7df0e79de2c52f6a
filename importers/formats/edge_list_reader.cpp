#include "importers/formats/edge_list_reader.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <string_view>

#include "importers/support/field_mapping.hpp"
#include "importers/support/input_limits.hpp"
#include "importers/support/text_file.hpp"

namespace stakemap {
namespace {

// The file's bytes, mapped read-only for the length of the read.
class MappedFile {
public:
    explicit MappedFile(const std::string& path) {
        // O_NONBLOCK: opening a pipe must not wait for a writer (only regular files are mapped).
        const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK);
        if (fd < 0) return;
        struct stat info {};
        if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0) {
            size_ = static_cast<std::size_t>(info.st_size);
            void* data = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
            if (data != MAP_FAILED) {
                data_ = static_cast<const char*>(data);
                ::madvise(data, size_, MADV_SEQUENTIAL);
            }
        }
        ::close(fd);
    }
    ~MappedFile() {
        if (data_) ::munmap(const_cast<char*>(data_), size_);
    }
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    std::string_view text() const { return data_ ? std::string_view(data_, size_) : std::string_view(); }

private:
    const char* data_ = nullptr;
    std::size_t size_ = 0;
};

// Ids to dense indices: open addressing with linear probing over 8-byte
// slots (a 32-bit fingerprint and the index), the ids themselves packed in
// one arena. Small and contiguous on purpose: on a big list nearly every
// lookup misses the cache, so bytes touched per lookup decide the speed.
class IdTable {
public:
    IdTable() : slots_(std::size_t{1} << 20, Slot{}), shift_(44) {}

    // The id's index, adding it (with the next index) if new.
    std::uint32_t intern(std::string_view id) {
        if (2 * (starts_.size() + 1) > slots_.size()) grow();
        const std::uint64_t hash = std::hash<std::string_view>{}(id);
        const auto fingerprint = static_cast<std::uint32_t>(hash);
        std::size_t at = slot_of(hash);
        while (true) {
            Slot& slot = slots_[at];
            if (slot.index_plus_one == 0) {
                slot = {fingerprint, static_cast<std::uint32_t>(starts_.size() + 1)};
                starts_.push_back(arena_.size());
                arena_.append(id);
                hashes_.push_back(hash);
                return slot.index_plus_one - 1;
            }
            if (slot.fingerprint == fingerprint && name(slot.index_plus_one - 1) == id) return slot.index_plus_one - 1;
            at = (at + 1) & (slots_.size() - 1);
        }
    }
    std::size_t size() const { return starts_.size(); }
    std::string_view name(std::size_t index) const {
        const std::size_t end = index + 1 < starts_.size() ? starts_[index + 1] : arena_.size();
        return std::string_view(arena_).substr(starts_[index], end - starts_[index]);
    }

private:
    struct Slot {
        std::uint32_t fingerprint = 0;
        std::uint32_t index_plus_one = 0;  // 0: empty
    };
    // Fibonacci hashing: the top bits of hash x golden ratio pick the slot.
    std::size_t slot_of(std::uint64_t hash) const { return static_cast<std::size_t>((hash * 0x9E3779B97F4A7C15ull) >> shift_); }
    void grow() {
        slots_.assign(slots_.size() * 2, Slot{});
        --shift_;
        for (std::size_t index = 0; index < starts_.size(); ++index) {
            std::size_t at = slot_of(hashes_[index]);
            while (slots_[at].index_plus_one != 0) at = (at + 1) & (slots_.size() - 1);
            slots_[at] = {static_cast<std::uint32_t>(hashes_[index]), static_cast<std::uint32_t>(index + 1)};
        }
    }
    std::vector<Slot> slots_;
    int shift_;  // 64 - log2(slot count)
    std::string arena_;
    std::vector<std::size_t> starts_;
    std::vector<std::uint64_t> hashes_;  // kept for growing without rehashing the text
};

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

bool equals_lower(std::string_view text, std::string_view lower) {
    if (text.size() != lower.size()) return false;
    for (std::size_t k = 0; k < text.size(); ++k) {
        if (static_cast<char>(std::tolower(static_cast<unsigned char>(text[k]))) != lower[k]) return false;
    }
    return true;
}

// Splits one line on the delimiter into at most `limit` fields; false if a field would exceed it.
std::size_t split(std::string_view line, char delimiter, std::string_view* fields, std::size_t limit) {
    std::size_t count = 0;
    while (true) {
        const std::size_t at = line.find(delimiter);
        if (count == limit) return limit + 1;
        fields[count++] = line.substr(0, at);
        if (at == std::string_view::npos) return count;
        line.remove_prefix(at + 1);
    }
}

// Full readers' choice of delimiter (csv_table.cpp): the most frequent of , ; tab on the first line, else space.
char delimiter_of(std::string_view first_line) {
    const auto count = [&](char c) { return std::count(first_line.begin(), first_line.end(), c); };
    const long commas = count(','), semicolons = count(';'), tabs = count('\t');
    if (commas == 0 && semicolons == 0 && tabs == 0) return first_line.find(' ') != std::string_view::npos ? ' ' : ',';
    if (semicolons > commas && semicolons >= tabs) return ';';
    if (tabs > commas && tabs > semicolons) return '\t';
    return ',';
}

std::optional<double> weight_of(std::string_view text, char delimiter) {
    text = trimmed(text);
    if (text.empty()) return 1.0;  // an empty cell: the default weight
    std::string with_point;
    if (delimiter == ';' && text.find(',') != std::string_view::npos) {  // decimal comma, as read_csv reads it
        with_point.assign(text);
        std::replace(with_point.begin(), with_point.end(), ',', '.');
        text = with_point;
    }
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

bool is_direction_word(std::string_view value) {
    value = trimmed(value);
    return equals_lower(value, "directed") || equals_lower(value, "undirected") || equals_lower(value, "mutual");
}

}  // namespace

std::optional<EdgeList> read_plain_edge_list(const std::string& path, const ImportOptions& options) {
    if (options.strict || options.nodes_path) return std::nullopt;
    const MappedFile file(path);
    std::string_view text = file.text();
    if (text.empty()) return std::nullopt;
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    // Quotes need the full CSV parser; non-ASCII text needs its UTF-8 checks.
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == '"' || byte == 0 || byte >= 0x80) return std::nullopt;
    }

    LineReader lines(text);
    std::size_t line_number = 0;
    bool overlong = false;  // a line past limits::kMaxTextBytes, or one the full reader reads otherwise
    const auto next_line = [&](std::string_view& line) {
        while (lines.next(line)) {
            line_number = lines.number();
            if (line.size() > limits::kMaxTextBytes) {
                overlong = true;
                return false;
            }
            // Comments, a carriage return alone as a line end: the full reader's rules.
            if (!line.empty() && (line.front() == '#' || line.front() == '%' || line.find('\r') != std::string_view::npos)) {
                overlong = true;
                return false;
            }
            if (!line.empty()) return true;  // blank lines are skipped, as read_csv does
        }
        return false;
    };
    std::string_view line;
    if (!next_line(line)) return std::nullopt;
    const char delimiter = delimiter_of(line);
    constexpr std::size_t kMaxFields = 16;
    std::string_view fields[kMaxFields + 1];
    const std::size_t width = split(line, delimiter, fields, kMaxFields);
    if (width < 2 || width > kMaxFields) return std::nullopt;

    // Columns: a header naming source and target (and maybe weight and type), or none.
    std::size_t source = 0, target = 1;
    std::optional<std::size_t> weight, type;
    bool header = false;
    const auto name_at = [&](std::size_t c) { return trimmed(fields[c]); };
    if (equals_lower(name_at(0), "source") && equals_lower(name_at(1), "target")) {
        header = true;
        for (std::size_t c = 2; c < width; ++c) {
            const std::string_view name = name_at(c);
            if (equals_lower(name, "source") || equals_lower(name, "target") || equals_lower(name, "directed")) return std::nullopt;
            if (equals_lower(name, "weight")) weight = c;
            if (equals_lower(name, "type")) type = c;
        }
    } else {
        for (std::size_t c = 0; c < width; ++c) {
            for (const char* alias : {"source", "target", "from", "to", "src", "dst", "source_id", "target_id", "node1", "node2"}) {
                if (equals_lower(name_at(c), alias)) return std::nullopt;  // a header arranged otherwise: the full reader
            }
        }
        if (width == 3) weight = 2;  // source,target,NUMBER (checked on every line below; a word there is a type)
        if (width > 3) {
            type = 2;
            weight = 3;
        }
    }

    EdgeList result;
    IdTable ids;
    result.ties.reserve(text.size() / 24);
    bool first = true;
    do {
        if (first && header) {
            first = false;
            continue;
        }
        first = false;
        if (split(line, delimiter, fields, kMaxFields) != width) return std::nullopt;  // the full reader names the line
        const std::string_view from = delimiter == ' ' ? fields[source] : trimmed(fields[source]);
        const std::string_view to = delimiter == ' ' ? fields[target] : trimmed(fields[target]);
        if (from.empty() || to.empty()) return std::nullopt;
        if (type && is_direction_word(fields[*type])) return std::nullopt;
        double w = 1.0;
        if (weight) {
            const auto parsed = weight_of(fields[*weight], delimiter);
            if (!parsed) return std::nullopt;  // a type in a headerless third column, or a bad weight: the full reader decides
            w = *parsed;
        }
        const std::uint32_t s = ids.intern(from);
        const std::uint32_t t = ids.intern(to);
        result.ties.push_back({s, t, w});
        if (result.ties.size() > limits::kMaxStreamedRelationships || ids.size() > limits::kMaxStreamedOrganisations) {
            throw ImportError({path, line_number, 0, {}},
                              "more than " + std::to_string(limits::kMaxStreamedRelationships) + " relationships or " +
                                  std::to_string(limits::kMaxStreamedOrganisations) +
                                  " organisations; expected fewer (limit of the streaming edge-list reader)");
        }
    } while (next_line(line));
    if (overlong) return std::nullopt;

    result.directed = options.directed.value_or(false);
    result.ids.reserve(ids.size());
    for (std::size_t index = 0; index < ids.size(); ++index) result.ids.emplace_back(ids.name(index));
    return result;
}

StakeholderMap EdgeList::organisations() const {
    StakeholderMap map(directed);
    for (const auto& id : ids) {
        Organisation organisation;
        organisation.id = id;
        map.add_organisation(std::move(organisation));
    }
    return map;
}

}  // namespace stakemap
