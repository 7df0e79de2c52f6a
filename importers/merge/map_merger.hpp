#pragma once
// One map from several (stakemap merge): organisations that the duplicate
// finder is sure about, or that a person marked `same` in the review file, become
// one; each keeps the source records it came from and every value the sources
// disagreed on. Relationships named by several sources (respondents) become one
// relationship listing them all, which is how agreement is read.

#include <string>
#include <vector>

#include "graph/stakeholder_map.hpp"
#include "importers/merge/duplicate_finder.hpp"
#include "importers/support/import_error.hpp"
#include "importers/merge/review_file.hpp"

namespace stakemap {

struct MergeSource {
    std::string file;  // as it is named in provenance and the review file (the file name)
    std::string date;  // the source's date: its metadata's, else the file's
    StakeholderMap map;
    // Where each organisation / relationship is in the file (ImportResult's locations); may be empty.
    std::vector<SourceLocation> organisation_locations;
    std::vector<SourceLocation> relationship_locations;
};

struct MergedGroup {
    std::string id;                    // of the merged organisation
    std::vector<std::string> members;  // "file: name (id)" for each record
    std::vector<std::string> evidence; // why each record after the first joined
};

struct MergeResult {
    StakeholderMap map;
    std::vector<MergedGroup> merged;      // organisations made from more than one record
    std::vector<ReviewRow> review;        // uncertain pairs (and pairs already decided)
    std::size_t records = 0;              // organisations read in all
    std::size_t ties_read = 0;
    std::size_t ties_inside_merged = 0;   // ties between two records that became one organisation (dropped)
    std::size_t conflicting_fields = 0;   // fields kept with more than one value
    std::vector<std::string> notes;       // e.g. a review decision naming an organisation no source has
};

MergeResult merge_maps(const std::vector<MergeSource>& sources, const AliasTable& aliases, const std::vector<ReviewRow>& decisions);

}  // namespace stakemap
