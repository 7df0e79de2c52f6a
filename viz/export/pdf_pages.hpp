#pragma once
// One PDF of several drawings, each on its own sheet of the chosen paper,
// centred in the margins and shrunk (never enlarged) to fit, with the
// document's title and author in its metadata. Built with qpdf, which copies
// each drawing's vector content as it is.

#include <string>
#include <vector>

#include "viz/export/page_setup.hpp"

namespace stakemap::viz {

struct PdfInfo {
    std::string title, author, subject;
};

// Each of `drawings` is a whole PDF whose first page is placed; throws std::runtime_error on a malformed one.
std::string assemble_pdf(const std::vector<std::string>& drawings, const PageSetup& page, const PdfInfo& info);

// The same PDF with `info` as its metadata (Graphviz writes none).
std::string with_pdf_info(const std::string& pdf, const PdfInfo& info);

}  // namespace stakemap::viz
