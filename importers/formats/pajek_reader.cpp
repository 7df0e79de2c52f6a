#include "importers/formats/pajek_reader.hpp"

#include <set>
#include <sstream>

#include "importers/support/field_mapping.hpp"
#include "importers/support/input_limits.hpp"
#include "importers/support/map_builder.hpp"
#include "importers/support/text_file.hpp"

namespace stakemap {
namespace {

struct Token {
    std::string text;
    std::size_t column;  // 1-based
};

// Splits a line into tokens; "quoted labels" stay one token without their quotes.
std::vector<Token> tokenize(const std::string& line, const TextFile& file, std::size_t line_number) {
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < line.size()) {
        if (std::isspace(static_cast<unsigned char>(line[i]))) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        if (line[i] == '"') {
            const auto end = line.find('"', i + 1);
            if (end == std::string::npos) {
                throw ImportError(file.at_line(line_number, start + 1), "unterminated quoted label; expected a closing \"");
            }
            tokens.push_back({line.substr(i + 1, end - i - 1), start + 1});
            i = end + 1;
        } else {
            while (i < line.size() && !std::isspace(static_cast<unsigned char>(line[i]))) ++i;
            tokens.push_back({line.substr(start, i - start), start + 1});
        }
    }
    return tokens;
}

struct Vertex {
    std::string label;
    std::optional<Position> position;
    std::size_t line = 0;
};

struct Link {
    std::size_t source, target;
    double weight;
    bool arc;
    std::size_t line;
};

enum class Section { none, vertices, edges, arcs, edges_list, arcs_list };

}  // namespace

