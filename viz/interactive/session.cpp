#include "viz/interactive/session.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <limits>
#include <stdexcept>
#include <thread>

#include "graph/organisation_id.hpp"
#include "graph/vocabulary.hpp"
#include "importers/formats.hpp"
#include "viz/interactive/recovery.hpp"
#include "viz/interactive/view_export.hpp"

namespace stakemap::interactive {
namespace {

using Clock = std::chrono::steady_clock;

}  // namespace

Session::Session(Document document, AnalysisSettings settings)
    : document_(std::move(document)), feed_(std::move(settings)), owns_recovery_(document_.restored_from_recovery()) {
    layout_.start_over(map());
    rebuild_layout();
}

// ---- the map and its file

void Session::adopt(Document document) {
    document_ = std::move(document);
    owns_recovery_ = document_.restored_from_recovery();
    autosaved_revision_ = autosaved_layout_changes_ = 0;
    view_.forget_document();
    feed_.forget();
    search_index_.reset();
    figures_before_edit_.reset();
    pending_effect_.clear();
    change_effect_.clear();  // the last change was the other map's
    layout_.start_over(map());
    view_changed();
    rebuild_layout();
    fit_view();
}

void Session::start_new() {
    adopt(Document());
    status_ = "A new, empty map: add organisations from the Organisation tab";
}

void Session::begin_import(const std::string& path, const std::string& nodes) {
    import_step_ = std::make_unique<ImportStep>(path, nodes);
    status_ = "Importing " + std::filesystem::path(path).filename().string() + ": check the columns and values, then Import";
}

void Session::finish_import(bool remember) {
    if (!import_step_) throw std::invalid_argument("no import is under way");
    if (!import_step_->error().empty()) throw std::invalid_argument(import_step_->error());
    if (remember) import_step_->remember();
    const std::string path = import_step_->path();
    adopt(Document::open(path, import_step_->options()));
    import_step_.reset();
    status_ = "Imported " + path + " (" + std::to_string(map().organisation_count()) + " organisations, " +
              std::to_string(map().relationship_count()) + " relationships)";
}

void Session::open(const std::string& path, const std::string& nodes) {
    ImportOptions options;
    if (!nodes.empty()) options.nodes_path = nodes;
    adopt(Document::open(path, options));
    status_ = "Opened " + path + " (" + std::to_string(map().organisation_count()) + " organisations, " +
              std::to_string(map().relationship_count()) + " relationships)";
    if (!document_.warnings().empty()) status_ += "; " + std::to_string(document_.warnings().size()) + " warnings";
}

std::string Session::default_save_path() const {
    const std::string& path = document_.path();
    if (path.empty()) return "";
    if (is_stakemap_map_path(path)) return path;
    return with_stakemap_map_extension(path);
}

namespace {

bool same_file(const std::string& a, const std::string& b) {
    if (a.empty() || b.empty()) return false;
    std::error_code error;
    if (std::filesystem::equivalent(a, b, error)) return true;
    return std::filesystem::absolute(a, error).lexically_normal() == std::filesystem::absolute(b, error).lexically_normal();
}

}  // namespace

void Session::save(const std::string& path, Overwrite overwrite) {
    const std::string target = path.empty() ? default_save_path() : path;
    const std::string extension(stakemap_map_format().extensions.front());
    if (target.empty()) throw std::runtime_error("the map has no file yet; give a file name ending in " + extension);
    if (!is_stakemap_map_path(target)) {
        throw std::runtime_error(target + ": Save writes a stakemap JSON map; give a name ending in " + extension + " (Export writes other formats)");
    }
    if (overwrite == Overwrite::ask) {
        std::error_code error;
        if (same_file(target, document_.path())) {
            if (document_.changed_on_disk()) {
                throw SaveNeedsConfirmation(target + " was changed on disk by another program since it was opened here; "
                                            "saving would replace those changes");
            }
        } else if (std::filesystem::exists(target, error)) {
            throw SaveNeedsConfirmation(target + " already exists; saving would replace it");
        }
    }
    store_positions();
    const std::string previous = document_.path();
    document_.save(target);
    if (owns_recovery_) interactive::discard_recovery(previous);
    owns_recovery_ = false;
    status_ = "Saved " + target;
}

bool Session::autosave(double now_seconds, double interval_seconds) {
    if (!document_.unsaved()) return false;
    if (document_.revision() == autosaved_revision_ && layout_.changes() == autosaved_layout_changes_) return false;
    if (now_seconds - last_autosave_ < interval_seconds) return false;
    last_autosave_ = now_seconds;
    if (!owns_recovery_ && pending_recovery(document_.path())) {
        // Another session's unsaved work is waiting there for a person's decision: never write over it.
        status_ = "Autosave paused: a recovery file from another session is waiting (open the map again to recover or discard it)";
        return false;
    }
    try {
        store_positions();
        write_recovery(map(), document_.path());
        autosaved_revision_ = document_.revision();
        autosaved_layout_changes_ = layout_.changes();
        owns_recovery_ = true;
        return true;
    } catch (const std::exception& error) {
        status_ = std::string("Autosave failed: ") + error.what();
        return false;
    }
}

void Session::discard_recovery() {
    if (owns_recovery_) interactive::discard_recovery(document_.path());
    owns_recovery_ = false;
}

// ---- edits

void Session::before_edit() {
    store_positions();
    figures_before_edit_ = results_current() ? watched_figures(results()) : std::nullopt;
}

void Session::after_edit(const std::string& done) {
    view_.selection().prune(map());
    view_.preview_suggestion(std::nullopt);
    rebuild_layout();
    view_changed();
    status_ = done;
    pending_effect_ = done;
    change_effect_.clear();
}

void Session::perform(std::unique_ptr<MapEdit> edit) {
    const std::string description = edit->description();
    before_edit();
    document_.perform(std::move(edit));
    after_edit("Done: " + description + " (Ctrl+Z undoes it)");
}

bool Session::undo() {
    const auto what = document_.history().next_undo();
    before_edit();
    if (!document_.undo()) {
        status_ = "Nothing to undo";
        return false;
    }
    after_edit("Undone: " + *what);
    return true;
}

bool Session::redo() {
    const auto what = document_.history().next_redo();
    before_edit();
    if (!document_.redo()) {
        status_ = "Nothing to redo";
        return false;
    }
    after_edit("Redone: " + *what);
    return true;
}

void Session::add_organisation(Organisation organisation) {
    if (organisation.id.empty()) organisation.id = unused_id_from_name(map(), organisation.label);  // nobody types an id
    if (organisation.label.empty()) organisation.label = organisation.id;
    if (!organisation.position) {
        const Point centre = camera_.centre();
        organisation.position = Position{centre.x, centre.y};
    }
    const std::string id = organisation.id;
    perform(add_organisation_edit(std::move(organisation)));
    select_only(id);
}

void Session::delete_selection() {
    if (selection().empty()) return;
    std::vector<std::unique_ptr<MapEdit>> parts;
    for (const auto& id : selection().ids()) parts.push_back(remove_organisation_edit(id));
    const std::string what = parts.size() == 1 ? parts.front()->description() : "delete " + std::to_string(parts.size()) + " organisations";
    perform(parts.size() == 1 ? std::move(parts.front()) : compound_edit(what, std::move(parts)));
}

void Session::add_relationship(const std::string& source, const std::string& target, Relationship relationship) {
    if (!map().find(source) || !map().find(target)) {
        throw std::invalid_argument("a tie needs two organisations of the map; '" + (map().find(source) ? target : source) + "' is not one");
    }
    perform(add_relationship_edit(source, target, std::move(relationship)));
}

void Session::delete_relationship(const std::string& source, const std::string& target, std::size_t ordinal) {
    perform(remove_relationship_edit(source, target, ordinal));
}

void Session::edit_relationship(const std::string& source, const std::string& target, std::size_t ordinal, Relationship relationship) {
    const auto a = map().find(source), b = map().find(target);
    if (!a || !b) throw std::invalid_argument("the map has no organisation '" + (a ? target : source) + "'");
    const auto handles = map().relationships_between(*a, *b);
    if (ordinal >= handles.size()) throw std::invalid_argument("the map has no relationship " + source + " -> " + target);
    Relationship before = map().relationship(handles[ordinal]).data;
    perform(edit_relationship_edit(source, target, ordinal, std::move(before), std::move(relationship)));
}

void Session::edit_organisation(const std::string& id, const OrganisationFields& fields) {
    const auto index = map().find(id);
    if (!index) throw std::invalid_argument("the map has no organisation '" + id + "'");
    OrganisationFields before = OrganisationFields::of(map().organisation(*index));
    if (before == fields) return;
    perform(edit_organisation_edit(id, std::move(before), fields));
}

void Session::rename_organisation(const std::string& from, const std::string& to) {
    if (from == to) return;
    const bool was_selected = selection().contains(from);
    perform(rename_organisation_edit(from, to));
    if (was_selected) select_only(to);
}

std::size_t Session::bulk_edit_selection(BulkChange change, const std::string& field, const std::string& value) {
    if (change == BulkChange::set_field && field != "type" && field != "country" && field != "region") {
        throw std::invalid_argument("bulk edit: expected type, country or region, got '" + field + "'");
    }
    if (change != BulkChange::set_field && value.empty()) throw std::invalid_argument("bulk edit: which theme?");
    std::vector<std::unique_ptr<MapEdit>> edits;
    for (const OrgIndex v : selection().indices(map())) {
        const Organisation& organisation = map().organisation(v);
        OrganisationFields before = OrganisationFields::of(organisation), after = before;
        if (change == BulkChange::set_field) {
            (field == "type" ? after.type : field == "country" ? after.country : after.region) = value;
        } else {
            auto& themes = after.themes;
            const auto found = std::find(themes.begin(), themes.end(), value);
            if (change == BulkChange::add_theme && found == themes.end()) themes.push_back(value);
            if (change == BulkChange::remove_theme && found != themes.end()) themes.erase(found);
        }
        if (after != before) edits.push_back(edit_organisation_edit(organisation.id, std::move(before), std::move(after)));
    }
    const std::size_t changed = edits.size();
    if (changed == 0) return 0;
    const std::string what = change == BulkChange::set_field ? field + " set to '" + value + "'"
                             : change == BulkChange::add_theme ? "theme '" + value + "' added"
                                                               : "theme '" + value + "' removed";
    perform(compound_edit(what + " for " + std::to_string(changed) + " organisations", std::move(edits)));
    return changed;
}

void Session::find_duplicates() {
    duplicates_.clear();
    for (DuplicatePair& pair : duplicates_in(map())) {
        if (!kept_apart_.count({pair.a, pair.b}) && !kept_apart_.count({pair.b, pair.a})) duplicates_.push_back(std::move(pair));
    }
    status_ = std::to_string(duplicates_.size()) + " possible duplicate" + (duplicates_.size() == 1 ? "" : "s") + " found";
}

void Session::merge_duplicate(std::size_t k) {
    if (k >= duplicates_.size()) throw std::invalid_argument("there is no duplicate pair #" + std::to_string(k + 1) + " (" + std::to_string(duplicates_.size()) + " listed)");
    const DuplicatePair pair = duplicates_[k];
    perform(merge_organisations_edit(map(), pair.a, pair.b));
    find_duplicates();
    status_ = "Merged " + pair.b + " into " + pair.a + " (Ctrl+Z undoes it); " + status_;
}

void Session::keep_apart(std::size_t k) {
    if (k >= duplicates_.size()) throw std::invalid_argument("there is no duplicate pair #" + std::to_string(k + 1));
    kept_apart_.insert({duplicates_[k].a, duplicates_[k].b});
    duplicates_.erase(duplicates_.begin() + static_cast<std::ptrdiff_t>(k));
}

void Session::accept_suggestion(std::size_t rank) {
    if (rank >= suggestions().size()) {
        throw std::invalid_argument("there is no suggestion #" + std::to_string(rank + 1) + " (" +
                                    std::to_string(suggestions().size()) + " listed)");
    }
    add_proposed_partnership(suggestions()[rank]);
}

void Session::accept_gap_candidate(std::size_t gap, std::size_t k) {
    if (gap >= gap_items().size() || k >= gap_items()[gap].candidates.size()) {
        throw std::invalid_argument("there is no candidate #" + std::to_string(k + 1) + " for gap #" + std::to_string(gap + 1));
    }
    add_proposed_partnership(gap_items()[gap].candidates[k]);
}

void Session::add_proposed_partnership(const SuggestionItem& chosen) {
    const SuggestionItem item = chosen;  // the list it came from changes with the edit
    Relationship relationship;
    relationship.type = "partnership";
    relationship.attributes["status"] = std::string("proposed");
    relationship.attributes["suggestion_score"] = std::round(item.score * 1000) / 1000;
    perform(add_relationship_edit(item.source, item.target, std::move(relationship)));
    status_ = "Added the suggested partnership " + item.source_label + " - " + item.target_label + " (Ctrl+Z undoes it)";
}

// ---- selection

void Session::selection_changed() {
    if (ego_radius() > 0) visible_stale_ = true;
    refresh_suggestions();
}

void Session::select_only(const std::string& id) {
    view_.selection().select_only(id);
    selection_changed();
}

void Session::toggle_selected(const std::string& id) {
    view_.selection().toggle(id);
    selection_changed();
}

void Session::select_in_box(Point world_a, Point world_b, bool add) {
    const double x0 = std::min(world_a.x, world_b.x), x1 = std::max(world_a.x, world_b.x);
    const double y0 = std::min(world_a.y, world_b.y), y1 = std::max(world_a.y, world_b.y);
    const auto& shown = visible();
    std::vector<std::string> inside;
    for (std::size_t v = 0; v < shown.size(); ++v) {
        const Point p = position(v);
        if (shown[v] && p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1) inside.push_back(map().organisation(v).id);
    }
    if (!add) view_.selection().clear();
    view_.selection().add(inside);
    selection_changed();
}

void Session::select_all_shown() {
    const auto& shown = visible();
    std::vector<std::string> ids;
    for (std::size_t v = 0; v < shown.size(); ++v) {
        if (shown[v]) ids.push_back(map().organisation(v).id);
    }
    view_.selection().add(ids);
    refresh_suggestions();
}

void Session::clear_selection() {
    view_.selection().clear();
    selection_changed();
}

// ---- what is shown

// What is shown changed: the view fits it (the ego view or a filter otherwise leaves it off-centre).
void Session::set_filter(ViewFilter filter) {
    if (!view_.set_filter(std::move(filter))) return;
    view_changed();
    fit_view();
}

void Session::set_ego_radius(int radius) {
    view_.set_ego_radius(radius);
    view_changed();
    fit_view();
}

void Session::set_colour_by(std::string field) {
    view_.set_colour_by(std::move(field));
    style_stale_ = true;
}

void Session::set_size_by(std::string measure) {
    view_.set_size_by(std::move(measure));
    style_stale_ = true;
}

const std::vector<bool>& Session::visible() {
    if (visible_stale_ || visible_.size() != map().organisation_count()) {
        const AlignedColumn* degree = column("degree");
        const AlignedColumn* community = column("community");
        const std::vector<OrgIndex> centres = ego_radius() > 0 ? selection().indices(map()) : std::vector<OrgIndex>{};
        visible_ = visible_organisations(map(), filter(), degree ? degree->values : std::vector<double>{},
                                         community ? community->values : std::vector<double>{}, centres, ego_radius());
        visible_stale_ = false;
        style_stale_ = true;  // the legend lists what is shown
    }
    return visible_;
}

std::size_t Session::visible_count() {
    const auto& shown = visible();
    return static_cast<std::size_t>(std::count(shown.begin(), shown.end(), true));
}

const NodeStyle& Session::style() {
    const auto& shown = visible();
    if (style_stale_ || style_.colour.size() != map().organisation_count()) {
        const AlignedColumn* community = column("community");
        const AlignedColumn* size = size_by().empty() ? nullptr : column(size_by());
        style_ = style_nodes(map(), colour_by(), community ? community->values : std::vector<double>{},
                             size ? size->values : std::vector<double>{}, shown);
        if (style_.radius.size() == layout_.layout().size()) layout_.layout().set_radii(style_.radius);
        style_stale_ = false;
        ++style_generation_;
    }
    return style_;
}

void Session::preview_suggestion(std::optional<std::size_t> rank) {
    if (rank && *rank >= suggestions().size()) rank.reset();
    view_.preview_suggestion(rank);
}

void Session::highlight_coverage_cell(const std::string& type, const std::string& theme) {
    std::set<std::string> ids;
    for (std::size_t v = 0; v < map().organisation_count(); ++v) {
        const Organisation& organisation = map().organisation(v);
        if (organisation.type == type &&
            std::find(organisation.themes.begin(), organisation.themes.end(), theme) != organisation.themes.end()) {
            ids.insert(organisation.id);
        }
    }
    const std::string words = vocabulary::type_in_words(type, true) + " on " + vocabulary::theme_in_words(theme);
    status_ = std::to_string(ids.size()) + " " + words;
    highlight(std::move(ids), words);
}

// ---- search

std::vector<OrgIndex> Session::search(std::string_view query, std::size_t limit) {
    if (!search_index_ || search_revision_ != document_.revision()) {
        search_index_ = std::make_unique<SearchIndex>(map());
        search_revision_ = document_.revision();
    }
    return search_index_->find(query, limit);
}

void Session::fly_to(const std::string& id) {
    const auto index = map().find(id);
    if (!index) throw std::invalid_argument("the map has no organisation '" + id + "'");
    camera_.fly_to(position(*index), std::max(camera_.zoom(), 1.5));
    layout_.set_following(false);
    select_only(id);
}

// ---- camera and layout

void Session::fit_view() {
    const auto& shown = visible();
    const auto& radius = style().radius;
    struct Extent {
        Point at;
        double r, label_width, label_height;
    };
    std::vector<Extent> extents;
    for (std::size_t v = 0; v < shown.size(); ++v) {
        if (!shown[v]) continue;
        const bool measured = v < drawn_labels_.width.size() && drawn_labels_.width[v] > 0;
        extents.push_back({position(v), v < radius.size() ? radius[v] : 6.0, measured ? drawn_labels_.width[v] : 0.0,
                           measured ? drawn_labels_.height[v] : 0.0});
    }
    if (!extents.empty()) {
        // The names have a fixed size on screen while the map scales: the largest zoom at which
        // every circle and every name measured (drawn below its circle) fits, clear of the legend.
        constexpr double kMargin = 12;
        const Point size = camera_.viewport_size();
        const auto span = [&](double zoom, Point& low, Point& high) {
            low = {std::numeric_limits<double>::max(), std::numeric_limits<double>::max()};
            high = {std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest()};
            for (const Extent& e : extents) {
                const double x = e.at.x * zoom, y = e.at.y * zoom, r = e.r * zoom, half = std::max(r, e.label_width / 2);
                low = {std::min(low.x, x - half), std::min(low.y, y - r)};
                high = {std::max(high.x, x + half), std::max(high.y, y + r + (e.label_height > 0 ? 2 + e.label_height : 0.0))};
            }
        };
        const auto largest_zoom = [&](double usable_x, double usable_y) {
            double lo = Camera::min_zoom, hi = 5.0;  // a small map is not blown up past 5 pixels a unit
            Point low, high;
            for (int step = 0; step < 50; ++step) {
                const double mid = std::sqrt(lo * hi);
                span(mid, low, high);
                if (high.x - low.x <= usable_x && high.y - low.y <= usable_y) lo = mid;
                else hi = mid;
            }
            return lo;
        };
        // The legend (bottom left) is kept clear beside the map or above it, whichever leaves it larger.
        constexpr double kFiguresLine = 24;  // the line of figures drawn at the top of the map
        const double width = std::max(size.x - 2 * kMargin, 10.0), height = std::max(size.y - 2 * kMargin - kFiguresLine, 10.0);
        const double beside = largest_zoom(std::max(width - legend_width_, 10.0), height);
        const double above = largest_zoom(width, std::max(height - legend_height_, 10.0));
        const double zoom = std::max(beside, above);
        Point low, high;
        span(zoom, low, high);
        // Centre the drawing in the usable area (shifted away from the legend).
        const double shift_x = beside >= above ? legend_width_ / 2 : 0.0, shift_y = beside >= above ? 0.0 : legend_height_ / 2;
        camera_.set({((low.x + high.x) / 2 - shift_x) / zoom, ((low.y + high.y) / 2 + shift_y - kFiguresLine / 2) / zoom}, zoom);
    }
    layout_.set_following(true);
}

void Session::run_layout(double budget_seconds) {
    if (layout_.run(budget_seconds) && follow_layout()) fit_view();
}

void Session::drag_organisation(OrgIndex index, Point to) {
    layout_.drag(map(), index, to);
    document_.mark_layout_changed();
}

void Session::start_graphviz_layout(std::string engine) {
    if (graphviz_layout_busy()) return;
    status_ = "Laying out with Graphviz " + engine + "...";
    layout_.start_graphviz(std::make_shared<const StakeholderMap>(map()), document_.revision(), std::move(engine), style().radius);
}

void Session::store_positions() {
    const ForceLayout& force = layout_.layout();
    if (force.size() != map().organisation_count()) return;
    for (std::size_t v = 0; v < force.size(); ++v) document_.set_position(v, {position(v).x, position(v).y});
}

void Session::rebuild_layout() { layout_.rebuild(map(), style_.radius); }

// ---- analysis

void Session::update() {
    const std::uint64_t revision = document_.revision();
    const AnalysisFeed::Changes changes = feed_.update(map(), revision, selection().primary());
    if (changes.results) {
        view_changed();
        note_change_effect();
    }
    if (changes.results || changes.focus) preview_suggestion(previewed_suggestion());  // drop a preview that is gone
    if (const auto outcome = layout_.take_graphviz_result(revision)) {
        if (outcome->applied) {
            document_.mark_layout_changed();
            fit_view();
        }
        status_ = outcome->message;
    }
}

void Session::note_change_effect() {
    if (pending_effect_.empty() || !results_current()) return;
    const auto after = watched_figures(results());
    if (figures_before_edit_ && after) change_effect_ = describe_change(*figures_before_edit_, *after);
    pending_effect_.clear();
}

bool Session::results_current() const { return feed_.current(document_.revision()); }

void Session::refresh_suggestions() {
    feed_.refresh_suggestions(map(), selection().primary());
    preview_suggestion(previewed_suggestion());
}

bool Session::wait_for_analysis(double timeout_seconds) {
    const auto deadline = Clock::now() + std::chrono::duration<double>(timeout_seconds);
    while (Clock::now() < deadline) {
        update();
        if (results_current() && feed_.focus_ready(selection().primary(), document_.revision()) && !graphviz_layout_busy()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return false;
}

// ---- export

void Session::export_view(const std::string& path) {
    store_positions();
    ViewToExport view{colour_by(), size_by(), visible(), ""};
    if (filter().active() || ego_radius() > 0) {
        view.subtitle = "View: " + std::to_string(visible_count()) + " of " + std::to_string(map().organisation_count()) + " organisations" +
                        (filter().active() ? " (" + describe(filter()) + ")" : "");
    }
    interactive::export_view(map(), view, path);
    status_ = "Exported the view to " + path;
}

}  // namespace stakemap::interactive
