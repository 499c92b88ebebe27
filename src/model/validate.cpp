// Event consistency checks used by `innspill check`, the archive importer and tests.
#include "model/validate.hpp"

#include "model/group_number.hpp"
#include "model/limits.hpp"
#include "model/text.hpp"

#include <unordered_set>

namespace innspill::model {

namespace {

class Checker {
  public:
    explicit Checker(const Event& event) : m_event(event) {
        // Index once: events hold thousands of people and groups.
        for (const auto& person : event.people) {
            m_people.insert(person.id);
        }
        for (const auto& theme : event.themes) {
            m_themes.insert(theme.id);
        }
        for (const auto& group : event.groups) {
            m_groups.insert(group.id);
        }
        for (const auto& room : event.rooms) {
            m_rooms.insert(room.id);
        }
        for (const auto& day : event.days) {
            for (const auto& round : day.rounds) {
                m_rounds.insert(round.id);
            }
        }
    }

    std::vector<Problem> run() {
        checkEvent();
        checkProgramme();
        for (const auto& person : m_event.people) {
            checkPerson(person);
        }
        for (const auto& theme : m_event.themes) {
            const auto where = lang::message("validate.where.theme", {{"name", theme.name}});
            claimId(theme.id, where);
            checkText(theme.name, lang::message("validate.where.themes"));
            checkText(theme.description, where);
            if (!acceptableThemeColour(theme.colour)) {
                add(where, lang::message("validate.badThemeColour", {{"colour", theme.colour}}));
            }
        }
        std::unordered_set<std::string> numbers;
        for (const auto& group : m_event.groups) {
            checkGroup(group, numbers);
        }
        checkSynthesis();
        return std::move(m_problems);
    }

  private:
    void add(const lang::Message& where, const lang::Message& what) {
        Problem problem;
        problem.where = lang::render(lang::Language::Nb, where);
        problem.what = lang::render(lang::Language::Nb, what);
        problem.message = lang::Message{"validate.problem", {}}
                              .withMessage("where", where)
                              .withMessage("what", what);
        m_problems.push_back(std::move(problem));
    }

    void claimId(const Id& id, const lang::Message& where) {
        if (!Id::parse(id.str())) {
            add(where, lang::message("validate.badId", {{"id", id.str()}}));
        } else if (!m_ids.insert(id).second) {
            add(where, lang::message("validate.idTwice", {{"id", id.str()}}));
        }
    }

    // A field longer than its limit (model/limits.hpp); `field` names the
    // field's catalogue word.
    void checkLength(const std::string& text, size_t limit, const lang::Message& where,
                     const char* field) {
        if (text.size() > limit && countChars(text) > limit) {
            add(where, lang::message("validate.tooLong", {{"limit", std::to_string(limit)}})
                           .withWord("field", field));
        }
    }

    void checkText(const std::string& text, const lang::Message& where) {
        if (!isValidUtf8(text)) {
            add(where, lang::message("validate.notUtf8"));
        }
    }

    // Sources and themes may point at nothing (a deleted input leaves a
    // hole the synthesis shows; undo fills it): only ids, text and the
    // priorities' challenges are checked.
    void checkSynthesis() {
        const auto where = lang::message("validate.where.synthesis");
        const auto& synthesis = m_event.synthesis;
        std::unordered_set<Id> challenges;
        for (const auto& challenge : synthesis.challenges) {
            claimId(challenge.id, where);
            challenges.insert(challenge.id);
            checkText(challenge.title, where);
            checkText(challenge.description, where);
            for (const auto& measure : challenge.measures) {
                claimId(measure.id, where);
                checkText(measure.lead, where);
                checkText(measure.text, where);
            }
        }
        for (const auto& introduction : synthesis.introductions) {
            checkText(introduction.text, where);
        }
        std::unordered_set<Id> prioritised;
        for (const auto& priority : synthesis.priorities) {
            checkText(priority.recommendation, where);
            if (!challenges.count(priority.challenge)) {
                add(where, lang::message("validate.priorityMissing"));
            } else if (!prioritised.insert(priority.challenge).second) {
                add(where, lang::message("validate.priorityTwice"));
            }
        }
        std::unordered_set<Id> parked;
        for (const auto& entry : synthesis.parked) {
            checkText(entry.reason, where);
            if (!parked.insert(entry.input).second) {
                add(where, lang::message("validate.parkedTwice"));
            }
        }
    }

    void checkEvent() {
        const auto event = lang::message("validate.where.event");
        claimId(m_event.id, event);
        for (const auto* text :
             {&m_event.title, &m_event.subtitle, &m_event.about, &m_event.place}) {
            checkText(*text, event);
        }
        if (m_event.title.empty()) {
            add(event, lang::message("validate.noTitle"));
        }
        if (!isValidDate(m_event.startDate) || !isValidDate(m_event.endDate)) {
            add(event, lang::message("validate.badEventDate"));
        }
        if (!isSupportedLanguage(m_event.language)) {
            add(event,
                lang::message("validate.unknownReportLanguage", {{"language", m_event.language}}));
        }
    }

