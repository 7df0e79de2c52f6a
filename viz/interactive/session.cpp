#include "viz/interactive/session.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <limits>
#include <stdexcept>
#include <thread>

#include "graph/vocabulary.hpp"
#include "importers/formats.hpp"
#include "viz/export/diagram.hpp"
#include "viz/export/graphviz_layout.hpp"
#include "viz/interactive/recovery.hpp"

namespace stakemap::interactive {
namespace {

using Clock = std::chrono::steady_clock;

bool tied(const StakeholderMap& map, OrgIndex a, OrgIndex b) {
    return !relationships_between(map, a, b).empty() || !relationships_between(map, b, a).empty();
}

bool every_organisation_placed(const StakeholderMap& map) {
    for (std::size_t v = 0; v < map.organisation_count(); ++v) {
        if (!map.organisation(v).position) return false;
    }
    return map.organisation_count() > 0;
}

}  // namespace

Session::Session(Document document, AnalysisSettings settings)
    : document_(std::move(document)), worker_(std::move(settings)) {
    layout_running = !every_organisation_placed(map());
    rebuild_layout();
}

// ---- the map and its file

void Session::adopt(Document document) {
    document_ = std::move(document);
    selection_.clear();
    highlighted_.clear();
    highlight_reason_.clear();
    pinned_.clear();
    results_.reset();
    focus_.reset();
    columns_.clear();
    suggestions_.clear();
    previewed_suggestion.reset();
    posted_focus_.reset();
    search_index_.reset();
    layout_running = !every_organisation_placed(map());
    view_changed();
    rebuild_layout();
    fit_view();
}

void Session::open(const std::string& path) {
    adopt(Document::open(path));
    status = "Opened " + path + " (" + std::to_string(map().organisation_count()) + " organisations, " +
             std::to_string(map().relationship_count()) + " relationships)";
    if (!document_.warnings().empty()) status += "; " + std::to_string(document_.warnings().size()) + " warnings";
}

std::string Session::default_save_path() const {
    const std::string& path = document_.path();
    if (path.empty()) return "";
    if (is_stakemap_map_path(path)) return path;
    return with_stakemap_map_extension(path);
}

void Session::save(const std::string& path) {
    const std::string target = path.empty() ? default_save_path() : path;
    const std::string extension(stakemap_map_format().extensions.front());
    if (target.empty()) throw std::runtime_error("the map has no file yet; give a file name ending in " + extension);
    if (!is_stakemap_map_path(target)) {
        throw std::runtime_error(target + ": Save writes a stakemap JSON map; give a name ending in " + extension + " (Export writes other formats)");
    }
    store_positions();
    const std::string previous = document_.path();
    document_.save(target);
    interactive::discard_recovery(previous);
    interactive::discard_recovery(target);
    status = "Saved " + target;
}

bool Session::autosave(double now_seconds, double interval_seconds) {
    if (!document_.unsaved()) return false;
    if (document_.revision() == autosaved_revision_ && drags_ == autosaved_drags_) return false;
    if (now_seconds - last_autosave_ < interval_seconds) return false;
    last_autosave_ = now_seconds;
    try {
        store_positions();
        write_recovery(map(), document_.path());
        autosaved_revision_ = document_.revision();
        autosaved_drags_ = drags_;
        return true;
    } catch (const std::exception& error) {
        status = std::string("Autosave failed: ") + error.what();
        return false;
    }
}

void Session::discard_recovery() { interactive::discard_recovery(document_.path()); }

// ---- edits

void Session::before_edit() {
    store_positions();
    figures_before_edit_ = results_current() ? figures_of(results_.get()) : std::nullopt;
}

std::optional<Session::Figures> Session::figures_of(const AnalysisResults* results) {
    if (!results || !results->gaps) return std::nullopt;
    const GapReport& gaps = *results->gaps;
    Figures figures;
    figures.parts = gaps.components.sizes.size();
    for (const auto size : gaps.components.sizes) figures.largest = std::max(figures.largest, size);
    figures.isolated = gaps.isolated.size();
    figures.cells_filled = gaps.coverage.cells_filled;
    figures.cells_required = gaps.coverage.cells_required;
    figures.never_meet = gaps.never_meet.size();
    return figures;
}

void Session::after_edit(const std::string& done) {
    selection_.prune(map());
    previewed_suggestion.reset();
    rebuild_layout();
    view_changed();
    status = done;
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
        status = "Nothing to undo";
        return false;
    }
    after_edit("Undone: " + *what);
    return true;
}

