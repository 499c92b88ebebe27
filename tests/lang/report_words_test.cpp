// The reports' own words now come from the catalogue (report.* keys): the
// same words and dates as the table they replaced, per language.
#include "io/report/report_words.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace innspill;
using io::report::formatDateRange;
using io::report::vocabulary;

TEST_CASE("report words follow the event's language, bokmål for anything else", "[lang][report]") {
    CHECK(vocabulary("nb").words.contents == "Innhold");
    CHECK(vocabulary("nn").words.contents == "Innhald");
    CHECK(vocabulary("en").words.contents == "Contents");
    CHECK(vocabulary("").words.contents == "Innhold");
    CHECK(vocabulary("de").words.contents == "Innhold");
    CHECK(vocabulary("no").words.contents == "Innhold");
    CHECK(vocabulary("nn").followUpOf == "Fordjuping av innspel nr {n}");
    CHECK(vocabulary("en").and_ == "and");
    CHECK(std::string(vocabulary("nn").months[0]) == "januar");
    CHECK(std::string(vocabulary("en").months[11]) == "December");
    // Built once: reports keep references.
    CHECK(&vocabulary("nn") == &vocabulary("nn"));
}

TEST_CASE("report dates read the way each language writes them", "[lang][report]") {
    CHECK(formatDateRange("2020-01-22", "2020-01-23", "nb") == "22.–23. januar 2020");
    CHECK(formatDateRange("2020-01-22", "2020-01-23", "nn") == "22.–23. januar 2020");
    CHECK(formatDateRange("2020-01-22", "2020-01-23", "en") == "22–23 January 2020");
    CHECK(formatDateRange("2020-01-22", "", "nb") == "22. januar 2020");
    CHECK(formatDateRange("2020-01-22", "2020-01-22", "en") == "22 January 2020");
    CHECK(formatDateRange("2020-01-31", "2020-02-01", "nb") == "31. januar 2020 – 1. februar 2020");
    CHECK(formatDateRange("2019-12-31", "2020-01-01", "en") == "31 December 2019 – 1 January 2020");
    CHECK(formatDateRange("", "", "nb").empty());
    CHECK(formatDateRange("22. januar", "", "nb") == "22. januar"); // not a date: as it is
}

TEST_CASE("a group without inputs says so in the report's language", "[lang][report]") {
    CHECK(vocabulary("nb").noInputs == "Ingen innspill registrert.");
    CHECK(vocabulary("nn").noInputs == "Ingen innspel er registrerte.");
    CHECK(vocabulary("en").noInputs == "No inputs recorded.");
}
