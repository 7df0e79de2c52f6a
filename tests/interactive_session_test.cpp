// The window's actions without a window: the planning loop on the NGO Forum
// map (find, select, suggestions, accept, undo, save, export), recovery files,
// scripts and recent files.

#include <sys/resource.h>

#include <chrono>
#include <csignal>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "importers/importer.hpp"
#include "test_support.hpp"
#include "viz/interactive/folder_listing.hpp"
#include "viz/interactive/import_step.hpp"
#include "viz/interactive/recent_files.hpp"
#include "viz/interactive/recovery.hpp"
#include "viz/interactive/script.hpp"
#include "viz/interactive/session.hpp"

using namespace stakemap;
using namespace stakemap::interactive;
using stakemap::testing::dataset;
using stakemap::testing::scratch_file;
using stakemap::testing::scratch_path;
namespace fs = std::filesystem;

namespace {

const std::string kForum = "alliance87-ngo-forum-2017.json";

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Recovery files go to a folder of the test run's own.
void use_scratch_recovery_folder() {
    static const std::string folder = fs::path(scratch_file("recovery-marker", "")).parent_path() / "recovery";
    ::setenv("STAKEMAP_RECOVERY_DIR", folder.c_str(), 1);
}

}  // namespace

TEST_CASE("Planning loop: find the ILO, see its suggestions, accept one, undo, save", "[interactive][session]") {
    use_scratch_recovery_folder();
    Session session(Document::open(dataset(kForum)));
    REQUIRE(session.wait_for_analysis(120));
    REQUIRE(session.results_current());
    // The whole-map suggestions arrive with the results.
    CHECK_FALSE(session.suggestions_for_selection());
    CHECK(session.suggestions().size() >= 5);

    const auto found = session.search("international labour");
    REQUIRE_FALSE(found.empty());
    CHECK(session.map().organisation(found.front()).id == "ilo");
    session.fly_to("ilo");
    CHECK(session.selection().primary() == "ilo");
    REQUIRE(session.wait_for_analysis(120));
    REQUIRE(session.suggestions_for_selection());
    REQUIRE_FALSE(session.suggestions().empty());
    for (const auto& item : session.suggestions()) {
        CHECK((item.source == "ilo" || item.target == "ilo"));
        CHECK_FALSE(item.reasons.empty());
    }
    // Measures arrive aligned to the map: the ILO is the top broker (issue 2's figure).
    const AlignedColumn* betweenness = session.column("betweenness");
    REQUIRE(betweenness);
    CHECK(betweenness->values[*session.map().find("ilo")] == Approx(0.1161).margin(5e-5));

    const SuggestionItem first = session.suggestions().front();
    const std::size_t ties_before = session.map().relationship_count();
    session.accept_suggestion(0);
    CHECK(session.map().relationship_count() == ties_before + 1);
    const auto a = *session.map().find(first.source), b = *session.map().find(first.target);
    const auto added = session.map().relationships_between(a, b);
    REQUIRE(added.size() == 1);
    CHECK(to_display_string(session.map().relationship(added[0]).data.attributes.at("status")) == "proposed");
    CHECK(session.document().unsaved());
    // Metrics and gaps follow the edit; the accepted pair leaves the list.
    REQUIRE(session.wait_for_analysis(120));
    CHECK(session.results()->revision == session.document().revision());
    for (const auto& item : session.suggestions()) CHECK_FALSE((item.source == first.source && item.target == first.target));
    CHECK_FALSE(session.last_change_effect().empty());

    REQUIRE(session.undo());
    CHECK(session.map().relationship_count() == ties_before);
    CHECK_FALSE(session.document().unsaved());
    REQUIRE(session.redo());

    const std::string saved = scratch_path("planned.json");
    session.save(saved);
    CHECK_FALSE(session.document().unsaved());
    const ImportResult reread = import_map(saved);
    CHECK(reread.map.relationship_count() == ties_before + 1);
    CHECK(reread.map.organisation_count() == 40);
    // Positions are saved with the map.
    for (std::size_t v = 0; v < reread.map.organisation_count(); ++v) CHECK(reread.map.organisation(v).position.has_value());
}

