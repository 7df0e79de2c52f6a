#include "viz/export/dot_writer.hpp"

#include <vector>

namespace stakemap::viz {
namespace {

// An attribute's value: HTML-like labels between < >, everything else quoted.
std::string value_text(Agraph_t* root, const char* value) {
    if (aghtmlstr(const_cast<char*>(value))) return "<" + std::string(value) + ">";
    (void)root;
    return dot_quoted(value);
}

// name="value" for every attribute of `object` that differs from the declared default.
std::string attributes_of(Agraph_t* root, void* object, int kind) {
    std::string text;
    for (Agsym_t* symbol = agnxtattr(root, kind, nullptr); symbol; symbol = agnxtattr(root, kind, symbol)) {
        const char* value = agxget(object, symbol);
        if (!value || (symbol->defval && std::string(value) == symbol->defval)) continue;
        if (!text.empty()) text += ", ";
        text += dot_quoted(symbol->name) + "=" + value_text(root, value);
    }
    return text;
}

void write_defaults(Agraph_t* root, int kind, const char* keyword, std::string& out) {
    std::string defaults;
    for (Agsym_t* symbol = agnxtattr(root, kind, nullptr); symbol; symbol = agnxtattr(root, kind, symbol)) {
        if (!symbol->defval || !*symbol->defval) continue;
        if (!defaults.empty()) defaults += ", ";
        defaults += dot_quoted(symbol->name) + "=" + value_text(root, symbol->defval);
    }
    if (!defaults.empty()) out += "  " + std::string(keyword) + " [" + defaults + "];\n";
}

void write_subgraphs(Agraph_t* root, Agraph_t* graph, const std::string& indent, std::string& out) {
    for (Agraph_t* sub = agfstsubg(graph); sub; sub = agnxtsubg(sub)) {
        out += indent + "subgraph " + dot_quoted(agnameof(sub)) + " {\n";
        for (Agsym_t* symbol = agnxtattr(root, AGRAPH, nullptr); symbol; symbol = agnxtattr(root, AGRAPH, symbol)) {
            const char* value = agxget(sub, symbol);
            if (!value || (symbol->defval && std::string(value) == symbol->defval)) continue;
            out += indent + "  " + dot_quoted(symbol->name) + "=" + value_text(root, value) + ";\n";
        }
        for (Agnode_t* node = agfstnode(sub); node; node = agnxtnode(sub, node)) out += indent + "  " + dot_quoted(agnameof(node)) + ";\n";
        write_subgraphs(root, sub, indent + "  ", out);
        out += indent + "}\n";
    }
}

}  // namespace

std::string dot_quoted(std::string_view value) {
    std::string out = "\"";
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == '"') {
            out += "\\\"";
        } else if (c == '\\') {
            out += '\\';
            // DOT has no escape for a backslash: one before a quote (or the closing quote) would
            // escape it. A line continuation (backslash, newline) in between keeps them apart.
            const bool before_quote = i + 1 == value.size() || value[i + 1] == '"';
            if (before_quote) out += "\\\n";
        } else {
            out += c;
        }
    }
    return out + "\"";
}

std::string dot_text(Agraph_t* graph) {
    std::string out = std::string(agisstrict(graph) ? "strict " : "") + (agisdirected(graph) ? "digraph " : "graph ") +
                      dot_quoted(agnameof(graph)) + " {\n";
    for (Agsym_t* symbol = agnxtattr(graph, AGRAPH, nullptr); symbol; symbol = agnxtattr(graph, AGRAPH, symbol)) {
        const char* value = agxget(graph, symbol);
        if (!value || !*value) continue;
        out += "  " + dot_quoted(symbol->name) + "=" + value_text(graph, value) + ";\n";
    }
    write_defaults(graph, AGNODE, "node", out);
    write_defaults(graph, AGEDGE, "edge", out);
    write_subgraphs(graph, graph, "  ", out);
    for (Agnode_t* node = agfstnode(graph); node; node = agnxtnode(graph, node)) {
        const std::string attributes = attributes_of(graph, node, AGNODE);
        out += "  " + dot_quoted(agnameof(node)) + (attributes.empty() ? "" : " [" + attributes + "]") + ";\n";
    }
    const char* arrow = agisdirected(graph) ? " -> " : " -- ";
    for (Agnode_t* node = agfstnode(graph); node; node = agnxtnode(graph, node)) {
        for (Agedge_t* edge = agfstout(graph, node); edge; edge = agnxtout(graph, edge)) {
            const std::string attributes = attributes_of(graph, edge, AGEDGE);
            out += "  " + dot_quoted(agnameof(agtail(edge))) + arrow + dot_quoted(agnameof(aghead(edge))) +
                   (attributes.empty() ? "" : " [" + attributes + "]") + ";\n";
        }
    }
    return out + "}\n";
}

}  // namespace stakemap::viz
