#include "importers/support/xml_document.hpp"

#include "importers/support/input_limits.hpp"

#include <cstring>
#include <fstream>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

namespace stakemap {
namespace {

// libxml2 asks to be initialised once before threads use it (diff reads two files at
// once, and the window reads beside its analysis): done at start-up, on the main thread.
const bool libxml_ready = (xmlInitParser(), true);

std::string trimmed_message(const char* message) {
    std::string text = message ? message : "malformed XML";
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return text;
}

bool declares_entities(const xmlDoc* doc) {
    const xmlDtd* dtd = doc->intSubset;
    return dtd != nullptr && dtd->entities != nullptr;
}

}  // namespace

XmlDocument XmlDocument::parse(const std::string& path) {
    const std::string bytes = limits::read_file_bytes(path);
    if (bytes.empty()) throw ImportError({path, 0, 0, {}}, "the file is empty; expected an XML document");
    limits::check_xml_attribute_counts(bytes, path);
    xmlParserCtxtPtr context = xmlNewParserCtxt();
    if (context == nullptr) throw ImportError({path, 0, 0, {}}, "out of memory starting the XML parser");
    // No XML_PARSE_NOENT (entities are not substituted), no DTD loading, no network.
    const int flags = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
    xmlDoc* doc = xmlCtxtReadMemory(context, bytes.data(), static_cast<int>(bytes.size()), path.c_str(), nullptr, flags);
    if (doc == nullptr) {
        const xmlError* error = xmlCtxtGetLastError(context);
        SourceLocation where{path, error ? static_cast<std::size_t>(error->line) : 0,
                             error ? static_cast<std::size_t>(error->int2) : 0, {}};
        const std::string message = trimmed_message(error ? error->message : nullptr);
        xmlFreeParserCtxt(context);
        throw ImportError(where, "malformed XML: " + message);
    }
    xmlFreeParserCtxt(context);
    XmlDocument document(path, doc);
    if (declares_entities(doc)) {
        throw ImportError({path, 0, 0, "<!DOCTYPE>"},
                          "the document declares XML entities, which stakemap refuses for safety; "
                          "expected plain GraphML/GEXF without a DTD");
    }
    if (document.root() == nullptr) throw ImportError({path, 0, 0, {}}, "no root element");
    return document;
}

xmlNode* XmlDocument::root() const { return xmlDocGetRootElement(doc_.get()); }

SourceLocation XmlDocument::location_of(const xmlNode* node) const {
    return {path_, static_cast<std::size_t>(xmlGetLineNo(node)), 0, {}};
}

bool has_name(const xmlNode* node, const char* local_name) {
    return node != nullptr && node->type == XML_ELEMENT_NODE &&
           std::strcmp(reinterpret_cast<const char*>(node->name), local_name) == 0;
}

std::vector<xmlNode*> child_elements(const xmlNode* node, const char* local_name) {
    std::vector<xmlNode*> children;
    for (xmlNode* child = node->children; child != nullptr; child = child->next) {
        if (child->type != XML_ELEMENT_NODE) continue;
        if (local_name == nullptr || has_name(child, local_name)) children.push_back(child);
    }
    return children;
}

xmlNode* first_child_element(const xmlNode* node, const char* local_name) {
    for (xmlNode* child = node->children; child != nullptr; child = child->next) {
        if (has_name(child, local_name)) return child;
    }
    return nullptr;
}

std::optional<std::string> attribute(const xmlNode* node, const char* name) {
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    if (value == nullptr) return std::nullopt;
    std::string text(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return text;
}

std::string required_attribute(const XmlDocument& document, const xmlNode* element, const char* name) {
    auto value = attribute(element, name);
    if (!value || value->empty()) {
        throw ImportError(document.location_of(element),
                          std::string("<") + reinterpret_cast<const char*>(element->name) + "> without " + name +
                              "; expected " + name + "=\"...\"");
    }
    return *value;
}

std::string text_content(const xmlNode* node) {
    xmlChar* value = xmlNodeGetContent(node);
    if (value == nullptr) return {};
    std::string text(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return text;
}

}  // namespace stakemap