TEST_CASE("Save refuses a name that is not .json and never replaces a CSV source", "[interactive][session]") {
    use_scratch_recovery_folder();
    const std::string csv = scratch_file("source.csv", "source,target\na,b\nb,c\n");
    Session session(Document::open(csv));
    CHECK(fs::path(session.default_save_path()).filename() == "source.json");
    CHECK_THROWS_WITH(session.save(scratch_file("out.graphml", "")), Catch::Contains("give a name ending in .json"));
    session.save();
    CHECK(read_text(csv) == "source,target\na,b\nb,c\n");
    CHECK(import_map(session.default_save_path()).map.relationship_count() == 2);
}

TEST_CASE("A failed save leaves the old file as it was and the work unsaved", "[interactive][session]") {
    use_scratch_recovery_folder();
    const std::string target = scratch_path("full-disk.json");
    Session session(Document::open(dataset(kForum)));
    session.save(target);
    const std::string before = read_text(target);
    session.select_only("ilo");
    session.delete_selection();
    // A file-size limit makes the write fail part-way, as a full disk would (and works for root too).
    ::signal(SIGXFSZ, SIG_IGN);
    rlimit old_limit{};
    ::getrlimit(RLIMIT_FSIZE, &old_limit);
    rlimit small = old_limit;
    small.rlim_cur = 4096;
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
    CHECK_THROWS(session.save(target));
    ::setrlimit(RLIMIT_FSIZE, &old_limit);
    CHECK(read_text(target) == before);
    CHECK(session.document().unsaved());
    for (const auto& entry : fs::directory_iterator(fs::path(target).parent_path())) {
        CHECK(entry.path().filename().string().find("full-disk.json.") == std::string::npos);  // no temporary left behind
    }
}

TEST_CASE("Filters, ego view and box selection act on what is shown", "[interactive][session]") {
    use_scratch_recovery_folder();
    Session session(Document::open(dataset(kForum)));
    REQUIRE(session.wait_for_analysis(120));
    const std::size_t all = session.map().organisation_count();
    CHECK(session.visible_count() == all);
    session.set_filter(parse_view_filter("type=union"));
    std::size_t unions = 0;
    for (std::size_t v = 0; v < all; ++v) unions += session.map().organisation(v).type == "union";
    CHECK(session.visible_count() == unions);
    session.set_filter({});
    session.select_only("ilo");
    session.set_ego_radius(1);
    const auto ilo = *session.map().find("ilo");
    std::size_t partners = 1;
    for (std::size_t v = 0; v < all; ++v) {
        if (v != ilo && session.map().tied(ilo, v)) ++partners;
    }
    CHECK(session.visible_count() == partners);
    // A box around everything selects only what is shown.
    session.select_in_box({-1e9, -1e9}, {1e9, 1e9}, false);
    CHECK(session.selection().size() == partners);
    session.set_ego_radius(0);
    CHECK(session.visible_count() == all);
    // Highlighting a coverage cell names its organisations.
    session.highlight_coverage_cell("union", "forced_labour");
    for (const auto& id : session.highlighted()) {
        const Organisation& o = session.map().organisation(*session.map().find(id));
        CHECK(o.type == "union");
        CHECK(std::find(o.themes.begin(), o.themes.end(), "forced_labour") != o.themes.end());
    }
}

TEST_CASE("Export the view: only what is shown, in the colours chosen", "[interactive][session]") {
    use_scratch_recovery_folder();
    Session session(Document::open(dataset(kForum)));
    REQUIRE(session.wait_for_analysis(120));
    session.set_filter(parse_view_filter("type=union"));
    const std::string svg = scratch_file("view.svg", "");
    session.export_view(svg);
    const std::string text = read_text(svg);
    CHECK(text.find("<svg") != std::string::npos);
    CHECK(text.find("Trades Union Congress") != std::string::npos);
    CHECK(text.find("International Labour Organization") == std::string::npos);
    CHECK(text.find("View: ") != std::string::npos);
}

TEST_CASE("Autosave writes a recovery file for unsaved work; a save removes it", "[interactive][session]") {
    use_scratch_recovery_folder();
    const std::string path = scratch_file("recover-me.json", read_text(dataset(kForum)));
    Session session(Document::open(path));
    CHECK_FALSE(session.autosave(100, 60));  // nothing unsaved
    session.select_only("tuc");
    session.delete_selection();
    CHECK(session.autosave(100, 60));
    CHECK_FALSE(session.autosave(110, 60));  // nothing new
    const auto pending = pending_recovery(path);
    REQUIRE(pending);
    CHECK(import_map(pending->file.string()).map.organisation_count() == 39);
    CHECK_FALSE(pending->older_than_map);
    session.undo();
    CHECK_FALSE(session.autosave(500, 60));  // back to the saved state: nothing to recover
    session.redo();
    CHECK(session.autosave(500, 60));
    session.save();
    CHECK_FALSE(pending_recovery(path));
}

