#include "importers/formats/pajek_reader.hpp"

#include <set>
#include <string_view>

#include "importers/support/field_mapping.hpp"
#include "importers/support/input_limits.hpp"
#include "importers/support/map_builder.hpp"
#include "importers/support/matrix_ties.hpp"
#include "importers/support/text_file.hpp"

namespace stakemap {
namespace {

struct Token {
    std::string text;
    std::size_t column;  // 1-based
};

// Splits a line into tokens; "quoted labels" stay one token without their quotes.
std::vector<Token> tokenize(std::string_view line, const TextFile& file, std::size_t line_number) {
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
            if (end == std::string_view::npos) {
                throw ImportError(file.at_line(line_number, start + 1), "unterminated quoted label; expected a closing \"");
            }
            tokens.push_back({std::string(line.substr(i + 1, end - i - 1)), start + 1});
            i = end + 1;
        } else {
            while (i < line.size() && !std::isspace(static_cast<unsigned char>(line[i]))) ++i;
            tokens.push_back({std::string(line.substr(start, i - start)), start + 1});
        }
    }
    return tokens;
}

struct Vertex {
    std::string label;
    std::optional<Position> position;
    std::size_t line = 0;
    Attributes attributes;  // two-mode "mode", partitions and vectors of a .paj project
};

struct Link {
    std::size_t source, target;
    double weight;
    bool arc;
    std::string type;  // a multi-relational network's relation name
    std::size_t line;
};

enum class Section { preamble, vertices, edges, arcs, edges_list, arcs_list, matrix, values, skipped };

// Reads a Pajek network (.net) or project (.paj) line by line. A project's first network is
// the map; its partitions and vectors (one value per vertex) become organisation attributes;
// further networks are named in a warning and left out. Conventions as Pajek's own reader:
// sections in any order after *Vertices, *Arcs (directed) and *Edges (undirected) both
// allowed - a network with arcs is directed and each edge is then two arcs -, *Matrix rows
// of weights, comments starting with %, and text before the first section ignored.
class PajekParser {
public:
    PajekParser(const TextFile& file, MapBuilder& builder) : file_(file), builder_(builder) {}

    void parse() {
        LineReader lines(file_.text());
        std::string_view line;
        while (lines.next(line)) {
            line_number_ = lines.number();
            const std::size_t first = line.find_first_not_of(" \t");
            if (first == std::string_view::npos || line[first] == '%') continue;  // blank or a comment
            if (line[first] == '*') {
                finish_matrix();
                star_line(tokenize(line, file_, line_number_));
            } else {
                data_line(line);
            }
        }
        finish_matrix();
        if (!declared_) throw ImportError(file_.at_line(1), "no *Vertices section; expected a Pajek network");
    }

