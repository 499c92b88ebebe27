#include "io/report/data_table.hpp"
#include "io/report/printed_groups.hpp"
#include "io/report/report_document.hpp"
#include "lang/message.hpp"
#include "support/sample_event.hpp"

#include <catch2/catch.hpp>

using namespace innspill;
using namespace innspill::io::report;

namespace {
std::vector<std::string> numbers(const ReportRound& round) {
    std::vector<std::string> out;
    for (const auto& group : round.groups) {
        out.push_back(group.number);
    }
    return out;
}
const ReportGroup& groupNumbered(const ReportDocument& doc, const std::string& number) {
    for (const auto& round : doc.rounds) {
        for (const auto& group : round.groups) {
            if (group.number == number) {
                return group;
            }
        }
    }
    FAIL("no group " << number);
    throw;
}
} // namespace

TEST_CASE("proceedings: rounds in programme order, groups natural, cancelled left out") {
    const auto doc = buildReport(test::sampleEvent(), {});
    CHECK(doc.title == "Innspill fra Åpen arena 2031");
    CHECK(doc.placeAndDate == "Fjellstua, Vinje, 22.–23. januar 2031");
    CHECK(doc.organisers == "Kari Nordmann og Ola Åsen");
    CHECK(doc.aboutParagraphs.size() == 1);
    REQUIRE(doc.rounds.size() == 3);
    CHECK(doc.rounds[0].heading == "DAG 1, gruppesesjon 1");
    CHECK(doc.rounds[2].heading == "DAG 2, gruppesesjon 3");
    CHECK(numbers(doc.rounds[0]) == std::vector<std::string>{"1.1", "1.10"});
    const auto& g = groupNumbered(doc, "1.10");
    REQUIRE(g.fields.size() == 3);
    CHECK(g.fields[0].label == "Initiativtaker");
    CHECK(g.fields[2].value == "3 + 2");
    CHECK(g.inputs[0].kind == model::InputKind::LeadIn);
    CHECK(groupNumbered(doc, "2.1").notes ==
          std::vector<std::string>{"Slått sammen med gruppe 1.10"});
    // The report note already names the follow-up: it is not said twice.
    CHECK(groupNumbered(doc, "3.1").notes ==
          std::vector<std::string>{"Fordypning til innspill nr 1.1 dag 1"});
}

TEST_CASE("public report: no participant names, a name without consent left out") {
    const auto event = test::sampleEvent();
    const auto doc = buildReport(event, {});
    CHECK(doc.appendix.empty());
    const auto& g = groupNumbered(doc, "1.10");
    // Åse Berg consented; Jørgen Æsøy (user) did not: no word in his place.
    CHECK(g.fields[0].value == "Åse Berg, Lærlingkontoret");
    CHECK(g.initiators == "Åse Berg, Lærlingkontoret");
    const auto table = buildDataTable(event, {});
    for (const auto& row : table.rows) {
        for (const auto& cell : row) {
            CHECK(cell.find("Hemmelig") == std::string::npos);
            CHECK(cell.find("Jørgen") == std::string::npos);
        }
    }
}

TEST_CASE("internal report: names and an appendix with participants and notes") {
    const auto doc = buildReport(test::sampleEvent(), {ReportKind::Proceedings, true});
    CHECK(groupNumbered(doc, "1.10").fields[0].value == "Åse Berg, Lærlingkontoret og Jørgen Æsøy");
    REQUIRE(doc.appendix.size() == 4);
    CHECK(doc.appendix[0].number == "1.1");
    CHECK(doc.appendix[0].participants ==
          std::vector<std::string>{"Jørgen Æsøy", "Hemmelig Deltaker, Privat"});
    CHECK(doc.appendix[0].notes.size() == 2);
}

TEST_CASE("thematic report: inputs per theme with their group, untagged, charts") {
    const auto event = test::sampleEvent();
    const auto doc = buildReport(event, {ReportKind::Thematic, false});
    REQUIRE(doc.themes.size() == 5);
    REQUIRE(doc.themes[0].inputs.size() == 1);
    CHECK(doc.themes[0].inputs[0].groupNumber == "1.1");
    CHECK(doc.themes[2].inputs.size() == 1);
    // Untagged items only; the lead-in and sub-heading are structure.
    std::vector<std::string> untagged;
    for (const auto& input : doc.untagged) {
        untagged.push_back(input.groupNumber + " " + input.input.text);
    }
    CHECK(untagged == std::vector<std::string>{
                          "1.1 Tidlig kartlegging & «samhandling» <alle>",
                          "1.10 Mentorordning i bedrift", "1.10 Holdninger hos arbeidsgiver",
                          "2.1 Én digital inngang", "3.1 Koordinator i hver kommune"});
    REQUIRE(doc.charts.size() == 2);
    CHECK(doc.charts[0].bars.back().second == 5);
    CHECK(doc.charts[1].bars[0] == std::pair<std::string, size_t>{"DAG 1, gruppesesjon 1", 4});
}

