// Diagrams on paper: page sizes, the fit, the split into an overview and parts
// when names would print too small, and the PDF's pages and metadata.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

// qpdf 11: use std::shared_ptr throughout, never its old PointerHolder.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include "datasets/generator/synthetic_map.hpp"
#include "importer_test_support.hpp"
#include "viz/export/diagram.hpp"
#include "viz/export/diagram_pages.hpp"
#include "viz/export/page_setup.hpp"
#include "viz/export/pdf_pages.hpp"

using namespace stakemap;
using namespace stakemap::testing;

namespace {

StakeholderMap triangle_map() {
    return import_text("paper.json", R"({"directed": false, "metadata": {"title": "Paper test"},
      "nodes": [{"id": "a", "label": "Alpha CSO", "type": "cso"}, {"id": "b", "label": "Beta Union", "type": "union"},
                {"id": "c", "label": "Gamma Ministry", "type": "government"}],
      "edges": [{"source": "a", "target": "b"}, {"source": "b", "target": "c"}, {"source": "a", "target": "c"}]})").map;
}

}  // namespace

TEST_CASE("paper sizes are the ISO and US sizes in points, turned and less their margins", "[diagram][paper]") {
    viz::PageSetup a4;
    CHECK(viz::paper(a4).width == Approx(595.276).epsilon(1e-4));
    CHECK(viz::paper(a4).height == Approx(841.890).epsilon(1e-4));
    viz::PageSetup a3{"a3", true, 0};
    CHECK(viz::paper(a3).width == Approx(1190.55).epsilon(1e-4));  // landscape: the long side across
    CHECK(viz::paper(a3).height == Approx(841.890).epsilon(1e-4));
    viz::PageSetup letter{"letter", false, 25.4};
    CHECK(viz::printable_area(letter).width == Approx(612 - 144));
    CHECK(viz::printable_area(letter).height == Approx(792 - 144));
    CHECK_THROWS_AS(viz::paper({"B5", false, 10}), std::invalid_argument);
    CHECK_THROWS_WITH(viz::printable_area({"A4", false, 120}), Catch::Contains("leaves too little of the page"));
}

TEST_CASE("a small map fits one page legibly; the PDF is that sheet with its title and author", "[diagram][paper]") {
    viz::DiagramOptions options;
    options.page = viz::PageSetup{"A4", true, 10};
    options.title = "Réseau du Ghana";
    options.author = "Équipe de cadrage";
    const std::string path = scratch_file("paper-small.pdf", "");
    const std::string words = viz::render_diagram(triangle_map(), options, path);
    CHECK(words.find("1 page of A4 landscape") != std::string::npos);
    const std::string pdf = file_contents(path);
    QPDF document;
    document.processMemoryFile("paper-small.pdf", pdf.data(), pdf.size());
    const auto pages = QPDFPageDocumentHelper(document).getAllPages();
    REQUIRE(pages.size() == 1);
    auto page = pages[0].getObjectHandle();
    const auto box = page.getKey("/MediaBox").getArrayAsRectangle();
    CHECK(box.urx - box.llx == Approx(841.89).epsilon(1e-3));
    CHECK(box.ury - box.lly == Approx(595.28).epsilon(1e-3));
    auto info = document.getTrailer().getKey("/Info");
    CHECK(info.getKey("/Title").getUTF8Value() == "Réseau du Ghana");
    CHECK(info.getKey("/Author").getUTF8Value() == "Équipe de cadrage");
}

TEST_CASE("a map too big to print legibly on one page is split: an overview, then one legible page per community", "[diagram][paper]") {
    GeneratorOptions generator;
    generator.organisations = 240;
    generator.seed = 4;
    const StakeholderMap map = generate_map(generator);
    MapAnalysis analysis(map);
    viz::DiagramOptions options;
    options.page = viz::PageSetup{"A4", false, 10};
    // Drawn whole, the names would print below the minimum on A4 ...
    const viz::DrawnDiagram whole = viz::draw_diagram(analysis, options, "svg");
    const viz::PageBox area = viz::printable_area(*options.page);
    const double fit = std::min({1.0, area.width / (whole.width + 43.2), area.height / (whole.height + 43.2)});
    REQUIRE(whole.smallest_label * fit < viz::kMinimumLabelPoints);
    // ... so the pages are an overview and the parts, which between them hold every organisation once.
    const auto pages = viz::diagram_pages(analysis, options, "svg");
    REQUIRE(pages.size() >= 3);
    CHECK(pages[0].caption == "overview");
    CHECK(pages[0].data.find("Page 2") != std::string::npos);
    std::size_t drawn = 0;
    for (std::size_t k = 1; k < pages.size(); ++k) {
        const auto count = pages[k].caption.substr(pages[k].caption.rfind('(') + 1);
        drawn += std::stoul(count);
        CHECK(pages[k].data.find("page " + std::to_string(k + 1) + " of " + std::to_string(pages.size())) != std::string::npos);
    }
    CHECK(drawn == map.organisation_count());
    // Most parts print at the minimum or larger (a part as big as a country may still not).
    std::size_t legible = 0;
    for (const auto& page : pages) legible += page.label_points >= viz::kMinimumLabelPoints;
    CHECK(legible * 2 > pages.size());

    // As a PDF: one file, one A4 sheet per page, each drawing inside the margins.
    const std::string path = scratch_file("paper-big.pdf", "");
    viz::render_diagram(analysis, options, path);
    const std::string pdf = file_contents(path);
    QPDF document;
    document.processMemoryFile("paper-big.pdf", pdf.data(), pdf.size());
    CHECK(QPDFPageDocumentHelper(document).getAllPages().size() == pages.size());
}

TEST_CASE("SVG pages are written beside the file named, numbered from 2", "[diagram][paper]") {
    CHECK(viz::diagram_page_paths("out/map.svg", 3) == std::vector<std::string>{"out/map.svg", "out/map-2.svg", "out/map-3.svg"});
    CHECK(viz::diagram_page_paths("map.pdf", 3) == std::vector<std::string>{"map.pdf"});
}

TEST_CASE("the legend gives the size scale: sample names at the sizes of the top value, a quarter of it and zero", "[diagram]") {
    // A path a-b-c-d-e: betweenness of c is 4 (pairs a-d, a-e, b-d, b-e), the largest.
    const StakeholderMap map = import_text("path.json", R"({"directed": false, "nodes": [{"id": "a"}, {"id": "b"}, {"id": "c"}, {"id": "d"}, {"id": "e"}],
      "edges": [{"source": "a", "target": "b"}, {"source": "b", "target": "c"}, {"source": "c", "target": "d"}, {"source": "d", "target": "e"}]})").map;
    viz::DiagramOptions options;
    options.size_by = "betweenness";
    MapAnalysis analysis(map);
    const double top = analysis.column("betweenness")->values[2];
    const std::string svg = viz::render_diagram_data(analysis, options, "svg");
    const auto scale = svg.find("Size: betweenness");
    REQUIRE(scale != std::string::npos);
    char quarter[32];
    std::snprintf(quarter, sizeof quarter, "%.3g", top / 4);
    char whole[32];
    std::snprintf(whole, sizeof whole, "%.3g", top);
    CHECK(svg.find(std::string(">") + whole + "<", scale) != std::string::npos);
    CHECK(svg.find(std::string(">") + quarter + "<", scale) != std::string::npos);
    CHECK(svg.find("font-size=\"20.00\">Name<", scale) != std::string::npos);
    CHECK(svg.find("font-size=\"9.00\">Name<", scale) != std::string::npos);
}
