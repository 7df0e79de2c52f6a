#include "viz/gui/gui_app.hpp"

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <thread>

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <imgui_stdlib.h>

#include "importers/support/import_error.hpp"
#include "importers/formats.hpp"
#include "importers/importer.hpp"
#include "viz/gui/duplicates_window.hpp"
#include "viz/gui/explore_panel.hpp"
#include "viz/gui/file_browser.hpp"
#include "viz/gui/fonts.hpp"
#include "viz/gui/frame_timer.hpp"
#include "viz/gui/gaps_panel.hpp"
#include "viz/gui/import_window.hpp"
#include "viz/gui/inspector_panel.hpp"
#include "viz/gui/map_canvas.hpp"
#include "viz/gui/screenshot.hpp"
#include "viz/gui/shaped_text.hpp"
#include "viz/gui/statistics_panel.hpp"
#include "viz/gui/table_window.hpp"
#include "viz/gui/unattended_run.hpp"
#include "viz/interactive/folder_listing.hpp"
#include "viz/interactive/recent_files.hpp"
#include "viz/interactive/recovery.hpp"
#include "viz/interactive/script.hpp"

namespace stakemap::gui {
namespace {

using Clock = std::chrono::steady_clock;
using interactive::Session;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// The window: panels around the canvas, menus, dialogs, and the frame loop's
// bookkeeping (scripts, screenshots, autosave). Everything about the map goes
// through the Session.
class GuiApp {
public:
    GuiApp(GLFWwindow* window, Session& session, const GuiOptions& options)
        : window_(window), session_(session), options_(options), recent_(interactive::RecentFiles::default_store()) {}

    void frame();
    bool wants_quit() const { return quit_; }
    void request_quit() { guard(Guarded::quit, ""); }
    void dropped(const std::string& path) { guard(Guarded::open, path); }
    void offer_recovery(interactive::PendingRecovery pending) { recovery_offer_ = std::move(pending); }
    void note_opened(const std::string& path) { recent_.add(path); }
    void show_tab(const std::string& name) {
        if (name == "import") return;  // its window shows while the import is under way
        if (name == "duplicates") {  // windows, not tabs
            show_duplicates_ = true;
            return;
        }
        if (name == "organisations" || name == "relationships") {
            show_tables_ = true;
            tables_.show(name == "organisations" ? 0 : 1);
            return;
        }
        right_tab_request_ = name == "organisation" ? 0 : name == "gaps" ? 1 : 2;
    }
    bool show_legend = true;

private:
    enum class Guarded { none, open, import, start_new, quit };
    void guard(Guarded action, std::string path);
    void carry_out(Guarded action, const std::string& path);
    void draw_menu();
    void draw_panels(float top);
    void draw_dialogs();
    void handle_shortcuts();
    void try_save(const std::string& path, interactive::Overwrite overwrite = interactive::Overwrite::ask);
    void draw_save_confirmation();
    void draw_recovery_offer();

    GLFWwindow* window_;
    Session& session_;
    const GuiOptions& options_;
    interactive::RecentFiles recent_;
    ExplorePanel explore_;
    InspectorPanel inspector_;
    GapsPanel gaps_;
    StatisticsPanel statistics_;
    MapCanvas canvas_;