    void checkProgramme() {
        for (size_t d = 0; d < m_event.days.size(); ++d) {
            const auto& day = m_event.days[d];
            const auto where =
                lang::message("validate.where.day", {{"day", std::to_string(d + 1)}});
            claimId(day.id, where);
            if (!isValidDate(day.date)) {
                add(where, lang::message("validate.badDate", {{"date", day.date}}));
            }
            for (size_t r = 0; r < day.rounds.size(); ++r) {
                const auto& round = day.rounds[r];
                const auto roundWhere =
                    lang::message("validate.where.round", {{"day", std::to_string(d + 1)},
                                                           {"round", std::to_string(r + 1)}});
                claimId(round.id, roundWhere);
                checkText(round.title, roundWhere);
                if (!isValidTime(round.start) || !isValidTime(round.end)) {
                    add(roundWhere, lang::message("validate.badTime"));
                } else if (!round.start.empty() && !round.end.empty() && round.end < round.start) {
                    add(roundWhere, lang::message("validate.endsBeforeStart"));
                }
            }
        }
        for (const auto& room : m_event.rooms) {
            claimId(room.id, lang::message("validate.where.room", {{"name", room.name}}));
            checkText(room.name, lang::message("validate.where.rooms"));
        }
    }

    void checkPerson(const Person& person) {
        const auto where = lang::message("validate.where.person", {{"name", person.name}});
        claimId(person.id, where);
        checkText(person.name, where);
        checkText(person.organisation, where);
        checkLength(person.name, kMaxNameChars, where, "validate.field.name");
        checkLength(person.organisation, kMaxNameChars, where, "validate.field.organisation");
        if (person.name.empty()) {
            add(where, lang::message("validate.noName"));
        }
    }

    // `role` names the catalogue word ("validate.role.initiator"…).
    void checkPeople(const std::vector<Id>& people, const lang::Message& where, const char* role) {
        std::unordered_set<Id> seen;
        for (const auto& id : people) {
            if (!m_people.count(id)) {
                add(where, lang::message("validate.missingPerson", {{"id", id.str()}})
                               .withWord("role", role));
            } else if (!seen.insert(id).second) {
                add(where, lang::Message{"validate.personTwice", {}}.withWord("role", role));
            }
        }
    }

    void checkInputs(const std::vector<Input>& inputs, const lang::Message& where, bool nested) {
        for (const auto& input : inputs) {
            claimId(input.id, where);
            checkText(input.text, where);
            if (input.votes < 0) {
                add(where, lang::message("validate.negativeVotes"));
            }
            if (nested && !input.children.empty()) {
                add(where, lang::message("validate.subPointTooDeep"));
            }
            std::unordered_set<Id> tags;
            for (const auto& theme : input.themes) {
                if (!m_themes.count(theme)) {
                    add(where, lang::message("validate.missingTheme", {{"id", theme.str()}}));
                } else if (!tags.insert(theme).second) {
                    add(where, lang::message("validate.themeTwice"));
                }
            }
            checkInputs(input.children, where, true);
        }
    }

    void checkGroup(const Group& group, std::unordered_set<std::string>& numbers) {
        const auto where = lang::message("validate.where.group", {{"number", group.number}});
        claimId(group.id, where);
        checkText(group.title, where);
        checkText(group.participantNote, where);
        checkText(group.notes.challenges, where);
        checkText(group.notes.opportunities, where);
        checkText(group.notes.text, where);
        checkText(group.reportNote, where);
        checkLength(group.title, kMaxTitleChars, where, "validate.field.title");
        if (!isValidGroupNumber(group.number)) {
            add(where, lang::message("validate.badGroupNumber", {{"number", group.number}}));
        } else if (!numbers.insert(group.number).second) {
            add(where, lang::message("validate.groupNumberTwice"));
        }
        if (!m_rounds.count(group.roundId)) {
            add(where, lang::message("validate.missingRound"));
        }
        if (group.roomId && !m_rooms.count(*group.roomId)) {
            add(where, lang::message("validate.missingRoom"));
        }
        if (group.participantCount && *group.participantCount < 0) {
            add(where, lang::message("validate.negativeCount"));
        }
        checkPeople(group.initiators, where, "validate.role.initiator");
        checkPeople(group.facilitators, where, "validate.role.facilitator");
        checkPeople(group.participants, where, "validate.role.participant");
        checkInputs(group.inputs, where, false);
        for (const auto& action : group.actions) {
            claimId(action.id, where);
            for (const auto* text :
                 {&action.what, &action.who, &action.nextStep, &action.due, &action.resources}) {
                checkText(*text, where);
            }
        }
        if (group.followUpOf) {
            if (*group.followUpOf == group.id) {
                add(where, lang::message("validate.followUpOfItself"));
            } else if (!m_groups.count(*group.followUpOf)) {
                add(where, lang::message("validate.followUpOfMissing"));
            }
        }
        for (const auto& other : group.mergedWith) {
            if (other == group.id || !m_groups.count(other)) {
                add(where, lang::message("validate.mergedWithMissing"));
            }
        }
    }

    const Event& m_event;
    std::unordered_set<Id> m_people;
    std::unordered_set<Id> m_themes;
    std::unordered_set<Id> m_groups;
    std::unordered_set<Id> m_rooms;
    std::unordered_set<Id> m_rounds;
    std::unordered_set<Id> m_ids;
    std::vector<Problem> m_problems;
};

} // namespace

std::vector<Problem> validate(const Event& event) {
    return Checker(event).run();
}

} // namespace innspill::model
