#include "model/validate.hpp"

#include "model/limits.hpp"
#include "support/sample_event.hpp"

#include <catch2/catch.hpp>

using namespace innspill::model;

namespace {
bool mentions(const std::vector<Problem>& problems, const std::string& text) {
    for (const auto& problem : problems) {
        if (problem.what.find(text) != std::string::npos) {
            return true;
        }
    }
    return false;
}
} // namespace

TEST_CASE("the sample event is consistent") {
    CHECK(validate(innspill::test::sampleEvent()).empty());
}

TEST_CASE("a problem is worded for an English reader too") {
    Event event = innspill::test::sampleEvent();
    event.groups[0].initiators.push_back(Id::generate());
    const auto problems = validate(event);
    REQUIRE(problems.size() == 1);
    const auto nb = innspill::lang::render(innspill::lang::Language::Nb, problems[0].message);
    const auto en = innspill::lang::render(innspill::lang::Language::En, problems[0].message);
    CHECK(nb == problems[0].where + ": " + problems[0].what);
    CHECK(nb.rfind("gruppe " + event.groups[0].number + ": initiativtaker viser til en person",
                   0) == 0);
    CHECK(en.rfind("group " + event.groups[0].number + ": initiator refers to a person", 0) == 0);
}

TEST_CASE("broken references and duplicates are found") {
    Event event = innspill::test::sampleEvent();
    SECTION("duplicate group number") {
        event.groups[1].number = event.groups[0].number;
        CHECK(mentions(validate(event), "gruppenummeret"));
    }
    SECTION("unknown person") {
        event.groups[0].initiators.push_back(Id::generate());
        CHECK(mentions(validate(event), "person som ikke finnes"));
    }
    SECTION("unknown round") {
        event.groups[0].roundId = Id::generate();
        CHECK(mentions(validate(event), "gruppesesjon som ikke finnes"));
    }
    SECTION("sub-points of sub-points") {
        auto& withChildren = event.groups[1].inputs[1];
        REQUIRE_FALSE(withChildren.children.empty());
        withChildren.children[0].children.push_back(Input{Id::generate(), "for dypt", {}, {}, {}});
        CHECK(mentions(validate(event), "ett nivå"));
    }
    SECTION("unknown theme tag") {
        event.groups[0].inputs[0].themes.push_back(Id::generate());
        CHECK(mentions(validate(event), "tema som ikke finnes"));
    }
    SECTION("an id used twice") {
        event.people[1].id = event.people[0].id;
        CHECK(mentions(validate(event), "id brukt mer enn én gang"));
    }
    SECTION("follow-up of itself") {
        event.groups[0].followUpOf = event.groups[0].id;
        CHECK(mentions(validate(event), "seg selv"));
    }
    SECTION("invalid UTF-8") {
        event.groups[0].title = "ugyldig \xC3\x28";
        CHECK(mentions(validate(event), "UTF-8"));
    }
    SECTION("invalid time") {
        event.days[0].rounds[0].start = "25:00";
        CHECK(mentions(validate(event), "klokkeslett"));
    }
}

TEST_CASE("field limits are counted in characters, not bytes") {
    Event event = innspill::test::sampleEvent();
    auto repeat = [](const std::string& unit, size_t times) {
        std::string out;
        for (size_t i = 0; i < times; ++i) {
            out += unit;
        }
        return out;
    };
    SECTION("a title of exactly the limit in two-byte letters is fine") {
        event.groups[0].title = repeat("æ", kMaxTitleChars); // 1000 bytes
        CHECK(validate(event).empty());
    }
    SECTION("one character over the title limit is not") {
        event.groups[0].title = repeat("a", kMaxTitleChars + 1);
        CHECK(mentions(validate(event), "tittelen er over 500 tegn"));
    }
    SECTION("names and organisations") {
        event.people[0].name = repeat("ø", kMaxNameChars);
        CHECK(validate(event).empty());
        event.people[0].organisation = repeat("o", kMaxNameChars + 1);
        CHECK(mentions(validate(event), "organisasjonen er over 300 tegn"));
    }
    SECTION("inputs and notes from an archive or a notes file may be longer than a paste") {
        for (auto& group : event.groups) {
            if (!group.inputs.empty()) {
                group.inputs[0].text = repeat("x", kMaxInputChars + 1);
                break;
            }
        }
        event.groups[1].notes.text = repeat("n", kMaxNoteChars + 1);
        CHECK(validate(event).empty());
    }
}
