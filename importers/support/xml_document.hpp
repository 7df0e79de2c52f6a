#pragma once
// A parsed XML file for the GraphML and GEXF readers, on libxml2.
// Parsing never fetches anything from the network, never loads external DTDs
// or entities, and refuses documents that declare entities at all, so
// "billion laughs" and external-entity tricks cannot work. Errors carry the
// file, line and column libxml2 reports.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <libxml/tree.h>

#include "importers/support/import_error.hpp"

namespace stakemap {

class XmlDocument {
public:
    // Throws ImportError if the file cannot be read or is not well-formed XML.
    static XmlDocument parse(const std::string& path);

    xmlNode* root() const;
    const std::string& path() const { return path_; }

    SourceLocation location_of(const xmlNode* node) const;

private:
    struct Free {
        void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
    };
    XmlDocument(std::string path, xmlDoc* doc) : path_(std::move(path)), doc_(doc) {}

    std::string path_;
    std::unique_ptr<xmlDoc, Free> doc_;
};

// Helpers for walking the tree by local name (namespace prefixes ignored,
// since tools disagree about them).
bool has_name(const xmlNode* node, const char* local_name);
std::vector<xmlNode*> child_elements(const xmlNode* node, const char* local_name = nullptr);
xmlNode* first_child_element(const xmlNode* node, const char* local_name);
std::optional<std::string> attribute(const xmlNode* node, const char* name);
// A non-empty attribute, or an ImportError at the element's line naming what is missing.
std::string required_attribute(const XmlDocument& document, const xmlNode* element, const char* name);
std::string text_content(const xmlNode* node);

}  // namespace stakemap