TEST_CASE("data table: one row per input and sub-point") {
    const auto table = buildDataTable(test::sampleEvent(), {});
    CHECK(table.header.size() == 11); // … themes, votes, photos
    CHECK(table.header[9] == "Stemmer");
    CHECK(table.header.back() == "Bilder");
    CHECK(table.rows.size() == 10);
    const auto& sub = table.rows[2];
    CHECK(sub[5] == "underpunkt");
    CHECK(sub[6] == "for unge");
    CHECK(sub[7] == "Tidlig kartlegging & «samhandling» <alle>");
    CHECK(table.rows[0][8] == "Tilby tjenester som virker; Satse på de lokale aktørene");
    CHECK(table.rows[0][9] == "0");
}

TEST_CASE("date ranges in the report's language") {
    auto event = test::sampleEvent();
    event.language = "en";
    event.endDate = "2031-02-02";
    CHECK(buildReport(event, {}).placeAndDate ==
          "Fjellstua, Vinje, 22 January 2031 – 2 February 2031");
    event.endDate = "";
    event.language = "nb";
    CHECK(buildReport(event, {}).placeAndDate == "Fjellstua, Vinje, 22. januar 2031");
}

namespace {
// A group posted in the event's last round, never met.
model::Group capturedGroupLike(const model::Event& event, const std::string& number) {
    model::Group group;
    group.id = model::Id::generate();
    group.number = number;
    group.title = "Gruppe " + number;
    group.roundId = event.days.back().rounds.back().id;
    return group;
}
std::vector<std::string> headings(const ReportDocument& doc) {
    std::vector<std::string> out;
    for (const auto& round : doc.rounds) {
        out.push_back(round.heading);
    }
    return out;
}
const ReportField* fieldLabelled(const ReportGroup& group, const std::string& label) {
    for (const auto& field : group.fields) {
        if (field.label == label) {
            return &field;
        }
    }
    return nullptr;
}
} // namespace

TEST_CASE("a round or a day with no printed group is not in the report, in either kind") {
    const auto event = test::reportRulesEvent(model::NamePolicy::WithConsent);
    for (const auto kind : {ReportKind::Proceedings, ReportKind::Thematic}) {
        const auto doc = buildReport(event, {kind, false});
        CHECK(headings(doc) == std::vector<std::string>{"DAG 1, gruppesesjon 1",
                                                        "DAG 1, gruppesesjon 2",
                                                        "DAG 2, gruppesesjon 3"});
        CHECK(doc.rounds[2].day == 2);
        CHECK(doc.rounds[2].number == 3);
        if (kind == ReportKind::Thematic) {
            REQUIRE(doc.charts.size() == 2);
            CHECK(doc.charts[1].bars.size() == 3); // the per-round chart too
        }
    }
    // Nor in the data table: its rounds and its summary are the report's.
    const auto table = buildDataTable(event, {});
    CHECK(table.perRound.size() == 3);
    for (const auto& row : table.rows) {
        CHECK(row[0] != "3");
        CHECK(row[1] != "4");
        CHECK(row[1] != "5");
    }
}

TEST_CASE("a group that met without inputs is printed and says so; one that never met is not") {
    const auto event = test::reportRulesEvent(model::NamePolicy::WithConsent);
    const auto doc = buildReport(event, {});
    const auto& met = groupNumbered(doc, "3.2");
    CHECK(met.inputs.empty());
    CHECK(met.emptyNote == "Ingen innspill registrert.");
    CHECK(groupNumbered(doc, "1.1").emptyNote.empty());
    // The data exports list it too, as one row that says so.
    bool listed = false;
    for (const auto& row : buildDataTable(event, {}).rows) {
        listed = listed || (row[2] == "3.2" && row[6] == "Ingen innspill registrert." &&
                            row[5].empty() && row[4] == "Åse Berg, Lærlingkontoret");
        CHECK(row[2] != "5.1");
    }
    CHECK(listed);

    auto english = event;
    english.language = "en";
    CHECK(groupNumbered(buildReport(english, {}), "3.2").emptyNote == "No inputs recorded.");
}

TEST_CASE("the printed-group rule: the status, or inputs, a note, or an initiator and a count") {
    model::Group group;
    CHECK_FALSE(isPrinted(group)); // posted, nothing else
    group.status = model::GroupStatus::Met;
    CHECK(isPrinted(group));
    group.status = model::GroupStatus::Posted;
    group.reportNote = "Slått sammen med 1.2";
    CHECK(isPrinted(group));
    group.reportNote.clear();
    group.initiators = {model::Id::generate()};
    CHECK_FALSE(isPrinted(group)); // an initiator alone: posted, maybe never met
    group.participantNote = "3 + 2";
    CHECK(isPrinted(group));
    group.participantNote.clear();
    group.participantCount = 0;
    CHECK(isPrinted(group));
    group.status = model::GroupStatus::Cancelled;
    CHECK_FALSE(isPrinted(group)); // cancelled, whatever else it has
    group.status = model::GroupStatus::Posted;
    group.initiators.clear();
    group.inputs = {
        model::Input{model::Id::generate(), "Et innspill", model::InputKind::Item, {}, {}}};
    CHECK(isPrinted(group));
}

