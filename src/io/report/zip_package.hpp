// An OOXML package (a ZIP archive) assembled in memory: the DOCX writer hands
// it its parts and gets the file's bytes back, no temporary file. Each part is
// deflated with libdeflate (several times faster than zlib at the same size).
#pragma once

#include <string>
#include <vector>

namespace innspill::io::report {

struct PackagePart {
    std::string name; // path inside the archive: "word/document.xml"
    std::string content;
};

// The archive's bytes, parts stored in the given order (OOXML readers expect
// "[Content_Types].xml" first). Throws io::WriteError if a part cannot be
// compressed or the archive would outgrow the ZIP format (4 GiB, 65,535 parts).
std::string zipPackage(const std::vector<PackagePart>& parts);

} // namespace innspill::io::report
