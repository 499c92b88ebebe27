// Optional sections of the report.
#include "io/report/report_sections.hpp"

namespace innspill::io::report {

bool hasAbout(const ReportDocument& doc) {
    return !doc.aboutParagraphs.empty() || !doc.placeAndDate.empty() || !doc.organisers.empty();
}

bool hasOverview(const ReportDocument& doc) {
    return doc.kind == ReportKind::Thematic && !doc.charts.empty();
}

bool hasUntagged(const ReportDocument& doc) {
    return doc.kind == ReportKind::Thematic && !doc.untagged.empty();
}

bool hasPriorities(const ReportDocument& doc) {
    return !doc.priorities.empty();
}

bool hasActions(const ReportDocument& doc) {
    for (const auto& round : doc.rounds) {
        for (const auto& group : round.groups) {
            if (!group.actions.empty()) {
                return true;
            }
        }
    }
    return false;
}

bool hasPeopleIndex(const ReportDocument& doc) {
    return !doc.peopleIndex.empty();
}

bool hasContents(const ReportDocument& doc) {
    const bool body = doc.kind == ReportKind::Thematic
                          ? hasOverview(doc) || !doc.themes.empty() || hasUntagged(doc)
                          : !doc.rounds.empty();
    return body || hasAbout(doc) || !doc.appendix.empty() || hasPriorities(doc) ||
           hasPeopleIndex(doc);
}

} // namespace innspill::io::report
