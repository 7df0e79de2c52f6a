#include "viz/export/pdf_pages.hpp"

#include <memory>
#include <stdexcept>

// qpdf 11: use std::shared_ptr throughout, never its old PointerHolder.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <qpdf/QPDFExc.hh>

namespace stakemap::viz {

namespace {

void set_info(QPDF& document, const PdfInfo& info) {
    QPDFObjectHandle metadata = document.makeIndirectObject(QPDFObjectHandle::newDictionary());
    if (!info.title.empty()) metadata.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(info.title));
    if (!info.author.empty()) metadata.replaceKey("/Author", QPDFObjectHandle::newUnicodeString(info.author));
    if (!info.subject.empty()) metadata.replaceKey("/Subject", QPDFObjectHandle::newUnicodeString(info.subject));
    metadata.replaceKey("/Creator", QPDFObjectHandle::newUnicodeString("stakemap"));
    document.getTrailer().replaceKey("/Info", metadata);
}

std::string written(QPDF& document) {
    QPDFWriter writer(document);
    writer.setOutputMemory();
    writer.setDeterministicID(true);  // the same map and options give the same bytes
    writer.write();
    const auto buffer = writer.getBufferSharedPointer();
    return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

}  // namespace

std::string with_pdf_info(const std::string& pdf, const PdfInfo& info) {
    try {
        QPDF document;
        document.processMemoryFile("drawing", pdf.data(), pdf.size());
        set_info(document, info);
        return written(document);
    } catch (const std::exception& error) {
        throw std::runtime_error(std::string("could not set the PDF's title: ") + error.what());
    }
}

std::string assemble_pdf(const std::vector<std::string>& drawings, const PageSetup& page, const PdfInfo& info) {
    const PageBox sheet = paper(page);
    const PageBox area = printable_area(page);
    const double left = (sheet.width - area.width) / 2, bottom = (sheet.height - area.height) / 2;
    try {
        QPDF document;
        document.emptyPDF();
        QPDFPageDocumentHelper pages(document);
        // qpdf reads a copied page's streams when the document is written: the sources live until then.
        std::vector<std::unique_ptr<QPDF>> sources;
        for (std::size_t k = 0; k < drawings.size(); ++k) {
            auto& source = *sources.emplace_back(std::make_unique<QPDF>());
            source.processMemoryFile(("drawing " + std::to_string(k + 1)).c_str(), drawings[k].data(), drawings[k].size());
            auto drawn = QPDFPageDocumentHelper(source).getAllPages();
            if (drawn.empty()) throw std::runtime_error("drawing " + std::to_string(k + 1) + " has no page");
            QPDFObjectHandle form = document.copyForeignObject(drawn.front().getFormXObjectForPage());

            QPDFObjectHandle sheet_page = document.makeIndirectObject(QPDFObjectHandle::newDictionary());
            sheet_page.replaceKey("/Type", QPDFObjectHandle::newName("/Page"));
            sheet_page.replaceKey("/MediaBox", QPDFObjectHandle::newFromRectangle({0, 0, sheet.width, sheet.height}));
            QPDFObjectHandle xobjects = QPDFObjectHandle::newDictionary();
            xobjects.replaceKey("/Drawing", form);
            QPDFObjectHandle resources = QPDFObjectHandle::newDictionary();
            resources.replaceKey("/XObject", xobjects);
            sheet_page.replaceKey("/Resources", resources);
            const std::string content = QPDFPageObjectHelper(sheet_page).placeFormXObject(
                form, "/Drawing", {left, bottom, left + area.width, bottom + area.height}, true, true, false);
            sheet_page.replaceKey("/Contents", QPDFObjectHandle::newStream(&document, content));
            pages.addPage(sheet_page, false);
        }
        set_info(document, info);
        return written(document);
    } catch (const std::exception& error) {
        throw std::runtime_error(std::string("could not assemble the PDF pages: ") + error.what());
    }
}

}  // namespace stakemap::viz
