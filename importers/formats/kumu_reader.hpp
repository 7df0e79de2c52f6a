#pragma once
// Kumu's JSON blueprints (docs.kumu.io, "JSON / Blueprints") and the JSON
// Kumu exports: "elements" and "connections" (and "loops", which are not a
// stakeholder map's and are counted, not kept). Elements are named by
// "label", and may carry "id"/"_id", "type" or "element type", "description",
// "tags" and any field of their own, at the top or under "attributes";
// connections name their ends by id or by label, with "type" or
// "connection type", "direction" (directed, undirected, mutual) and
// "strength" (read as the weight). Tags are read as themes.
// Kumu's spreadsheet layouts (Label first; Tags with |; From/To, | in To for
// several ties) are read by the table importer, from CSV or workbooks.

#include <string>

#include <nlohmann/json_fwd.hpp>

#include "importers/support/import_options.hpp"

namespace stakemap {

bool is_kumu_blueprint(const nlohmann::json& document);
ImportResult read_kumu_blueprint(const std::string& path, const nlohmann::json& document, const ImportOptions& options);

}  // namespace stakemap
