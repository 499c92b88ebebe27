// How model values read on screen.
#include "ui/widgets/display_text.hpp"

#include "support/sample_event.hpp"

#include <catch2/catch.hpp>

using namespace innspill;
using ui::Language;

TEST_CASE("dates read the Norwegian way in bokmål and nynorsk", "[ui]") {
    CHECK(ui::formatDate(Language::Nb, "2020-01-22") == "22.01.2020");
    CHECK(ui::formatDate(Language::Nn, "2020-01-22") == "22.01.2020");
    CHECK(ui::formatDate(Language::En, "2020-01-22") == "2020-01-22");
    CHECK(ui::formatDate(Language::Nb, "22. januar") == "22. januar"); // shown, not hidden
    CHECK(ui::formatDate(Language::Nb, "").empty());
    CHECK(ui::formatDateRange(Language::Nb, "2020-01-22", "2020-01-23") ==
          "22.01.2020 – 23.01.2020");
    CHECK(ui::formatDateRange(Language::Nb, "2020-01-22", "2020-01-22") == "22.01.2020");
    CHECK(ui::formatDateRange(Language::Nb, "", "2020-01-23") == "23.01.2020");
    CHECK(ui::formatDateRange(Language::Nb, "", "").empty());
}

TEST_CASE("times read as a range", "[ui]") {
    CHECK(ui::formatTimeRange("09:30", "10:45") == "09:30–10:45");
    CHECK(ui::formatTimeRange("09:30", "") == "09:30–");
    CHECK(ui::formatTimeRange("", "").empty());
}

TEST_CASE("people, rooms, counts and links read as the report prints them", "[ui]") {
    const model::Event event = test::sampleEvent();
    const model::Group& b = *model::findGroupByNumber(event, "1.10");
    CHECK(ui::joinPeople(Language::Nb, event, b.initiators) ==
          "Åse Berg, Lærlingkontoret; Jørgen Æsøy");
    CHECK(ui::joinPeople(Language::Nb, event, {model::Id::generate()}) == "(ukjent person)");
    CHECK(ui::joinPeople(Language::Nb, event, {}).empty());

    CHECK(ui::roomName(Language::Nb, event, b.roomId) == "Salen");
    CHECK(ui::roomName(Language::Nb, event, std::nullopt).empty());
    CHECK(ui::roomName(Language::En, event, model::Id::generate()) == "(unknown room)");

    CHECK(ui::participantText(b) == "3 + 2");
    CHECK(ui::participantText(*model::findGroupByNumber(event, "1.1")) == "13");
    CHECK(ui::participantText(*model::findGroupByNumber(event, "3.1")).empty());

    const model::Group& followUp = *model::findGroupByNumber(event, "3.1");
    CHECK(ui::groupReference(Language::Nb, event, *followUp.followUpOf) ==
          "1.1 Hvem skal koordinere læring der folk bor?");

    CHECK(std::string(ui::statusLabel(Language::Nb, model::GroupStatus::Cancelled)) == "Avlyst");
    CHECK(std::string(ui::statusLabel(Language::En, model::GroupStatus::Met)) == "Met");
}
