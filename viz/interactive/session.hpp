#pragma once
// Everything the window does to a map, without the window: the document and
// its undo history, selection, filters and ego view, styling, search, the
// camera, the live layout, analysis results from the worker, suggestions and
// accepting them, saving, autosave and export. The ImGui layer (viz/gui/)
// draws this state and calls these methods; scripts and unit tests call the
// same methods, so what is tested is what a person gets.

#include <cstddef>
#include <future>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/measures/metrics.hpp"
#include "viz/interactive/analysis_worker.hpp"
#include "viz/interactive/camera.hpp"
#include "viz/interactive/document.hpp"
#include "viz/interactive/force_layout.hpp"
#include "viz/interactive/node_style.hpp"
#include "viz/interactive/search.hpp"
#include "viz/interactive/selection.hpp"
#include "viz/interactive/view_filter.hpp"

namespace stakemap::interactive {

using OrgIndex = StakeholderMap::OrgIndex;

struct SuggestionItem {
    std::string source, target;              // ids
    std::string source_label, target_label;
    double score = 0.0;
    std::vector<std::string> reasons;
};

// An analysis column re-read in the current map's order (NaN where an
// organisation is newer than the result).
struct AlignedColumn {
    std::string name;
    ColumnKind kind = ColumnKind::real;
    std::vector<double> values;
};

class Session {
public:
    explicit Session(Document document, AnalysisSettings settings = {});

    // ---- the map and its file
    const Document& document() const { return document_; }
    const StakeholderMap& map() const { return document_.map(); }
    // Replaces the document (the caller has asked about unsaved changes).
    void adopt(Document document);
    void open(const std::string& path);  // throws ImportError; the current map stays on failure
    // Saves stakemap JSON atomically to `path` ("" = default_save_path()).
    // Throws std::runtime_error; the old file is untouched on failure.
    void save(const std::string& path = "");
    // The document's own file when it is stakemap JSON, else the same name
    // with .json (a CSV or GraphML source is never overwritten with JSON).
    std::string default_save_path() const;
    // Writes the recovery file if there is unsaved work newer than the last
    // one written and `interval` seconds have passed. True if it wrote.
    bool autosave(double now_seconds, double interval_seconds);
    void discard_recovery();

    // ---- edits: each one undoable; each throws std::invalid_argument and changes nothing if it cannot apply
    void perform(std::unique_ptr<MapEdit> edit);
    bool undo();
    bool redo();
    void add_organisation(Organisation organisation);  // placed at the view's centre unless it has a position
    void delete_selection();
    void add_relationship(const std::string& source, const std::string& target, Relationship relationship);
    void delete_relationship(const std::string& source, const std::string& target, std::size_t ordinal);
    void edit_organisation(const std::string& id, const OrganisationFields& fields);
    // Adds the suggestion ranked `rank` (0 = best) in suggestions() as a proposed partnership.
    void accept_suggestion(std::size_t rank);

    // ---- selection
    const Selection& selection() const { return selection_; }
    void select_only(const std::string& id);
    void toggle_selected(const std::string& id);
    void select_in_box(Point world_a, Point world_b, bool add);  // shown organisations only
    void select_all_shown();
    void clear_selection();

    // ---- what is shown and how
    const ViewFilter& filter() const { return filter_; }
    void set_filter(ViewFilter filter);
    int ego_radius() const { return ego_radius_; }  // 0: off; else 1..3 steps from the selection
    void set_ego_radius(int radius);
    const std::string& colour_by() const { return colour_by_; }
    void set_colour_by(std::string field);
    const std::string& size_by() const { return size_by_; }  // a measure, or "" for equal sizes
    void set_size_by(std::string measure);
    const std::vector<bool>& visible();
    std::size_t visible_count();
    const NodeStyle& style();
    // Bumps whenever style() is recomputed (for caches drawn from it).
    std::uint64_t style_generation() const { return style_generation_; }
    // Organisations to draw attention to, e.g. those of a coverage cell.
    const std::set<std::string>& highlighted() const { return highlighted_; }
    void highlight(std::set<std::string> ids, std::string why);
    const std::string& highlight_reason() const { return highlight_reason_; }
    // Highlights the organisations of a coverage cell: of `type`, working on `theme`.
    void highlight_coverage_cell(const std::string& type, const std::string& theme);
    // The suggestion drawn as a dashed tie (rank in suggestions()).
    std::optional<std::size_t> previewed_suggestion;

