// Reading an Office Open XML package back in tests with real readers (libzip
// to unpack every part, libxml2 to parse each one and run XPath), and an
// event full of hostile text for the DOCX and XLSX writer tests.
#pragma once

#include "model/event.hpp"

#include <libxml/tree.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace innspill::test {

// Every entry of the ZIP archive, by name. FAILs the test if it is not a ZIP.
std::map<std::string, std::string> unzipAll(const std::string& bytes);

struct XmlDocDeleter {
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocDeleter>;

// The parsed part, or null when it is not well-formed XML.
XmlDocPtr parseXml(const std::string& content);

// The text value of every node the XPath expression selects. Prefixes known:
// w, r (WordprocessingML), ct (content types), rel (relationships), cp, dc,
// dcterms (core properties), x (SpreadsheetML).
std::vector<std::string> xpathStrings(xmlDoc* doc, const std::string& expression);
size_t xpathCount(xmlDoc* doc, const std::string& expression);

// Whether [Content_Types].xml gives a content type to the part.
bool contentTypeCovers(xmlDoc* contentTypes, const std::string& partName);

// The sample event with quotes, markup, ampersands, control characters
// (\x01, \x0B), a 10,000-character input, emoji, right-to-left text and a
// formula-looking input in its title, group titles, inputs, notes and themes.
model::Event hostileEvent();

// The 10,000-character input of hostileEvent().
std::string longInput();

} // namespace innspill::test
