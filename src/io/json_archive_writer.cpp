// Writing the JSON archive through cereal's JSON output archive.
#include "io/json_archive.hpp"

#include "model/text.hpp"

#include <cereal/archives/json.hpp>
#include <sstream>

namespace innspill::io {

using cereal::JSONOutputArchive;
using cereal::make_nvp;

namespace {

class ArchiveWriter {
  public:
    ArchiveWriter(JSONOutputArchive& archive, const model::Event& event)
        : m_ar(archive), m_event(event) {}

    void write() {
        m_ar(make_nvp("format", std::string(kArchiveFormat)));
        m_ar(make_nvp("version", kArchiveVersion));
        object("event", [&] { writeEvent(); });
    }

  private:
    // Every string is repaired to valid UTF-8 so the archive is always valid JSON.
    void text(const char* name, const std::string& value) {
        if (model::isValidUtf8(value)) {
            m_ar(make_nvp(name, value));
        } else {
            m_ar(make_nvp(name, model::repairUtf8(value)));
        }
    }

    template <typename Body> void object(const char* name, Body body) {
        if (name) {
            m_ar.setNextName(name);
        }
        m_ar.startNode();
        body();
        m_ar.finishNode();
    }

    template <typename Items, typename Each>
    void array(const char* name, const Items& items, Each each) {
        m_ar.setNextName(name);
        m_ar.startNode();
        m_ar.makeArray();
        for (const auto& item : items) {
            each(item);
        }
        m_ar.finishNode();
    }

    void stringArray(const char* name, const std::vector<std::string>& values) {
        array(name, values, [&](const std::string& value) {
            if (model::isValidUtf8(value)) {
                m_ar(value);
            } else {
                m_ar(model::repairUtf8(value));
            }
        });
    }

    void nullOr(const char* name, const std::string* value) {
        if (value) {
            text(name, *value);
        } else {
            m_ar(make_nvp(name, nullptr));
        }
    }

    void writeEvent() {
        text("id", m_event.id.str());
        text("title", m_event.title);
        text("subtitle", m_event.subtitle);
        stringArray("guidingQuestions", m_event.guidingQuestions);
        text("about", m_event.about);
        text("place", m_event.place);
        text("startDate", m_event.startDate);
        text("endDate", m_event.endDate);
        stringArray("organisers", m_event.organisers);
        text("language", m_event.language);
        object("labels", [&] {
            text("initiator", m_event.labels.initiator);
            text("facilitator", m_event.labels.facilitator);
            text("participantCount", m_event.labels.participantCount);
            text("inputs", m_event.labels.inputs);
            text("roundHeading", m_event.labels.roundHeading);
        });
        text("namePolicy", std::string(model::toString(m_event.namePolicy)));
        array("rooms", m_event.rooms, [&](const model::Room& room) {
            object(nullptr, [&] {
                text("id", room.id.str());
                text("name", room.name);
            });
        });
        array("themes", m_event.themes, [&](const model::Theme& theme) {
            object(nullptr, [&] {
                text("id", theme.id.str());
                text("name", theme.name);
                text("description", theme.description);
                if (!theme.colour.empty()) {
                    text("colour", theme.colour);
                }
            });
        });
        array("people", m_event.people, [&](const model::Person& person) {
            object(nullptr, [&] {
                personFields(person);
                m_ar(make_nvp("consent", person.consent));
            });
        });
        array("days", m_event.days, [&](const model::Day& day) {
            object(nullptr, [&] {
                text("id", day.id.str());
                text("date", day.date);
                array("rounds", day.rounds, [&](const model::Round& round) { writeRound(round); });
            });
        });
        // Only when there is one: archives of events without a synthesis
        // stay as they were, byte for byte.
        if (m_event.synthesis != model::Synthesis{}) {
            object("synthesis", [&] { writeSynthesis(m_event.synthesis); });
        }
    }

    void ids(const char* name, const std::vector<model::Id>& values) {
        array(name, values, [&](const model::Id& id) { m_ar(id.str()); });
    }

