#pragma once
// Helpers for importer tests: import text as a file of a given name, and
// check the location and wording of an import error.

#include <catch2/catch.hpp>

#include <string>

#include "importers/support/import_error.hpp"
#include "importers/importer.hpp"
#include "test_support.hpp"

namespace stakemap::testing {

inline ImportResult import_text(const std::string& name, const std::string& contents, ImportOptions options = {}) {
    return import_map(scratch_file(name, contents), options);
}

// The error an import of `contents` throws; fails the test if none is thrown.
inline ImportError import_error(const std::string& name, const std::string& contents, ImportOptions options = {}) {
    try {
        import_text(name, contents, options);
    } catch (const ImportError& error) {
        return error;
    }
    FAIL("expected an ImportError for " << name);
    throw std::logic_error("unreachable");
}

// The error importing an existing file throws.
inline ImportError import_error_at(const std::string& path, ImportOptions options = {}) {
    try {
        import_map(path, options);
    } catch (const ImportError& error) {
        return error;
    }
    FAIL("expected an ImportError for " << path);
    throw std::logic_error("unreachable");
}

inline const Organisation& org(const StakeholderMap& map, const std::string& id) {
    const auto index = map.find(id);
    REQUIRE(index.has_value());
    return map.organisation(*index);
}

}  // namespace stakemap::testing
