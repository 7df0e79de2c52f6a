#include "viz/export/graphviz_support.hpp"

#include "graph/support/text_safety.hpp"
#include "viz/export/dot_writer.hpp"

#include <stdexcept>
#include <memory>

namespace stakemap::viz {
namespace {

std::mutex& graphviz_mutex() {
    static std::mutex mutex;
    return mutex;
}

std::string& collected() {
    static std::string messages;
    return messages;
}

// One gvc context for the whole process, never freed: Graphviz 2.42's pango
// plugin keeps a pointer to the last font name it measured, which lives in the
// context's font table; freeing the context between diagrams left that pointer
// dangling (a use-after-free found by the sanitizer build). Reuse also saves
// loading the plugins for every diagram.
GVC_t* shared_context() {
    static GVC_t* context = gvContext();
    return context;
}

int collect(char* message) {
    collected() += message;
    return 0;
}

}  // namespace

GraphvizSession::GraphvizSession(bool directed) : lock_(graphviz_mutex()) {
    collected().clear();
    agseterr(AGERR);
    agseterrf(collect);
    gvc_ = shared_context();
    Agdesc_t kind = directed ? Agdirected : Agundirected;
    graph_ = agopen(const_cast<char*>("stakemap"), kind, nullptr);
}

GraphvizSession::~GraphvizSession() {
    if (laid_out_) gvFreeLayout(gvc_, graph_);
    if (graph_ != nullptr) agclose(graph_);
    agseterrf(nullptr);
}

void set_overview_style(Agraph_t* g, const char* font) {
    set_attribute(g, "fontname", font);
    set_attribute(g, "bgcolor", "white");
    set_attribute(g, "pad", "0.3");
    set_attribute(g, "labelloc", "t");
    set_attribute(g, "overlap", "prism");
    set_attribute(g, "sep", "+12");
    set_attribute(g, "splines", "false");
    set_attribute(g, "outputorder", "edgesfirst");
}

std::pair<double, double> GraphvizSession::drawing_size() const {
    if (!laid_out_) return {0.0, 0.0};
    const boxf box = GD_bb(graph_);
    return {box.UR.x - box.LL.x, box.UR.y - box.LL.y};
}

void GraphvizSession::layout(const std::string& engine) {
    if (gvLayout(gvc_, graph_, engine.c_str()) != 0) {
        throw std::runtime_error("Graphviz could not lay out the map with " + engine + ": " + collected());
    }
    laid_out_ = true;
}

std::string GraphvizSession::render(const std::string& format) {
    // DOT is written by stakemap (dot_writer.hpp): Graphviz 2.42's writer can be led out of a quoted string.
    if (format == "dot") {
        // Graphviz's own rendering attaches the layout (pos, bb, ...) as attributes; its text is dropped.
        char* data = nullptr;
        unsigned int length = 0;
        if (gvRenderData(gvc_, graph_, "dot", &data, &length) != 0) throw std::runtime_error("Graphviz could not render dot: " + collected());
        gvFreeRenderData(data);
        return dot_text(graph_);
    }
    char* data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(gvc_, graph_, format.c_str(), &data, &length) != 0 || data == nullptr) {
        throw std::runtime_error("Graphviz could not render " + format + ": " + collected());
    }
    std::unique_ptr<char, void (*)(char*)> rendered(data, [](char* p) { gvFreeRenderData(p); });
    return std::string(rendered.get(), length);
}

std::string graphviz_text(std::string_view text) {
    std::string out;
    for (const char c : xml_safe_text(text)) {
        if (c == '\\') out += '\\';  // \N, \G, ... would be read as Graphviz's own escapes
        out += c;
    }
    return out;
}

void set_html_attribute(Agraph_t* graph, void* object, int kind, const char* name, const std::string& html) {
    // Graphviz wants the attribute declared before an HTML-like value can be set with agxset.
    Agsym_t* symbol = agattr(graph, kind, const_cast<char*>(name), const_cast<char*>(""));
    char* text = agstrdup_html(graph, const_cast<char*>(html.c_str()));
    agxset(object, symbol, text);
    agstrfree(graph, text);
}

const std::string& GraphvizSession::messages() { return collected(); }

void set_attribute(void* object, const char* name, const std::string& value) {
    agsafeset(object, const_cast<char*>(name), const_cast<char*>(value.c_str()), const_cast<char*>(""));
}

}  // namespace stakemap::viz