    bool quit_ = false;
    Guarded guarded_ = Guarded::none;
    std::string guarded_path_;
    bool ask_unsaved_ = false;
    bool show_save_as_ = false, show_export_ = false, show_duplicates_ = false, show_tables_ = false;
    TableWindow tables_;
    ImportWindow import_window_;
    FileBrowser open_browser_{"Open a map", false, interactive::readable_extensions()};
    FileBrowser import_browser_{"Import a team's file", false, interactive::readable_extensions()};
    FileBrowser nodes_browser_{"The node table that goes with it", false, {".csv", ".tsv", ".txt"}};
    std::string save_path_, export_path_;
    std::string error_;
    std::optional<interactive::PendingRecovery> recovery_offer_;
    std::optional<std::string> confirm_save_path_;  // a save that would replace something, awaiting "Replace it"
    std::string confirm_save_question_;
    int right_tab_request_ = -1;
};

void GuiApp::guard(Guarded action, std::string path) {
    if (session_.document().unsaved()) {
        guarded_ = action;
        guarded_path_ = std::move(path);
        ask_unsaved_ = true;
        return;
    }
    carry_out(action, path);
}

void GuiApp::carry_out(Guarded action, const std::string& path_given) {
    const std::string path = path_given;  // may be guarded_path_, reset below
    guarded_ = Guarded::none;
    if (action == Guarded::quit) {
        quit_ = true;
        return;
    }
    if (action == Guarded::import) {
        try {
            session_.begin_import(path);
            recent_.add(path);
        } catch (const std::exception& error) {
            error_ = error.what();
        }
        return;
    }
    if (action == Guarded::start_new) {
        session_.discard_recovery();
        session_.start_new();
        right_tab_request_ = 0;  // the Organisation tab, where organisations are added
        return;
    }
    if (action == Guarded::open) {
        try {
            session_.discard_recovery();
            session_.open(path);
            recent_.add(path);
            if (const auto pending = interactive::pending_recovery(path)) recovery_offer_ = *pending;
        } catch (const std::exception& error) {
            error_ = error.what();
        }
    }
}

void GuiApp::try_save(const std::string& path, interactive::Overwrite overwrite) {
    try {
        session_.save(path, overwrite);
        recent_.add(session_.document().path());
    } catch (const interactive::SaveNeedsConfirmation& question) {
        confirm_save_path_ = path;
        confirm_save_question_ = question.what();
    } catch (const std::exception& error) {
        error_ = error.what();
    }
}

void GuiApp::handle_shortcuts() {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput) return;
    const bool ctrl = io.KeyCtrl;
    // ImGui 1.86 with the GLFW backend indexes keys by GLFW key code.
    const auto pressed = [&](int glfw_key) { return ImGui::IsKeyPressed(glfw_key, false); };
    if (ctrl && pressed(GLFW_KEY_Z)) {
        if (io.KeyShift) session_.attempt([&] { session_.redo(); });
        else session_.attempt([&] { session_.undo(); });
    }
    if (ctrl && pressed(GLFW_KEY_Y)) session_.attempt([&] { session_.redo(); });
    if (ctrl && pressed(GLFW_KEY_S)) {
        if (session_.default_save_path().empty()) show_save_as_ = true;
        else try_save("");
    }
    if (ctrl && pressed(GLFW_KEY_O)) open_browser_.open(recent_.paths());
    if (ctrl && pressed(GLFW_KEY_I)) import_browser_.open(recent_.paths());
    if (ctrl && pressed(GLFW_KEY_N)) guard(Guarded::start_new, "");
    if (ctrl && pressed(GLFW_KEY_T)) {
        show_tables_ = true;
        tables_.show(0);
    }
    if (ctrl && pressed(GLFW_KEY_A)) session_.select_all_shown();
    if (!ctrl && pressed(GLFW_KEY_DELETE)) session_.attempt([&] { session_.delete_selection(); });
    if (!ctrl && pressed(GLFW_KEY_ESCAPE)) session_.clear_selection();
    if (!ctrl && pressed(GLFW_KEY_F)) session_.fit_view();
    if (!ctrl && pressed(GLFW_KEY_SPACE)) session_.set_layout_running(!session_.layout_running());
}

void GuiApp::draw_menu() {
    if (!ImGui::BeginMainMenuBar()) return;
    if (ImGui::BeginMenu("File")) {
        if (ImGui::MenuItem("New", "Ctrl+N")) guard(Guarded::start_new, "");
        if (ImGui::MenuItem("Open…", "Ctrl+O")) open_browser_.open(recent_.paths());
        if (ImGui::MenuItem("Import a team's file…", "Ctrl+I")) import_browser_.open(recent_.paths());
        if (ImGui::BeginMenu("Open recent", !recent_.paths().empty())) {
            for (const auto& path : recent_.paths()) {
                if (ImGui::MenuItem(path.c_str())) guard(Guarded::open, path);
            }
            ImGui::EndMenu();
        }
        if (ImGui::MenuItem("Save", "Ctrl+S")) {
            if (session_.default_save_path().empty()) show_save_as_ = true;
            else try_save("");
        }
        if (ImGui::MenuItem("Save as…")) {
            save_path_ = session_.default_save_path();
            show_save_as_ = true;
        }
        if (ImGui::MenuItem("Export the view…")) show_export_ = true;
        ImGui::Separator();
        if (ImGui::MenuItem("Quit")) request_quit();
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Edit")) {
        const auto undo = session_.document().history().next_undo();
        const auto redo = session_.document().history().next_redo();
        if (ImGui::MenuItem(("Undo " + undo.value_or("")).c_str(), "Ctrl+Z", false, undo.has_value())) session_.attempt([&] { session_.undo(); });
        if (ImGui::MenuItem(("Redo " + redo.value_or("")).c_str(), "Ctrl+Y", false, redo.has_value())) session_.attempt([&] { session_.redo(); });
        ImGui::Separator();
        if (ImGui::MenuItem("Select all shown", "Ctrl+A")) session_.select_all_shown();
        if (ImGui::MenuItem("Clear selection", "Esc")) session_.clear_selection();
        if (ImGui::MenuItem("Delete selection", "Del", false, !session_.selection().empty())) session_.attempt([&] { session_.delete_selection(); });
        ImGui::Separator();
        if (ImGui::MenuItem("Find duplicates…")) {
            session_.find_duplicates();
            show_duplicates_ = true;
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
        if (ImGui::MenuItem("Fit to view", "F")) session_.fit_view();
        if (bool running = session_.layout_running(); ImGui::MenuItem("Live layout", "Space", &running)) session_.set_layout_running(running);
        ImGui::MenuItem("Legend", nullptr, &show_legend);
        if (ImGui::MenuItem("Tables", "Ctrl+T", &show_tables_) && show_tables_) tables_.show(0);
        if (ImGui::MenuItem("Show everything")) {
            session_.set_filter({});
            session_.set_ego_radius(0);
            session_.highlight({}, "");
        }
        if (ImGui::MenuItem("Gaps and suggestions")) right_tab_request_ = 1;
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

void GuiApp::draw_panels(float top) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float status_height = ImGui::GetFrameHeight() + 6;
    const float height = viewport->Size.y - top - status_height;
    const float left_width = 300, right_width = std::min(440.0f, viewport->Size.x * 0.3f);
    constexpr ImGuiWindowFlags fixed = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                       ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoTitleBar;

    ImGui::SetNextWindowPos({viewport->Pos.x, viewport->Pos.y + top});
    ImGui::SetNextWindowSize({left_width, height});
    if (ImGui::Begin("Explore", nullptr, fixed)) explore_.draw(session_);
    ImGui::End();

    ImGui::SetNextWindowPos({viewport->Pos.x + viewport->Size.x - right_width, viewport->Pos.y + top});
    ImGui::SetNextWindowSize({right_width, height});
    if (ImGui::Begin("Details", nullptr, fixed)) {
        if (ImGui::BeginTabBar("details")) {
            const auto tab = [&](const char* name, int index) {
                const ImGuiTabItemFlags flags = right_tab_request_ == index ? ImGuiTabItemFlags_SetSelected : 0;
                return ImGui::BeginTabItem(name, nullptr, flags);
            };
            if (tab("Organisation", 0)) {
                inspector_.draw(session_);
                ImGui::EndTabItem();
            }
            if (tab("Gaps", 1)) {
                gaps_.draw(session_);
                ImGui::EndTabItem();
            }
            if (tab("Statistics", 2)) {
                statistics_.draw(session_);
                ImGui::EndTabItem();
            }
            right_tab_request_ = -1;
            ImGui::EndTabBar();
        }
    }
    ImGui::End();

    ImGui::SetNextWindowPos({viewport->Pos.x + left_width, viewport->Pos.y + top});
    ImGui::SetNextWindowSize({viewport->Size.x - left_width - right_width, height});
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {0, 0});
    // The canvas has no background of its own: the frame's clear colour is it (one layer less to fill).
    if (ImGui::Begin("Map", nullptr, fixed | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoBackground)) {
        canvas_.draw(session_, show_legend);
    }
    ImGui::End();
    ImGui::PopStyleVar();

    ImGui::SetNextWindowPos({viewport->Pos.x, viewport->Pos.y + viewport->Size.y - status_height});
    ImGui::SetNextWindowSize({viewport->Size.x, status_height});
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {8, 3});
    if (ImGui::Begin("Status", nullptr, fixed | ImGuiWindowFlags_NoScrollbar)) {
        const std::string& path = session_.document().path();
        ImGui::Text("%s%s  |  %zu organisations, %zu relationships  |  %s", session_.document().unsaved() ? "● " : "",
                    path.empty() ? "untitled" : path.c_str(), session_.map().organisation_count(), session_.map().relationship_count(),
                    session_.status().c_str());
    }
    ImGui::End();
    ImGui::PopStyleVar();
}

// A path box with the recent files; Enter or the button confirms.
bool path_dialog(const char* title, bool& open, std::string& path, const char* hint, const std::vector<std::string>& suggestions) {
    if (open) ImGui::OpenPopup(title);
    bool confirmed = false;
    ImGui::SetNextWindowSize({620, 0});
    if (ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::SetNextItemWidth(-1);
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        confirmed |= ImGui::InputTextWithHint("##path", hint, &path, ImGuiInputTextFlags_EnterReturnsTrue);
        for (const auto& suggestion : suggestions) {
            if (ImGui::Selectable(suggestion.c_str())) path = suggestion;
        }
        confirmed |= ImGui::Button("OK");
        ImGui::SameLine();
        if (ImGui::Button("Cancel")) {
            open = false;
            ImGui::CloseCurrentPopup();
        }
        if (confirmed) {
            open = false;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    return confirmed && !path.empty();
}

void GuiApp::draw_dialogs() {
    draw_duplicates_window(session_, show_duplicates_);
    if (import_window_.draw(session_)) nodes_browser_.open(recent_.paths());
    if (const auto path = open_browser_.draw()) guard(Guarded::open, *path);
    if (const auto path = import_browser_.draw()) guard(Guarded::import, *path);
    if (const auto nodes = nodes_browser_.draw(); nodes && session_.import_step()) {
        const std::string edges = session_.import_step()->path();
        session_.attempt([&] { session_.begin_import(edges, *nodes); });
    }
    tables_.draw(session_, show_tables_);
    static const std::string save_hint = "path ending in " + std::string(stakemap_map_format().extensions.front());
    static const std::string export_hint = "path ending in " + extensions_for(FormatUse::draw);
    if (path_dialog("Save the map as", show_save_as_, save_path_, save_hint.c_str(), {})) try_save(save_path_);
    if (path_dialog("Export the view", show_export_, export_path_, export_hint.c_str(), {})) {
        try {
            session_.export_view(export_path_);
        } catch (const std::exception& error) {
            error_ = error.what();
        }
    }
    if (ask_unsaved_) ImGui::OpenPopup("Unsaved changes");
    if (ImGui::BeginPopupModal("Unsaved changes", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::Text("The map has changes that are not saved.");
        const std::string target = session_.default_save_path();
        if (!target.empty() && ImGui::Button(("Save to " + target).c_str())) {
            try_save("");
            ask_unsaved_ = false;
            ImGui::CloseCurrentPopup();
            // Saved: go on; asked to confirm a replacement: go on once confirmed.
            if (!session_.document().unsaved()) carry_out(guarded_, guarded_path_);
            else if (!confirm_save_path_) guarded_ = Guarded::none;
        }
        if (ImGui::Button("Discard the changes")) {
            session_.discard_recovery();
            ask_unsaved_ = false;
            ImGui::CloseCurrentPopup();
            carry_out(guarded_, guarded_path_);
        }
        ImGui::SameLine();
        if (ImGui::Button("Cancel")) {
            ask_unsaved_ = false;
            guarded_ = Guarded::none;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    draw_save_confirmation();
    draw_recovery_offer();
    if (!error_.empty()) ImGui::OpenPopup("Error");
    if (ImGui::BeginPopupModal("Error", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::PushTextWrapPos(600);
        ImGui::TextUnformatted(error_.c_str());
        ImGui::PopTextWrapPos();
        if (ImGui::Button("OK")) {
            error_.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

void GuiApp::draw_save_confirmation() {
    if (confirm_save_path_) ImGui::OpenPopup("Replace the file?");
    if (!ImGui::BeginPopupModal("Replace the file?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::PushTextWrapPos(600);
    ImGui::TextUnformatted(confirm_save_question_.c_str());
    ImGui::PopTextWrapPos();
    if (ImGui::Button("Replace it")) {
        const std::string path = confirm_save_path_ ? *confirm_save_path_ : "";
        confirm_save_path_.reset();
        ImGui::CloseCurrentPopup();
        try_save(path, interactive::Overwrite::yes);
        if (!session_.document().unsaved() && guarded_ != Guarded::none) carry_out(guarded_, guarded_path_);
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel (use Save as...)")) {
        confirm_save_path_.reset();
        guarded_ = Guarded::none;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void GuiApp::draw_recovery_offer() {
    if (recovery_offer_) ImGui::OpenPopup("Recover unsaved work?");
    if (!ImGui::BeginPopupModal("Recover unsaved work?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::PushTextWrapPos(600);
    ImGui::TextWrapped("A recovery file from a session that did not end cleanly was found:\n%s",
                       recovery_offer_ ? recovery_offer_->file.string().c_str() : "");
    if (recovery_offer_ && recovery_offer_->older_than_map) {
        ImGui::TextWrapped("The map file was saved after this recovery file was written (by another window or program). "
                           "Recovering shows the recovered work here; saving it would then ask before replacing the file.");
    }
    ImGui::PopTextWrapPos();
    if (ImGui::Button("Recover it")) {
        try {
            session_.adopt(interactive::restore_recovery(*recovery_offer_, session_.document().path()));
            session_.set_status("Recovered the unsaved work; save to keep it");
        } catch (const std::exception& error) {
            error_ = error.what();
        }
        recovery_offer_.reset();
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Discard it")) {
        interactive::discard_recovery(session_.document().path());  // the person's decision
        recovery_offer_.reset();
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Decide later")) {  // kept on disk, offered again next time
        recovery_offer_.reset();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void GuiApp::frame() {
    draw_menu();
    const float top = ImGui::GetFrameHeight();
    handle_shortcuts();
    draw_panels(top);
    draw_dialogs();
}

GuiApp* app_of(GLFWwindow* window) { return static_cast<GuiApp*>(glfwGetWindowUserPointer(window)); }

// Owns GLFW, the window and ImGui's context, and releases them in order.
struct WindowSystem {
    GLFWwindow* window = nullptr;
    bool imgui = false;
    ~WindowSystem() {
        if (imgui) {
            ImGui_ImplOpenGL3_Shutdown();
            ImGui_ImplGlfw_Shutdown();
            ImGui::DestroyContext();
        }
        if (window) glfwDestroyWindow(window);
        glfwTerminate();
    }
};

void glfw_error(int code, const char* message) { std::fprintf(stderr, "GLFW error %d: %s\n", code, message); }

std::optional<interactive::Document> load_document(const GuiOptions& options, std::optional<interactive::PendingRecovery>& offer) {
    interactive::Document document = options.map_path.empty() ? interactive::Document() : interactive::Document::open(options.map_path);
    for (const auto& warning : document.warnings()) std::cerr << "warning: " << warning << '\n';
    const auto pending = interactive::pending_recovery(options.map_path);
    if (!pending) return document;
    if (options.recovery == "restore") {
        interactive::Document restored = interactive::restore_recovery(*pending, options.map_path);
        std::cerr << "stakemap: restored unsaved work from " << pending->file.string()
                  << (pending->older_than_map ? " (the map file was saved after it; saving will ask before replacing it)" : "") << '\n';
        return restored;
    }
    if (options.recovery == "discard") {
        interactive::discard_recovery(options.map_path);
    } else {
        offer = *pending;
    }
    return document;
}

}  // namespace

namespace {

// GLFW, the window, OpenGL 3 and Dear ImGui, ready to draw; false (after saying why) if there is no display.
bool open_window(WindowSystem& system, const GuiOptions& options, bool unattended) {
    glfwSetErrorCallback(glfw_error);
    if (!glfwInit()) {
        std::cerr << "error: cannot open a window (no display?). On a server, run it under xvfb-run.\n";
        return false;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    system.window = glfwCreateWindow(options.width, options.height, "stakemap", nullptr, nullptr);
    if (!system.window) {
        std::cerr << "error: cannot create an OpenGL 3 window\n";
        return false;
    }
    glfwMakeContextCurrent(system.window);
    glfwSwapInterval(unattended ? 0 : 1);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    system.imgui = true;
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // the layout is fixed; nothing to remember between sessions
    ImGui::StyleColorsLight();
    ImGui::GetStyle().WindowRounding = 0;
    ImGui::GetStyle().FrameRounding = 3;
    if (load_interface_font(16.0f).empty()) std::cerr << "warning: no TrueType font found; names outside ASCII will not render\n";
    ImGui_ImplGlfw_InitForOpenGL(system.window, true);
    ImGui_ImplOpenGL3_Init("#version 130");
    return true;
}

void connect_window_events(GLFWwindow* window, GuiApp& app) {
    glfwSetWindowUserPointer(window, &app);
    glfwSetDropCallback(window, [](GLFWwindow* w, int count, const char** paths) {
        if (count > 0) app_of(w)->dropped(paths[0]);
    });
    glfwSetWindowCloseCallback(window, [](GLFWwindow* w) {
        glfwSetWindowShouldClose(w, GLFW_FALSE);  // ask about unsaved changes first
        app_of(w)->request_quit();
    });
}

}  // namespace

int run_gui(const GuiOptions& options) {
    std::optional<interactive::Script> script;
    std::optional<interactive::PendingRecovery> recovery_offer;
    std::optional<interactive::Document> document;
    try {
        if (!options.script.empty()) script = interactive::read_script(options.script);
        document = load_document(options, recovery_offer);
    } catch (const std::exception& error) {
        std::cerr << "error: " << error.what() << '\n';
        return 1;
    }
    UnattendedRun unattended(options, std::move(script));
    WindowSystem system;
    if (!open_window(system, options, unattended.active())) return 1;

    Session session(std::move(*document));
    ShapedText shaped;  // names ImGui cannot shape; its textures go before the GL context does
    const ShapedTextScope shaped_scope(shaped);
    GuiApp app(system.window, session, options);
    if (!options.map_path.empty()) app.note_opened(options.map_path);
    if (recovery_offer) app.offer_recovery(*recovery_offer);
    connect_window_events(system.window, app);
    const auto show_tab = [&](const std::string& tab) { app.show_tab(tab); };

    if (unattended.measuring()) session.wait_for_analysis(600);
    std::size_t frame_number = 0;
    auto previous_frame = Clock::now();
    while (!app.wants_quit()) {
        const auto frame_start = Clock::now();
        const bool idle = !session.layout_running() && !session.camera().flying() && !session.progress().busy && !session.graphviz_layout_busy();
        if (!unattended.active() && idle) glfwWaitEventsTimeout(0.25);  // nothing moves: wait for input instead of spinning
        else glfwPollEvents();

        const auto build_start = Clock::now();
        const double dt = std::chrono::duration<double>(build_start - previous_frame).count();
        previous_frame = build_start;
        session.update();
        session.autosave(glfwGetTime(), options.autosave_seconds);
        const auto layout_start = Clock::now();
        session.run_layout(session.map().organisation_count() > 20000 ? 0.010 : 0.004);
        const double layout_seconds = seconds_since(layout_start);
        session.camera().animate(dt);
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        app.frame();
        shaped.end_frame();
        ImGui::Render();
        const double build_seconds = seconds_since(build_start);

        int width = 0, height = 0;
        glfwGetFramebufferSize(system.window, &width, &height);
        glViewport(0, 0, width, height);
        glClearColor(250 / 255.0f, 250 / 255.0f, 247 / 255.0f, 1.0f);  // the canvas background
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        unattended.after_render(width, height);
        glfwSwapBuffers(system.window);
        ++frame_number;

        if (unattended.measuring()) {
            glFinish();  // count the GPU's share in the frame it belongs to
            if (unattended.record(seconds_since(frame_start), build_seconds, layout_seconds, ImGui::GetDrawData()->TotalVtxCount)) break;
        } else if (unattended.active() && !unattended.next(session, frame_number, show_tab)) {
            break;
        }
    }
    if (unattended.measuring()) unattended.print_measurements(session);
    // A clean end leaves no recovery file unless there is unsaved work to recover.
    if (!session.document().unsaved()) session.discard_recovery();
    return unattended.exit_code();
}

}  // namespace stakemap::gui