    void writeSynthesis(const model::Synthesis& synthesis) {
        array("introductions", synthesis.introductions,
              [&](const model::ThemeIntroduction& introduction) {
                  object(nullptr, [&] {
                      text("theme", introduction.theme.str());
                      text("text", introduction.text);
                  });
              });
        array("challenges", synthesis.challenges, [&](const model::Challenge& challenge) {
            object(nullptr, [&] {
                text("id", challenge.id.str());
                text("theme", challenge.theme.str());
                text("title", challenge.title);
                text("description", challenge.description);
                ids("inputs", challenge.inputs);
                array("measures", challenge.measures, [&](const model::Measure& measure) {
                    object(nullptr, [&] {
                        text("id", measure.id.str());
                        text("lead", measure.lead);
                        text("text", measure.text);
                        ids("inputs", measure.inputs);
                    });
                });
                writeActions(challenge.actions);
            });
        });
        array("priorities", synthesis.priorities, [&](const model::Priority& priority) {
            object(nullptr, [&] {
                text("challenge", priority.challenge.str());
                nullOr("measure", priority.measure ? &priority.measure->str() : nullptr);
                text("recommendation", priority.recommendation);
            });
        });
        array("parked", synthesis.parked, [&](const model::ParkedInput& parked) {
            object(nullptr, [&] {
                text("input", parked.input.str());
                text("reason", parked.reason);
            });
        });
    }

    void personFields(const model::Person& person) {
        text("id", person.id.str());
        text("name", person.name);
        text("organisation", person.organisation);
        text("perspective", std::string(model::toString(person.perspective)));
    }

    void writeRound(const model::Round& round) {
        object(nullptr, [&] {
            text("id", round.id.str());
            text("title", round.title);
            text("start", round.start);
            text("end", round.end);
            array("groups", model::groupsInRound(m_event, round.id),
                  [&](const model::Group* group) { writeGroup(*group); });
        });
    }

    void people(const char* name, const std::vector<model::Id>& ids) {
        array(name, ids, [&](const model::Id& id) {
            object(nullptr, [&] {
                if (const auto* person = model::findPerson(m_event, id)) {
                    personFields(*person);
                } else {
                    text("id", id.str());
                }
            });
        });
    }

    const std::string* groupNumber(const std::optional<model::Id>& id) {
        const model::Group* group = id ? model::findGroup(m_event, *id) : nullptr;
        return group ? &group->number : nullptr;
    }

    void writeGroup(const model::Group& group) {
        object(nullptr, [&] {
            text("id", group.id.str());
            text("number", group.number);
            text("title", group.title);
            text("status", std::string(model::toString(group.status)));
            nullOr("room", group.roomId ? &group.roomId->str() : nullptr);
            people("initiators", group.initiators);
            people("facilitators", group.facilitators);
            people("participants", group.participants);
            if (group.participantCount) {
                m_ar(make_nvp("participantCount", *group.participantCount));
            } else {
                m_ar(make_nvp("participantCount", nullptr));
            }
            text("participantNote", group.participantNote);
            array("inputs", group.inputs, [&](const model::Input& input) { writeInput(input); });
            object("notes", [&] {
                text("challenges", group.notes.challenges);
                text("opportunities", group.notes.opportunities);
                text("text", group.notes.text);
            });
            text("note", group.reportNote);
            nullOr("followUpOf", groupNumber(group.followUpOf));
            array("mergedWith", group.mergedWith, [&](const model::Id& id) {
                const std::string* number = groupNumber(id);
                m_ar(number ? *number : id.str());
            });
            writeActions(group.actions);
        });
    }

    // A group's or a challenge's actions.
    void writeActions(const std::vector<model::Action>& actions) {
        array("actions", actions, [&](const model::Action& action) {
            object(nullptr, [&] {
                text("id", action.id.str());
                text("what", action.what);
                text("who", action.who);
                text("nextStep", action.nextStep);
                text("due", action.due);
                text("resources", action.resources);
            });
        });
    }

    void writeInput(const model::Input& input) {
        object(nullptr, [&] {
            text("id", input.id.str());
            text("text", input.text);
            text("kind", std::string(model::toString(input.kind)));
            m_ar(make_nvp("votes", input.votes));
            array("children", input.children,
                  [&](const model::Input& child) { writeInput(child); });
            array("themes", input.themes, [&](const model::Id& theme) { m_ar(theme.str()); });
        });
    }

    JSONOutputArchive& m_ar;
    const model::Event& m_event;
};

} // namespace

std::string writeJsonArchive(const model::Event& event) {
    std::ostringstream out;
    {
        // 324 is rapidjson's default precision; the archive holds no floating-point numbers.
        JSONOutputArchive archive(
            out, JSONOutputArchive::Options(324, JSONOutputArchive::Options::IndentChar::space, 2));
        ArchiveWriter(archive, event).write();
    }
    out << '\n';
    return out.str();
}

} // namespace innspill::io