ImportResult read_pajek(const std::string& path, const ImportOptions& options) {
    const TextFile file = TextFile::read(path, options.encoding);
    std::istringstream lines{std::string(file.text())};
    std::vector<Vertex> vertices;
    std::vector<Link> links;
    Section section = Section::none;
    bool declared = false;
    bool any_arcs = false;
    std::string line;
    std::size_t line_number = 0;

    auto vertex_number = [&](const Token& token) {
        const auto number = parse_integer(token.text);
        if (!number || *number < 1 || static_cast<std::size_t>(*number) > vertices.size()) {
            throw ImportError(file.at_line(line_number, token.column),
                              "'" + token.text + "' is not a vertex number; expected 1.." + std::to_string(vertices.size()));
        }
        return static_cast<std::size_t>(*number - 1);
    };

    while (std::getline(lines, line)) {
        ++line_number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const std::vector<Token> tokens = tokenize(line, file, line_number);
        if (tokens.empty() || tokens[0].text[0] == '%') continue;  // blank or comment
        if (tokens[0].text[0] == '*') {
            const std::string keyword = to_lower_ascii(tokens[0].text);
            if (keyword == "*vertices") {
                const auto count = tokens.size() > 1 ? parse_integer(tokens[1].text) : std::nullopt;
                if (declared) {
                    // Links already read refer to the first declaration's numbering.
                    throw ImportError(file.at_line(line_number, 1), "a second *Vertices section; expected one per network");
                }
                if (!count || *count < 0) {
                    throw ImportError(file.at_line(line_number), "expected '*Vertices N' with N the number of vertices");
                }
                if (static_cast<std::size_t>(*count) > limits::kMaxOrganisations) {
                    throw ImportError(file.at_line(line_number, tokens[1].column),
                                      tokens[1].text + " vertices declared; expected at most " +
                                          std::to_string(limits::kMaxOrganisations) + " (limit of the editable map)");
                }
                vertices.assign(static_cast<std::size_t>(*count), Vertex{});
                for (std::size_t v = 0; v < vertices.size(); ++v) vertices[v].label = std::to_string(v + 1);
                declared = true;
                section = Section::vertices;
            } else if (keyword == "*edges" || keyword == "*arcs" || keyword == "*edgeslist" || keyword == "*arcslist") {
                if (!declared) throw ImportError(file.at_line(line_number), keyword + " before *Vertices; expected *Vertices N first");
                section = keyword == "*edges"  ? Section::edges
                          : keyword == "*arcs" ? Section::arcs
                          : keyword == "*edgeslist" ? Section::edges_list
                                                    : Section::arcs_list;
                any_arcs = any_arcs || section == Section::arcs || section == Section::arcs_list;
            } else if (keyword == "*network") {
                section = Section::none;
            } else {
                throw ImportError(file.at_line(line_number, 1),
                                  "unsupported section '" + tokens[0].text +
                                      "'; expected *Network, *Vertices, *Edges, *Arcs, *Edgeslist or *Arcslist");
            }
            continue;
        }
        switch (section) {
            case Section::none:
                throw ImportError(file.at_line(line_number, 1), "data outside a section; expected *Vertices N first");
            case Section::vertices: {
                const std::size_t v = vertex_number(tokens[0]);
                if (tokens.size() > 1) vertices[v].label = tokens[1].text;
                if (tokens.size() > 3) {
                    const auto x = parse_number(tokens[2].text), y = parse_number(tokens[3].text);
                    if (x && y) vertices[v].position = Position{*x, *y};
                }
                vertices[v].line = line_number;
                break;
            }
            case Section::edges:
            case Section::arcs: {
                if (tokens.size() < 2) throw ImportError(file.at_line(line_number), "expected 'source target [weight]'");
                double weight = 1.0;
                if (tokens.size() > 2) {
                    const auto parsed = parse_number(tokens[2].text);
                    if (!parsed) {
                        throw ImportError(file.at_line(line_number, tokens[2].column),
                                          "'" + tokens[2].text + "' is not a number; expected the weight");
                    }
                    weight = *parsed;
                }
                links.push_back({vertex_number(tokens[0]), vertex_number(tokens[1]), weight,
                                 section == Section::arcs, line_number});
                break;
            }
            case Section::edges_list:
            case Section::arcs_list: {
                const std::size_t source = vertex_number(tokens[0]);
                for (std::size_t k = 1; k < tokens.size(); ++k) {
                    links.push_back({source, vertex_number(tokens[k]), 1.0, section == Section::arcs_list, line_number});
                }
                break;
            }
        }
    }
    if (!declared) throw ImportError(file.at_line(1), "no *Vertices section; expected a Pajek network");

    MapBuilder builder(path, options);

    if (!file.encoding_note().empty()) builder.warn({path, 0, 0, {}}, file.encoding_note());
    builder.set_directed(any_arcs);
    std::set<std::string> labels;
    for (const Vertex& vertex : vertices) labels.insert(trim(vertex.label));  // as MapBuilder compares ids
    const bool labels_are_ids = labels.size() == vertices.size() && !labels.contains("");
    if (!labels_are_ids) {
        builder.warn(file.at_line(1), "vertex labels repeat or are blank; the vertex numbers are used as organisation ids");
    }
    std::vector<std::string> ids(vertices.size());
    for (std::size_t v = 0; v < vertices.size(); ++v) {
        Organisation organisation;
        organisation.id = labels_are_ids ? vertices[v].label : std::to_string(v + 1);
        organisation.label = vertices[v].label;
        organisation.position = vertices[v].position;
        ids[v] = organisation.id;
        builder.add_organisation(std::move(organisation), file.at_line(vertices[v].line));
    }
    for (const Link& link : links) {
        const auto add = [&](std::size_t from, std::size_t to) {
            Relationship relationship;
            relationship.weight = link.weight;
            relationship.directed = any_arcs;
            builder.add_relationship(ids[from], ids[to], std::move(relationship), file.at_line(link.line));
        };
        add(link.source, link.target);
        if (any_arcs && !link.arc && link.source != link.target) add(link.target, link.source);
    }
    return builder.finish();
}

}  // namespace stakemap
