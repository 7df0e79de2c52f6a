#include "importers/rules/map_validator.hpp"

#include "importers/formats.hpp"

#include <filesystem>
#include <optional>

#include <nlohmann/json.hpp>

#include "importers/support/field_mapping.hpp"
#include "importers/support/import_error.hpp"
#include "importers/importer.hpp"
#include "importers/formats/json_reader.hpp"
#include "importers/formats/kumu_reader.hpp"

namespace stakemap {
namespace {

void add(ValidationReport& report, const std::string& path, const Problem& problem) {
    report.lines.push_back(path + ": " + describe(problem));
    ++(problem.severity == Severity::error ? report.errors : report.warnings);
}

void add_import_error(ValidationReport& report, const ImportError& error) {
    std::string text = error.where().to_string() + " error: " + error.message();
    report.lines.push_back(std::move(text));
    ++report.errors;
}

}  // namespace

ValidationReport validate_map_file(const std::string& path, ImportOptions options) {
    ValidationReport report;
    options.strict = true;  // a map under validation must declare every organisation it names
    try {
        std::vector<Problem> problems;
        std::optional<nlohmann::json> document;
        if (is_stakemap_map_path(path)) document = parse_json_file(TextFile::read(path, "UTF-8"));
        if (document && !is_kumu_blueprint(*document)) {
            // Both rule sets straight from the document, so every problem shows in one report.
            problems = check_json_structure(*document);
            const auto content = check_json_content(*document);
            problems.insert(problems.end(), content.begin(), content.end());
            sort_by_position(problems);
            for (const Problem& problem : problems) add(report, path, problem);
        } else {
            const ImportResult result = read_map_file(path, options);
            for (const auto& decision : result.decisions) report.lines.push_back("note: " + decision);
            for (const auto& warning : result.warnings) {
                report.lines.push_back(warning);
                ++report.warnings;
            }
            problems = check_map_content(result.map);
            sort_by_position(problems);
            for (const Problem& problem : problems) {
                // Unknown types and themes were said once per value, with how to map them.
                if (problem.kind == ProblemKind::unknown_type || problem.kind == ProblemKind::unknown_theme) continue;
                report.lines.push_back(place_of(result, path, problem) + " " + (problem.severity == Severity::error ? "error: " : "warning: ") +
                                       problem.message);
                ++(problem.severity == Severity::error ? report.errors : report.warnings);
            }
        }
    } catch (const ImportError& error) {
        add_import_error(report, error);
    }
    return report;
}

}  // namespace stakemap
