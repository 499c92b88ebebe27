// The challenge report's part of the report document: the summary of
// priorities, the themes with their challenges and measures, and for each
// challenge and measure the inputs it rests on (the appendix "Grunnlag").
#pragma once

#include "io/report/report_document.hpp"

namespace innspill::io::report {

// Fills doc.priorities and doc.challengeThemes from the event's synthesis.
void buildChallenges(const model::Event& event, ReportDocument& doc);

// "Kilder", "Utfordring A", "1 kilde slettet" in the report's language.
std::string challengeHeading(const std::string& language, const std::string& letter);
std::string deletedSources(const std::string& language, size_t count);

} // namespace innspill::io::report
