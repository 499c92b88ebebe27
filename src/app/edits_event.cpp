// Change builders for the event header.
#include "app/edits_event.hpp"
#include "model/text.hpp"

#include "model/programme.hpp"

#include <algorithm>
#include <cctype>

namespace innspill::app {

namespace {

std::string* fieldIn(EventHeader& header, EventField field) {
    switch (field) {
    case EventField::Title:
        return &header.title;
    case EventField::Subtitle:
        return &header.subtitle;
    case EventField::About:
        return &header.about;
    case EventField::Place:
        return &header.place;
    case EventField::StartDate:
        return &header.startDate;
    case EventField::EndDate:
        return &header.endDate;
    case EventField::Language:
        return &header.language;
    case EventField::LabelInitiator:
        return &header.labels.initiator;
    case EventField::LabelFacilitator:
        return &header.labels.facilitator;
    case EventField::LabelParticipantCount:
        return &header.labels.participantCount;
    case EventField::LabelInputs:
        return &header.labels.inputs;
    case EventField::LabelRoundHeading:
        return &header.labels.roundHeading;
    }
    return &header.title;
}

// The undo menu names the step (a catalogue key, worded at draw time).
const char* labelFor(EventField field) {
    switch (field) {
    case EventField::Title:
        return "undo.changeTitle";
    case EventField::Subtitle:
        return "undo.changeSubtitle";
    case EventField::About:
        return "undo.changeAbout";
    case EventField::Place:
        return "undo.changePlace";
    case EventField::StartDate:
    case EventField::EndDate:
        return "undo.changeDate";
    case EventField::Language:
        return "undo.changeReportLanguage";
    case EventField::LabelInitiator:
    case EventField::LabelFacilitator:
    case EventField::LabelParticipantCount:
    case EventField::LabelInputs:
    case EventField::LabelRoundHeading:
        return "undo.changeReportWords";
    }
    return "undo.changeEvent";
}

std::vector<std::string>& listIn(EventHeader& header, EventList list) {
    return list == EventList::GuidingQuestions ? header.guidingQuestions : header.organisers;
}

const char* listLabel(EventList list) {
    return list == EventList::GuidingQuestions ? "undo.changeGuidingQuestions"
                                               : "undo.changeOrganisers";
}

using model::trimmed;

bool allDigits(const std::string& text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
}

Change headerChange(const model::Event& event, const EventHeader& after, const char* label) {
    Change change(label);
    change.header(headerOf(event), after);
    return change;
}

} // namespace

const std::string& fieldValue(const model::Event& event, EventField field) {
    // The header is a copy; read the event's own members instead.
    switch (field) {
    case EventField::Title:
        return event.title;
    case EventField::Subtitle:
        return event.subtitle;
    case EventField::About:
        return event.about;
    case EventField::Place:
        return event.place;
    case EventField::StartDate:
        return event.startDate;
    case EventField::EndDate:
        return event.endDate;
    case EventField::Language:
        return event.language;
    case EventField::LabelInitiator:
        return event.labels.initiator;
    case EventField::LabelFacilitator:
        return event.labels.facilitator;
    case EventField::LabelParticipantCount:
        return event.labels.participantCount;
    case EventField::LabelInputs:
        return event.labels.inputs;
    case EventField::LabelRoundHeading:
        return event.labels.roundHeading;
    }
    return event.title;
}

std::optional<std::string> normaliseDate(const std::string& text) {
    const std::string value = trimmed(text);
    if (value.empty() || model::isValidDate(value)) {
        return value;
    }
    // Norwegians write 22.01.2020 or 22.1.2020: accept it rather than make
    // the organiser translate in their head.
    const size_t firstDot = value.find('.');
    const size_t secondDot =
        firstDot == std::string::npos ? firstDot : value.find('.', firstDot + 1);
    if (secondDot == std::string::npos) {
        return std::nullopt;
    }
    const std::string day = value.substr(0, firstDot);
    const std::string month = value.substr(firstDot + 1, secondDot - firstDot - 1);
    const std::string year = value.substr(secondDot + 1);
    if (!allDigits(day) || !allDigits(month) || !allDigits(year) || day.size() > 2 ||
        month.size() > 2 || year.size() != 4) {
        return std::nullopt;
    }
    const auto pad = [](const std::string& part) { return part.size() == 1 ? "0" + part : part; };
    std::string iso = year + "-" + pad(month) + "-" + pad(day);
    if (!model::isValidDate(iso)) {
        return std::nullopt;
    }
    return iso;
}

FieldProblem checkEventField(const model::Event& event, EventField field,
                             const std::string& typed) {
    switch (field) {
    case EventField::StartDate:
    case EventField::EndDate: {
        const auto date = normaliseDate(typed);
        if (!date) {
            return FieldProblem::BadDate;
        }
        const std::string& start = field == EventField::StartDate ? *date : event.startDate;
        const std::string& end = field == EventField::EndDate ? *date : event.endDate;
        // ISO dates compare as text.
        if (!start.empty() && !end.empty() && end < start) {
            return FieldProblem::EndBeforeStart;
        }
        return FieldProblem::None;
    }
    case EventField::Language:
        return model::isSupportedLanguage(typed) ? FieldProblem::None : FieldProblem::BadLanguage;
    default:
        return FieldProblem::None;
    }
}

std::optional<Change> setEventField(const model::Event& event, EventField field,
                                    const std::string& typed) {
    if (checkEventField(event, field, typed) != FieldProblem::None) {
        return std::nullopt;
    }
    const std::string value = field == EventField::StartDate || field == EventField::EndDate
                                  ? *normaliseDate(typed)
                                  : typed;
    if (fieldValue(event, field) == value) {
        return std::nullopt;
    }
    EventHeader after = headerOf(event);
    *fieldIn(after, field) = value;
    if (field == EventField::Language && event.labels == defaultLabels(event.language)) {
        after.labels = defaultLabels(value);
    }
    return headerChange(event, after, labelFor(field));
}

model::ReportLabels defaultLabels(const std::string& language) {
    if (language == "nn") {
        return model::ReportLabels{"Initiativtakar", "Støttefasilitator", "Tal på deltakarar",
                                   "Innspel til strategien", "DAG {day}, gruppesesjon {round}"};
    }
    if (language == "en") {
        return model::ReportLabels{"Initiator", "Support facilitator", "Number of participants",
                                   "Inputs to the strategy", "DAY {day}, group session {round}"};
    }
    return model::ReportLabels{};
}

std::optional<Change> useDefaultLabels(const model::Event& event, const std::string& language) {
    const model::ReportLabels labels = defaultLabels(language);
    if (event.labels == labels) {
        return std::nullopt;
    }
    EventHeader after = headerOf(event);
    after.labels = labels;
    return headerChange(event, after, "undo.useStandardWords");
}

std::optional<Change> setNamePolicy(const model::Event& event, model::NamePolicy policy) {
    if (event.namePolicy == policy) {
        return std::nullopt;
    }
    EventHeader after = headerOf(event);
    after.namePolicy = policy;
    return headerChange(event, after, "undo.changeNamePolicy");
}

lang::Message namePolicyName(model::NamePolicy policy) {
    switch (policy) {
    case model::NamePolicy::Everyone:
        return lang::message("namePolicy.everyone");
    case model::NamePolicy::Nobody:
        return lang::message("namePolicy.none");
    case model::NamePolicy::WithConsent:
        break;
    }
    return lang::message("namePolicy.consent");
}

const std::vector<std::string>& listOf(const model::Event& event, EventList list) {
    return list == EventList::GuidingQuestions ? event.guidingQuestions : event.organisers;
}

Change addListItem(const model::Event& event, EventList list, std::string text) {
    EventHeader after = headerOf(event);
    listIn(after, list).push_back(std::move(text));
    return headerChange(event, after, listLabel(list));
}

std::optional<Change> setListItem(const model::Event& event, EventList list, size_t index,
                                  const std::string& text) {
    const auto& items = listOf(event, list);
    if (index >= items.size() || items[index] == text) {
        return std::nullopt;
    }
    EventHeader after = headerOf(event);
    listIn(after, list)[index] = text;
    return headerChange(event, after, listLabel(list));
}

std::optional<Change> moveListItem(const model::Event& event, EventList list, size_t from,
                                   size_t to) {
    const auto& items = listOf(event, list);
    if (from >= items.size() || to >= items.size() || from == to) {
        return std::nullopt;
    }
    EventHeader after = headerOf(event);
    auto& moved = listIn(after, list);
    std::string item = std::move(moved[from]);
    moved.erase(moved.begin() + static_cast<std::ptrdiff_t>(from));
    moved.insert(moved.begin() + static_cast<std::ptrdiff_t>(to), std::move(item));
    return headerChange(event, after, listLabel(list));
}

std::optional<Change> removeListItem(const model::Event& event, EventList list, size_t index) {
    if (index >= listOf(event, list).size()) {
        return std::nullopt;
    }
    EventHeader after = headerOf(event);
    auto& items = listIn(after, list);
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(index));
    return headerChange(event, after, listLabel(list));
}

