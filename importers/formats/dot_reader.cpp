#include "importers/formats/dot_reader.hpp"

#include <graphviz/cgraph.h>

#include <memory>
#include <fstream>
#include <mutex>
#include <regex>

#include "importers/support/field_mapping.hpp"
#include "importers/support/map_builder.hpp"
#include "importers/support/text_file.hpp"

namespace stakemap {
namespace {

// A DOT label is Graphviz's escString: \\ is a backslash, \n \l \r and a line break
// in the text end a drawn line (a name wrapped for drawing: read back as a space),
// \N and \G stand for the node's and the graph's names. Other escapes stay as written.
std::string label_as_written(const std::string& value, const std::string& node_name, const std::string& graph_name) {
    std::string out;
    out.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == '\n') {
            out += ' ';
            continue;
        }
        if (c != '\\' || i + 1 == value.size()) {
            out += c;
            continue;
        }
        const char next = value[++i];
        switch (next) {
            case '\\': out += '\\'; break;
            case 'n': case 'l': case 'r': out += ' '; break;
            case 'N': out += node_name; break;
            case 'G': out += graph_name; break;
            case '\n': break;  // a line continuation
            default: out += '\\'; out += next;
        }
    }
    return out;
}

// cgraph reports errors through a process-wide callback; the reader collects them here.
std::string& collected_errors() {
    static std::string errors;
    return errors;
}

int collect_error(char* message) {
    collected_errors() += message;
    return 0;
}

// cgraph's parser and its error callback are process-wide: one DOT file is read at a time
// (diff reads its two maps at once).
std::mutex& cgraph_in_use() {
    static std::mutex in_use;
    return in_use;
}

struct GraphCloser {
    void operator()(Agraph_t* graph) const { agclose(graph); }
};

// Turns cgraph's "syntax error in line 3 near 'x'" into a located message.
ImportError syntax_error(const std::string& path, const std::string& text) {
    std::smatch match;
    std::size_t line = 0;
    if (std::regex_search(text, match, std::regex(R"(line (\d+))"))) line = std::stoul(match[1]);
    std::string message = trim(text);
    const auto colon = message.find("syntax error");
    if (colon != std::string::npos) message = message.substr(colon);
    if (message.empty()) message = "not a DOT graph";
    return ImportError({path, line, 0, {}}, "invalid DOT: " + message + "; expected a graph { ... } or digraph { ... }");
}

template <typename Apply>
void for_each_set_attribute(Agraph_t* graph, int kind, void* object, Apply apply) {
    for (Agsym_t* symbol = agnxtattr(graph, kind, nullptr); symbol != nullptr; symbol = agnxtattr(graph, kind, symbol)) {
        const char* value = agxget(object, symbol);
        if (value == nullptr || *value == '\0') continue;
        apply(std::string(symbol->name), std::string(value));
    }
}



// Graphviz reads a file that says charset=latin1 (or "Latin1", "ISO-8859-1", l1) as Latin-1.
bool declares_latin1(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string head(64 * 1024, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    static const std::regex charset(R"re(charset\s*=\s*"?(latin-?1|l1|iso[-_]?8859-?1|iso_8859-1)"?)re", std::regex::icase);
    return std::regex_search(head, charset);
}

}  // namespace

ImportResult read_dot(const std::string& path, const ImportOptions& options) {
    const std::lock_guard one_at_a_time(cgraph_in_use());
    const bool latin1 = options.encoding.empty() && declares_latin1(path);
    const TextFile file = TextFile::read(path, latin1 ? std::string("ISO-8859-1") : options.encoding);
    collected_errors().clear();
    agseterr(AGERR);
    agseterrf(collect_error);
    const std::string text(file.text());
    std::unique_ptr<Agraph_t, GraphCloser> graph(agmemread(text.c_str()));
    agseterrf(nullptr);
    if (!graph) throw syntax_error(path, collected_errors());
    if (!collected_errors().empty() && collected_errors().find("rror") != std::string::npos) {
        throw syntax_error(path, collected_errors());
    }

    MapBuilder builder(path, options);
    if (latin1) builder.decide("read as Latin-1, as the file's charset attribute says (Graphviz does the same)");

    if (!file.encoding_note().empty() && !latin1) builder.warn({path, 0, 0, {}}, file.encoding_note());
    Agraph_t* g = graph.get();
    builder.set_directed(agisdirected(g) != 0);
    for_each_set_attribute(g, AGRAPH, g, [&](const std::string& name, const std::string& value) {
        builder.metadata()[name] = guess_value(value);
    });

    // A stakemap diagram's legend and suggested ties are drawing, not map: they are marked so.
    Agsym_t* node_role = agattr(g, AGNODE, const_cast<char*>("stakemap_role"), nullptr);
    Agsym_t* edge_role = agattr(g, AGEDGE, const_cast<char*>("stakemap_role"), nullptr);
    const auto drawing_only = [](void* object, Agsym_t* role) { return role && agxget(object, role) && *agxget(object, role); };
    for (Agnode_t* node = agfstnode(g); node != nullptr; node = agnxtnode(g, node)) {
        if (drawing_only(node, node_role)) continue;
        Organisation organisation;
        organisation.id = agnameof(node);
        for_each_set_attribute(g, AGNODE, node, [&](const std::string& name, const std::string& value) {
            if ((name == "label" && value == "\\N") || name == "stakemap_role") return;
            if (name == "pos") {
                float x = 0, y = 0;
                if (std::sscanf(value.c_str(), "%f,%f", &x, &y) == 2) organisation.position = Position{x, y};
                return;
            }
            if (name == "label") {
                organisation.label = label_as_written(value, organisation.id, agnameof(g));
                return;
            }
            assign_organisation_field(organisation, name, guess_value(value));
        });
        builder.add_organisation(std::move(organisation), {path, 0, 0, "node '" + std::string(agnameof(node)) + "'"});
    }
    for (Agnode_t* node = agfstnode(g); node != nullptr; node = agnxtnode(g, node)) {
        if (drawing_only(node, node_role)) continue;
        for (Agedge_t* edge = agfstout(g, node); edge != nullptr; edge = agnxtout(g, edge)) {
            if (drawing_only(edge, edge_role)) continue;
            const std::string source = agnameof(agtail(edge));
            const std::string target = agnameof(aghead(edge));
            const SourceLocation where{path, 0, 0, "edge '" + source + "' - '" + target + "'"};
            Relationship relationship;
            relationship.directed = agisdirected(g) != 0;
            for_each_set_attribute(g, AGEDGE, edge, [&](const std::string& name, const std::string& value) {
                if (name == "key" || name == "stakemap_role") return;
                assign_relationship_field(relationship, name, guess_value(value), where);
            });
            builder.add_relationship(source, target, std::move(relationship), where);
        }
    }
    return builder.finish();
}

}  // namespace stakemap
