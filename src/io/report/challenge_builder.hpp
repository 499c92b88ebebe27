// The challenge report's part of the report document: the summary of
// priorities, the themes with their challenges and measures, and for each
// challenge and measure the inputs it rests on (the appendix "Grunnlag").
#pragma once

#include "io/report/report_document.hpp"

#include <functional>

namespace innspill::io::report {

// A challenge's actions as the report prints them (`who` by the name policy).
using ActionPrinter = std::function<std::vector<ReportAction>(const std::vector<model::Action>&)>;

// Fills doc.priorities and doc.challengeThemes from the event's synthesis.
void buildChallenges(const model::Event& event, ReportDocument& doc,
                     const ActionPrinter& printActions);

// Fills doc.challengeActions: every challenge with actions, in the report's
// order (themes in the event's order, challenges of a theme that is gone
// last), labelled "Utfordring A (Theme)".
void buildChallengeActions(const model::Event& event, ReportDocument& doc,
                           const ActionPrinter& printActions);

// "Kilder", "Utfordring A", "1 kilde slettet" in the report's language.
std::string challengeHeading(const std::string& language, const std::string& letter);
std::string deletedSources(const std::string& language, size_t count);

} // namespace innspill::io::report
