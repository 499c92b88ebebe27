// Event header edits: fields, dates, language and labels, the two lists, and
// the round heading examples; each on the model and through the event file.
#include "app/edits_event.hpp"
#include "setup_edits_support.hpp"

#include <catch2/catch.hpp>

using namespace innspill;
using app::EventField;
using app::EventList;
using app::FieldProblem;

TEST_CASE("edits_event: every text field is written and undone through the file") {
    test::EditFixture fixture;
    const std::pair<EventField, const char*> fields[] = {
        {EventField::Title, "Åpen arena 2032"},
        {EventField::Subtitle, "Ny undertittel – «sitat»"},
        {EventField::About, "Første avsnitt.\n\nAndre avsnitt med æøå."},
        {EventField::Place, "Rauland"},
        {EventField::LabelInitiator, "Initiativtakar"},
        {EventField::LabelFacilitator, "Fasilitator"},
        {EventField::LabelParticipantCount, "Tal på deltakarar"},
        {EventField::LabelInputs, "Innspel"},
        {EventField::LabelRoundHeading, "Dag {day} – økt {roundInDay}: {title}"},
    };
    for (const auto& [field, value] : fields) {
        CAPTURE(value);
        fixture.applyAndRoundTrip(app::setEventField(fixture.event(), field, value));
        CHECK(app::fieldValue(fixture.event(), field) == value);
        CHECK(app::fieldValue(fixture.onDisk(), field) == value);
    }
    // Writing what is already there is no change at all.
    CHECK_FALSE(app::setEventField(fixture.event(), EventField::Title, "Åpen arena 2032"));
}

TEST_CASE("edits_event: dates are validated, normalised, and kept in order") {
    test::EditFixture fixture; // 2031-01-22 to 2031-01-23
    const auto& event = fixture.event();

    CHECK(app::normaliseDate("2031-01-22") == "2031-01-22");
    CHECK(app::normaliseDate(" 22.01.2031 ") == "2031-01-22");
    CHECK(app::normaliseDate("2.3.2031") == "2031-03-02");
    CHECK(app::normaliseDate("") == "");
    CHECK_FALSE(app::normaliseDate("2031-02-30"));
    CHECK_FALSE(app::normaliseDate("29.02.2031"));
    CHECK(app::normaliseDate("29.02.2032") == "2032-02-29");
    CHECK_FALSE(app::normaliseDate("2031-1-22"));
    CHECK_FALSE(app::normaliseDate("22.01.31"));
    CHECK_FALSE(app::normaliseDate("i morgen"));

    CHECK(app::checkEventField(event, EventField::StartDate, "2031-13-01") ==
          FieldProblem::BadDate);
    CHECK_FALSE(app::setEventField(event, EventField::StartDate, "2031-13-01"));
    // The start cannot move past the end, nor the end before the start.
    CHECK(app::checkEventField(event, EventField::StartDate, "2031-01-24") ==
          FieldProblem::EndBeforeStart);
    CHECK(app::checkEventField(event, EventField::EndDate, "2031-01-21") ==
          FieldProblem::EndBeforeStart);
    CHECK(app::checkEventField(event, EventField::EndDate, "2031-01-22") == FieldProblem::None);

    fixture.applyAndRoundTrip(app::setEventField(event, EventField::EndDate, "24.01.2031"));
    CHECK(fixture.event().endDate == "2031-01-24");
    CHECK(fixture.onDisk().endDate == "2031-01-24");
    // Clearing a date is allowed: an event may not have one yet.
    fixture.applyAndRoundTrip(app::setEventField(fixture.event(), EventField::StartDate, ""));
    CHECK(fixture.onDisk().startDate.empty());
}

TEST_CASE("edits_event: report language switches default labels, never chosen ones") {
    test::EditFixture fixture;
    REQUIRE(fixture.event().labels == app::defaultLabels("nb"));
    CHECK(app::checkEventField(fixture.event(), EventField::Language, "de") ==
          FieldProblem::BadLanguage);
    CHECK_FALSE(app::setEventField(fixture.event(), EventField::Language, "de"));

    fixture.applyAndRoundTrip(app::setEventField(fixture.event(), EventField::Language, "nn"));
    CHECK(fixture.event().language == "nn");
    CHECK(fixture.event().labels.initiator == "Initiativtakar");
    CHECK(fixture.onDisk().labels == app::defaultLabels("nn"));

    // The organiser's own word survives a change of language.
    REQUIRE(fixture.session().apply(
        *app::setEventField(fixture.event(), EventField::LabelInputs, "Våre innspel")));
    fixture.applyAndRoundTrip(app::setEventField(fixture.event(), EventField::Language, "en"));
    CHECK(fixture.event().language == "en");
    CHECK(fixture.event().labels.inputs == "Våre innspel");
    CHECK(fixture.event().labels.initiator == "Initiativtakar");

    fixture.applyAndRoundTrip(app::useDefaultLabels(fixture.event(), "en"));
    CHECK(fixture.onDisk().labels == app::defaultLabels("en"));
    CHECK(fixture.onDisk().labels.roundHeading == "DAY {day}, group session {round}");
    CHECK_FALSE(app::useDefaultLabels(fixture.event(), "en"));
}

