#pragma once
// Everything the window does to a map, without the window. The session is a
// facade over narrower parts: the document and its undo history
// (document.hpp), what is shown and how (view_state.hpp), the layout
// (layout_control.hpp) and the analysis feed (analysis_feed.hpp); it keeps
// them in step when one changes (an edit re-lays out and re-analyses, a new
// selection asks for its suggestions). The ImGui layer (viz/gui/) draws this
// state and calls these methods; scripts and unit tests call the same
// methods, so what is tested is what a person gets.

#include <cstddef>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "viz/interactive/analysis_feed.hpp"
#include "viz/interactive/camera.hpp"
#include "viz/interactive/change_effect.hpp"
#include "viz/interactive/duplicates.hpp"
#include "viz/interactive/import_step.hpp"
#include "viz/interactive/label_placement.hpp"
#include "viz/interactive/document.hpp"
#include "viz/interactive/layout_control.hpp"
#include "viz/interactive/node_style.hpp"
#include "viz/interactive/search.hpp"
#include "viz/interactive/view_state.hpp"

namespace stakemap::interactive {

using OrgIndex = StakeholderMap::OrgIndex;

// A save that would replace something the person has not seen: the map's own
// file changed on disk since it was opened, or another existing file. The
// window asks, then saves again with Overwrite::yes.
class SaveNeedsConfirmation : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};
enum class Overwrite { ask, yes };

class Session {
public:
    explicit Session(Document document, AnalysisSettings settings = {});

    // ---- the map and its file
    const Document& document() const { return document_; }
    const StakeholderMap& map() const { return document_.map(); }
    // Replaces the document (the caller has asked about unsaved changes).
    void adopt(Document document);
    // Throws ImportError; the current map stays on failure. `nodes`: a node table for a CSV edge list.
    void open(const std::string& path, const std::string& nodes = "");
    // File > New: an empty, untitled map (the window asks about unsaved work first).
    void start_new();
    // File > Import: the import step for a team's file (import_step.hpp); finish_import opens it
    // with the choices made there (and remembers them for its layout when asked).
    void begin_import(const std::string& path, const std::string& nodes = "");
    ImportStep* import_step() { return import_step_.get(); }
    void finish_import(bool remember);
    void cancel_import() { import_step_.reset(); }
    // Saves stakemap JSON atomically to `path` ("" = default_save_path()).
    // Throws SaveNeedsConfirmation (nothing written) unless `overwrite` is yes
    // when the target changed on disk since it was opened or is another
    // existing file; std::runtime_error on failure (the old file untouched).
    void save(const std::string& path = "", Overwrite overwrite = Overwrite::ask);
    // The document's own file when it is stakemap JSON, else the same name
    // with the stakemap map extension (a CSV or GraphML source is never overwritten).
    std::string default_save_path() const;
    // Writes the recovery file if there is unsaved work newer than the last
    // one written and `interval` seconds have passed. True if it wrote.
    bool autosave(double now_seconds, double interval_seconds);
    // Deletes the recovery file only if this session wrote or restored it;
    // one left by another session stays until a person decides.
    void discard_recovery();

    // ---- edits: each one undoable; each throws std::invalid_argument and changes nothing if it cannot apply
    void perform(std::unique_ptr<MapEdit> edit);
    bool undo();
    bool redo();
    // Placed at the view's centre unless it has a position; with no id, one is made from its name.
    void add_organisation(Organisation organisation);
    void delete_selection();
    void add_relationship(const std::string& source, const std::string& target, Relationship relationship);
    void delete_relationship(const std::string& source, const std::string& target, std::size_t ordinal);
    // The `ordinal`-th relationship from source to target gets `relationship`'s type, weight and fields.
    void edit_relationship(const std::string& source, const std::string& target, std::size_t ordinal, Relationship relationship);
    void edit_organisation(const std::string& id, const OrganisationFields& fields);
    // A new id for an organisation (undoable); its ties, the selection and pins follow.
    void rename_organisation(const std::string& from, const std::string& to);
    // One undoable edit of every selected organisation: set `field` (type, country or region)
    // to `value`, or add / remove a theme. Returns how many organisations changed.
    enum class BulkChange { set_field, add_theme, remove_theme };
    std::size_t bulk_edit_selection(BulkChange change, const std::string& field, const std::string& value);

