// The report's own words (not the event's labels) in nb, nn and en, from
// the string catalogue (lang/catalogue.hpp, keys "report.*").
#pragma once

#include "io/report/report_document.hpp"

#include <string>

namespace innspill::io::report {

struct Vocabulary {
    ReportWords words;
    std::string and_;          // "og"
    std::string followUpOf;    // "Fordypning til innspill nr {n}"
    std::string mergedWith;    // "Slått sammen med gruppe {n}"
    std::string challenges;    // "Utfordringer"
    std::string opportunities; // "Muligheter"
    std::string notes;         // "Notater"
    std::string perTheme;      // "Innspill per tema"
    std::string perRound;      // "Innspill per gruppesesjon"
    std::string untaggedBar;   // "Uten tema"
    std::string chartTheme;    // column heads of the charts as tables: "Tema",
    std::string chartRound;    // "Gruppesesjon",
    std::string chartCount;    // "Innspill"
    std::string noInputs;      // "Ingen innspill registrert."
    const char* months[12];
    std::string photoOf{}; // a photo's alt text when it has no caption: "Bilde fra gruppe {n}"
    std::string photos{};  // the data table's column: "Bilder"
};

const Vocabulary& vocabulary(const std::string& language);

// "22.–23. januar 2020", "22 January 2020"; empty dates give an empty string.
std::string formatDateRange(const std::string& start, const std::string& end,
                            const std::string& language);

// The report language as a BCP 47 tag with its region, for the document's
// language in DOCX, PDF and HTML: "nb" -> "nb-NO", "nn" -> "nn-NO",
// "en" -> "en-GB"; a full tag is kept; anything else is "nb-NO".
std::string languageTag(const std::string& language);

} // namespace innspill::io::report
