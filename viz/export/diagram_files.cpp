// Writing diagrams to files: one drawing, or on paper the pages of
// diagram_pages() — one PDF of all of them, or for SVG and PNG the overview
// under the name given and each part beside it (map-2.svg, map-3.svg, ...).

#include <filesystem>
#include <stdexcept>

#include "graph/support/atomic_file.hpp"
#include "importers/formats.hpp"
#include "viz/export/diagram.hpp"
#include "viz/export/diagram_pages.hpp"
#include "viz/export/pdf_pages.hpp"

namespace stakemap::viz {
namespace {

std::string page_path(const std::string& path, std::size_t page) {
    const std::filesystem::path p(path);
    return (p.parent_path() / (p.stem().string() + "-" + std::to_string(page) + p.extension().string())).string();
}

PdfInfo pdf_info(const StakeholderMap& map, const DiagramOptions& options) {
    PdfInfo info;
    info.title = options.title;
    if (info.title.empty()) {
        const auto found = map.metadata.find("title");
        info.title = found == map.metadata.end() ? "Stakeholder map" : to_display_string(found->second);
    }
    info.author = options.author;
    info.subject = options.subtitle.empty() ? "Stakeholder map" : options.subtitle;
    return info;
}

std::string one_decimal(double value) {
    const long tenths = std::lround(value * 10);
    return std::to_string(tenths / 10) + "." + std::to_string(std::abs(tenths % 10));
}

}  // namespace

std::vector<std::string> diagram_page_paths(const std::string& path, std::size_t pages) {
    std::vector<std::string> paths{path};
    if (format_for_path(path) == format_named("pdf")) return paths;
    for (std::size_t k = 2; k <= pages; ++k) paths.push_back(page_path(path, k));
    return paths;
}

std::string render_diagram(MapAnalysis& analysis, const DiagramOptions& options, const std::string& path) {
    const FileFormat& format = require_format(path, FormatUse::draw);
    const std::string output(format.graphviz_output);
    const bool pdf = output == "pdf";
    const std::string name = std::filesystem::path(path).filename().string();
    if (!options.page || output == "dot") {
        const std::string data = render_diagram_data(analysis, options, output);
        write_file_atomically(path, pdf ? with_pdf_info(data, pdf_info(analysis.map(), options)) : data);
        return name;
    }
    const std::vector<DiagramPage> pages = diagram_pages(analysis, options, output);
    double smallest = pages.front().label_points;
    for (const auto& page : pages) smallest = std::min(smallest, page.label_points);
    const std::string sheet = options.page->size + (options.page->landscape ? " landscape" : "");
    std::string words;
    if (pdf) {
        std::vector<std::string> drawings;
        for (const auto& page : pages) drawings.push_back(page.data);
        write_file_atomically(path, assemble_pdf(drawings, *options.page, pdf_info(analysis.map(), options)));
        words = name + " (" + std::to_string(pages.size()) + (pages.size() == 1 ? " page" : " pages") + " of " + sheet;
    } else {
        const std::vector<std::string> paths = diagram_page_paths(path, pages.size());
        for (std::size_t k = 0; k < pages.size(); ++k) write_file_atomically(paths[k], pages[k].data);
        words = name;
        for (std::size_t k = 1; k < paths.size(); ++k) words += (k + 1 == paths.size() ? " and " : ", ") + std::filesystem::path(paths[k]).filename().string();
        words += " (fitted to " + sheet;
    }
    if (pages.size() > 1) words += "; split into an overview and one page per part, as one page would print names below " +
                                   one_decimal(kMinimumLabelPoints) + " pt";
    words += smallest > 0 ? "; smallest name " + one_decimal(smallest) + " pt)" : "; no organisation to draw)";
    return words;
}

std::string render_diagram(const StakeholderMap& map, const DiagramOptions& options, const std::string& path) {
    MapAnalysis analysis(map, diagram_analysis_settings(options));
    return render_diagram(analysis, options, path);
}

}  // namespace stakemap::viz
