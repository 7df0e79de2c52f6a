#pragma once
// What the window knows of the analysis: it posts each new revision (and the
// primary selection, for its own suggestions) to the worker, takes finished
// results, re-reads their columns in the current map's order, and lists the
// suggestions still open. It computes nothing itself.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/measures/metrics.hpp"
#include "graph/stakeholder_map.hpp"
#include "viz/interactive/analysis_worker.hpp"

namespace stakemap::interactive {

struct SuggestionItem {
    std::string source, target;              // ids
    std::string source_label, target_label;
    double score = 0.0;
    std::vector<std::string> reasons;
    std::vector<std::string> closes;  // the gaps it closes, in words
};

// A gap a tie can close, with its candidates still open.
struct GapItem {
    std::string gap;
    std::vector<SuggestionItem> candidates;
};

// An analysis column re-read in the current map's order (NaN where an
// organisation is newer than the result).
struct AlignedColumn {
    std::string name;
    ColumnKind kind = ColumnKind::real;
    std::vector<double> values;
};

class AnalysisFeed {
public:
    explicit AnalysisFeed(AnalysisSettings settings = {}) : worker_(std::move(settings)) {}

    struct Changes {
        bool results = false;  // new whole-map results arrived
        bool focus = false;    // new suggestions for the selection arrived
    };
    // Once per frame: posts work for a new revision or selection and takes what finished.
    Changes update(const StakeholderMap& map, std::uint64_t revision, const std::optional<std::string>& primary);
    // A new document: nothing of the old one's results is shown.
    void forget();

    const AnalysisResults* results() const { return results_.get(); }
    bool current(std::uint64_t revision) const { return results_ && results_->complete && results_->revision == revision; }
    bool focus_ready(const std::optional<std::string>& primary, std::uint64_t revision) const;
    const AlignedColumn* column(std::string_view name) const;
    std::vector<std::string> column_names() const;
    AnalysisProgress progress() const { return worker_.progress(); }

    // For the primary selection when it has some, else for the whole map; ties already made are left out.
    const std::vector<SuggestionItem>& suggestions() const { return suggestions_; }
    bool suggestions_for_selection() const { return for_selection_; }
    const std::vector<GapItem>& gap_items() const { return gap_items_; }
    void refresh_suggestions(const StakeholderMap& map, const std::optional<std::string>& primary);

private:
    void align(const StakeholderMap& map, std::uint64_t revision);

    AnalysisWorker worker_;
    std::uint64_t posted_revision_ = 0;
    std::optional<std::string> posted_focus_;
    std::uint64_t posted_focus_revision_ = 0;
    std::shared_ptr<const AnalysisResults> results_;
    std::shared_ptr<const FocusSuggestions> focus_;
    std::vector<AlignedColumn> columns_;
    std::vector<SuggestionItem> suggestions_;
    std::vector<GapItem> gap_items_;
    bool for_selection_ = false;
};

}  // namespace stakemap::interactive