TEST_CASE("edits_event: guiding questions and organisers: add, edit, reorder, remove") {
    test::EditFixture fixture;
    for (const EventList list : {EventList::GuidingQuestions, EventList::Organisers}) {
        const auto original = app::listOf(fixture.event(), list);
        REQUIRE(original.size() == 2);

        fixture.applyAndRoundTrip(app::addListItem(fixture.event(), list, "Tredje «linje»"));
        CHECK(app::listOf(fixture.onDisk(), list).back() == "Tredje «linje»");

        fixture.applyAndRoundTrip(app::setListItem(fixture.event(), list, 0, "Første, endret"));
        CHECK(app::listOf(fixture.onDisk(), list).front() == "Første, endret");
        CHECK_FALSE(app::setListItem(fixture.event(), list, 0, "Første, endret"));
        CHECK_FALSE(app::setListItem(fixture.event(), list, 3, "utenfor"));

        fixture.applyAndRoundTrip(app::moveListItem(fixture.event(), list, 2, 0));
        CHECK(app::listOf(fixture.onDisk(), list) ==
              std::vector<std::string>{"Tredje «linje»", "Første, endret", original[1]});
        CHECK_FALSE(app::moveListItem(fixture.event(), list, 0, 3));
        CHECK_FALSE(app::moveListItem(fixture.event(), list, 1, 1));

        fixture.applyAndRoundTrip(app::removeListItem(fixture.event(), list, 1));
        CHECK(app::listOf(fixture.onDisk(), list) ==
              std::vector<std::string>{"Tredje «linje»", original[1]});
        CHECK_FALSE(app::removeListItem(fixture.event(), list, 2));
    }
}

TEST_CASE("edits_event: a burst of typing in one field is one undo step") {
    test::EditFixture fixture;
    const std::string original = fixture.event().title;
    std::string typed;
    for (const char* letter : {"Å", "p", "e", "n"}) {
        typed += letter;
        REQUIRE(fixture.session().apply(
            *app::setEventField(fixture.event(), EventField::Title, typed), true));
    }
    CHECK(fixture.onDisk().title == "Åpen");
    REQUIRE(fixture.session().undo());
    CHECK(fixture.event().title == original);
    CHECK(fixture.onDisk().title == original);
}

TEST_CASE("edits_event: round heading examples show day, round and round in day") {
    test::EditFixture fixture; // day 1: two rounds, day 2: one round titled "Fordypning"
    const auto& event = fixture.event();
    CHECK(app::roundHeadingExamples(event, "DAG {day}, gruppesesjon {round}") ==
          std::vector<std::string>{"DAG 1, gruppesesjon 1", "DAG 2, gruppesesjon 3"});
    CHECK(app::roundHeadingExamples(event, "Dag {day} økt {roundInDay}: {title}") ==
          std::vector<std::string>{"Dag 1 økt 1: ", "Dag 2 økt 1: Fordypning"});

    // A later day's first round and the last round differ: three examples.
    model::Event bigger = event;
    bigger.days[1].rounds.push_back(model::Round{model::Id::generate(), "Avslutning", "", ""});
    CHECK(app::roundHeadingExamples(bigger, "{day}/{round}/{roundInDay}") ==
          std::vector<std::string>{"1/1/1", "2/3/1", "2/4/2"});

    // No programme yet: a made-up one of two days with two rounds each.
    model::Event empty = model::makeEvent("Tomt");
    CHECK(app::roundHeadingExamples(empty, "DAG {day}, gruppesesjon {round}") ==
          std::vector<std::string>{"DAG 1, gruppesesjon 1", "DAG 2, gruppesesjon 3",
                                   "DAG 2, gruppesesjon 4"});
}

TEST_CASE("edits_event: unknown placeholders in the heading pattern are found") {
    CHECK(app::unknownPlaceholders("DAG {day}, gruppesesjon {round} {title} {roundInDay}").empty());
    CHECK(app::unknownPlaceholders("Dag {dag}, økt {runde}, {dag} {round}") ==
          std::vector<std::string>{"{dag}", "{runde}"});
    CHECK(app::unknownPlaceholders("ingen plassholdere {uten slutt").empty());
}

TEST_CASE("edits_event: the name policy is one undoable step, written to the file") {
    using model::NamePolicy;
    test::EditFixture fixture;
    REQUIRE(fixture.event().namePolicy == NamePolicy::WithConsent); // the default
    CHECK_FALSE(app::setNamePolicy(fixture.event(), NamePolicy::WithConsent));

    const auto change = app::setNamePolicy(fixture.event(), NamePolicy::Everyone);
    REQUIRE(change);
    CHECK(change->labelText() == "Endre navn i rapporten");
    fixture.applyAndRoundTrip(change);
    CHECK(fixture.event().namePolicy == NamePolicy::Everyone);
    CHECK(fixture.onDisk().namePolicy == NamePolicy::Everyone);

    fixture.applyAndRoundTrip(app::setNamePolicy(fixture.event(), NamePolicy::Nobody));
    CHECK(fixture.onDisk().namePolicy == NamePolicy::Nobody);

    CHECK(lang::render(lang::Language::Nb, app::namePolicyName(NamePolicy::Everyone)) ==
          "Initiativtakere og fasilitatorer med navn");
    CHECK(lang::render(lang::Language::Nn, app::namePolicyName(NamePolicy::WithConsent)) ==
          "Med namn berre med samtykke");
    CHECK(lang::render(lang::Language::En, app::namePolicyName(NamePolicy::Nobody)) == "No names");
}
