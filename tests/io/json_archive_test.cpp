#include "io/json_archive.hpp"
#include "io/parse_error.hpp"
#include "support/sample_event.hpp"

#include "io/rapidjson.hpp"
#include <catch2/catch.hpp>

using namespace innspill;

namespace {
io::ParseError parseFailure(const std::string& json) {
    try {
        io::readJsonArchive(json);
    } catch (const io::ParseError& error) {
        return error;
    }
    FAIL("expected a parse error for: " << json);
    return io::ParseError(lang::Message{});
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}
} // namespace

TEST_CASE("export, import, export gives the same bytes") {
    const auto event = test::sampleEvent();
    const std::string first = io::writeJsonArchive(event);
    const auto imported = io::readJsonArchive(first);
    CHECK(io::writeJsonArchive(imported) == first);
    // The archive nests groups under rounds in natural order; otherwise the
    // model is the same.
    CHECK(imported.people == event.people);
    CHECK(imported.days == event.days);
    CHECK(imported.themes == event.themes);
    CHECK(imported.groups.size() == event.groups.size());
    for (const auto& group : event.groups) {
        const auto* back = model::findGroup(imported, group.id);
        REQUIRE(back);
        CHECK(*back == group);
    }
}

TEST_CASE("the archive has the documented shape") {
    const auto event = test::sampleEvent();
    rapidjson::Document doc;
    const std::string json = io::writeJsonArchive(event);
    doc.Parse(json.c_str());
    REQUIRE(doc.IsObject());
    CHECK(std::string(doc["format"].GetString()) == "innspill-event");
    CHECK(doc["version"].GetInt() == 1);
    const auto& e = doc["event"];
    REQUIRE(e["people"].IsArray());
    REQUIRE(e["themes"].IsArray());
    const auto& round = e["days"][0]["rounds"][0];
    const auto& groups = round["groups"];
    REQUIRE(groups.Size() == 3);
    CHECK(std::string(groups[0]["number"].GetString()) == "1.1");
    CHECK(std::string(groups[2]["number"].GetString()) == "1.10");
    const auto& g = groups[0];
    for (const char* key :
         {"id", "number", "title", "status", "room", "initiators", "facilitators", "participants",
          "participantCount", "participantNote", "inputs", "notes", "note", "followUpOf"}) {
        INFO(key);
        CHECK(g.HasMember(key));
    }
    CHECK(std::string(g["initiators"][0]["name"].GetString()) == "Silje Mæland");
    CHECK(g["initiators"][0].HasMember("perspective"));
    CHECK(g["participantCount"].GetInt() == 13);
    CHECK(g["followUpOf"].IsNull());
    CHECK(std::string(g["inputs"][1]["children"][0]["text"].GetString()) == "for unge");
    CHECK(std::string(g["inputs"][1]["kind"].GetString()) == "item");
    const auto& followUp = e["days"][1]["rounds"][0]["groups"][0];
    CHECK(std::string(followUp["followUpOf"].GetString()) == "1.1");
    CHECK(groups[1]["participantCount"].IsNull());
}

TEST_CASE("hostile text survives the archive") {
    auto event = test::sampleEvent();
    event.groups[0].title = "\"quoted\" <script>alert('x')</script> & \\ \t\n\x01 😀 עברית";
    event.groups[0].inputs[0].text = std::string(10000, 'a') + "ø";
    const std::string json = io::writeJsonArchive(event);
    const auto back = io::readJsonArchive(json);
    CHECK(model::findGroup(back, event.groups[0].id)->title == event.groups[0].title);
    CHECK(model::findGroup(back, event.groups[0].id)->inputs[0].text ==
          event.groups[0].inputs[0].text);
}

TEST_CASE("malformed archives give the JSON position") {
    const std::string good = io::writeJsonArchive(test::sampleEvent());
    SECTION("cut short") {
        const auto error = parseFailure(good.substr(0, good.size() / 2));
        CHECK(error.line() > 1);
        CHECK(std::string(error.what()).find("ugyldig JSON") != std::string::npos);
    }
    SECTION("a stray comma on line 3") {
        const auto error = parseFailure("{\n  \"format\": \"innspill-event\",\n  ,\n}");
        CHECK(error.line() == 3);
        CHECK(error.column() == 3);
    }
    SECTION("not UTF-8") {
        const auto error = parseFailure("{\"format\": \"bl\xE5"
                                        "b\xE6"
                                        "r\"}");
        CHECK(error.line() == 1);
    }
    SECTION("empty") {
        parseFailure("");
    }
    SECTION("a JSON array") {
        CHECK(std::string(parseFailure("[1,2]").what()).find("ikke et Innspill-arkiv") !=
              std::string::npos);
    }
}

