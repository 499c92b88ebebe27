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
    return doc.kind == ReportKind::Challenges && !doc.priorities.empty();
}

bool hasSources(const Sources& sources) {
    return !sources.numbers.empty();
}

bool hasBasis(const ReportChallenge& challenge) {
    if (hasSources(challenge.sources)) {
        return true;
    }
    for (const auto& measure : challenge.measures) {
        if (hasSources(measure.sources)) {
            return true;
        }
    }
    return false;
}

bool hasBasis(const ReportDocument& doc) {
    for (const auto& theme : doc.challengeThemes) {
        for (const auto& challenge : theme.challenges) {
            if (hasBasis(challenge)) {
                return true;
            }
        }
    }
    return false;
}

bool hasTopVoted(const ReportDocument& doc) {
    return !doc.topVoted.empty();
}

bool hasActions(const ReportDocument& doc) {
    for (const auto& round : doc.rounds) {
        for (const auto& group : round.groups) {
            if (!group.actions.empty()) {
                return true;
            }
        }
    }
    return !doc.challengeActions.empty();
}

bool hasPeopleIndex(const ReportDocument& doc) {
    return !doc.peopleIndex.empty();
}

std::string measureLabel(const ReportMeasure& measure) {
    if (measure.lead.empty()) {
        return measure.text;
    }
    std::string label = measure.lead;
    if (label.back() == ':') {
        label.pop_back();
    }
    return label;
}

bool hasContents(const ReportDocument& doc) {
    bool body = false;
    switch (doc.kind) {
    case ReportKind::Thematic:
        body = hasOverview(doc) || !doc.themes.empty() || hasUntagged(doc);
        break;
    case ReportKind::Challenges:
        body = hasPriorities(doc) || !doc.challengeThemes.empty();
        break;
    case ReportKind::Proceedings:
        body = !doc.rounds.empty();
        break;
    }
    return body || hasAbout(doc) || !doc.appendix.empty() || hasTopVoted(doc) ||
           hasPeopleIndex(doc);
}

} // namespace innspill::io::report