    void build() {
        if (preamble_lines_ > 0) builder_.decide(std::to_string(preamble_lines_) + " line(s) before the first section ignored, as Pajek does");
        if (!skipped_networks_.empty()) {
            std::string names;
            for (const auto& name : skipped_networks_) names += (names.empty() ? "" : ", ") + name;
            builder_.warn(file_.at_line(1), "a Pajek project with several networks: the first is read; left out: " + names);
        }
        const bool directed = any_arc_;
        if (directed && any_edge_) builder_.decide("*Arcs and *Edges both present: the map is directed and each *Edges line is two arcs");
        builder_.set_directed(directed);
        std::set<std::string> labels;
        for (const Vertex& vertex : vertices_) labels.insert(trim(vertex.label));  // as MapBuilder compares ids
        const bool labels_are_ids = labels.size() == vertices_.size() && !labels.contains("");
        if (!labels_are_ids) builder_.warn(file_.at_line(1), "vertex labels repeat or are blank; the vertex numbers are used as organisation ids");
        std::vector<std::string> ids(vertices_.size());
        for (std::size_t v = 0; v < vertices_.size(); ++v) {
            Organisation organisation;
            organisation.id = labels_are_ids ? vertices_[v].label : std::to_string(v + 1);
            organisation.label = vertices_[v].label;
            organisation.position = vertices_[v].position;
            for (const auto& [name, value] : vertices_[v].attributes) assign_organisation_field(organisation, name, value);
            ids[v] = organisation.id;
            builder_.add_organisation(std::move(organisation), file_.at_line(vertices_[v].line));
        }
        for (const Link& link : links_) {
            const auto add = [&](std::size_t from, std::size_t to) {
                Relationship relationship;
                relationship.weight = link.weight;
                relationship.directed = directed;
                relationship.type = link.type;
                builder_.add_relationship(ids[from], ids[to], std::move(relationship), file_.at_line(link.line));
            };
            add(link.source, link.target);
            if (directed && !link.arc && link.source != link.target) add(link.target, link.source);
        }
    }

private:
    void star_line(const std::vector<Token>& tokens) {
        const std::string keyword = to_lower_ascii(tokens[0].text);
        if (keyword == "*network") {
            if (declared_) {
                skipped_networks_.push_back(tokens.size() > 1 ? tokens[1].text : "network at line " + std::to_string(line_number_));
                section_ = Section::skipped;
                in_other_network_ = true;
            }
            return;
        }
        if (keyword == "*partition" || keyword == "*vector" || keyword == "*permutation" || keyword == "*cluster" || keyword == "*hierarchy") {
            values_name_ = tokens.size() > 1 ? tokens[1].text : keyword.substr(1);
            values_kind_ = keyword;
            values_.clear();
            in_other_network_ = false;
            awaiting_values_count_ = true;
            section_ = Section::skipped;
            return;
        }
        if (keyword == "*vertices") {
            vertices_line(tokens);
            return;
        }
        if (section_ == Section::skipped && in_other_network_) return;  // another network's sections
        if (keyword == "*edges" || keyword == "*arcs" || keyword == "*edgeslist" || keyword == "*arcslist" || keyword == "*matrix") {
            if (!declared_) throw ImportError(file_.at_line(line_number_), tokens[0].text + " before *Vertices; expected *Vertices N first");
            relation_ = relation_name(tokens);
            section_ = keyword == "*edges"       ? Section::edges
                       : keyword == "*arcs"      ? Section::arcs
                       : keyword == "*edgeslist" ? Section::edges_list
                       : keyword == "*arcslist"  ? Section::arcs_list
                                                 : Section::matrix;
            matrix_rows_ = 0;
            matrix_entries_.clear();
            return;
        }
        throw ImportError(file_.at_line(line_number_, 1),
                          "unsupported section '" + tokens[0].text +
                              "'; expected *Network, *Vertices, *Edges, *Arcs, *Edgeslist, *Arcslist, *Matrix, *Partition or *Vector");
    }

    // "*Arcs :2 "advice"": the relation's name (or number) becomes the tie type.
    static std::string relation_name(const std::vector<Token>& tokens) {
        if (tokens.size() < 2 || tokens[1].text.empty() || tokens[1].text[0] != ':') return "";
        if (tokens.size() > 2) return tokens[2].text;
        return "relation " + tokens[1].text.substr(1);
    }