// Sets a file's modification time `seconds` from now (the tests need no sleeping).
void touch(const std::string& path, int seconds) {
    fs::last_write_time(path, fs::file_time_type::clock::now() + std::chrono::seconds(seconds));
}

TEST_CASE("A map changed on disk since it was opened is not overwritten without asking", "[interactive][session]") {
    use_scratch_recovery_folder();
    const std::string path = scratch_file("shared-map.json", read_text(dataset(kForum)));
    Session session(Document::open(path));
    session.select_only("tuc");
    session.delete_selection();
    CHECK_FALSE(session.document().changed_on_disk());

    // Someone else saves the file meanwhile (replaced by rename, as editors do).
    const std::string theirs = read_text(path) + "\n";
    const std::string elsewhere = scratch_file("shared-map.json.theirs", theirs);
    fs::rename(elsewhere, path);
    CHECK(session.document().changed_on_disk());
    CHECK_THROWS_AS(session.save(), SaveNeedsConfirmation);
    CHECK_THROWS_WITH(session.save(), Catch::Contains("changed on disk by another program"));
    CHECK(read_text(path) == theirs);  // nothing written
    CHECK(session.document().unsaved());

    // Changed in place (same inode, new size and time) counts too.
    std::ofstream(path, std::ios::app) << " ";
    CHECK_THROWS_AS(session.save(), SaveNeedsConfirmation);

    // Confirmed: written, and from then on the file is the window's again.
    session.save("", Overwrite::yes);
    CHECK(import_map(path).map.organisation_count() == 39);
    CHECK_FALSE(session.document().changed_on_disk());
    session.select_only("ilo");
    session.delete_selection();
    session.save();  // nothing changed on disk since: no question
    CHECK(import_map(path).map.organisation_count() == 38);

    // Save as onto another existing file asks too; a new name does not.
    const std::string other = scratch_file("someone-elses.json", "{\"nodes\": []}");
    CHECK_THROWS_WITH(session.save(other), Catch::Contains("already exists"));
    CHECK(read_text(other) == "{\"nodes\": []}");
    const std::string fresh = scratch_path("fresh-name.json");
    session.save(fresh);
    CHECK(import_map(fresh).map.organisation_count() == 38);

    // A deleted file counts as changed (saving re-creates it only when confirmed).
    fs::remove(fresh);
    session.select_only("ituc");
    session.delete_selection();
    CHECK_THROWS_AS(session.save(), SaveNeedsConfirmation);
    session.save("", Overwrite::yes);
    CHECK(fs::exists(fresh));
}

TEST_CASE("A recovery file older than its map is offered, not deleted; only the session's own is removed", "[interactive][session]") {
    use_scratch_recovery_folder();
    const std::string path = scratch_file("older-recovery.json", read_text(dataset(kForum)));
    {
        // A session edits and autosaves, then ends without saving (a crash).
        Session crashed(Document::open(path));
        crashed.select_only("tuc");
        crashed.delete_selection();
        REQUIRE(crashed.autosave(100, 60));
    }
    const fs::path recovery = pending_recovery(path)->file;
    // The map file is then saved by someone else, after the recovery file.
    touch(recovery.string(), -60);
    touch(path, 0);
    const auto pending = pending_recovery(path);
    REQUIRE(pending);  // still offered
    CHECK(pending->older_than_map);

    // A session that opens the map, does nothing and ends cleanly leaves it alone.
    {
        Session untouched(Document::open(path));
        untouched.discard_recovery();  // what the window does at a clean end
        CHECK(fs::exists(recovery));
        // Its own edits do not write over the waiting recovery file.
        untouched.select_only("ilo");
        untouched.delete_selection();
        CHECK_FALSE(untouched.autosave(200, 60));
        CHECK(untouched.status().find("Autosave paused") != std::string::npos);
        CHECK(import_map(recovery.string()).map.organisation_count() == 39);
    }

    // Restored: the work is back, and since the map file is newer, saving over it asks first.
    Session restored(restore_recovery(*pending, path));
    CHECK(restored.map().organisation_count() == 39);
    CHECK(restored.document().unsaved());
    CHECK_THROWS_AS(restored.save(), SaveNeedsConfirmation);
    CHECK(fs::exists(recovery));
    restored.save("", Overwrite::yes);
    CHECK_FALSE(fs::exists(recovery));  // the restoring session owned it; saved, it is gone
    CHECK(import_map(path).map.organisation_count() == 39);
}