TEST_CASE("wrong or missing fields name their path") {
    const std::string good = io::writeJsonArchive(test::sampleEvent());
    SECTION("another format") {
        const auto error = parseFailure(replaced(good, "innspill-event", "something-else"));
        CHECK(std::string(error.what()).find("ikke et Innspill-arkiv") != std::string::npos);
    }
    SECTION("newer version") {
        const auto error = parseFailure(replaced(good, "\"version\": 1", "\"version\": 9"));
        CHECK(std::string(error.what()).find("nyere versjon") != std::string::npos);
    }
    SECTION("title of the wrong type") {
        const auto error = parseFailure(
            replaced(good, "\"title\": \"Innspill fra Åpen arena 2031\"", "\"title\": 42"));
        CHECK(std::string(error.what()).find("event.title") != std::string::npos);
    }
    SECTION("a group without a number") {
        const auto error = parseFailure(replaced(good, "\"number\": \"1.1\",", ""));
        CHECK(std::string(error.what()).find("event.days[0].rounds[0].groups[0].number") !=
              std::string::npos);
    }
    SECTION("participant count as text") {
        const auto error = parseFailure(
            replaced(good, "\"participantCount\": 13", "\"participantCount\": \"13\""));
        CHECK(std::string(error.what()).find("participantCount") != std::string::npos);
    }
    SECTION("unknown status") {
        const auto error =
            parseFailure(replaced(good, "\"status\": \"met\"", "\"status\": \"done\""));
        CHECK(std::string(error.what()).find("status") != std::string::npos);
    }
    SECTION("a bad id") {
        const auto error = parseFailure(replaced(good, "\"id\": \"", "\"id\": \"x"));
        CHECK(std::string(error.what()).find("ugyldig id") != std::string::npos);
    }
    SECTION("follow-up of a group that does not exist") {
        const auto error =
            parseFailure(replaced(good, "\"followUpOf\": \"1.1\"", "\"followUpOf\": \"9.9\""));
        CHECK(std::string(error.what()).find("9.9") != std::string::npos);
    }
    SECTION("duplicate group numbers") {
        const auto error =
            parseFailure(replaced(good, "\"number\": \"1.10\"", "\"number\": \"1.1\""));
        CHECK(std::string(error.what()).find("gruppenummeret") != std::string::npos);
    }
}

TEST_CASE("a short hand-written archive is enough") {
    const auto event = io::readJsonArchive(R"({
      "format": "innspill-event", "version": 1,
      "event": {
        "id": "0f8fad5b-d9cb-469f-a165-70867728950e",
        "title": "Kort",
        "days": [{"id": "1f8fad5b-d9cb-469f-a165-70867728950e", "rounds": [
          {"id": "2f8fad5b-d9cb-469f-a165-70867728950e", "groups": [
            {"id": "3f8fad5b-d9cb-469f-a165-70867728950e", "number": "1.1",
             "initiators": [{"id": "4f8fad5b-d9cb-469f-a165-70867728950e", "name": "Kari"}],
             "inputs": [{"id": "5f8fad5b-d9cb-469f-a165-70867728950e", "text": "Et innspill"}]}
          ]}]}]
      }})");
    CHECK(event.title == "Kort");
    REQUIRE(event.groups.size() == 1);
    CHECK(event.groups[0].inputs[0].text == "Et innspill");
    CHECK_FALSE(event.groups[0].participantCount);
    REQUIRE(event.people.size() == 1);
    CHECK(event.people[0].name == "Kari");
    CHECK(event.labels.initiator == "Initiativtaker");
}

TEST_CASE("lists of the wrong shape and a byte-order mark") {
    const std::string good = io::writeJsonArchive(test::sampleEvent());
    SECTION("rooms as text") {
        const auto error =
            parseFailure(replaced(good, "\"rooms\": [", "\"rooms\": \"Salen\", \"x\": ["));
        CHECK(std::string(error.what()).find("event.rooms: feil type, ventet en liste") !=
              std::string::npos);
    }
    SECTION("inputs as an object") {
        const auto error =
            parseFailure(replaced(good, "\"inputs\": [", "\"inputs\": {}, \"x\": ["));
        CHECK(std::string(error.what()).find("inputs: feil type, ventet en liste") !=
              std::string::npos);
    }
    SECTION("a UTF-8 byte-order mark is accepted") {
        CHECK(io::writeJsonArchive(io::readJsonArchive("\xEF\xBB\xBF" + good)) == good);
    }
    SECTION("null for an optional text is empty") {
        const auto event = io::readJsonArchive(
            replaced(good, "\"subtitle\": \"til en strategi for «læring og arbeid»\"",
                     "\"subtitle\": null"));
        CHECK(event.subtitle.empty());
    }
    SECTION("empty labels stay empty through a round trip") {
        auto event = test::sampleEvent();
        event.labels.participantCount = "";
        const std::string json = io::writeJsonArchive(event);
        CHECK(io::writeJsonArchive(io::readJsonArchive(json)) == json);
    }
}

TEST_CASE("the name policy: in the archive, byte-identical round trip, the default when missing") {
    using model::NamePolicy;
    for (const auto policy : {NamePolicy::Everyone, NamePolicy::WithConsent, NamePolicy::Nobody}) {
        auto event = test::sampleEvent();
        event.namePolicy = policy;
        const std::string first = io::writeJsonArchive(event);
        CHECK(first.find("\"namePolicy\": \"" + std::string(model::toString(policy)) + "\"") !=
              std::string::npos);
        const auto imported = io::readJsonArchive(first);
        CHECK(imported.namePolicy == policy);
        CHECK(io::writeJsonArchive(imported) == first);
    }
    // An archive from before the field: the default, by name only with consent.
    auto everyone = test::sampleEvent();
    everyone.namePolicy = NamePolicy::Everyone;
    const std::string json = io::writeJsonArchive(everyone);
    CHECK(io::readJsonArchive(replaced(json, "\"namePolicy\": \"everyone\",", "")).namePolicy ==
          NamePolicy::WithConsent);
    CHECK(
        io::readJsonArchive(replaced(json, "\"namePolicy\": \"everyone\"", "\"namePolicy\": \"\""))
            .namePolicy == NamePolicy::WithConsent);
    // A value it does not know names the field and the choices.
    const auto error =
        parseFailure(replaced(json, "\"namePolicy\": \"everyone\"", "\"namePolicy\": \"alle\""));
    CHECK(std::string(error.what()).find("namePolicy") != std::string::npos);
    CHECK(std::string(error.what()).find("everyone, consent, none") != std::string::npos);
}