    void vertices_line(const std::vector<Token>& tokens) {
        const auto count = tokens.size() > 1 ? parse_integer(tokens[1].text) : std::nullopt;
        if (!count || *count < 0) throw ImportError(file_.at_line(line_number_), "expected '*Vertices N' with N the number of vertices");
        if (awaiting_values_count_) {  // the length of a partition or vector
            awaiting_values_count_ = false;
            values_expected_ = static_cast<std::size_t>(*count);
            section_ = Section::values;
            return;
        }
        if (in_other_network_) return;
        if (declared_) throw ImportError(file_.at_line(line_number_, 1), "a second *Vertices section; expected one per network");
        if (static_cast<std::size_t>(*count) > limits::kMaxOrganisations) {
            throw ImportError(file_.at_line(line_number_, tokens[1].column),
                              tokens[1].text + " vertices declared; expected at most " + std::to_string(limits::kMaxOrganisations) +
                                  " (limit of the editable map)");
        }
        vertices_.assign(static_cast<std::size_t>(*count), Vertex{});
        for (std::size_t v = 0; v < vertices_.size(); ++v) vertices_[v].label = std::to_string(v + 1);
        if (tokens.size() > 2) {  // a two-mode network: the first N1 vertices are one mode
            const auto first_mode = parse_integer(tokens[2].text);
            if (!first_mode || *first_mode < 0 || *first_mode > *count) {
                throw ImportError(file_.at_line(line_number_, tokens[2].column),
                                  "'" + tokens[2].text + "' vertices in the first mode; expected a number from 0 to " + std::to_string(*count) +
                                      " (*Vertices N N1 declares a two-mode network)");
            }
            for (std::size_t v = 0; v < vertices_.size(); ++v) vertices_[v].attributes["mode"] = std::int64_t{v < static_cast<std::size_t>(*first_mode) ? 1 : 2};
            builder_.decide("two-mode network: vertices 1-" + tokens[2].text + " have mode 1, the others mode 2 (attribute 'mode')");
        }
        declared_ = true;
        section_ = Section::vertices;
    }

    std::size_t vertex_number(const Token& token) const {
        const auto number = parse_integer(token.text);
        if (!number || *number < 1 || static_cast<std::size_t>(*number) > vertices_.size()) {
            throw ImportError(file_.at_line(line_number_, token.column),
                              "'" + token.text + "' is not a vertex number; expected 1.." + std::to_string(vertices_.size()));
        }
        return static_cast<std::size_t>(*number - 1);
    }

    void data_line(std::string_view line) {
        if (section_ == Section::skipped) return;
        if (section_ == Section::preamble) {
            ++preamble_lines_;
            return;
        }
        const std::vector<Token> tokens = tokenize(line, file_, line_number_);
        switch (section_) {
            case Section::vertices: vertex_line(tokens); break;
            case Section::edges:
            case Section::arcs: link_line(tokens, section_ == Section::arcs); break;
            case Section::edges_list:
            case Section::arcs_list: {
                const std::size_t source = vertex_number(tokens[0]);
                for (std::size_t k = 1; k < tokens.size(); ++k) add_link(source, vertex_number(tokens[k]), 1.0, section_ == Section::arcs_list);
                break;
            }
            case Section::matrix: matrix_row(tokens); break;
            case Section::values: value_line(tokens); break;
            case Section::preamble:
            case Section::skipped: break;
        }
    }

    void vertex_line(const std::vector<Token>& tokens) {
        const std::size_t v = vertex_number(tokens[0]);
        if (tokens.size() > 1) vertices_[v].label = tokens[1].text;
        if (tokens.size() > 3) {
            const auto x = parse_number(tokens[2].text), y = parse_number(tokens[3].text);
            if (x && y) vertices_[v].position = Position{*x, *y};
        }
        vertices_[v].line = line_number_;
    }

    void link_line(const std::vector<Token>& tokens, bool arc) {
        if (tokens.size() < 2) throw ImportError(file_.at_line(line_number_), "expected 'source target [weight]'");
        double weight = 1.0;
        if (tokens.size() > 2) {
            const auto parsed = parse_number(tokens[2].text);
            if (!parsed) throw ImportError(file_.at_line(line_number_, tokens[2].column), "'" + tokens[2].text + "' is not a number; expected the weight");
            weight = *parsed;
        }
        add_link(vertex_number(tokens[0]), vertex_number(tokens[1]), weight, arc);
    }

    void add_link(std::size_t source, std::size_t target, double weight, bool arc) {
        if (links_.size() >= limits::kMaxRelationships) {
            throw ImportError(file_.at_line(line_number_), "more than " + std::to_string(limits::kMaxRelationships) + " ties; expected at most that many");
        }
        links_.push_back({source, target, weight, arc, relation_, line_number_});
        any_arc_ = any_arc_ || arc;
        any_edge_ = any_edge_ || !arc;
    }

