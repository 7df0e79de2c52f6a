#pragma once
// Limits every importer enforces, so that a hostile or mistaken file gets a clear,
// located error instead of exhausting memory, swapping or overflowing the stack.
// Documented in docs/importers.md ("Limits"); tested in tests/limits_test.cpp.

#include <cstddef>
#include <string>
#include <string_view>

#include "graph/organisation.hpp"
#include "graph/relationship.hpp"
#include "importers/support/import_error.hpp"

namespace stakemap::limits {

// Files read whole into memory (every reader except the streaming edge-list path).
inline constexpr std::size_t kMaxFileBytes = std::size_t{1} << 30;  // 1 GiB

// The editable map: analysing 1,000,000 declared organisations takes about 0.9 GB.
inline constexpr std::size_t kMaxOrganisations = 1'000'000;
inline constexpr std::size_t kMaxRelationships = 5'000'000;

// The streaming reader of plain edge lists (source,target[,weight]) builds no
// editable map (about 40 bytes per relationship read, more when analysed).
inline constexpr std::size_t kMaxStreamedOrganisations = 20'000'000;
inline constexpr std::size_t kMaxStreamedRelationships = 50'000'000;

// One id, label, type or attribute value; and how many attributes one element may carry.
inline constexpr std::size_t kMaxTextBytes = std::size_t{1} << 20;  // 1 MiB
inline constexpr std::size_t kMaxAttributes = 1'000;

// Nesting of JSON arrays/objects and GML lists (XML: libxml2's own limit of 256).
inline constexpr int kMaxNesting = 64;
// What a JSON document nested deeper than kMaxNesting is told.
inline std::string too_deep_for_json() {
    return "arrays/objects nested more than " + std::to_string(kMaxNesting) + " deep; expected a flatter document";
}

// Throw ImportError at `where` when one element breaks the text or attribute limits.
void check_organisation(const Organisation& organisation, const SourceLocation& where);
void check_relationship(const Relationship& relationship, const SourceLocation& where);
void check_text_of_id(const std::string& id, const SourceLocation& where);

// The file's bytes, read in pieces up to kMaxFileBytes (check_file_size first). Throws ImportError.
std::string read_file_bytes(const std::string& path);

// Throws ImportError at the tag's line when one XML start tag carries more than kMaxAttributes
// attributes: libxml2 checks attribute names against each other, quadratic in their number.
void check_xml_attribute_counts(std::string_view xml, const std::string& path);

// Throws ImportError naming `path` if the file is larger than kMaxFileBytes, or is not a regular file.
void check_file_size(const std::string& path);

}  // namespace stakemap::limits
