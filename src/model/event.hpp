// The event: its report front matter, programme, rooms, people, themes and
// groups. A plain value; the store persists it, io reads and writes it.
#pragma once

#include "model/group.hpp"
#include "model/id.hpp"
#include "model/name_policy.hpp"
#include "model/person.hpp"
#include "model/programme.hpp"
#include "model/synthesis.hpp"
#include "model/theme.hpp"

#include <optional>
#include <string>
#include <vector>

namespace innspill::model {

// The words the report prints; per event so that another event (or nynorsk,
// or English) can use its own.
struct ReportLabels {
    std::string initiator = "Initiativtaker";
    std::string facilitator = "Støttefasilitator";
    std::string participantCount = "Antall deltakere";
    std::string inputs = "Innspill til strategien";
    // Placeholders: {day}, {round} (numbered across the event), {roundInDay}, {title}.
    std::string roundHeading = "DAG {day}, gruppesesjon {round}";

    bool operator==(const ReportLabels&) const = default;
};

struct Event {
    Id id;
    std::string title;
    std::string subtitle;
    std::vector<std::string> guidingQuestions;
    std::string about; // "Om denne rapporten", multi-line
    std::string place;
    std::string startDate; // ISO "YYYY-MM-DD" or empty
    std::string endDate;   // ISO "YYYY-MM-DD" or empty
    std::vector<std::string> organisers;
    std::string language = "nb"; // report language: nb, nn or en
    ReportLabels labels;
    // Whose names the public report prints.
    NamePolicy namePolicy = NamePolicy::WithConsent;

    std::vector<Day> days;
    std::vector<Room> rooms;
    std::vector<Person> people;
    std::vector<Theme> themes;
    // In no particular order; see sortedGroups() for report order.
    std::vector<Group> groups;
    // The challenge picture made from the inputs (model/synthesis.hpp).
    Synthesis synthesis;

    bool operator==(const Event&) const = default;
};

bool isSupportedLanguage(const std::string& code);

// A new, empty event with a fresh id and the given title.
Event makeEvent(std::string title);

// Where a round sits in the programme.
struct RoundPosition {
    size_t dayIndex = 0;   // 0-based
    size_t roundInDay = 0; // 0-based
    int number = 0;        // 1-based, counted across the event
};

const Person* findPerson(const Event& event, const Id& id);
const Group* findGroup(const Event& event, const Id& id);
const Group* findGroupByNumber(const Event& event, const std::string& number);
const Theme* findTheme(const Event& event, const Id& id);
const Room* findRoom(const Event& event, const Id& id);
const Round* findRound(const Event& event, const Id& id);
std::optional<RoundPosition> locateRound(const Event& event, const Id& roundId);

// The round's heading from the event's pattern, e.g. "DAG 1, gruppesesjon 2".
std::string roundHeading(const Event& event, const Id& roundId);

// Groups of one round, in natural number order.
std::vector<const Group*> groupsInRound(const Event& event, const Id& roundId);

// All groups: by programme order of their round, then natural number order.
std::vector<const Group*> sortedGroups(const Event& event);

} // namespace innspill::model
