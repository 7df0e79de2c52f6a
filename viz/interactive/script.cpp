#include "viz/interactive/script.hpp"

#include <charconv>
#include <cmath>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "graph/organisation_lookup.hpp"

namespace stakemap::interactive {
namespace {

struct Verb {
    std::size_t min_arguments, max_arguments;
    const char* usage;
};

const std::map<std::string, Verb, std::less<>>& verbs() {
    static const std::map<std::string, Verb, std::less<>> table = {
        {"select", {1, 1, "select ID"}},
        {"select-add", {1, 1, "select-add ID"}},
        {"clear-selection", {0, 0, "clear-selection"}},
        {"search", {1, 99, "search NAME"}},
        {"filter", {0, 99, "filter [type=... theme=... country=... region=... community=... degree=N]"}},
        {"ego", {1, 1, "ego 0|1|2|3"}},
        {"colour-by", {1, 1, "colour-by type|country|region|community|ATTRIBUTE"}},
        {"size-by", {1, 1, "size-by MEASURE|none"}},
        {"zoom", {1, 1, "zoom FACTOR"}},
        {"fit", {0, 0, "fit"}},
        {"pan", {2, 2, "pan DX DY"}},
        {"wait-analysis", {0, 1, "wait-analysis [SECONDS]"}},
        {"accept-suggestion", {1, 1, "accept-suggestion N"}},
        {"preview-suggestion", {1, 1, "preview-suggestion N"}},
        {"accept-gap-candidate", {2, 2, "accept-gap-candidate GAP N"}},
        {"add-organisation", {2, 99, "add-organisation ID TYPE [LABEL]"}},
        {"add-named", {2, 99, "add-named TYPE NAME (the id is made from the name)"}},
        {"new", {0, 0, "new"}},
        {"rename", {2, 2, "rename ID NEW_ID"}},
        {"import", {1, 2, "import PATH [NODE_TABLE] (the import step)"}},
        {"map-column", {2, 99, "map-column ROLE HEADER (roles: id, label, type, themes, country, region, from, to, ties, weight, ...; attribute)"}},
        {"map-value", {3, 99, "map-value type|theme CANONICAL VALUE"}},
        {"import-accept", {0, 1, "import-accept [remember]"}},
        {"import-cancel", {0, 0, "import-cancel"}},
        {"print-import", {0, 0, "print-import"}},
        {"show-table", {1, 1, "show-table organisations|relationships"}},
        {"find-duplicates", {0, 0, "find-duplicates"}},
        {"merge-duplicate", {1, 1, "merge-duplicate N"}},
        {"keep-apart", {1, 1, "keep-apart N"}},
        {"bulk-set", {2, 99, "bulk-set type|country|region VALUE (every selected organisation)"}},
        {"bulk-theme", {2, 2, "bulk-theme add|remove THEME (every selected organisation)"}},
        {"add-tie", {2, 99, "add-tie SOURCE TARGET [TYPE], or add-tie NAME -- NAME"}},
        {"delete-selection", {0, 0, "delete-selection"}},
        {"edit", {2, 99, "edit label|type|country|region|themes VALUE"}},
        {"undo", {0, 0, "undo"}},
        {"redo", {0, 0, "redo"}},
        {"save", {0, 2, "save [--overwrite] [PATH]"}},
        {"export", {1, 1, "export PATH"}},
        {"open", {1, 2, "open PATH [NODE_TABLE]"}},
        {"layout", {1, 1, "layout run|pause|sfdp|neato|dot|fdp|circo|twopi"}},
        {"layout-steps", {1, 1, "layout-steps N"}},
        {"highlight-cell", {2, 2, "highlight-cell TYPE THEME"}},
        {"print-labels", {0, 0, "print-labels"}},
        {"expect", {2, 3, "expect organisations|relationships|visible|selected|suggestions|undo-depth|label-overlaps|labels-at-least N, "
                          "expect unsaved yes|no, expect primary ID, expect tie|no-tie A B"}},
        {"print", {0, 0, "print"}},
        {"frames", {1, 1, "frames N"}},
        {"screenshot", {1, 1, "screenshot PATH"}},
        {"show-tab", {1, 1, "show-tab organisation|gaps|statistics"}},
        {"quit", {0, 0, "quit"}},
    };
    return table;
}

[[noreturn]] void fail(const Script& script, const ScriptStep& step, const std::string& message) {
    throw ScriptError(script.file + ":" + std::to_string(step.line) + ": " + message);
}

double number(const Script& script, const ScriptStep& step, const std::string& text, double low, double high) {
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value) || value < low || value > high) {
        std::ostringstream message;
        message << step.verb << ": expected a number from " << low << " to " << high << ", got '" << text << "'";
        fail(script, step, message.str());
    }
    return value;
}