    // ---- duplicates: found on request (Edit > Find duplicates), merged or kept apart one pair at a time
    void find_duplicates();
    const std::vector<DuplicatePair>& duplicates() const { return duplicates_; }
    // Merges pair k's second organisation into its first (one undoable edit), then looks again.
    void merge_duplicate(std::size_t k);
    // Pair k is two organisations: not listed again in this session.
    void keep_apart(std::size_t k);
    // Adds the suggestion ranked `rank` (0 = best) in suggestions() as a proposed partnership.
    void accept_suggestion(std::size_t rank);
    // Adds candidate `k` of gap `gap` in gap_items() the same way.
    void accept_gap_candidate(std::size_t gap, std::size_t k);
    const std::vector<GapItem>& gap_items() const { return feed_.gap_items(); }

    // ---- selection
    const Selection& selection() const { return view_.selection(); }
    void select_only(const std::string& id);
    void toggle_selected(const std::string& id);
    void select_in_box(Point world_a, Point world_b, bool add);  // shown organisations only
    void select_all_shown();
    void clear_selection();

    // ---- what is shown and how
    const ViewFilter& filter() const { return view_.filter(); }
    void set_filter(ViewFilter filter);
    int ego_radius() const { return view_.ego_radius(); }  // 0: off; else 1..3 steps from the selection
    void set_ego_radius(int radius);
    const std::string& colour_by() const { return view_.colour_by(); }
    void set_colour_by(std::string field);
    const std::string& size_by() const { return view_.size_by(); }  // a measure, or "" for equal sizes
    void set_size_by(std::string measure);
    const std::vector<bool>& visible();
    std::size_t visible_count();
    const NodeStyle& style();
    // Bumps whenever style() is recomputed (for caches drawn from it).
    std::uint64_t style_generation() const { return style_generation_; }
    // Organisations to draw attention to, e.g. those of a coverage cell.
    const std::set<std::string>& highlighted() const { return view_.highlighted(); }
    void highlight(std::set<std::string> ids, std::string why) { view_.highlight(std::move(ids), std::move(why)); }
    const std::string& highlight_reason() const { return view_.highlight_reason(); }
    // Highlights the organisations of a coverage cell: of `type`, working on `theme`.
    void highlight_coverage_cell(const std::string& type, const std::string& theme);
    // The suggestion drawn as a dashed tie (rank in suggestions()).
    const std::optional<std::size_t>& previewed_suggestion() const { return view_.previewed_suggestion(); }
    void preview_suggestion(std::optional<std::size_t> rank);

    // ---- search
    std::vector<OrgIndex> search(std::string_view query, std::size_t limit = 20);
    void fly_to(const std::string& id);

    // ---- camera and layout
    Camera& camera() { return camera_; }
    void fit_view();
    const ForceLayout& layout() const { return layout_.layout(); }
    ForceLayout& layout() { return layout_.layout(); }
    bool layout_running() const { return layout_.running(); }
    bool layout_settled() const { return layout_.settled(); }
    void set_layout_running(bool running) { layout_.set_running(running); }
    // While true, the view keeps the whole map in sight as the layout moves it;
    // a person panning, zooming or flying somewhere turns it off, Fit turns it on.
    bool follow_layout() const { return layout_.following(); }
    void set_follow_layout(bool follow) { layout_.set_following(follow); }
    // Runs layout iterations for about `budget_seconds` (at least one) when running.
    void run_layout(double budget_seconds);
    Point position(OrgIndex index) const { return layout_.position(index); }
    // A drag: moves and pins the organisation; the layout counts as changed.
    void drag_organisation(OrgIndex index, Point to);
    void unpin_all() { layout_.unpin_all(); }
    // Lays out with Graphviz off the frame thread; update() applies the result.
    void start_graphviz_layout(std::string engine);
    bool graphviz_layout_busy() const { return layout_.graphviz_busy(); }