std::vector<std::string> unknownPlaceholders(const std::string& pattern) {
    static const std::string kKnown[] = {"{day}", "{round}", "{roundInDay}", "{title}"};
    std::vector<std::string> unknown;
    for (size_t open = pattern.find('{'); open != std::string::npos;
         open = pattern.find('{', open + 1)) {
        const size_t close = pattern.find('}', open + 1);
        if (close == std::string::npos) {
            break;
        }
        const std::string name = pattern.substr(open, close - open + 1);
        if (std::find(std::begin(kKnown), std::end(kKnown), name) == std::end(kKnown) &&
            std::find(unknown.begin(), unknown.end(), name) == unknown.end()) {
            unknown.push_back(name);
        }
    }
    return unknown;
}

std::vector<std::string> roundHeadingExamples(const model::Event& event,
                                              const std::string& pattern) {
    // Work on a copy with the pattern in place, so the examples are exactly
    // what model::roundHeading (and so the report) prints.
    model::Event sample;
    sample.labels.roundHeading = pattern;
    sample.days = event.days;
    size_t rounds = 0;
    for (const auto& day : sample.days) {
        rounds += day.rounds.size();
    }
    if (rounds == 0) {
        sample.days.clear();
        for (int d = 0; d < 2; ++d) {
            model::Day day{model::Id::generate(), "", {}};
            for (int r = 0; r < 2; ++r) {
                day.rounds.push_back(model::Round{model::Id::generate(), "", "", ""});
            }
            sample.days.push_back(std::move(day));
        }
    }

    std::vector<model::Id> picks;
    const auto pick = [&](const model::Id& id) {
        if (std::find(picks.begin(), picks.end(), id) == picks.end()) {
            picks.push_back(id);
        }
    };
    const model::Round* last = nullptr;
    bool laterDayPicked = false;
    for (size_t d = 0; d < sample.days.size(); ++d) {
        const auto& day = sample.days[d];
        if (day.rounds.empty()) {
            continue;
        }
        if (picks.empty()) {
            pick(day.rounds.front().id);
        } else if (!laterDayPicked) {
            pick(day.rounds.front().id);
            laterDayPicked = true;
        }
        last = &day.rounds.back();
    }
    if (last != nullptr) {
        pick(last->id);
    }

    std::vector<std::string> headings;
    for (const auto& id : picks) {
        headings.push_back(model::roundHeading(sample, id));
    }
    return headings;
}

} // namespace innspill::app