std::size_t count(const Script& script, const ScriptStep& step, const std::string& text, double high = 1e9) {
    const double value = number(script, step, text, 0, high);
    if (value != std::floor(value)) fail(script, step, step.verb + ": expected a whole number, got '" + text + "'");
    return static_cast<std::size_t>(value);
}

bool has_tie(const StakeholderMap& map, const std::string& a, const std::string& b) {
    const auto u = map.find(a), v = map.find(b);
    return u && v && map.tied(*u, *v);
}

// What the import step shows, for scripts and tests: each table's columns with their roles, the
// values no known word matched, the counts and the error if any.
void print_import(const ImportStep& step) {
    for (const PreviewTable& table : step.tables()) {
        std::cout << "table " << table.name << " (" << (table.kind == TableKind::organisations ? "organisations" : "relationships") << ")\n";
        for (std::size_t c = 0; c < table.header.size(); ++c) {
            std::cout << "column '" << table.header[c] << "': " << role_name(c < table.roles.size() ? table.roles[c] : ColumnRole::attribute) << "\n";
        }
    }
    for (const UnmappedValue& value : step.unmapped()) {
        std::cout << "unmapped " << field_name(value.field) << " '" << value.value << "' x" << value.count << "\n";
    }
    std::cout << "import would give " << step.organisations() << " organisations, " << step.relationships() << " relationships, "
              << step.warnings().size() << " warnings" << (step.used_remembered_choices() ? " (remembered choices)" : "") << "\n";
    if (!step.error().empty()) std::cout << "import error: " << step.error() << "\n";
}

void check_expectation(Session& session, const Script& script, const ScriptStep& step) {
    const std::string& what = step.arguments[0];
    const auto expect_equal = [&](std::size_t actual) {
        const std::size_t wanted = count(script, step, step.arguments[1]);
        if (actual != wanted) {
            fail(script, step, "expected " + std::to_string(wanted) + " " + what + ", found " + std::to_string(actual));
        }
    };
    if (what == "organisations") return expect_equal(session.map().organisation_count());
    if (what == "relationships") return expect_equal(session.map().relationship_count());
    if (what == "visible") return expect_equal(session.visible_count());
    if (what == "selected") return expect_equal(session.selection().size());
    if (what == "suggestions") return expect_equal(session.suggestions().size());
    if (what == "undo-depth") return expect_equal(session.document().history().depth());
    if (what == "duplicates") return expect_equal(session.duplicates().size());
    if (what == "import-organisations" || what == "import-unmapped") {
        if (!session.import_step()) fail(script, step, "expect " + what + ": no import is under way");
        return expect_equal(what == "import-organisations" ? session.import_step()->organisations() : session.import_step()->unmapped().size());
    }
    if (what == "label-overlaps") return expect_equal(count_label_overlaps(session.drawn_labels().circles, session.drawn_labels().labels));
    if (what == "labels-at-least") {
        const std::size_t drawn = session.drawn_labels().labels.size(), wanted = count(script, step, step.arguments[1]);
        if (drawn < wanted) fail(script, step, "expected at least " + std::to_string(wanted) + " labels drawn, found " + std::to_string(drawn));
        return;
    }
    if (what == "unsaved") {
        const bool wanted = step.arguments[1] == "yes";
        if (session.document().unsaved() != wanted) fail(script, step, std::string("expected the map ") + (wanted ? "to have" : "not to have") + " unsaved changes");
        return;
    }
    if (what == "primary") {
        const auto& primary = session.selection().primary();
        if (!primary || *primary != step.arguments[1]) {
            fail(script, step, "expected '" + step.arguments[1] + "' selected, found " + (primary ? "'" + *primary + "'" : "no selection"));
        }
        return;
    }
    if ((what == "tie" || what == "no-tie") && step.arguments.size() == 3) {
        const bool present = has_tie(session.map(), step.arguments[1], step.arguments[2]);
        if (present != (what == "tie")) {
            fail(script, step, "expected " + std::string(what == "tie" ? "a" : "no") + " tie between " + step.arguments[1] + " and " + step.arguments[2]);
        }
        return;
    }
    fail(script, step, "expect: unknown check '" + what + "'; expected " + verbs().at("expect").usage);
}

