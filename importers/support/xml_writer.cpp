#include "importers/support/xml_writer.hpp"

#include <stdexcept>
#include <string>

#include <libxml/xmlwriter.h>

#include "graph/support/atomic_file.hpp"
#include "graph/support/text_safety.hpp"

namespace stakemap {

struct XmlWriter::State {
    xmlBufferPtr buffer = nullptr;
    xmlTextWriterPtr writer = nullptr;
};

namespace {

const xmlChar* as_xml(const std::string& text) { return reinterpret_cast<const xmlChar*>(text.c_str()); }

void check(int result, const char* what) {
    if (result < 0) throw std::runtime_error(std::string("XML writer failed to ") + what);
}

}  // namespace

XmlWriter::XmlWriter() : state_(std::make_unique<State>()) {
    state_->buffer = xmlBufferCreate();
    if (state_->buffer == nullptr) throw std::runtime_error("out of memory for the XML writer");
    state_->writer = xmlNewTextWriterMemory(state_->buffer, 0);
    if (state_->writer == nullptr) {
        xmlBufferFree(state_->buffer);
        throw std::runtime_error("cannot start the XML writer");
    }
    xmlTextWriterSetIndent(state_->writer, 1);
    xmlTextWriterSetIndentString(state_->writer, reinterpret_cast<const xmlChar*>("  "));
    check(xmlTextWriterStartDocument(state_->writer, nullptr, "UTF-8", nullptr), "start the document");
}

XmlWriter::~XmlWriter() {
    if (state_->writer != nullptr) xmlFreeTextWriter(state_->writer);
    if (state_->buffer != nullptr) xmlBufferFree(state_->buffer);
}

XmlWriter& XmlWriter::start(std::string_view element) {
    check(xmlTextWriterStartElement(state_->writer, as_xml(std::string(element))), "open an element");
    return *this;
}

XmlWriter& XmlWriter::attribute(std::string_view name, std::string_view value) {
    check(xmlTextWriterWriteAttribute(state_->writer, as_xml(xml_safe_text(name)), as_xml(xml_safe_text(value))), "write an attribute");
    return *this;
}

XmlWriter& XmlWriter::text(std::string_view content) {
    check(xmlTextWriterWriteString(state_->writer, as_xml(xml_safe_text(content))), "write text");
    return *this;
}

XmlWriter& XmlWriter::end() {
    check(xmlTextWriterEndElement(state_->writer), "close an element");
    return *this;
}

XmlWriter& XmlWriter::element(std::string_view name, std::string_view content) { return start(name).text(content).end(); }

void XmlWriter::save(const std::string& path) {
    check(xmlTextWriterEndDocument(state_->writer), "finish the document");
    xmlFreeTextWriter(state_->writer);  // flushes into the buffer
    state_->writer = nullptr;
    write_file_atomically(path, std::string_view(reinterpret_cast<const char*>(xmlBufferContent(state_->buffer)),
                                                 static_cast<std::size_t>(xmlBufferLength(state_->buffer))));
}

}  // namespace stakemap
