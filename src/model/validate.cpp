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
            claimId(theme.id, "tema «" + theme.name + "»");
            checkText(theme.name, "tema");
            checkText(theme.description, "tema «" + theme.name + "»");
        }
        std::unordered_set<std::string> numbers;
        for (const auto& group : m_event.groups) {
            checkGroup(group, numbers);
        }
        return std::move(m_problems);
    }

  private:
    void add(std::string where, std::string what) {
        m_problems.push_back(Problem{std::move(where), std::move(what)});
    }

    void claimId(const Id& id, const std::string& where) {
        if (!Id::parse(id.str())) {
            add(where, "ugyldig id «" + id.str() + "»");
        } else if (!m_ids.insert(id).second) {
            add(where, "id brukt mer enn én gang: " + id.str());
        }
    }

    // A field longer than its limit (model/limits.hpp).
    void checkLength(const std::string& text, size_t limit, const std::string& where,
                     const char* field) {
        if (text.size() > limit && countChars(text) > limit) {
            add(where, std::string(field) + " er over " + std::to_string(limit) + " tegn");
        }
    }

    void checkText(const std::string& text, const std::string& where) {
        if (!isValidUtf8(text)) {
            add(where, "tekst som ikke er gyldig UTF-8");
        }
    }

    void checkEvent() {
        claimId(m_event.id, "arrangementet");
        for (const auto* text :
             {&m_event.title, &m_event.subtitle, &m_event.about, &m_event.place}) {
            checkText(*text, "arrangementet");
        }
        if (m_event.title.empty()) {
            add("arrangementet", "mangler tittel");
        }
        if (!isValidDate(m_event.startDate) || !isValidDate(m_event.endDate)) {
            add("arrangementet", "ugyldig dato (skal være ÅÅÅÅ-MM-DD)");
        }
        if (!isSupportedLanguage(m_event.language)) {
            add("arrangementet", "ukjent rapportspråk «" + m_event.language + "»");
        }
    }

    void checkProgramme() {
        for (size_t d = 0; d < m_event.days.size(); ++d) {
            const auto& day = m_event.days[d];
            const std::string where = "dag " + std::to_string(d + 1);
            claimId(day.id, where);
            if (!isValidDate(day.date)) {
                add(where, "ugyldig dato «" + day.date + "»");
            }
            for (size_t r = 0; r < day.rounds.size(); ++r) {
                const auto& round = day.rounds[r];
                const std::string roundWhere = where + ", gruppesesjon " + std::to_string(r + 1);
                claimId(round.id, roundWhere);
                checkText(round.title, roundWhere);
                if (!isValidTime(round.start) || !isValidTime(round.end)) {
                    add(roundWhere, "ugyldig klokkeslett (skal være TT:MM)");
                } else if (!round.start.empty() && !round.end.empty() && round.end < round.start) {
                    add(roundWhere, "slutter før den starter");
                }
            }
        }
        for (const auto& room : m_event.rooms) {
            claimId(room.id, "rom «" + room.name + "»");
            checkText(room.name, "rom");
        }
    }

    void checkPerson(const Person& person) {
        const std::string where = "person «" + person.name + "»";
        claimId(person.id, where);
        checkText(person.name, where);
        checkText(person.organisation, where);
        checkLength(person.name, kMaxNameChars, where, "navnet");
        checkLength(person.organisation, kMaxNameChars, where, "organisasjonen");
        if (person.name.empty()) {
            add(where, "mangler navn");
        }
    }

    void checkPeople(const std::vector<Id>& people, const std::string& where, const char* role) {
        std::unordered_set<Id> seen;
        for (const auto& id : people) {
            if (!m_people.count(id)) {
                add(where, std::string(role) + " viser til en person som ikke finnes: " + id.str());
            } else if (!seen.insert(id).second) {
                add(where, std::string(role) + " står oppført to ganger");
            }
        }
    }

    void checkInputs(const std::vector<Input>& inputs, const std::string& where, bool nested) {
        for (const auto& input : inputs) {
            claimId(input.id, where);
            checkText(input.text, where);
            if (nested && !input.children.empty()) {
                add(where, "et underpunkt har egne underpunkter (bare ett nivå er tillatt)");
            }
            std::unordered_set<Id> tags;
            for (const auto& theme : input.themes) {
                if (!m_themes.count(theme)) {
                    add(where, "et innspill er merket med et tema som ikke finnes: " + theme.str());
                } else if (!tags.insert(theme).second) {
                    add(where, "et innspill er merket med samme tema to ganger");
                }
            }
            checkInputs(input.children, where, true);
        }
    }

    void checkGroup(const Group& group, std::unordered_set<std::string>& numbers) {
        const std::string where = "gruppe " + group.number;
        claimId(group.id, where);
        checkText(group.title, where);
        checkText(group.participantNote, where);
        checkText(group.notes.challenges, where);
        checkText(group.notes.opportunities, where);
        checkText(group.notes.text, where);
        checkText(group.reportNote, where);
        checkLength(group.title, kMaxTitleChars, where, "tittelen");
        if (!isValidGroupNumber(group.number)) {
            add(where, "ugyldig gruppenummer «" + group.number + "»");
        } else if (!numbers.insert(group.number).second) {
            add(where, "gruppenummeret er brukt av mer enn én gruppe");
        }
        if (!m_rounds.count(group.roundId)) {
            add(where, "hører til en gruppesesjon som ikke finnes");
        }
        if (group.roomId && !m_rooms.count(*group.roomId)) {
            add(where, "er plassert i et rom som ikke finnes");
        }
        if (group.participantCount && *group.participantCount < 0) {
            add(where, "negativt antall deltakere");
        }
        checkPeople(group.initiators, where, "initiativtaker");
        checkPeople(group.facilitators, where, "støttefasilitator");
        checkPeople(group.participants, where, "deltaker");
        checkInputs(group.inputs, where, false);
        if (group.followUpOf) {
            if (*group.followUpOf == group.id) {
                add(where, "er fordypning av seg selv");
            } else if (!m_groups.count(*group.followUpOf)) {
                add(where, "er fordypning av en gruppe som ikke finnes");
            }
        }
        for (const auto& other : group.mergedWith) {
            if (other == group.id || !m_groups.count(other)) {
                add(where, "er slått sammen med en gruppe som ikke finnes");
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