    // One row of an N x N matrix of weights (0: no tie). Only the ties are kept.
    void matrix_row(const std::vector<Token>& tokens) {
        if (matrix_rows_ == vertices_.size()) throw ImportError(file_.at_line(line_number_), "more matrix rows than vertices; expected " + std::to_string(vertices_.size()));
        if (tokens.size() != vertices_.size()) {
            throw ImportError(file_.at_line(line_number_), "a matrix row of " + std::to_string(tokens.size()) + " values; expected " +
                                                              std::to_string(vertices_.size()) + ", one per vertex");
        }
        for (std::size_t j = 0; j < tokens.size(); ++j) {
            const auto value = parse_number(tokens[j].text);
            if (!value) throw ImportError(file_.at_line(line_number_, tokens[j].column), "'" + tokens[j].text + "' is not a number; expected a tie weight (0: no tie)");
            if (*value != 0) matrix_entries_.push_back({matrix_rows_, j, *value, line_number_});
        }
        ++matrix_rows_;
    }

    // A symmetric matrix is undirected edges (Pajek's *Matrix of a graph); any other, arcs.
    void finish_matrix() {
        if (section_ != Section::matrix || (matrix_rows_ == 0 && matrix_entries_.empty())) return;
        if (matrix_rows_ != vertices_.size()) {
            throw ImportError(file_.at_line(line_number_), "a matrix of " + std::to_string(matrix_rows_) + " rows; expected " +
                                                              std::to_string(vertices_.size()) + ", one per vertex");
        }
        const bool symmetric = is_symmetric(matrix_entries_);
        const std::size_t saved_line = line_number_;
        for (const MatrixTie& entry : ties_to_add(matrix_entries_, symmetric)) {
            line_number_ = entry.line;
            add_link(entry.row, entry.column, entry.weight, !symmetric);
        }
        line_number_ = saved_line;
        matrix_rows_ = 0;
        matrix_entries_.clear();
    }

    void value_line(const std::vector<Token>& tokens) {
        const auto value = parse_number(tokens[0].text);
        if (!value) throw ImportError(file_.at_line(line_number_, tokens[0].column), "'" + tokens[0].text + "' is not a number; expected one value per vertex");
        values_.push_back(*value);
        if (values_.size() < values_expected_) return;
        section_ = Section::skipped;
        if (!declared_ || values_.size() != vertices_.size()) {
            builder_.warn(file_.at_line(line_number_), values_kind_.substr(1) + " '" + values_name_ + "' has " + std::to_string(values_.size()) +
                                                           " values for a network of " + std::to_string(vertices_.size()) + " vertices; left out");
            return;
        }
        const bool whole = values_kind_ != "*vector";
        for (std::size_t v = 0; v < vertices_.size(); ++v) {
            vertices_[v].attributes[values_name_] = whole ? AttributeValue(static_cast<std::int64_t>(values_[v])) : AttributeValue(values_[v]);
        }
        builder_.decide(values_kind_.substr(1) + " '" + values_name_ + "' read as the organisation attribute of that name");
    }

    const TextFile& file_;
    MapBuilder& builder_;
    std::size_t line_number_ = 0;
    Section section_ = Section::preamble;
    bool declared_ = false, any_arc_ = false, any_edge_ = false, in_other_network_ = false, awaiting_values_count_ = false;
    std::size_t preamble_lines_ = 0;
    std::vector<Vertex> vertices_;
    std::vector<Link> links_;
    std::string relation_;
    std::size_t matrix_rows_ = 0;
    std::vector<MatrixTie> matrix_entries_;
    std::string values_name_, values_kind_;
    std::vector<double> values_;
    std::size_t values_expected_ = 0;
    std::vector<std::string> skipped_networks_;
};

}  // namespace

ImportResult read_pajek(const std::string& path, const ImportOptions& options) {
    const TextFile file = TextFile::read(path, options.encoding);
    MapBuilder builder(path, options);
    if (!file.encoding_note().empty()) builder.warn({path, 0, 0, {}}, file.encoding_note());
    PajekParser parser(file, builder);
    parser.parse();
    parser.build();
    return builder.finish();
}

}  // namespace stakemap