void edit_primary(Session& session, const Script& script, const ScriptStep& step) {
    const auto& primary = session.selection().primary();
    if (!primary) fail(script, step, "edit: nothing is selected");
    const auto index = session.map().find(*primary);
    OrganisationFields fields = OrganisationFields::of(session.map().organisation(*index));
    const std::string& field = step.arguments[0];
    const std::string value = step.rest.substr(step.rest.find(field) + field.size() + 1);
    if (field == "label") fields.label = value;
    else if (field == "type") fields.type = value;
    else if (field == "country") fields.country = value;
    else if (field == "region") fields.region = value;
    else if (field == "themes") {
        fields.themes.clear();
        std::istringstream list(value);
        std::string theme;
        while (std::getline(list, theme, ',')) {
            if (!theme.empty()) fields.themes.push_back(theme);
        }
    } else {
        fail(script, step, "edit: unknown field '" + field + "'; expected label, type, country, region or themes");
    }
    session.edit_organisation(*primary, fields);
}

// "save [--overwrite] [PATH]": without --overwrite, a file changed on disk or
// another existing file is refused, as the window would ask first.
void save(Session& session, const Script& script, const ScriptStep& step) {
    std::vector<std::string> args = step.arguments;
    const bool overwrite = !args.empty() && args.front() == "--overwrite";
    if (overwrite) args.erase(args.begin());
    if (args.size() > 1) fail(script, step, "usage: save [--overwrite] [PATH]");
    session.save(args.empty() ? "" : args.front(), overwrite ? Overwrite::yes : Overwrite::ask);
}