TEST_CASE("the left-out summary counts posted groups not printed, and why") {
    using lang::Language;
    auto event = test::reportRulesEvent(model::NamePolicy::WithConsent);
    // 1.2 cancelled, 5.1 posted and never met.
    const LeftOut both = countLeftOut(event);
    CHECK(both.cancelled == 1);
    CHECK(both.notMet == 1);
    CHECK(lang::render(Language::Nb, leftOutSummary(event)) ==
          "2 grupper er ikke med: 1 slått opp, ikke gjennomført; 1 avlyst");
    CHECK(lang::render(Language::En, leftOutSummary(event)) ==
          "2 groups are left out: 1 posted, never met; 1 cancelled");

    for (int i = 0; i < 2; ++i) {
        auto extra = capturedGroupLike(event, "5." + std::to_string(i + 2));
        event.groups.push_back(extra);
    }
    std::erase_if(event.groups, [](const model::Group& g) { return g.number == "1.2"; });
    CHECK(lang::render(Language::Nb, leftOutSummary(event)) ==
          "3 grupper er ikke med: slått opp, ikke gjennomført");
    CHECK(lang::render(Language::Nn, leftOutSummary(event)) ==
          "3 grupper er ikkje med: slått opp, ikkje gjennomført");

    const auto one = test::sampleEvent(); // only 1.2, cancelled
    CHECK(lang::render(Language::Nb, leftOutSummary(one)) == "1 gruppe er ikke med: avlyst");
    auto none = one;
    std::erase_if(none.groups, [](const model::Group& g) { return g.number == "1.2"; });
    CHECK(leftOutSummary(none).empty());
}

TEST_CASE("name policy: everyone, with consent or nobody; never a word in a name's place") {
    using model::NamePolicy;
    const auto withNames = buildReport(test::reportRulesEvent(NamePolicy::Everyone), {});
    CHECK(groupNumbered(withNames, "1.10").fields[0].value ==
          "Åse Berg, Lærlingkontoret og Jørgen Æsøy");
    CHECK(fieldLabelled(groupNumbered(withNames, "3.2"), "Støttefasilitator")->value ==
          "Jørgen Æsøy");

    const auto consent = buildReport(test::reportRulesEvent(NamePolicy::WithConsent), {});
    CHECK(groupNumbered(consent, "1.10").fields[0].value == "Åse Berg, Lærlingkontoret");
    // Every facilitator of 3.2 withheld: the line is left out.
    const auto& met = groupNumbered(consent, "3.2");
    CHECK(fieldLabelled(met, "Støttefasilitator") == nullptr);
    CHECK(fieldLabelled(met, "Initiativtaker")->value == "Åse Berg, Lærlingkontoret");
    CHECK(fieldLabelled(met, "Antall deltakere")->value == "4");

    const auto nobody = buildReport(test::reportRulesEvent(NamePolicy::Nobody), {});
    const auto& g = groupNumbered(nobody, "1.10");
    CHECK(fieldLabelled(g, "Initiativtaker") == nullptr);
    CHECK(fieldLabelled(g, "Støttefasilitator") == nullptr);
    CHECK(fieldLabelled(g, "Antall deltakere")->value == "3 + 2");
    CHECK(g.initiators.empty());
    // No one recorded is not a withheld name: the label stays, empty, as before.
    REQUIRE(fieldLabelled(groupNumbered(nobody, "3.1"), "Initiativtaker") != nullptr);
    CHECK(fieldLabelled(groupNumbered(nobody, "3.1"), "Initiativtaker")->value.empty());

    // The internal report names everyone, whatever the policy.
    const auto internal =
        buildReport(test::reportRulesEvent(NamePolicy::Nobody), {ReportKind::Proceedings, true});
    CHECK(groupNumbered(internal, "1.10").fields[0].value ==
          "Åse Berg, Lærlingkontoret og Jørgen Æsøy");
    CHECK(fieldLabelled(groupNumbered(internal, "3.2"), "Støttefasilitator")->value ==
          "Jørgen Æsøy");
}

TEST_CASE("a group merged with another gave its inputs there: no 'no inputs' note") {
    auto event = test::sampleEvent();
    for (auto& group : event.groups) {
        if (group.number == "2.1") {
            group.inputs.clear(); // merged with 1.10, met, its inputs printed there
        }
    }
    const auto doc = buildReport(event, {});
    CHECK(groupNumbered(doc, "2.1").emptyNote.empty());
    CHECK(groupNumbered(doc, "2.1").notes ==
          std::vector<std::string>{"Slått sammen med gruppe 1.10"});
}
