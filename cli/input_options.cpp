#include "cli/input_options.hpp"

#include "cli/progress_bar.hpp"

#include <ostream>

#include "graph/support/text_safety.hpp"
#include "cli/output_guard.hpp"
#include "importers/formats.hpp"
#include "importers/rules/profile_reader.hpp"

namespace stakemap::cli {

void InputOptions::add_to(CLI::App& command) {
    command.add_option("INPUT", path, "Map to read: " + std::string(supported_extensions()))->required();
    command.add_option("--nodes", nodes_path, "CSV node table (id,label,type,country,region,themes,...) for a CSV edge list");
    command.add_flag("--strict", strict, "Fail on relationships that name undeclared organisations (default: create them, warn)");
    auto* directed_flag = command.add_flag("--directed", directed, "Read relationships as directed, whatever the file says");
    command.add_flag("--undirected", undirected, "Read relationships as undirected, whatever the file says")->excludes(directed_flag);
    command.add_flag("-q,--quiet", quiet, "Do not print import warnings");
    command.add_option("--columns", columns, "Which column holds what, where the headers do not say it: ROLE=HEADER,... "
                                             "(roles: id, label, type, themes, country, region, acronym, description, from, to, ties, "
                                             "tie_type, weight, direction, attribute)");
    command.add_option("--vocabulary", vocabulary, "CSV of your own words: field,value,canonical (e.g. type,Consultora,other)");
    command.add_option("--encoding", encoding, "Encoding of text files (e.g. WINDOWS-1252, UTF-16); default: detected");
    command.add_flag("--show-decisions", show_decisions, "Print every choice made reading the files (column roles, value mappings)");
}

ImportOptions InputOptions::import_options() const {
    ImportOptions options;
    options.strict = strict;
    if (!nodes_path.empty()) options.nodes_path = nodes_path;
    if (directed) options.directed = true;
    if (undirected) options.directed = false;
    try {
        options.columns = ColumnOverrides::parse(columns);
    } catch (const std::invalid_argument& error) {
        throw CLI::ValidationError("--columns", error.what());
    }
    if (!vocabulary.empty() || !profile_path.empty()) {
        auto words = std::make_shared<VocabularyMapping>();
        if (!profile_path.empty()) read_profile_vocabulary(profile_path, *words);
        if (!vocabulary.empty()) words->add_file(vocabulary);
        options.vocabulary = std::move(words);
    }
    options.encoding = encoding;
    return options;
}

std::vector<std::string> InputOptions::files_read() const {
    std::vector<std::string> files = {path, nodes_path, vocabulary, profile_path};
    if (nodes_path.empty() && is_edge_list_path(path)) files.push_back(companion_path(path, "nodes", "csv"));
    return files;
}

void InputOptions::check_outputs(const std::vector<std::string>& outputs) const { cli::check_outputs(files_read(), outputs); }

ImportResult InputOptions::load(std::ostream& warnings) const {
    ImportResult result = [&] {
        const ProgressBar bar;  // reading a big map takes seconds: say how far it is
        return import_map(path, import_options());
    }();
    if (show_decisions) {
        for (const auto& decision : result.decisions) warnings << terminal_safe_text("note: " + decision) << "\n";
    }
    if (!quiet) {
        for (const auto& warning : result.warnings) warnings << terminal_safe_text("warning: " + warning) << "\n";
    }
    return result;
}

}  // namespace stakemap::cli