    // ---- search
    std::vector<OrgIndex> search(std::string_view query, std::size_t limit = 20);
    void fly_to(const std::string& id);

    // ---- camera and layout
    Camera& camera() { return camera_; }
    void fit_view();
    const ForceLayout& layout() const { return layout_; }
    ForceLayout& layout() { return layout_; }
    bool layout_running = true;
    // While true, the view keeps the whole map in sight as the layout moves it;
    // a person panning, zooming or flying somewhere turns it off, Fit turns it on.
    bool follow_layout = true;
    // Runs layout iterations for about `budget_seconds` (at least one) when running.
    void run_layout(double budget_seconds);
    Point position(OrgIndex index) const { return layout_.positions()[index]; }
    // A drag: moves and pins the organisation; the layout counts as changed.
    void drag_organisation(OrgIndex index, Point to);
    void unpin_all();
    // Lays out with Graphviz off the frame thread; update() applies the result.
    void start_graphviz_layout(std::string engine);
    bool graphviz_layout_busy() const { return graphviz_job_.valid(); }

    // ---- analysis (computed by the worker, never here)
    // Once per frame: posts work for a new revision or selection, takes
    // finished results, applies a finished Graphviz layout.
    void update();
    const AnalysisResults* results() const { return results_.get(); }
    bool results_current() const;  // the latest results are complete and for this revision
    const AlignedColumn* column(std::string_view name) const;
    std::vector<std::string> column_names() const;
    // For the primary selection when it has some, else for the whole map.
    const std::vector<SuggestionItem>& suggestions() const { return suggestions_; }
    bool suggestions_for_selection() const { return suggestions_for_selection_; }
    AnalysisProgress progress() const { return worker_.progress(); }
    // Pumps update() until the results (and the selection's suggestions) are
    // complete for the current revision, or the timeout passes. For scripts and tests.
    bool wait_for_analysis(double timeout_seconds);
    // Revision of the results behind suggestions() (to detect a change).
    std::uint64_t analysis_revision() const { return results_ ? results_->revision : 0; }

    // What the last edit changed in the whole-map figures (parts, largest part,
    // isolated organisations, coverage cells, groups that never meet), in
    // words, once the results for it are in; "" before that.
    const std::string& last_change_effect() const { return change_effect_; }

    // ---- export: the view as shown (filters, colours, sizes, positions) through Graphviz
    void export_view(const std::string& path);

    std::string status;  // the last thing done, or the last error, in words

private:
    void before_edit();
    void after_edit(const std::string& done);
    void store_positions();
    void rebuild_layout();
    void align_results();
    void refresh_suggestions();
    void view_changed() { visible_stale_ = style_stale_ = true; }

    Document document_;
    AnalysisWorker worker_;
    Selection selection_;
    ViewFilter filter_;
    int ego_radius_ = 0;
    std::string colour_by_ = "type";
    std::string size_by_ = "degree";
    std::set<std::string> highlighted_;
    std::string highlight_reason_;
    std::set<std::string> pinned_;
    Camera camera_;
    ForceLayout layout_;

    std::uint64_t posted_revision_ = 0;
    std::optional<std::string> posted_focus_;
    std::uint64_t posted_focus_revision_ = 0;
    std::shared_ptr<const AnalysisResults> results_;
    std::shared_ptr<const FocusSuggestions> focus_;
    std::vector<AlignedColumn> columns_;
    std::vector<SuggestionItem> suggestions_;
    bool suggestions_for_selection_ = false;

    std::vector<bool> visible_;
    bool visible_stale_ = true;
    NodeStyle style_;
    bool style_stale_ = true;
    std::uint64_t style_generation_ = 0;
    std::unique_ptr<SearchIndex> search_index_;
    std::uint64_t search_revision_ = 0;

    struct Figures {
        std::size_t parts = 0, largest = 0, isolated = 0, cells_filled = 0, cells_required = 0, never_meet = 0;
    };
    static std::optional<Figures> figures_of(const AnalysisResults* results);
    std::optional<Figures> figures_before_edit_;
    std::string pending_effect_;  // the edit whose effect is awaited
    std::string change_effect_;

    std::uint64_t drags_ = 0;  // layout changes a person made
    std::uint64_t autosaved_revision_ = 0, autosaved_drags_ = 0;
    double last_autosave_ = 0;

    struct GraphvizJob {
        std::uint64_t revision;
        std::string engine;
    };
    std::future<std::vector<Position>> graphviz_job_;
    GraphvizJob graphviz_job_info_{};
};

}  // namespace stakemap::interactive
