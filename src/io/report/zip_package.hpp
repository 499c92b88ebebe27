// An OOXML package (a ZIP archive) assembled in memory with libzip: the DOCX
// writer hands it its parts and gets the file's bytes back, no temporary file.
#pragma once

#include <string>
#include <vector>

namespace innspill::io::report {

struct PackagePart {
    std::string name; // path inside the archive: "word/document.xml"
    std::string content;
};

// The archive's bytes, parts stored in the given order (OOXML readers expect
// "[Content_Types].xml" first). Throws io::WriteError if libzip fails.
std::string zipPackage(const std::vector<PackagePart>& parts);

} // namespace innspill::io::report
