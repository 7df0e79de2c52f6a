#pragma once
// Turns computed measures into what `stakemap analyze` prints: a readable
// table, JSON, or CSV. Presentation only; the numbers come from analysis/.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "analysis/measures/metrics.hpp"
#include "graph/stakeholder_map.hpp"

namespace stakemap::cli {

struct ReportRequest {
    std::string input_name;
    std::optional<std::size_t> top;  // limit to the N highest by sort_by
    std::string sort_by;             // a column name; empty: betweenness, else the first column
    // Table only: the columns to show (all computed ones when empty); the others are
    // mentioned in a footer. JSON and CSV always carry every computed column.
    std::vector<std::string> table_columns;
    bool spreadsheet_safe = true;  // CSV: cells that would run as formulas get a leading '
};

// The organisations to print, in order: the top N by the sort column (ties by
// id) when a limit is set, else every organisation in map order.
std::vector<std::size_t> report_order(const StakeholderMap& map, const MetricResults& results,
                                      const ReportRequest& request);

std::string format_table(const StakeholderMap& map, const MetricResults& results, const ReportRequest& request);
std::string format_json(const StakeholderMap& map, const MetricResults& results, const ReportRequest& request);
std::string format_csv(const StakeholderMap& map, const MetricResults& results, const ReportRequest& request);

}  // namespace stakemap::cli
