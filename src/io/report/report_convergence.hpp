// The report's convergence and index parts, built from the printed groups:
// the prioritised section (most voted inputs of the event and per theme,
// with a chart) and the internal appendix's index of people.
#pragma once

#include "io/report/report_document.hpp"

#include <functional>

namespace innspill::io::report {

// Fills doc.topVoted and doc.votesChart; leaves them empty when no
// printed input has a vote.
void addTopVoted(ReportDocument& doc, const model::Event& event,
                 const std::vector<const model::Group*>& printed);

// Everyone named in a printed group, in register order, with the groups
// they initiated, facilitated or took part in. `name` gives the printed
// name (empty: left out).
std::vector<IndexedPerson>
buildPeopleIndex(const model::Event& event, const std::vector<const model::Group*>& printed,
                 const std::function<std::string(const model::Person&)>& name);

} // namespace innspill::io::report
