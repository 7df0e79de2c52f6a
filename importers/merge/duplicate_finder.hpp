#pragma once
// Which organisations from several sources are the same one. Each pair that
// shares a name word, an acronym or initials is scored from 0 to 1 with the
// evidence spelled out; stakemap merge merges pairs scoring kSureMatch or more
// and sends pairs from kPossibleMatch up to the review file.

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "graph/organisation.hpp"
#include "importers/merge/name_matching.hpp"

namespace stakemap {

inline constexpr double kSureMatch = 0.92;
inline constexpr double kPossibleMatch = 0.6;

struct OrganisationRecord {
    std::size_t source = 0;  // which input file
    std::string id;          // as that file gives it
    std::string name;        // its label (or id)
    std::string type;
    std::string country;
    std::vector<NameKey> keys;  // the name's, then any alias/acronym attribute's
};

OrganisationRecord make_record(std::size_t source, std::string id, std::string name, std::string type,
                               std::string country, const std::vector<std::string>& other_names);
// The record of a map's organisation: its label (or id), type, country and the other names its attributes give.
OrganisationRecord record_of(std::size_t source, const Organisation& organisation);

// Names a user declares to be one organisation (stakemap merge --aliases):
// each group is a set of folded names.
class AliasTable {
public:
    void add_group(const std::vector<std::string>& names);
    bool same(const OrganisationRecord& a, const OrganisationRecord& b) const;
    std::vector<std::size_t> groups_of(const OrganisationRecord& record) const;
    std::size_t size() const { return group_of_.size(); }

private:
    std::map<std::string, std::size_t> group_of_;  // folded, space-normalised name -> group
    std::size_t groups_ = 0;
};

struct PairScore {
    double score = 0.0;    // 0..1
    std::string evidence;  // "acronym of the other name; same type (un_agency)"
    double strength = 0.0; // the score before it is capped at 1: ranks two sure matches against each other
};

PairScore score_pair(const OrganisationRecord& a, const OrganisationRecord& b, const AliasTable& aliases);

struct CandidatePair {
    std::size_t a = 0, b = 0;  // indices into the record list, a < b
    PairScore score;
};

// Every pair worth a look (sharing a word, a word's first three letters, an
// acronym or initials), scored; pairs below kPossibleMatch are left out.
std::vector<CandidatePair> find_duplicates(const std::vector<OrganisationRecord>& records, const AliasTable& aliases);

}  // namespace stakemap
