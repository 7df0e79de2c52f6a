#include "importers/support/xml_writer.hpp"

#include <exception>
#include <stdexcept>
#include <string>

#include <libxml/xmlwriter.h>

#include "graph/support/atomic_file.hpp"
#include "graph/support/text_safety.hpp"

namespace stakemap {

// The document streams through libxml2's output buffer into the temporary file (a whole
// document held in memory first cost the document's size again, and libxml2 grew that
// buffer by a reallocation per write).
struct XmlWriter::State {
    explicit State(const std::string& path) : file(path) {}
    AtomicFileWriter file;
    std::exception_ptr write_error;  // what the file said when a write failed
    xmlTextWriterPtr writer = nullptr;

    void check(int result, const char* what) const {
        if (write_error) std::rethrow_exception(write_error);
        if (result < 0) throw std::runtime_error(std::string("XML writer failed to ") + what);
    }
};

namespace {

const xmlChar* as_xml(const std::string& text) { return reinterpret_cast<const xmlChar*>(text.c_str()); }

int write_to_file(void* context, const char* bytes, int length) {
    // A failed write is kept for check() to report in the file's own words; libxml2 is told
    // all went well, or it would print a message of its own beside ours.
    auto* state = static_cast<XmlWriter::State*>(context);
    if (state->write_error) return length;
    try {
        state->file.write(std::string_view(bytes, static_cast<std::size_t>(length)));
    } catch (...) {
        state->write_error = std::current_exception();
    }
    return length;
}

int close_nothing(void*) { return 0; }  // the file is committed or removed by AtomicFileWriter

}  // namespace

XmlWriter::XmlWriter(const std::string& path) : state_(std::make_unique<State>(path)) {
    xmlOutputBufferPtr output = xmlOutputBufferCreateIO(write_to_file, close_nothing, state_.get(), nullptr);
    if (output == nullptr) throw std::runtime_error("out of memory for the XML writer");
    state_->writer = xmlNewTextWriter(output);  // owns `output` from here
    if (state_->writer == nullptr) {
        xmlOutputBufferClose(output);
        throw std::runtime_error("cannot start the XML writer");
    }
    xmlTextWriterSetIndent(state_->writer, 1);
    xmlTextWriterSetIndentString(state_->writer, reinterpret_cast<const xmlChar*>("  "));
    try {
        state_->check(xmlTextWriterStartDocument(state_->writer, nullptr, "UTF-8", nullptr), "start the document");
    } catch (...) {  // no destructor runs for a constructor that throws
        xmlFreeTextWriter(state_->writer);
        throw;
    }
}

XmlWriter::~XmlWriter() {
    if (state_->writer != nullptr) xmlFreeTextWriter(state_->writer);
}

XmlWriter& XmlWriter::start(std::string_view element) {
    state_->check(xmlTextWriterStartElement(state_->writer, as_xml(std::string(element))), "open an element");
    return *this;
}

XmlWriter& XmlWriter::attribute(std::string_view name, std::string_view value) {
    state_->check(xmlTextWriterWriteAttribute(state_->writer, as_xml(xml_safe_text(name)), as_xml(xml_safe_text(value))), "write an attribute");
    return *this;
}

XmlWriter& XmlWriter::text(std::string_view content) {
    state_->check(xmlTextWriterWriteString(state_->writer, as_xml(xml_safe_text(content))), "write text");
    return *this;
}

XmlWriter& XmlWriter::end() {
    state_->check(xmlTextWriterEndElement(state_->writer), "close an element");
    return *this;
}

XmlWriter& XmlWriter::element(std::string_view name, std::string_view content) { return start(name).text(content).end(); }

void XmlWriter::save() {
    state_->check(xmlTextWriterEndDocument(state_->writer), "finish the document");
    const int flushed = xmlTextWriterFlush(state_->writer);
    xmlFreeTextWriter(state_->writer);
    state_->writer = nullptr;
    state_->check(flushed, "write the document");
    state_->file.commit();
}

}  // namespace stakemap
