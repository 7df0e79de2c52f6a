#pragma once
// CSV edge lists (source,target[,type,weight,...]) with an optional node table
// (id,label,type,country,region,themes,...). Header names are matched
// case-insensitively; Gephi's "Source,Target,Type(=Directed/Undirected),Weight"
// and "Id,Label" exports read as they are. A file without a recognisable
// header is read as columns source,target[,type[,weight]].

#include <string>

#include "importers/support/import_options.hpp"

namespace stakemap {

ImportResult read_csv(const std::string& path, const ImportOptions& options);

}  // namespace stakemap
