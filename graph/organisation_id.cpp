#include "graph/organisation_id.hpp"

#include "graph/support/text_fold.hpp"

namespace stakemap {

std::string id_from_name(const std::string& name) {
    std::string id;
    bool dash = false;
    for (const char c : fold_case_and_accents(name)) {
        const auto byte = static_cast<unsigned char>(c);
        const bool kept = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || byte >= 0x80;  // other scripts as written
        if (!kept) {
            dash = !id.empty();
            continue;
        }
        if (dash) id += '-';
        dash = false;
        id += c;
    }
    return id.empty() ? "organisation" : id;
}

std::string unused_id_from_name(const StakeholderMap& map, const std::string& name) {
    const std::string base = id_from_name(name);
    std::string id = base;
    for (std::size_t n = 2; map.find(id); ++n) id = base + "-" + std::to_string(n);
    return id;
}

}  // namespace stakemap