bool Session::redo() {
    const auto what = document_.history().next_redo();
    before_edit();
    if (!document_.redo()) {
        status = "Nothing to redo";
        return false;
    }
    after_edit("Redone: " + *what);
    return true;
}

void Session::add_organisation(Organisation organisation) {
    if (!organisation.position) {
        const Point centre = camera_.centre();
        organisation.position = Position{centre.x, centre.y};
    }
    const std::string id = organisation.id;
    perform(add_organisation_edit(std::move(organisation)));
    select_only(id);
}

void Session::delete_selection() {
    if (selection_.empty()) return;
    std::vector<std::unique_ptr<MapEdit>> parts;
    for (const auto& id : selection_.ids()) parts.push_back(remove_organisation_edit(id));
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

void Session::edit_organisation(const std::string& id, const OrganisationFields& fields) {
    const auto index = map().find(id);
    if (!index) throw std::invalid_argument("the map has no organisation '" + id + "'");
    OrganisationFields before = OrganisationFields::of(map().organisation(*index));
    if (before == fields) return;
    perform(edit_organisation_edit(id, std::move(before), fields));
}

void Session::accept_suggestion(std::size_t rank) {
    if (rank >= suggestions_.size()) {
        throw std::invalid_argument("there is no suggestion #" + std::to_string(rank + 1) + " (" +
                                    std::to_string(suggestions_.size()) + " listed)");
    }
    const SuggestionItem item = suggestions_[rank];
    Relationship relationship;
    relationship.type = "partnership";
    relationship.attributes["status"] = std::string("proposed");
    relationship.attributes["suggestion_score"] = std::round(item.score * 1000) / 1000;
    perform(add_relationship_edit(item.source, item.target, std::move(relationship)));
    status = "Added the suggested partnership " + item.source_label + " - " + item.target_label + " (Ctrl+Z undoes it)";
}

// ---- selection

void Session::select_only(const std::string& id) {
    selection_.select_only(id);
    if (ego_radius_ > 0) visible_stale_ = true;
    refresh_suggestions();
}

void Session::toggle_selected(const std::string& id) {
    selection_.toggle(id);
    if (ego_radius_ > 0) visible_stale_ = true;
    refresh_suggestions();
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
    if (!add) selection_.clear();
    selection_.add(inside);
    if (ego_radius_ > 0) visible_stale_ = true;
    refresh_suggestions();
}

void Session::select_all_shown() {
    const auto& shown = visible();
    std::vector<std::string> ids;
    for (std::size_t v = 0; v < shown.size(); ++v) {
        if (shown[v]) ids.push_back(map().organisation(v).id);
    }
    selection_.add(ids);
    refresh_suggestions();
}

void Session::clear_selection() {
    selection_.clear();
    if (ego_radius_ > 0) visible_stale_ = true;
    refresh_suggestions();
}

// ---- what is shown

void Session::set_filter(ViewFilter filter) {
    if (filter == filter_) return;
    filter_ = std::move(filter);
    view_changed();
}

void Session::set_ego_radius(int radius) {
    ego_radius_ = std::clamp(radius, 0, 3);
    view_changed();
}

void Session::set_colour_by(std::string field) {
    colour_by_ = std::move(field);
    style_stale_ = true;
}

void Session::set_size_by(std::string measure) {
    size_by_ = std::move(measure);
    style_stale_ = true;
}

const std::vector<bool>& Session::visible() {
    if (visible_stale_ || visible_.size() != map().organisation_count()) {
        const AlignedColumn* degree = column("degree");
        const AlignedColumn* community = column("community");
        const std::vector<OrgIndex> centres = ego_radius_ > 0 ? selection_.indices(map()) : std::vector<OrgIndex>{};
        visible_ = visible_organisations(map(), filter_, degree ? degree->values : std::vector<double>{},
                                         community ? community->values : std::vector<double>{}, centres, ego_radius_);
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
        const AlignedColumn* size = size_by_.empty() ? nullptr : column(size_by_);
        style_ = style_nodes(map(), colour_by_, community ? community->values : std::vector<double>{},
                             size ? size->values : std::vector<double>{}, shown);
        if (style_.radius.size() == layout_.size()) layout_.set_radii(style_.radius);
        style_stale_ = false;
        ++style_generation_;
    }
    return style_;
}

void Session::highlight(std::set<std::string> ids, std::string why) {
    highlighted_ = std::move(ids);
    highlight_reason_ = std::move(why);
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
    status = std::to_string(ids.size()) + " " + words;
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
    follow_layout = false;
    select_only(id);
}

// ---- camera and layout

void Session::fit_view() {
    const auto& shown = visible();
    const auto& radius = style().radius;
    Bounds bounds{{std::numeric_limits<double>::max(), std::numeric_limits<double>::max()},
                  {std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest()}};
    bool any = false;
    for (std::size_t v = 0; v < shown.size(); ++v) {
        if (!shown[v]) continue;
        const Point p = position(v);
        const double r = v < radius.size() ? radius[v] : 6.0;
        bounds.min = {std::min(bounds.min.x, p.x - r), std::min(bounds.min.y, p.y - r)};
        bounds.max = {std::max(bounds.max.x, p.x + r), std::max(bounds.max.y, p.y + r)};
        any = true;
    }
    if (any) {
        camera_.fit(bounds);
        // A small map is not blown up past the size it is drawn at when saved: 2.5 pixels a unit.
        if (camera_.zoom() > 2.5) camera_.set(camera_.centre(), 2.5);
    }
    follow_layout = true;
}

void Session::run_layout(double budget_seconds) {
    if (!layout_running || layout_.size() == 0) return;
    const auto started = Clock::now();
    // Within the time budget (a step starts only if it should end in time),
    // and at most 10 steps a frame, so a small map visibly settles rather
    // than jumping into place.
    int steps = 0;
    double elapsed = 0, slowest = 0;
    do {
        const auto step_started = Clock::now();
        layout_.step();
        slowest = std::max(slowest, std::chrono::duration<double>(Clock::now() - step_started).count());
        elapsed = std::chrono::duration<double>(Clock::now() - started).count();
    } while (++steps < 10 && elapsed + slowest < budget_seconds);
    if (follow_layout) fit_view();
}

void Session::drag_organisation(OrgIndex index, Point to) {
    layout_.move(index, to);
    layout_.set_pinned(index, true);
    pinned_.insert(map().organisation(index).id);
    document_.mark_layout_changed();
    ++drags_;
}

void Session::unpin_all() {
    pinned_.clear();
    for (std::size_t v = 0; v < layout_.size(); ++v) layout_.set_pinned(v, false);
}

void Session::start_graphviz_layout(std::string engine) {
    if (graphviz_layout_busy()) return;
    auto snapshot = std::make_shared<const StakeholderMap>(map());
    std::vector<double> radii = style().radius;
    graphviz_job_info_ = {document_.revision(), engine};
    graphviz_job_ = std::async(std::launch::async, [snapshot, engine, radii] {
        return viz::graphviz_positions(*snapshot, engine, radii);
    });
    status = "Laying out with Graphviz " + engine + "...";
}

void Session::store_positions() {
    if (layout_.size() != map().organisation_count()) return;
    for (std::size_t v = 0; v < layout_.size(); ++v) document_.set_position(v, {position(v).x, position(v).y});
}

// Positions come from the map; organisations without one go beside their
// placed partners (or on a spiral when nothing is placed yet).
void Session::rebuild_layout() {
    const StakeholderMap& m = map();
    const std::size_t n = m.organisation_count();
    std::vector<Point> positions(n);
    std::vector<bool> placed(n, false);
    std::size_t placed_count = 0;
    for (std::size_t v = 0; v < n; ++v) {
        if (const auto& p = m.organisation(v).position) {
            positions[v] = {p->x, p->y};
            placed[v] = true;
            ++placed_count;
        }
    }
    if (placed_count == 0) {
        positions = spiral_positions(n);
    } else if (placed_count < n) {
        const auto& graph = m.graph();
        const std::vector<Point> fallback = spiral_positions(n);
        for (std::size_t v = 0; v < n; ++v) {
            if (placed[v]) continue;
            Point sum{0, 0};
            int partners = 0;
            const auto add = [&](std::size_t u) {
                if (!placed[u]) return;
                sum.x += positions[u].x;
                sum.y += positions[u].y;
                ++partners;
            };
            for (const auto e : boost::make_iterator_range(boost::out_edges(v, graph))) add(boost::target(e, graph));
            for (const auto e : boost::make_iterator_range(boost::in_edges(v, graph))) add(boost::source(e, graph));
            const double angle = static_cast<double>(v) * 2.399963;  // golden angle: neighbours of one hub spread out
            positions[v] = partners > 0 ? Point{sum.x / partners + 12 * std::cos(angle), sum.y / partners + 12 * std::sin(angle)}
                                        : fallback[v];
        }
    }
    std::vector<bool> pinned(n, false);
    for (std::size_t v = 0; v < n; ++v) pinned[v] = pinned_.contains(m.organisation(v).id);
    std::vector<ForceLayout::Tie> ties;
    ties.reserve(m.relationship_count());
    for (const auto handle : m.relationship_handles()) {
        const auto tie = m.relationship(handle);
        const double weight = std::isfinite(tie.data.weight) ? std::clamp(tie.data.weight, 0.05, 10.0) : 1.0;
        ties.push_back({static_cast<std::uint32_t>(tie.source), static_cast<std::uint32_t>(tie.target), weight});
    }
    std::vector<double> radii = style_.radius.size() == n ? style_.radius : std::vector<double>(n, 6.0);
    layout_.reset(std::move(positions), std::move(radii), std::move(pinned), std::move(ties));
}

// ---- analysis

void Session::update() {
    const std::uint64_t revision = document_.revision();
    if (posted_revision_ != revision) {
        worker_.request(std::make_shared<const StakeholderMap>(map()), revision);
        posted_revision_ = revision;
    }
    const auto& primary = selection_.primary();
    if (primary && (posted_focus_ != primary || posted_focus_revision_ != revision)) {
        worker_.request_focus(*primary);
        posted_focus_ = primary;
        posted_focus_revision_ = revision;
    }
    if (auto latest = worker_.latest(); latest != results_) {
        results_ = std::move(latest);
        align_results();
        view_changed();
        refresh_suggestions();
        if (!pending_effect_.empty() && results_current()) {
            const auto after = figures_of(results_.get());
            if (figures_before_edit_ && after) {
                const Figures& before = *figures_before_edit_;
                const auto change = [](const char* what, std::size_t from, std::size_t to) {
                    return std::string(what) + " " + std::to_string(from) + (from == to ? " (unchanged)" : " -> " + std::to_string(to));
                };
                change_effect_ = change("parts", before.parts, after->parts) + "; " +
                                 change("largest part", before.largest, after->largest) + "; " +
                                 change("isolated", before.isolated, after->isolated) + "; " +
                                 change("coverage cells filled", before.cells_filled, after->cells_filled) + " of " +
                                 std::to_string(after->cells_required) + "; " +
                                 change("community pairs that never meet", before.never_meet, after->never_meet);
            }
            pending_effect_.clear();
        }
    }
    if (auto focus = worker_.latest_focus(); focus != focus_) {
        focus_ = std::move(focus);
        refresh_suggestions();
    }
    if (graphviz_job_.valid() && graphviz_job_.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
        try {
            const std::vector<Position> positions = graphviz_job_.get();
            if (graphviz_job_info_.revision != revision || positions.size() != layout_.size()) {
                status = "The map changed during the Graphviz layout; run it again";
            } else {
                for (std::size_t v = 0; v < positions.size(); ++v) layout_.move(v, {positions[v].x, positions[v].y});
                layout_running = false;
                document_.mark_layout_changed();
                ++drags_;
                fit_view();
                status = "Laid out with Graphviz " + graphviz_job_info_.engine + " (live layout paused)";
            }
        } catch (const std::exception& error) {
            status = error.what();
        }
    }
}

bool Session::results_current() const {
    return results_ && results_->complete && results_->revision == document_.revision();
}

void Session::align_results() {
    columns_.clear();
    if (!results_) return;
    const std::size_t n = map().organisation_count();
    std::vector<std::size_t> current(results_->ids.size(), n);
    const bool same_order = results_->revision == document_.revision();
    for (std::size_t r = 0; r < results_->ids.size(); ++r) {
        if (same_order) {
            current[r] = r;
        } else if (const auto index = map().find(results_->ids[r])) {
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

const AlignedColumn* Session::column(std::string_view name) const {
    for (const auto& column : columns_) {
        if (column.name == name) return &column;
    }
    return nullptr;
}

std::vector<std::string> Session::column_names() const {
    std::vector<std::string> names;
    for (const auto& column : columns_) names.push_back(column.name);
    return names;
}

void Session::refresh_suggestions() {
    suggestions_.clear();
    const auto& primary = selection_.primary();
    suggestions_for_selection_ = primary.has_value();
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
        const std::string& source = (*ids)[suggestion.source];
        const std::string& target = (*ids)[suggestion.target];
        const auto a = map().find(source), b = map().find(target);
        if (!a || !b || tied(map(), *a, *b)) continue;  // gone, or accepted since
        suggestions_.push_back({source, target, map().organisation(*a).label, map().organisation(*b).label,
                                suggestion.score, suggestion.reasons});
    }
    if (previewed_suggestion && *previewed_suggestion >= suggestions_.size()) previewed_suggestion.reset();
}

bool Session::wait_for_analysis(double timeout_seconds) {
    const auto deadline = Clock::now() + std::chrono::duration<double>(timeout_seconds);
    while (Clock::now() < deadline) {
        update();
        const auto& primary = selection_.primary();
        const bool focus_ready = !primary || (focus_ && focus_->focus == *primary && focus_->revision == document_.revision());
        if (results_current() && focus_ready && !graphviz_layout_busy()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return false;
}

// ---- export

void Session::export_view(const std::string& path) {
    store_positions();
    viz::DiagramOptions options;
    options.layout = "stored";
    options.color_by = colour_by_;
    if (!size_by_.empty() && metric_from_name(size_by_)) options.size_by = size_by_;
    options.view.shown = visible();
    if (filter_.active() || ego_radius_ > 0) options.subtitle = "View: " + std::to_string(visible_count()) + " of " +
                                                                std::to_string(map().organisation_count()) + " organisations" +
                                                                (filter_.active() ? " (" + describe(filter_) + ")" : "");
    viz::render_diagram(map(), options, path);
    status = "Exported the view to " + path;
}

}  // namespace stakemap::interactive
