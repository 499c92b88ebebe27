// Edits of the event's own fields (the report's front matter and its words):
// pure functions from the current model to a Change on the event header.
// The event panel applies them as the organiser types.
#pragma once

#include "app/change.hpp"
#include "model/event.hpp"

#include <optional>
#include <string>
#include <vector>

namespace innspill::app {

// The single-value fields of the event header.
enum class EventField {
    Title,
    Subtitle,
    About,
    Place,
    StartDate,
    EndDate,
    Language,
    LabelInitiator,
    LabelFacilitator,
    LabelParticipantCount,
    LabelInputs,
    LabelRoundHeading,
};

// Why a typed value cannot be written as it is.
enum class FieldProblem {
    None,
    BadDate,        // not YYYY-MM-DD (or D.M.YYYY) forming a real date
    EndBeforeStart, // the end date would come before the start date
    BadLanguage,    // not nb, nn or en
};

// The event's lists of lines.
enum class EventList { GuidingQuestions, Organisers };

const std::string& fieldValue(const model::Event& event, EventField field);

// "2020-01-22", "22.01.2020" and "22.1.2020" all give "2020-01-22"; blanks
// around the text are ignored and an empty text stays empty (no date). Nothing
// when the text is not a real date.
std::optional<std::string> normaliseDate(const std::string& text);

// Whether `typed` can be written to `field`, against the rest of the event
// as it is now.
FieldProblem checkEventField(const model::Event& event, EventField field, const std::string& typed);

// The change that writes `typed` (normalised for dates) to `field`. Nothing
// when the value has a problem (see checkEventField) or is what the field
// already holds. Changing the report language also switches the report
// labels to the new language's words, but only while they are still the old
// language's defaults: words the organiser chose are never overwritten.
std::optional<Change> setEventField(const model::Event& event, EventField field,
                                    const std::string& typed);

// Whose names the public report prints; nothing when it already is `policy`.
std::optional<Change> setNamePolicy(const model::Event& event, model::NamePolicy policy);
// The policy's name for a person ("Initiativtakere og fasilitatorer med navn").
lang::Message namePolicyName(model::NamePolicy policy);

// The report's default words in `language` (nb, nn or en).
model::ReportLabels defaultLabels(const std::string& language);
// Sets every report label to `language`'s defaults; nothing when they already are.
std::optional<Change> useDefaultLabels(const model::Event& event, const std::string& language);

const std::vector<std::string>& listOf(const model::Event& event, EventList list);
Change addListItem(const model::Event& event, EventList list, std::string text);
// Nothing when `index` is out of range or the text is unchanged.
std::optional<Change> setListItem(const model::Event& event, EventList list, size_t index,
                                  const std::string& text);
// Moves the item at `from` to position `to`; nothing when either is out of range or equal.
std::optional<Change> moveListItem(const model::Event& event, EventList list, size_t from,
                                   size_t to);
std::optional<Change> removeListItem(const model::Event& event, EventList list, size_t index);

// Placeholders in a round heading pattern that the report does not know
// ("{dag}", "{runde}"), each once, in order of appearance.
std::vector<std::string> unknownPlaceholders(const std::string& pattern);

// Round headings as the report would print them with `pattern`: for this
// event's first round, its first round on a later day and its last round (the
// ones that show what {day}, {round} and {roundInDay} do), at most three,
// without repeats. An event without rounds gets examples from a made-up
// programme of two days with two rounds each.
std::vector<std::string> roundHeadingExamples(const model::Event& event,
                                              const std::string& pattern);

} // namespace innspill::app
