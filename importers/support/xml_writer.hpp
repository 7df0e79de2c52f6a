#pragma once
// A thin RAII wrapper over libxml2's xmlTextWriter for the GraphML and GEXF
// writers: libxml2 does the escaping and encoding, this class the error
// checking, and the result is saved atomically. Characters XML 1.0 forbids
// (most control characters) become U+FFFD, so every file is well-formed.

#include <memory>
#include <string>
#include <string_view>

namespace stakemap {

class XmlWriter {
public:
    // An indented UTF-8 document, written as it goes to a temporary file beside `path`
    // (atomic_file.hpp): the old file stays until save() succeeds.
    explicit XmlWriter(const std::string& path);
    ~XmlWriter();
    XmlWriter(const XmlWriter&) = delete;
    XmlWriter& operator=(const XmlWriter&) = delete;

    XmlWriter& start(std::string_view element);
    XmlWriter& attribute(std::string_view name, std::string_view value);
    XmlWriter& text(std::string_view content);
    XmlWriter& end();
    // Element with only text content: <name>content</name>.
    XmlWriter& element(std::string_view name, std::string_view content);

    // Closes every open element and puts the document in place of the old file.
    void save();

    struct State;  // (public for the output callback in xml_writer.cpp)

private:
    std::unique_ptr<State> state_;
};

}  // namespace stakemap