TEST_CASE("A recovery file newer than its map restores without a question on save", "[interactive][session]") {
    use_scratch_recovery_folder();
    const std::string path = scratch_file("newer-recovery.json", read_text(dataset(kForum)));
    {
        Session crashed(Document::open(path));
        crashed.select_only("tuc");
        crashed.delete_selection();
        REQUIRE(crashed.autosave(100, 60));
    }
    touch(path, -60);
    const auto pending = pending_recovery(path);
    REQUIRE(pending);
    CHECK_FALSE(pending->older_than_map);
    Session restored(restore_recovery(*pending, path));
    restored.save();
    CHECK_FALSE(pending_recovery(path));
    CHECK(import_map(path).map.organisation_count() == 39);
}

TEST_CASE("Scripts save without replacing what they did not write unless told to", "[interactive][session]") {
    use_scratch_recovery_folder();
    const std::string existing = scratch_file("script-target.json", "keep me");
    const Script script = parse_script("save " + existing + "\nsave --overwrite " + existing + "\nsave a b\n", "s.txt");
    Session session(Document::open(dataset(kForum)));
    CHECK_THROWS_WITH(run_step(session, script, script.steps[0]), Catch::Contains("already exists"));
    CHECK(read_text(existing) == "keep me");
    run_step(session, script, script.steps[1]);
    CHECK(import_map(existing).map.organisation_count() == 40);
    CHECK_THROWS_WITH(run_step(session, script, script.steps[2]), Catch::StartsWith("s.txt:3: usage: save [--overwrite] [PATH]"));
}

TEST_CASE("Scripts: parsed with line numbers, run through the session, failures named", "[interactive][session]") {
    use_scratch_recovery_folder();
    CHECK_THROWS_WITH(parse_script("select ilo\nfly away\n", "s.txt"), Catch::StartsWith("s.txt:2: unknown action 'fly'"));
    CHECK_THROWS_WITH(parse_script("\n# note\nundo now\n", "s.txt"), Catch::StartsWith("s.txt:3: undo takes 0 arguments"));
    const std::string saved = scratch_path("scripted.json");
    const Script script = parse_script("search Trades Union\nexpect primary tuc\nego 1\nwait-analysis\n"
                                       "accept-suggestion 1\nexpect relationships 51\nundo\nexpect relationships 50\n"
                                       "expect unsaved no\nedit label TUC (UK)\nsave " + saved + "\nexpect unsaved no\n"
                                       "frames 3\nexpect organisations 41\n",
                                       "plan.txt");
    Session session(Document::open(dataset(kForum)));
    std::size_t k = 0;
    for (; k + 1 < script.steps.size(); ++k) {
        const WindowRequest request = run_step(session, script, script.steps[k]);
        if (script.steps[k].verb == "frames") CHECK(request.kind == WindowRequest::Kind::frames);
    }
    CHECK(session.map().organisation(*session.map().find("tuc")).label == "TUC (UK)");
    CHECK(import_map(saved).map.organisation(*import_map(saved).map.find("tuc")).label == "TUC (UK)");
    CHECK_THROWS_WITH(run_step(session, script, script.steps[k]), Catch::StartsWith("plan.txt:14: expected 41 organisations, found 40"));
}

TEST_CASE("Recent files: newest first, no repeats, limited, kept between sessions", "[interactive]") {
    const fs::path store = fs::path(scratch_file("recent-marker", "")).parent_path() / "config" / "recent-files";
    {
        RecentFiles recent(store, 3);
        for (const char* path : {"/m/a.json", "/m/b.json", "/m/a.json", "/m/c.json", "/m/d.json"}) recent.add(path);
        CHECK(recent.paths() == std::vector<std::string>{"/m/d.json", "/m/c.json", "/m/a.json"});
    }
    const RecentFiles reread(store, 3);
    CHECK(reread.paths() == std::vector<std::string>{"/m/d.json", "/m/c.json", "/m/a.json"});
}

