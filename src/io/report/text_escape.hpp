// Making user text safe to place inside HTML and XML (HTML, SVG, DOCX, XLSX,
// PDF metadata). Shared by every writer that emits markup.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace innspill::io::report {

// Escapes & < > " ' so the text is safe in element content and in quoted
// attribute values of HTML and XML alike.
std::string escapeHtml(std::string_view text);
// The same, appended to `out` (no string of its own per piece of text).
void appendEscapedHtml(std::string& out, std::string_view text);

// Drops the characters XML 1.0 forbids: C0 controls other than TAB, LF and
// CR, and U+FFFE / U+FFFF. Bytes that are not valid UTF-8 become U+FFFD, so
// the result is always well-formed UTF-8 whatever the input.
std::string stripXmlForbidden(std::string_view text);
// The same without a copy when nothing is to be dropped or replaced (most
// text): `text` itself, or the cleaned text, kept in `storage`.
std::string_view xmlClean(std::string_view text, std::string& storage);

// A fragment identifier made safe for an HTML id, a URL fragment and a
// Markdown link destination: ASCII letters, digits and '-' pass, anything else
// becomes "_xx" (its bytes in hex), so distinct inputs stay distinct. The
// report's anchors ("gruppe-1-12") pass unchanged.
std::string anchorId(std::string_view anchor);

// User text as the writers lay it out: CR LF and lone CR read as LF, XML-
// forbidden characters dropped (see stripXmlForbidden), then split into
// paragraphs at blank lines, each a list of its non-empty lines with
// surrounding spaces and tabs trimmed. A line break the user typed stays a
// line break; where a writer has no room for paragraphs (a list item) it joins
// every line of every paragraph with line breaks.
std::vector<std::vector<std::string>> textParagraphs(std::string_view text);

// All lines of textParagraphs(text), in order: the text as one block.
std::vector<std::string> textLines(std::string_view text);
// The lines of textLines(text), each handed to `line` in order, without
// building the list (for writers that copy each line out once).
void forEachTextLine(std::string_view text, const std::function<void(std::string_view)>& line);

// Both, in the order an XML writer needs them.
inline std::string escapeXmlText(std::string_view text) {
    return escapeHtml(stripXmlForbidden(text));
}

} // namespace innspill::io::report
