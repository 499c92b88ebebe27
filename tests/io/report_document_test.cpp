#include "io/report/data_table.hpp"
#include "io/report/report_document.hpp"
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

TEST_CASE("public report: no participant names, non-consenting people as their role") {
    const auto event = test::sampleEvent();
    const auto doc = buildReport(event, {});
    CHECK(doc.appendix.empty());
    const auto& g = groupNumbered(doc, "1.10");
    // Åse Berg consented; Jørgen Æsøy (user) did not.
    CHECK(g.fields[0].value == "Åse Berg, Lærlingkontoret og bruker/pasient");
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
    CHECK(table.header.size() == 9);
    CHECK(table.rows.size() == 10);
    const auto& sub = table.rows[2];
    CHECK(sub[5] == "underpunkt");
    CHECK(sub[6] == "for unge");
    CHECK(sub[7] == "Tidlig kartlegging & «samhandling» <alle>");
    CHECK(table.rows[0][8] == "Tilby tjenester som virker; Satse på de lokale aktørene");
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