TEST_CASE("A one-shot Graphviz layout runs off the frame thread and replaces the positions", "[interactive][session]") {
    use_scratch_recovery_folder();
    Session session(Document::open(dataset(kForum)));
    const Point before = session.position(*session.map().find("ilo"));
    session.start_graphviz_layout("neato");
    CHECK(session.graphviz_layout_busy());
    REQUIRE(session.wait_for_analysis(120));  // also waits for the layout
    CHECK_FALSE(session.graphviz_layout_busy());
    CHECK_FALSE(session.layout_running());  // the live layout pauses so the result stays
    const Point after = session.position(*session.map().find("ilo"));
    CHECK((after.x != before.x || after.y != before.y));
    CHECK(session.document().unsaved());  // a new layout is work worth saving
    session.start_graphviz_layout("nonsense");
    session.wait_for_analysis(60);
    CHECK_THAT(session.status(), Catch::Contains("unknown layout 'nonsense'"));
}

TEST_CASE("Bulk edit: a multi-selection gets a type, a region and a theme in one undoable edit each; New and ids from names",
          "[interactive][session]") {
    Session session(Document::open(dataset(kForum)));
    session.select_only("ilo");
    session.toggle_selected("tuc");
    session.toggle_selected("polaris");
    REQUIRE(session.selection().size() == 3);
    const std::size_t depth = session.document().history().depth();
    CHECK(session.bulk_edit_selection(Session::BulkChange::set_field, "region", "Lake Zone") == 3);
    CHECK(session.bulk_edit_selection(Session::BulkChange::add_theme, "", "child_labour") >= 1);
    CHECK(session.document().history().depth() == depth + 2);
    for (const char* id : {"ilo", "tuc", "polaris"}) {
        const Organisation& o = session.map().organisation(*session.map().find(id));
        CHECK(o.region == "Lake Zone");
        CHECK(std::count(o.themes.begin(), o.themes.end(), "child_labour") == 1);
    }
    // Setting what is already so changes nothing and records nothing.
    CHECK(session.bulk_edit_selection(Session::BulkChange::set_field, "region", "Lake Zone") == 0);
    CHECK(session.document().history().depth() == depth + 2);
    CHECK_THROWS_WITH(session.bulk_edit_selection(Session::BulkChange::set_field, "label", "x"), Catch::Contains("expected type, country or region"));
    REQUIRE(session.undo());
    REQUIRE(session.undo());
    CHECK(session.map().organisation(*session.map().find("tuc")).region != "Lake Zone");

    // File > New, then organisations by name only.
    session.start_new();
    CHECK(session.map().organisation_count() == 0);
    for (const char* name : {"Ministère du Travail", "Ministère du Travail", "Домашние работники"}) {
        Organisation organisation;
        organisation.label = name;
        organisation.type = "government";
        session.add_organisation(std::move(organisation));
    }
    CHECK(session.map().find("ministere-du-travail").has_value());
    CHECK(session.map().find("ministere-du-travail-2").has_value());  // the same name twice: still two
    CHECK(session.map().find("домашние-работники").has_value());     // other scripts kept as written, lower case
}

TEST_CASE("Duplicates: found by the merge's finder in the open map, merged as one undoable edit, or kept apart", "[interactive][session]") {
    const std::string path = scratch_file("duplicates.json", R"({"format": "stakemap-map", "version": 1, "directed": false,
      "nodes": [{"id": "ilo", "label": "International Labour Organization", "type": "un_agency", "themes": ["forced_labour"]},
                {"id": "ilo-2", "label": "International Labour Organisation", "type": "un_agency", "country": "CH", "themes": ["child_labour"]},
                {"id": "a", "label": "Kenya Domestic Workers Union", "type": "union"},
                {"id": "b", "label": "Ministry of Labour", "type": "government"}],
      "edges": [{"source": "ilo", "target": "a"}, {"source": "ilo-2", "target": "a"}, {"source": "ilo-2", "target": "b"},
                {"source": "ilo", "target": "ilo-2"}]})");
    Session session(Document::open(path));
    session.find_duplicates();
    REQUIRE(session.duplicates().size() == 1);
    const DuplicatePair pair = session.duplicates()[0];
    CHECK(pair.a == "ilo-2");  // the better connected is kept
    CHECK(pair.b == "ilo");
    CHECK(pair.score >= 0.9);
    session.merge_duplicate(0);
    CHECK(session.map().organisation_count() == 3);
    CHECK_FALSE(session.map().find("ilo").has_value());
    // ilo-2 keeps its ties to a and b; ilo's tie to a is not doubled and the ilo-ilo-2 tie is gone.
    CHECK(session.map().relationship_count() == 2);
    const Organisation& kept = session.map().organisation(*session.map().find("ilo-2"));
    CHECK(kept.themes == std::vector<std::string>{"child_labour", "forced_labour"});
    CHECK(kept.country == "CH");
    CHECK(to_display_string(kept.attributes.at("merged_from")) == "ilo (International Labour Organization)");
    CHECK(session.duplicates().empty());
    // One undo brings everything back.
    REQUIRE(session.undo());
    CHECK(session.map().organisation_count() == 4);
    CHECK(session.map().relationship_count() == 4);
    CHECK(session.map().organisation(*session.map().find("ilo-2")).themes == std::vector<std::string>{"child_labour"});
    // Kept apart: not listed again.
    session.find_duplicates();
    REQUIRE(session.duplicates().size() == 1);
    session.keep_apart(0);
    session.find_duplicates();
    CHECK(session.duplicates().empty());
    CHECK_THROWS_WITH(session.merge_duplicate(0), Catch::Contains("no duplicate pair #1"));
}