    // ---- analysis (computed by the worker, never here)
    // Once per frame: posts work for a new revision or selection, takes
    // finished results, applies a finished Graphviz layout.
    void update();
    const AnalysisResults* results() const { return feed_.results(); }
    bool results_current() const;  // the latest results are complete and for this revision
    const AlignedColumn* column(std::string_view name) const { return feed_.column(name); }
    std::vector<std::string> column_names() const { return feed_.column_names(); }
    // For the primary selection when it has some, else for the whole map.
    const std::vector<SuggestionItem>& suggestions() const { return feed_.suggestions(); }
    bool suggestions_for_selection() const { return feed_.suggestions_for_selection(); }
    AnalysisProgress progress() const { return feed_.progress(); }
    // Pumps update() until the results (and the selection's suggestions) are
    // complete for the current revision, or the timeout passes. For scripts and tests.
    bool wait_for_analysis(double timeout_seconds);
    // Revision of the results behind suggestions() (to detect a change).
    std::uint64_t analysis_revision() const { return results() ? results()->revision : 0; }

    // What the last edit changed in the whole-map figures (parts, largest part,
    // isolated organisations, coverage cells, groups that never meet), in
    // words, once the results for it are in; "" before that.
    const std::string& last_change_effect() const { return change_effect_; }

    // ---- the labels the window drew last frame (screen pixels), so scripts and tests can check them
    struct DrawnLabels {
        std::vector<Circle> circles;  // every organisation drawn, by index (r <= 0: not drawn)
        std::vector<PlacedLabel> labels;
        std::vector<float> width, height;  // measured label size per organisation (0: not measured)
    };
    void set_drawn_labels(DrawnLabels drawn) { drawn_labels_ = std::move(drawn); }
    const DrawnLabels& drawn_labels() const { return drawn_labels_; }
    // Screen pixels Fit keeps clear of, bottom left (the legend), and whether fit takes labels into account.
    void set_legend_size(float width, float height) { legend_width_ = width, legend_height_ = height; }

    // ---- export: the view as shown (filters, colours, sizes, positions) through Graphviz
    void export_view(const std::string& path);

    // ---- the status line: the last thing done, or the last error, in words
    const std::string& status() const { return status_; }
    void set_status(std::string status) { status_ = std::move(status); }
    // Runs a window action that may throw; an error goes to the status line instead
    // of escaping the frame. True if the action completed.
    template <typename Action>
    bool attempt(Action&& action) {
        try {
            action();
            return true;
        } catch (const std::exception& error) {
            status_ = error.what();
            return false;
        }
    }

private:
    void before_edit();
    void after_edit(const std::string& done);
    void store_positions();
    void rebuild_layout();
    void refresh_suggestions();
    void selection_changed();
    void view_changed() { visible_stale_ = style_stale_ = true; }
    void note_change_effect();
    void add_proposed_partnership(const SuggestionItem& item);

    Document document_;
    AnalysisFeed feed_;
    ViewState view_;
    LayoutControl layout_;
    Camera camera_;
    std::string status_;

    std::vector<bool> visible_;
    bool visible_stale_ = true;
    NodeStyle style_;
    bool style_stale_ = true;
    std::uint64_t style_generation_ = 0;
    std::unique_ptr<SearchIndex> search_index_;
    std::uint64_t search_revision_ = 0;

    std::optional<WatchedFigures> figures_before_edit_;
    std::string pending_effect_;  // the edit whose effect is awaited
    std::string change_effect_;
    DrawnLabels drawn_labels_;
    std::unique_ptr<ImportStep> import_step_;
    std::vector<DuplicatePair> duplicates_;
    std::set<std::pair<std::string, std::string>> kept_apart_;
    float legend_width_ = 0, legend_height_ = 0;

    std::uint64_t autosaved_revision_ = 0, autosaved_layout_changes_ = 0;
    double last_autosave_ = 0;
    bool owns_recovery_ = false;  // the recovery file for the document's path is this session's
};

}  // namespace stakemap::interactive
