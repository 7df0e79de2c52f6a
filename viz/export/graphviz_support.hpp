#pragma once
// What every use of Graphviz's libraries here needs: one graph freed on every
// path (laid out in the process's one gvc context), cgraph's messages collected for the error we
// throw, and one Graphviz user at a time (its error channel and some layout
// state are process-wide, and the window lays out off the frame thread).

#include <mutex>
#include <string>
#include <string_view>
#include <utility>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace stakemap::viz {

class GraphvizSession {
public:
    explicit GraphvizSession(bool directed);
    ~GraphvizSession();
    GraphvizSession(const GraphvizSession&) = delete;
    GraphvizSession& operator=(const GraphvizSession&) = delete;

    Agraph_t* graph() const { return graph_; }
    GVC_t* context() const { return gvc_; }
    // gvLayout; throws std::runtime_error with Graphviz's own words.
    void layout(const std::string& engine);
    // The laid-out drawing's width and height in points (its bounding box, before any "size" scaling).
    std::pair<double, double> drawing_size() const;

    // The laid-out graph in a Graphviz output format ("svg", "pdf", "png", "dot").
    std::string render(const std::string& format);
    // What cgraph reported so far.
    static const std::string& messages();

private:
    std::unique_lock<std::mutex> lock_;
    GVC_t* gvc_ = nullptr;
    Agraph_t* graph_ = nullptr;
    bool laid_out_ = false;
};

// Text shown by Graphviz (labels, tooltips) as written: backslashes doubled so \N or \G are
// not expanded, and characters XML forbids replaced so the SVG stays well-formed.
std::string graphviz_text(std::string_view text);

// The graph-wide settings of an overview (boxes for groups, lines for the ties between them):
// white, padded, title on top, boxes pushed apart by prism, straight lines under the boxes.
void set_overview_style(Agraph_t* graph, const char* font);

// agsafeset with C++ strings.
void set_attribute(void* object, const char* name, const std::string& value);
// An HTML-like value (a label with tables, fonts, line breaks).
void set_html_attribute(Agraph_t* graph, void* object, int kind, const char* name, const std::string& html);

}  // namespace stakemap::viz