TEST_CASE("Import step: detected roles and unmapped values, changed and remembered for the same layout; the folder listing",
          "[interactive][session]") {
    const std::string nodes = scratch_file("step-nodes.csv", "Organización;Categoría;País\nRed de Mujeres;Consultora;PE\n"
                                                             "Ministerio de Trabajo;Ministerio;PE\nSindicato Textil;sindicato;PE\n");
    const std::string ties = scratch_file("step-ties.csv", "Desde;Hasta;Tipo de vínculo\nRed de Mujeres;Ministerio de Trabajo;coordinación\n"
                                                           "Sindicato Textil;Red de Mujeres;alianza\n");
    const fs::path layouts = scratch_path("step-layouts.json");
    fs::remove(layouts);
    ImportStep step(ties, nodes, layouts);
    REQUIRE(step.error().empty());
    REQUIRE(step.tables().size() == 2);
    CHECK(step.tables()[0].roles == std::vector<ColumnRole>{ColumnRole::source, ColumnRole::target, ColumnRole::tie_type});
    CHECK(step.tables()[1].kind == TableKind::organisations);
    CHECK(step.tables()[1].roles == std::vector<ColumnRole>{ColumnRole::label, ColumnRole::type, ColumnRole::country});
    CHECK(step.tables()[1].rows.size() == 3);
    CHECK(step.organisations() == 3);
    CHECK(step.relationships() == 2);
    REQUIRE(step.unmapped().size() == 1);
    CHECK(step.unmapped()[0].value == "Consultora");
    step.map_value(VocabularyField::type, "Consultora", "cso");
    CHECK(step.unmapped().empty());
    // The country column read as the region instead: the map would have regions, no countries.
    step.set_role("País", ColumnRole::region);
    CHECK(step.tables()[1].roles[2] == ColumnRole::region);
    CHECK_FALSE(step.used_remembered_choices());
    step.remember();
    // A second file laid out the same way gets the same choices.
    const std::string later = scratch_file("step-nodes-2.csv", "Organización;Categoría;País\nOtra Red;Consultora;BO\n");
    ImportStep again(ties, later, layouts);
    CHECK(again.used_remembered_choices());
    CHECK(again.unmapped().empty());
    CHECK(again.tables()[1].roles[2] == ColumnRole::region);
    const Document opened = Document::open(ties, again.options());
    CHECK(opened.map().organisation_count() == 4);  // Red de Mujeres, Ministerio, Sindicato from the ties, Otra Red from the nodes

    // The folder listing behind the file browser: folders first, then the wanted files, hidden ones left out.
    const fs::path folder = scratch_path("browse");
    fs::remove_all(folder);
    fs::create_directories(folder / "Zeta folder");
    for (const char* name : {"b.CSV", "a.json", "notes.docx", ".hidden.csv"}) std::ofstream(folder / name) << "x";
    const auto listing = list_folder(folder, {".csv", ".json"});
    REQUIRE(listing.error.empty());
    REQUIRE(listing.entries.size() == 3);
    CHECK(listing.entries[0].name == "Zeta folder");
    CHECK(listing.entries[0].folder);
    CHECK(listing.entries[1].name == "a.json");
    CHECK(listing.entries[2].name == "b.CSV");
    CHECK(list_folder(folder / "missing", {}).error.find("cannot read") == 0);
}
