#include "viz/interactive/analysis_feed.hpp"

#include <limits>

namespace stakemap::interactive {

AnalysisFeed::Changes AnalysisFeed::update(const StakeholderMap& map, std::uint64_t revision, const std::optional<std::string>& primary) {
    if (posted_revision_ != revision) {
        worker_.request(std::make_shared<const StakeholderMap>(map), revision);
        posted_revision_ = revision;
    }
    if (primary && (posted_focus_ != primary || posted_focus_revision_ != revision)) {
        worker_.request_focus(*primary);
        posted_focus_ = primary;
        posted_focus_revision_ = revision;
    }
    Changes changes;
    if (auto latest = worker_.latest(); latest != results_) {
        results_ = std::move(latest);
        align(map, revision);
        changes.results = true;
    }
    if (auto focus = worker_.latest_focus(); focus != focus_) {
        focus_ = std::move(focus);
        changes.focus = true;
    }
    if (changes.results || changes.focus) refresh_suggestions(map, primary);
    return changes;
}

void AnalysisFeed::forget() {
    results_.reset();
    focus_.reset();
    columns_.clear();
    suggestions_.clear();
    posted_focus_.reset();
}

bool AnalysisFeed::focus_ready(const std::optional<std::string>& primary, std::uint64_t revision) const {
    return !primary || (focus_ && focus_->focus == *primary && focus_->revision == revision);
}

void AnalysisFeed::align(const StakeholderMap& map, std::uint64_t revision) {
    columns_.clear();
    if (!results_) return;
    const std::size_t n = map.organisation_count();
    std::vector<std::size_t> current(results_->ids.size(), n);
    const bool same_order = results_->revision == revision;
    for (std::size_t r = 0; r < results_->ids.size(); ++r) {
        if (same_order) {
            current[r] = r;
        } else if (const auto index = map.find(results_->ids[r])) {
            current[r] = *index;
        }
    }
    for (const MetricColumn& column : results_->metrics.columns) {
        AlignedColumn aligned{column.name, column.kind, std::vector<double>(n, std::numeric_limits<double>::quiet_NaN())};
        for (std::size_t r = 0; r < column.values.size() && r < current.size(); ++r) {
            if (current[r] < n) aligned.values[current[r]] = column.values[r];
        }
        columns_.push_back(std::move(aligned));
    }
}

const AlignedColumn* AnalysisFeed::column(std::string_view name) const {
    for (const auto& column : columns_) {
        if (column.name == name) return &column;
    }
    return nullptr;
}

std::vector<std::string> AnalysisFeed::column_names() const {
    std::vector<std::string> names;
    for (const auto& column : columns_) names.push_back(column.name);
    return names;
}

namespace {

// The suggestion in the current map's ids and labels; none when an end is gone or the tie made since.
std::optional<SuggestionItem> open_item(const StakeholderMap& map, const std::vector<std::string>& ids, const Suggestion& suggestion) {
    const std::string& source = ids[suggestion.source];
    const std::string& target = ids[suggestion.target];
    const auto a = map.find(source), b = map.find(target);
    if (!a || !b || map.tied(*a, *b)) return std::nullopt;
    return SuggestionItem{source, target, map.organisation(*a).label, map.organisation(*b).label, suggestion.score, suggestion.reasons,
                          suggestion.closes};
}

}  // namespace

void AnalysisFeed::refresh_suggestions(const StakeholderMap& map, const std::optional<std::string>& primary) {
    suggestions_.clear();
    gap_items_.clear();
    if (results_ && results_->complete) {
        for (const GapCandidates& gap : results_->gap_candidates) {
            GapItem item{gap.gap, {}};
            for (const Suggestion& candidate : gap.candidates) {
                if (auto open = open_item(map, results_->ids, candidate)) item.candidates.push_back(std::move(*open));
            }
            gap_items_.push_back(std::move(item));
        }
    }
    for_selection_ = primary.has_value();
    const std::vector<Suggestion>* list = nullptr;
    const std::vector<std::string>* ids = nullptr;
    if (primary) {
        if (focus_ && focus_->focus == *primary) {
            list = &focus_->suggestions;
            ids = &focus_->ids;
        }
    } else if (results_ && results_->complete) {
        list = &results_->suggestions;
        ids = &results_->ids;
    }
    if (!list) return;
    for (const Suggestion& suggestion : *list) {
        if (auto open = open_item(map, *ids, suggestion)) suggestions_.push_back(std::move(*open));
    }
}

}  // namespace stakemap::interactive
