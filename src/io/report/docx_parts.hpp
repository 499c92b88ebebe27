// The fixed parts of the DOCX package (content types, relationships, styles,
// numbering, settings, footer, document properties). The body is built in
// docx_writer.cpp; the names and ids it uses for these parts are defined here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace innspill::io::report::docx {

inline constexpr std::string_view kWordNs =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr std::string_view kRelNs =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

inline constexpr std::string_view kDrawingNs =
    "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

// A picture in word/media/ and the relationship id document.xml embeds it by.
struct MediaPart {
    std::string relId;
    std::string fileName; // "gruppe-1-6-1.jpg"
    const std::string* jpeg = nullptr;
};

// The relationship id document.xml uses for the footer.
inline constexpr std::string_view kFooterRelId = "rIdFooter1";

// Bullet list instance in numbering.xml: level 0 items, level 1 sub-points.
inline constexpr int kBulletNumId = 1;

// Page geometry (twentieths of a point): A4 with 2.5 cm margins.
inline constexpr int kPageWidth = 11906;
inline constexpr int kPageHeight = 16838;
inline constexpr int kMargin = 1417;
inline constexpr int kTextWidth = kPageWidth - 2 * kMargin;

std::string contentTypesXml();
std::string packageRelsXml();
std::string documentRelsXml(const std::vector<MediaPart>& media = {});
std::string stylesXml(const std::string& languageTag);
std::string numberingXml();
std::string settingsXml(const std::string& languageTag);
// "Title<TAB>side N" with a PAGE field; the arguments are plain user text.
std::string footerXml(std::string_view title, std::string_view pageWord);
std::string coreXml(std::string_view title, std::string_view subject, std::string_view creator,
                    const std::string& languageTag);
std::string appXml();

} // namespace innspill::io::report::docx
