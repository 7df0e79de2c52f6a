#include "importers/support/zip_archive.hpp"

#include <zip.h>

#include "importers/support/import_error.hpp"
#include "importers/support/input_limits.hpp"

namespace stakemap {

struct ZipArchive::Handle {
    zip_t* zip = nullptr;
    ~Handle() {
        if (zip) zip_discard(zip);
    }
};

ZipArchive::ZipArchive(const std::string& path) : path_(path), handle_(std::make_unique<Handle>()) {
    limits::check_file_size(path);
    int error = 0;
    handle_->zip = zip_open(path.c_str(), ZIP_RDONLY, &error);
    if (!handle_->zip) {
        zip_error_t details;
        zip_error_init_with_code(&details, error);
        const std::string words = zip_error_strerror(&details);
        zip_error_fini(&details);
        throw ImportError({path, 0, 0, {}}, "not a workbook (" + words + "); expected an .xlsx or .ods file saved by a spreadsheet program");
    }
}

ZipArchive::~ZipArchive() = default;

bool ZipArchive::contains(const std::string& name) const { return zip_name_locate(handle_->zip, name.c_str(), 0) >= 0; }

std::optional<std::string> ZipArchive::read(const std::string& name, std::size_t limit) const {
    const zip_int64_t index = zip_name_locate(handle_->zip, name.c_str(), 0);
    if (index < 0) return std::nullopt;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(handle_->zip, static_cast<zip_uint64_t>(index), 0, &stat) != 0) {
        throw ImportError({path_, 0, 0, name}, "cannot read this part of the workbook");
    }
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > limit) {
        throw ImportError({path_, 0, 0, name}, "expands to " + std::to_string(stat.size) + " bytes; expected at most " + std::to_string(limit));
    }
    zip_file_t* file = zip_fopen_index(handle_->zip, static_cast<zip_uint64_t>(index), 0);
    if (!file) throw ImportError({path_, 0, 0, name}, "cannot open this part of the workbook (encrypted or damaged?)");
    std::string bytes;
    char buffer[1 << 16];
    zip_int64_t got = 0;
    // The declared size may lie: the bound holds on what is really read.
    while ((got = zip_fread(file, buffer, sizeof buffer)) > 0) {
        bytes.append(buffer, static_cast<std::size_t>(got));
        if (bytes.size() > limit) {
            zip_fclose(file);
            throw ImportError({path_, 0, 0, name}, "expands beyond " + std::to_string(limit) + " bytes; expected a smaller workbook");
        }
    }
    zip_fclose(file);
    if (got < 0) throw ImportError({path_, 0, 0, name}, "damaged data in this part of the workbook");
    return bytes;
}

}  // namespace stakemap