WindowRequest run(Session& session, const Script& script, const ScriptStep& step) {
    const std::string& verb = step.verb;
    const auto& args = step.arguments;
    // An organisation by id, name or acronym, as on the command line.
    const auto require_id = [&](const std::string& name) {
        if (session.map().find(name)) return name;
        try {
            return session.map().organisation(require_organisation(session.map(), name)).id;
        } catch (const std::invalid_argument& error) {
            fail(script, step, verb + ": " + error.what());
        }
        return name;
    };
    if (verb == "select") session.select_only(require_id(args[0]));
    else if (verb == "select-add") session.toggle_selected(require_id(args[0]));
    else if (verb == "clear-selection") session.clear_selection();
    else if (verb == "search") {
        const auto found = session.search(step.rest, 1);
        if (found.empty()) fail(script, step, "search: nothing matches '" + step.rest + "'");
        session.fly_to(session.map().organisation(found.front()).id);
    } else if (verb == "filter") session.set_filter(parse_view_filter(step.rest));
    else if (verb == "ego") session.set_ego_radius(static_cast<int>(count(script, step, args[0], 3)));
    else if (verb == "colour-by") session.set_colour_by(args[0]);
    else if (verb == "size-by") session.set_size_by(args[0] == "none" ? "" : args[0]);
    else if (verb == "zoom") {
        const Camera& camera = session.camera();
        const Point centre{camera.viewport_origin().x + camera.viewport_size().x / 2, camera.viewport_origin().y + camera.viewport_size().y / 2};
        session.camera().zoom_at(centre, number(script, step, args[0], 1e-3, 1e3));
        session.set_follow_layout(false);
    } else if (verb == "fit") session.fit_view();
    else if (verb == "pan") {
        session.camera().pan_pixels(number(script, step, args[0], -1e6, 1e6), number(script, step, args[1], -1e6, 1e6));
        session.set_follow_layout(false);
    }
    else if (verb == "wait-analysis") {
        const double seconds = args.empty() ? 300 : number(script, step, args[0], 0, 86400);
        if (!session.wait_for_analysis(seconds)) fail(script, step, "wait-analysis: analysis did not finish within the time given");
    } else if (verb == "accept-suggestion") session.accept_suggestion(count(script, step, args[0]) - 1);
    else if (verb == "accept-gap-candidate") session.accept_gap_candidate(count(script, step, args[0]) - 1, count(script, step, args[1]) - 1);
    else if (verb == "preview-suggestion") {
        const std::size_t rank = count(script, step, args[0]);
        if (rank == 0 || rank > session.suggestions().size()) fail(script, step, "preview-suggestion: no suggestion #" + args[0]);
        session.preview_suggestion(rank - 1);
    } else if (verb == "add-organisation") {
        Organisation organisation;
        organisation.id = args[0];
        organisation.type = args[1];
        const std::size_t label_at = step.rest.find(args[1], args[0].size()) + args[1].size();
        organisation.label = label_at < step.rest.size() ? step.rest.substr(label_at + 1) : args[0];
        if (session.map().find(organisation.id)) fail(script, step, "add-organisation: the id '" + organisation.id + "' is taken");
        session.add_organisation(std::move(organisation));
    } else if (verb == "add-named") {
        Organisation organisation;
        organisation.type = args[0];
        organisation.label = step.rest.substr(step.rest.find(args[0]) + args[0].size() + 1);
        session.add_organisation(std::move(organisation));
    } else if (verb == "bulk-set") {
        const std::string value = step.rest.substr(step.rest.find(args[0]) + args[0].size() + 1);
        session.bulk_edit_selection(Session::BulkChange::set_field, args[0], value);
    } else if (verb == "bulk-theme") {
        if (args[0] != "add" && args[0] != "remove") fail(script, step, "bulk-theme: expected add or remove, got '" + args[0] + "'");
        session.bulk_edit_selection(args[0] == "add" ? Session::BulkChange::add_theme : Session::BulkChange::remove_theme, "", args[1]);
    } else if (verb == "show-table") {
        if (args[0] != "organisations" && args[0] != "relationships") fail(script, step, "show-table: expected organisations or relationships");
        return {WindowRequest::Kind::tab, 0, args[0]};
    } else if (verb == "import") {
        session.begin_import(args[0], args.size() > 1 ? args[1] : "");
        if (!session.import_step()->error().empty()) std::cout << "import: " << session.import_step()->error() << "\n";
        return {WindowRequest::Kind::tab, 0, "import"};
    } else if (verb == "map-column" || verb == "map-value" || verb == "import-accept" || verb == "import-cancel" || verb == "print-import") {
        ImportStep* step_under_way = session.import_step();
        if (!step_under_way) fail(script, step, verb + ": no import is under way (import PATH first)");
        if (verb == "map-column") {
            const auto role = args[0] == "attribute" ? std::optional<ColumnRole>(ColumnRole::attribute) : role_named(args[0]);
            if (!role) fail(script, step, "map-column: unknown role '" + args[0] + "'");
            step_under_way->set_role(step.rest.substr(step.rest.find(args[0]) + args[0].size() + 1), *role);
        } else if (verb == "map-value") {
            const auto field = vocabulary_field_named(args[0]);
            if (!field) fail(script, step, "map-value: expected type or theme, got '" + args[0] + "'");
            const std::size_t at = step.rest.find(args[1], args[0].size()) + args[1].size() + 1;
            step_under_way->map_value(*field, step.rest.substr(at), args[1]);
        } else if (verb == "import-accept") {
            session.finish_import(!args.empty() && args[0] == "remember");
        } else if (verb == "import-cancel") {
            session.cancel_import();
        } else {
            print_import(*step_under_way);
        }
    } else if (verb == "rename") {
        session.rename_organisation(require_id(args[0]), args[1]);
    } else if (verb == "find-duplicates") {
        session.find_duplicates();
        for (std::size_t k = 0; k < session.duplicates().size(); ++k) {
            const auto& pair = session.duplicates()[k];
            std::cout << "duplicate " << k + 1 << ": " << pair.a << " + " << pair.b << " (" << pair.score << "; " << pair.evidence << ")\n";
        }
        return {WindowRequest::Kind::tab, 0, "duplicates"};  // the window shows them
    } else if (verb == "merge-duplicate") session.merge_duplicate(count(script, step, args[0]) - 1);
    else if (verb == "keep-apart") session.keep_apart(count(script, step, args[0]) - 1);
    else if (verb == "new") {
        if (session.document().unsaved()) fail(script, step, "new: the map has unsaved changes; save it first");
        session.start_new();
    } else if (verb == "add-tie") {
        Relationship relationship;
        relationship.type = "partnership";
        if (const auto split = step.rest.find(" -- "); split != std::string::npos) {  // names with spaces
            session.add_relationship(require_id(step.rest.substr(0, split)), require_id(step.rest.substr(split + 4)), std::move(relationship));
        } else {
            if (args.size() > 3) fail(script, step, "add-tie: names with spaces are written NAME -- NAME");
            if (args.size() > 2) relationship.type = args[2];
            session.add_relationship(require_id(args[0]), require_id(args[1]), std::move(relationship));
        }
    } else if (verb == "delete-selection") session.delete_selection();
    else if (verb == "edit") edit_primary(session, script, step);
    else if (verb == "undo") {
        if (!session.undo()) fail(script, step, "undo: nothing to undo");
    } else if (verb == "redo") {
        if (!session.redo()) fail(script, step, "redo: nothing to redo");
    } else if (verb == "save") save(session, script, step);
    else if (verb == "export") session.export_view(args[0]);
    else if (verb == "open") session.open(args[0], args.size() > 1 ? args[1] : "");
    else if (verb == "layout") {
        if (args[0] == "run") session.set_layout_running(true);
        else if (args[0] == "pause") session.set_layout_running(false);
        else session.start_graphviz_layout(args[0]);
    } else if (verb == "layout-steps") {
        for (std::size_t k = count(script, step, args[0], 1e6); k > 0; --k) session.layout().step();
    } else if (verb == "highlight-cell") session.highlight_coverage_cell(args[0], args[1]);
    else if (verb == "expect") check_expectation(session, script, step);
    else if (verb == "print-labels") {
        // The labels drawn last frame: name and box in screen pixels, one per line.
        const auto& drawn = session.drawn_labels();
        std::cout << "labels: " << drawn.labels.size() << " drawn, " << count_label_overlaps(drawn.circles, drawn.labels) << " overlaps\n";
        for (const auto& label : drawn.labels) {
            std::cout << "label: " << session.map().organisation(label.organisation).id << " " << label.box.x0 << "," << label.box.y0 << " "
                      << label.box.x1 << "," << label.box.y1 << "\n";
        }
    }
    else if (verb == "print") {
        std::cout << "organisations=" << session.map().organisation_count() << " relationships=" << session.map().relationship_count()
                  << " visible=" << session.visible_count() << " selected=" << session.selection().size()
                  << " suggestions=" << session.suggestions().size() << " undo-depth=" << session.document().history().depth()
                  << " unsaved=" << (session.document().unsaved() ? "yes" : "no") << '\n';
    } else if (verb == "frames") return {WindowRequest::Kind::frames, count(script, step, args[0], 1e6), ""};
    else if (verb == "screenshot") return {WindowRequest::Kind::screenshot, 0, args[0]};
    else if (verb == "show-tab") {
        if (args[0] != "organisation" && args[0] != "gaps" && args[0] != "statistics") {
            fail(script, step, "show-tab: expected organisation, gaps or statistics, got '" + args[0] + "'");
        }
        return {WindowRequest::Kind::tab, 0, args[0]};
    } else if (verb == "quit") return {WindowRequest::Kind::quit, 0, ""};
    return {};
}

}  // namespace

