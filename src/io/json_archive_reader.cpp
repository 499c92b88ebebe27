// Reading the JSON archive: rapidjson (cereal's JSON engine) checks the
// syntax first so a malformed file gets a line and column; cereal's JSON
// input archive then reads the fields, with the path of any field it rejects.
#include "io/json_archive.hpp"

#include "io/parse_error.hpp"
#include "model/validate.hpp"

#include "io/rapidjson.hpp"
#include <optional>
#include <sstream>
#include <unordered_map>

namespace innspill::io {

using cereal::JSONInputArchive;
using cereal::make_nvp;
using model::Id;

namespace {

// Thrown inside the reader; turned into a ParseError with the field's path.
struct FieldError {
    lang::Message reason;
};

// "wrong type, expected <what>", `expected` naming the catalogue word.
FieldError wrongType(const char* expected) {
    return FieldError{lang::Message{"archive.wrongType", {}}.withWord("expected", expected)};
}

void checkSyntax(std::string_view json) {
    rapidjson::Document document;
    // Only the syntax is checked here; the values are read by cereal. No
    // kParseFullPrecisionFlag: in Debian's rapidjson 1.1.0 its path calls
    // __builtin_clzll(0) for a zero with a large exponent ("0e93"), which is
    // undefined behaviour (found by fuzz_json_archive).
    document.Parse<rapidjson::kParseValidateEncodingFlag>(json.data(), json.size());
    if (document.HasParseError()) {
        const size_t offset = document.GetErrorOffset();
        size_t line = 1;
        size_t column = 1;
        for (size_t i = 0; i < offset && i < json.size(); ++i) {
            if (json[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        throw ParseError(
            lang::message("parseError.invalidJson",
                          {{"detail", rapidjson::GetParseError_En(document.GetParseError())}}),
            line, column);
    }
    if (!document.IsObject()) {
        throw ParseError(lang::message("archive.notAnObject"), 1, 1);
    }
}

class ArchiveReader {
  public:
    explicit ArchiveReader(JSONInputArchive& archive) : m_ar(archive) {}

    model::Event read() {
        const std::string format = text("format");
        if (format != kArchiveFormat) {
            throw FieldError{lang::message("archive.wrongFormat",
                                           {{"format", format}, {"expected", kArchiveFormat}})};
        }
        const int version = integer("version");
        if (version > kArchiveVersion) {
            throw FieldError{
                lang::message("archive.tooNew", {{"version", std::to_string(version)}})};
        }
        if (version < 1) {
            throw FieldError{
                lang::message("archive.unknownVersion", {{"version", std::to_string(version)}})};
        }
        model::Event event;
        object("event", [&] { readEvent(event); });
        resolveGroupLinks(event);
        return event;
    }

    std::string path() const {
        std::string joined;
        for (const auto& part : m_path) {
            if (!joined.empty() && part.front() != '[') {
                joined += '.';
            }
            joined += part;
        }
        return joined;
    }

  private:
    // Runs `load` for field `name`, turning cereal's complaints into a FieldError.
    template <typename Load> void field(const char* name, const char* expected, Load load) {
        m_path.emplace_back(name);
        try {
            load();
        } catch (const cereal::RapidJSONException&) {
            throw wrongType(expected);
        } catch (const cereal::Exception&) {
            throw FieldError{lang::message("archive.missing")};
        }
        m_path.pop_back();
    }

    // Whether the current object has a member `name`. cereal reports a missing
    // name as cereal::Exception and a present scalar (that startNode cannot
    // enter) as RapidJSONException, before changing its position.
    bool has(const char* name) {
        try {
            m_ar.setNextName(name);
            m_ar.startNode();
            m_ar.finishNode();
            return true;
        } catch (const cereal::RapidJSONException&) {
            return true;
        } catch (const cereal::Exception&) {
            return false;
        }
    }

    std::string text(const char* name) {
        std::string value;
        field(name, "archive.expect.text", [&] { m_ar(make_nvp(name, value)); });
        return value;
    }

    // Optional text fields: missing or null is empty, so hand-written archives stay short.
    std::string optionalText(const char* name) {
        std::string value;
        m_path.emplace_back(name);
        try {
            m_ar(make_nvp(name, value));
        } catch (const cereal::RapidJSONException&) {
            try {
                m_ar(make_nvp(name, nullptr));
            } catch (const cereal::Exception&) {
                throw wrongType("archive.expect.text");
            }
        } catch (const cereal::Exception&) {
            value.clear();
        }
        m_path.pop_back();
        return value;
    }

    int integer(const char* name) {
        int value = 0;
        field(name, "archive.expect.integer", [&] { m_ar(make_nvp(name, value)); });
        return value;
    }

    bool boolean(const char* name) {
        bool value = false;
        field(name, "archive.expect.boolean", [&] { m_ar(make_nvp(name, value)); });
        return value;
    }

    // A field that is text or null.
    std::optional<std::string> textOrNull(const char* name) {
        std::optional<std::string> value;
        field(name, "archive.expect.textOrNull", [&] {
            std::string found;
            try {
                m_ar(make_nvp(name, found));
                value = std::move(found);
            } catch (const cereal::RapidJSONException&) {
                m_ar(make_nvp(name, nullptr));
            }
        });
        return value;
    }

    std::optional<int> integerOrNull(const char* name) {
        std::optional<int> value;
        field(name, "archive.expect.integerOrNull", [&] {
            int found = 0;
            try {
                m_ar(make_nvp(name, found));
                value = found;
            } catch (const cereal::RapidJSONException&) {
                m_ar(make_nvp(name, nullptr));
            }
        });
        return value;
    }

    Id id(const char* name) {
        const std::string value = text(name);
        auto parsed = Id::parse(value);
        if (!parsed) {
            m_path.emplace_back(name);
            throw FieldError{lang::message("archive.badId", {{"value", value}})};
        }
        return *parsed;
    }

    template <typename Body> void object(const char* name, Body body) {
        if (name) {
            m_path.emplace_back(name);
        }
        try {
            if (name) {
                m_ar.setNextName(name);
            }
            m_ar.startNode();
        } catch (const cereal::RapidJSONException&) {
            throw wrongType("archive.expect.object");
        } catch (const cereal::Exception&) {
            throw FieldError{lang::message("archive.missing")};
        }
        body();
        m_ar.finishNode();
        if (name) {
            m_path.pop_back();
        }
    }

    // Arrays are optional: a missing array is an empty one.
    template <typename Each> void array(const char* name, Each each) {
        if (!has(name)) {
            return;
        }
        m_path.emplace_back(name);
        cereal::size_type size = 0;
        try {
            m_ar.setNextName(name);
            m_ar.startNode();
            try {
                m_ar.loadSize(size);
            } catch (const cereal::Exception&) {
                m_ar.finishNode(); // entered an object, not a list
                throw;
            }
        } catch (const cereal::Exception&) {
            throw wrongType("archive.expect.list");
        }
        for (size_t i = 0; i < size; ++i) {
            m_path.push_back("[" + std::to_string(i) + "]");
            each();
            m_path.pop_back();
        }
        m_ar.finishNode();
        m_path.pop_back();
    }

    std::string element(const char* expected) {
        std::string value;
        try {
            m_ar(value);
        } catch (const cereal::Exception&) {
            throw wrongType(expected);
        }
        return value;
    }

    std::vector<std::string> stringArray(const char* name) {
        std::vector<std::string> values;
        array(name, [&] { values.push_back(element("archive.expect.text")); });
        return values;
    }

    template <typename Enum, typename Parse>
    Enum enumeration(const char* name, Parse parse, Enum fallback, const char* allowed) {
        const std::string value = optionalText(name);
        if (value.empty()) {
            return fallback;
        }
        auto parsed = parse(value);
        if (!parsed) {
            m_path.emplace_back(name);
            throw FieldError{
                lang::message("archive.unknownValue", {{"value", value}, {"allowed", allowed}})};
        }
        return *parsed;
    }

    void readEvent(model::Event& event) {
        event.id = id("id");
        event.title = text("title");
        event.subtitle = optionalText("subtitle");
        event.guidingQuestions = stringArray("guidingQuestions");
        event.about = optionalText("about");
        event.place = optionalText("place");
        event.startDate = optionalText("startDate");
        event.endDate = optionalText("endDate");
        event.organisers = stringArray("organisers");
        event.language = has("language") ? optionalText("language") : "nb";
        if (has("labels")) {
            object("labels", [&] {
                const model::ReportLabels defaults;
                // A missing label takes the default; an empty one stays empty.
                const auto label = [&](const char* name, const std::string& fallback) {
                    return has(name) ? optionalText(name) : fallback;
                };
                event.labels.initiator = label("initiator", defaults.initiator);
                event.labels.facilitator = label("facilitator", defaults.facilitator);
                event.labels.participantCount =
                    label("participantCount", defaults.participantCount);
                event.labels.inputs = label("inputs", defaults.inputs);
                event.labels.roundHeading = label("roundHeading", defaults.roundHeading);
            });
        }
        // Archives from before the name policy take the default.
        event.namePolicy = enumeration("namePolicy", model::parseNamePolicy,
                                       model::NamePolicy::WithConsent, "everyone, consent, none");
        array("rooms", [&] {
            object(nullptr, [&] { event.rooms.push_back(model::Room{id("id"), text("name")}); });
        });
        array("themes", [&] {
            object(nullptr, [&] {
                model::Theme theme;
                theme.id = id("id");
                theme.name = text("name");
                theme.description = optionalText("description");
                theme.colour = optionalText("colour");
                if (!model::acceptableThemeColour(theme.colour)) {
                    m_path.emplace_back("colour");
                    throw FieldError{
                        lang::message("archive.badThemeColour", {{"value", theme.colour}})};
                }
                event.themes.push_back(std::move(theme));
            });
        });
        array("people", [&] {
            object(nullptr, [&] {
                model::Person person = readPerson();
                person.consent = has("consent") && boolean("consent");
                m_peopleById[person.id] = event.people.size();
                event.people.push_back(std::move(person));
            });
        });
        array("days", [&] {
            object(nullptr, [&] {
                model::Day day;
                day.id = id("id");
                day.date = optionalText("date");
                array("rounds",
                      [&] { object(nullptr, [&] { day.rounds.push_back(readRound(event)); }); });
                event.days.push_back(std::move(day));
            });
        });
        // Archives from before the synthesis have none.
        if (has("synthesis")) {
            object("synthesis", [&] { readSynthesis(event.synthesis); });
        }
    }

    std::vector<Id> idArray(const char* name) {
        std::vector<Id> values;
        array(name, [&] {
            const std::string value = element("archive.expect.text");
            auto parsed = Id::parse(value);
            if (!parsed) {
                throw FieldError{lang::message("archive.badId", {{"value", value}})};
            }
            values.push_back(*parsed);
        });
        return values;
    }

    void readSynthesis(model::Synthesis& synthesis) {
        array("introductions", [&] {
            object(nullptr, [&] {
                model::ThemeIntroduction introduction;
                introduction.theme = id("theme");
                introduction.text = optionalText("text");
                synthesis.introductions.push_back(std::move(introduction));
            });
        });
        array("challenges", [&] {
            object(nullptr, [&] {
                model::Challenge challenge;
                challenge.id = id("id");
                challenge.theme = id("theme");
                challenge.title = optionalText("title");
                challenge.description = optionalText("description");
                challenge.inputs = idArray("inputs");
                array("measures", [&] {
                    object(nullptr, [&] {
                        model::Measure measure;
                        measure.id = id("id");
                        measure.lead = optionalText("lead");
                        measure.text = optionalText("text");
                        measure.inputs = idArray("inputs");
                        challenge.measures.push_back(std::move(measure));
                    });
                });
                challenge.actions = readActions();
                synthesis.challenges.push_back(std::move(challenge));
            });
        });
        array("priorities", [&] {
            object(nullptr, [&] {
                model::Priority priority;
                priority.challenge = id("challenge");
                if (auto measure = has("measure") ? textOrNull("measure") : std::nullopt) {
                    auto parsed = Id::parse(*measure);
                    if (!parsed) {
                        m_path.emplace_back("measure");
                        throw FieldError{lang::message("archive.badId", {{"value", *measure}})};
                    }
                    priority.measure = *parsed;
                }
                priority.recommendation = optionalText("recommendation");
                synthesis.priorities.push_back(std::move(priority));
            });
        });
        array("parked", [&] {
            object(nullptr, [&] {
                model::ParkedInput parked;
                parked.input = id("input");
                parked.reason = optionalText("reason");
                synthesis.parked.push_back(std::move(parked));
            });
        });
    }

    model::Person readPerson() {
        model::Person person;
        person.id = id("id");
        person.name = text("name");
        person.organisation = optionalText("organisation");
        person.perspective =
            enumeration("perspective", model::parsePerspective, model::Perspective::Unspecified,
                        "unspecified, user, employer, practitioner, researcher, leader, other");
        return person;
    }

    model::Round readRound(model::Event& event) {
        model::Round round;
        round.id = id("id");
        round.title = optionalText("title");
        round.start = optionalText("start");
        round.end = optionalText("end");
        array("groups", [&] {
            object(nullptr, [&] {
                model::Group group = readGroup(event);
                group.roundId = round.id;
                event.groups.push_back(std::move(group));
            });
        });
        return round;
    }

    // People in a group are written in full for readers of the archive; the
    // event's "people" list is the register. Someone missing from it is added.
    std::vector<Id> people(const char* name, model::Event& event) {
        std::vector<Id> ids;
        array(name, [&] {
            object(nullptr, [&] {
                model::Person person = readPerson();
                if (!m_peopleById.count(person.id)) {
                    m_peopleById[person.id] = event.people.size();
                    event.people.push_back(person);
                }
                ids.push_back(person.id);
            });
        });
        return ids;
    }

    model::Group readGroup(model::Event& event) {
        model::Group group;
        group.id = id("id");
        group.number = text("number");
        group.title = optionalText("title");
        group.status = enumeration("status", model::parseGroupStatus, model::GroupStatus::Posted,
                                   "posted, met, cancelled");
        if (auto room = has("room") ? textOrNull("room") : std::nullopt) {
            auto parsed = Id::parse(*room);
            if (!parsed) {
                m_path.emplace_back("room");
                throw FieldError{lang::message("archive.badRoomId", {{"value", *room}})};
            }
            group.roomId = *parsed;
        }
        group.initiators = people("initiators", event);
        group.facilitators = people("facilitators", event);
        group.participants = people("participants", event);
        group.participantCount =
            has("participantCount") ? integerOrNull("participantCount") : std::nullopt;
        group.participantNote = optionalText("participantNote");
        array("inputs", [&] { group.inputs.push_back(readInput()); });
        if (has("notes")) {
            object("notes", [&] {
                group.notes.challenges = optionalText("challenges");
                group.notes.opportunities = optionalText("opportunities");
                group.notes.text = optionalText("text");
            });
        }
        group.reportNote = optionalText("note");
        PendingLinks links;
        if (has("followUpOf")) {
            links.followUpOf = textOrNull("followUpOf");
        }
        links.mergedWith = stringArray("mergedWith");
        group.actions = readActions();
        m_links.emplace(group.id, std::move(links));
        return group;
    }

    // A group's or a challenge's actions; none when the key is absent.
    std::vector<model::Action> readActions() {
        std::vector<model::Action> actions;
        array("actions", [&] {
            object(nullptr, [&] {
                model::Action action;
                action.id = id("id");
                action.what = optionalText("what");
                action.who = optionalText("who");
                action.nextStep = optionalText("nextStep");
                action.due = optionalText("due");
                action.resources = optionalText("resources");
                actions.push_back(std::move(action));
            });
        });
        return actions;
    }

    model::Input readInput() {
        model::Input input;
        object(nullptr, [&] {
            input.id = id("id");
            input.text = optionalText("text");
            input.kind = enumeration("kind", model::parseInputKind, model::InputKind::Item,
                                     "item, lead-in, sub-heading");
            // 0 when absent: archives from before dot votes have none.
            // A negative count is refused by model::validate like any other rule.
            if (has("votes")) {
                input.votes = integer("votes");
            }
            array("children", [&] { input.children.push_back(readInput()); });
            array("themes", [&] {
                const std::string value = element("archive.expect.themeId");
                auto parsed = Id::parse(value);
                if (!parsed) {
                    throw FieldError{lang::message("archive.badThemeId", {{"value", value}})};
                }
                input.themes.push_back(*parsed);
            });
        });
        return input;
    }

    // Links name other groups by number; resolve them once every group is read.
    void resolveGroupLinks(model::Event& event) {
        std::unordered_map<std::string, Id> byNumber;
        for (const auto& group : event.groups) {
            if (!byNumber.emplace(group.number, group.id).second) {
                // The group is named in the reason, so no field path.
                m_path.clear();
                throw FieldError{lang::message("archive.numberTwice", {{"number", group.number}})};
            }
        }
        for (auto& group : event.groups) {
            const auto& links = m_links.at(group.id);
            const auto resolve = [&](const std::string& number, const char* field) {
                auto found = byNumber.find(number);
                if (found == byNumber.end()) {
                    m_path.clear();
                    throw FieldError{lang::message(
                        "archive.linkToNothing",
                        {{"group", group.number}, {"field", field}, {"number", number}})};
                }
                return found->second;
            };
            if (links.followUpOf) {
                group.followUpOf = resolve(*links.followUpOf, "followUpOf");
            }
            for (const auto& number : links.mergedWith) {
                group.mergedWith.push_back(resolve(number, "mergedWith"));
            }
        }
    }

    struct PendingLinks {
        std::optional<std::string> followUpOf;
        std::vector<std::string> mergedWith;
    };

    JSONInputArchive& m_ar;
    std::vector<std::string> m_path;
    std::unordered_map<Id, size_t> m_peopleById;
    std::unordered_map<Id, PendingLinks> m_links;
};

} // namespace

model::Event readJsonArchive(std::string_view json) {
    // Notepad on Windows saves UTF-8 with a byte-order mark; JSON has no use for it.
    if (json.substr(0, 3) == "\xEF\xBB\xBF") {
        json.remove_prefix(3);
    }
    // rapidjson's in-memory parse (checkSyntax) skips each byte of a BOM on
    // its own, so a stray 0xEF, 0xBB or 0xBF before the JSON passes the check,
    // while cereal's stream parse fails on it and its constructor threw
    // cereal::RapidJSONException past the catch below (found by
    // fuzz_json_archive). Neither byte can start JSON: refuse it here.
    if (!json.empty() && (static_cast<unsigned char>(json.front()) == 0xEF ||
                          static_cast<unsigned char>(json.front()) == 0xBB ||
                          static_cast<unsigned char>(json.front()) == 0xBF)) {
        throw ParseError(lang::message("parseError.invalidJson", {{"detail", "Invalid value."}}), 1,
                         1);
    }
    checkSyntax(json);
    std::istringstream in{std::string(json)};
    std::optional<JSONInputArchive> archive;
    try {
        // Inside the try as well: any other disagreement between the two
        // parsers is still one ParseError, never a cereal exception.
        archive.emplace(in);
    } catch (const cereal::Exception& error) {
        throw ParseError(lang::message("archive.unexpectedShape", {{"detail", error.what()}}));
    }
    ArchiveReader reader(*archive);
    model::Event event;
    try {
        event = reader.read();
    } catch (const FieldError& error) {
        const std::string where = reader.path();
        if (where.empty()) {
            throw ParseError(error.reason);
        }
        throw ParseError(lang::message("archive.atField", {{"field", where}})
                             .withMessage("reason", error.reason));
    } catch (const cereal::Exception& error) {
        // A shape the reader did not foresee: still one line, with the place.
        const std::string where = reader.path();
        throw ParseError(where.empty()
                             ? lang::message("archive.unexpectedShape", {{"detail", error.what()}})
                             : lang::message("archive.unexpectedShapeAt",
                                             {{"field", where}, {"detail", error.what()}}));
    }
    const auto problems = model::validate(event);
    if (!problems.empty()) {
        lang::Message message =
            lang::Message{"archive.invalid", {}}.withMessage("problem", problems.front().message);
        if (problems.size() > 1) {
            message.key =
                problems.size() == 2 ? "archive.invalidAndOneMore" : "archive.invalidAndMore";
            message.with("more", std::to_string(problems.size() - 1));
        }
        throw ParseError(message);
    }
    return event;
}

} // namespace innspill::io