Script parse_script(const std::string& text, const std::string& file) {
    Script script{file, {}};
    std::istringstream lines(text);
    std::string line;
    for (std::size_t number = 1; std::getline(lines, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        std::istringstream words(line);
        ScriptStep step;
        step.line = number;
        if (!(words >> step.verb) || step.verb.starts_with('#')) continue;
        for (std::string word; words >> word;) step.arguments.push_back(word);
        const auto after_verb = line.find(step.verb) + step.verb.size();
        const auto first = line.find_first_not_of(" \t", after_verb);
        step.rest = first == std::string::npos ? "" : line.substr(first);
        while (!step.rest.empty() && (step.rest.back() == ' ' || step.rest.back() == '\t')) step.rest.pop_back();
        const auto found = verbs().find(step.verb);
        if (found == verbs().end()) {
            throw ScriptError(file + ":" + std::to_string(number) + ": unknown action '" + step.verb + "'; expected one of: " + script_verbs());
        }
        const Verb& verb = found->second;
        if (step.arguments.size() < verb.min_arguments || step.arguments.size() > verb.max_arguments) {
            throw ScriptError(file + ":" + std::to_string(number) + ": " + step.verb + " takes " +
                              (verb.min_arguments == verb.max_arguments ? std::to_string(verb.min_arguments)
                                                                        : std::to_string(verb.min_arguments) + " to " + std::to_string(verb.max_arguments)) +
                              " arguments (" + verb.usage + "), got " + std::to_string(step.arguments.size()));
        }
        script.steps.push_back(std::move(step));
    }
    return script;
}

Script read_script(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ScriptError(path + ": cannot read the script");
    std::ostringstream text;
    text << in.rdbuf();
    return parse_script(text.str(), path);
}

WindowRequest run_step(Session& session, const Script& script, const ScriptStep& step) {
    try {
        return run(session, script, step);
    } catch (const ScriptError&) {
        throw;
    } catch (const std::exception& error) {
        fail(script, step, step.verb + ": " + error.what());
    }
}

std::string script_verbs() {
    std::string out;
    for (const auto& [name, verb] : verbs()) out += (out.empty() ? "" : ", ") + name;
    return out;
}

}  // namespace stakemap::interactive
