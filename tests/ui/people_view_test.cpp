// The people register's rows without drawing: filter, sort, counts, the
// order kept while typing, and rebuilding only what changed.
#include "app/edits_people.hpp"
#include "model/name_match.hpp"
#include "support/sample_event.hpp"
#include "ui/people/people_text.hpp"
#include "ui/people/people_view.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace innspill;
using ui::PeopleColumn;
using ui::PeopleViewRequest;

namespace {

std::vector<std::string> names(const ui::PeopleView& view, const model::Event& event) {
    std::vector<std::string> result;
    for (const auto& row : view.rows) {
        result.push_back(event.people[row.index].name);
    }
    return result;
}

model::Person& named(model::Event& event, const std::string& name) {
    return *std::find_if(event.people.begin(), event.people.end(),
                         [&](const model::Person& p) { return p.name == name; });
}

} // namespace

TEST_CASE("people view: counts match usageOf for everyone", "[ui][people]") {
    const auto event = test::sampleEvent();
    ui::PeopleView view;
    REQUIRE(ui::refreshPeopleView(view, event, PeopleViewRequest{}));
    REQUIRE(view.rows.size() == event.people.size());
    for (const auto& row : view.rows) {
        CAPTURE(event.people[row.index].name);
        CHECK(row.usage == app::usageOf(event, row.id));
        CHECK(row.id == event.people[row.index].id);
    }
    CHECK(view.duplicateNames == 0);
}

TEST_CASE("people view: nothing is rebuilt while nothing changes", "[ui][people]") {
    auto event = test::sampleEvent();
    ui::PeopleView view;
    REQUIRE(ui::refreshPeopleView(view, event, PeopleViewRequest{}));
    CHECK_FALSE(ui::refreshPeopleView(view, event, PeopleViewRequest{}));
    // Any change to what a row shows is noticed.
    named(event, "Åse Berg").consent = false;
    CHECK(ui::refreshPeopleView(view, event, PeopleViewRequest{}));
    event.groups[1].participants.pop_back(); // 1.1 has two participants
    CHECK(ui::refreshPeopleView(view, event, PeopleViewRequest{}));
    CHECK_FALSE(ui::refreshPeopleView(view, event, PeopleViewRequest{}));
}

TEST_CASE("people view: sorting by each column, Norwegian order, ties by name", "[ui][people]") {
    auto event = test::sampleEvent();
    ui::PeopleView view;
    PeopleViewRequest request;
    ui::refreshPeopleView(view, event, request);
    CHECK(names(view, event) == std::vector<std::string>{"Hemmelig Deltaker", "Jørgen Æsøy",
                                                         "Pernille Ødegård", "Silje Mæland",
                                                         "Åse Berg"});
    request.sortColumn = PeopleColumn::Organisation;
    ui::refreshPeopleView(view, event, request);
    // Empty organisations first (by name), then Lærlingkontoret, Nasjonal …, Privat.
    CHECK(names(view, event) == std::vector<std::string>{"Jørgen Æsøy", "Silje Mæland", "Åse Berg",
                                                         "Pernille Ødegård", "Hemmelig Deltaker"});
    request.sortColumn = PeopleColumn::Facilitates;
    request.descending = true;
    ui::refreshPeopleView(view, event, request);
    CHECK(names(view, event).front() == "Pernille Ødegård"); // facilitates two groups
    request.sortColumn = PeopleColumn::Perspective;
    request.descending = false;
    request.language = ui::Language::En;
    ui::refreshPeopleView(view, event, request);
    // Employer, Leader, Practitioner, Researcher, User/patient.
    CHECK(names(view, event) == std::vector<std::string>{"Hemmelig Deltaker", "Åse Berg",
                                                         "Pernille Ødegård", "Silje Mæland",
                                                         "Jørgen Æsøy"});
}

TEST_CASE("people view: while typing, rows keep their places; afterwards they are sorted",
          "[ui][people]") {
    auto event = test::sampleEvent();
    ui::PeopleView view;
    PeopleViewRequest request;
    request.filter = "e";
    ui::refreshPeopleView(view, event, request);
    const auto before = names(view, event);

    request.keepOrder = true;
    named(event, "Hemmelig Deltaker").name = "Zander Zorn"; // sorts near the end
    REQUIRE(ui::refreshPeopleView(view, event, request));
    auto during = before;
    std::replace(during.begin(), during.end(), std::string("Hemmelig Deltaker"),
                 std::string("Zander Zorn"));
    CHECK(names(view, event) == during);

    request.keepOrder = false;
    REQUIRE(ui::refreshPeopleView(view, event, request));
    const auto after = names(view, event);
    CHECK(after.size() == before.size());
    // Sorted again: Z, then Å (Norwegian order puts æ, ø, å after z).
    REQUIRE(after.size() >= 2);
    CHECK(after[after.size() - 2] == "Zander Zorn");
    CHECK(after.back() == "Åse Berg");
    CHECK(after != during);
}

TEST_CASE("people view: a pinned person shows whatever the filter", "[ui][people]") {
    auto event = test::sampleEvent();
    ui::PeopleView view;
    PeopleViewRequest request;
    request.filter = "ødegård";
    ui::refreshPeopleView(view, event, request);
    CHECK(names(view, event) == std::vector<std::string>{"Pernille Ødegård"});
    request.pinned = named(event, "Åse Berg").id;
    ui::refreshPeopleView(view, event, request);
    CHECK(names(view, event).size() == 2);
}

TEST_CASE("people view: same names are flagged, and perspective names filter", "[ui][people]") {
    auto event = test::sampleEvent();
    event.people.push_back(model::Person{model::Id::generate(), " åse  BERG", "", {}, false});
    ui::PeopleView view;
    PeopleViewRequest request;
    ui::refreshPeopleView(view, event, request);
    CHECK(view.duplicateNames == 2);
    for (const auto& row : view.rows) {
        CHECK(row.sameNameAsOther == (model::nameKey(event.people[row.index].name) == "åse berg"));
    }
    CHECK(ui::matchesFilter(named(event, "Silje Mæland"), "FORSKER", ui::Language::Nb));
    CHECK(ui::matchesFilter(named(event, "Silje Mæland"), "researcher", ui::Language::En));
    CHECK_FALSE(ui::matchesFilter(named(event, "Silje Mæland"), "researcher", ui::Language::Nb));
    CHECK(ui::matchesFilter(named(event, "Pernille Ødegård"), "  nasjonal   PERN ",
                            ui::Language::Nb));
}

TEST_CASE("people text: every row error and file problem reads in both languages", "[ui][people]") {
    for (const auto language : {ui::Language::Nb, ui::Language::En}) {
        for (int p = 0; p <= static_cast<int>(io::RowProblem::AmbiguousName); ++p) {
            io::RowError error;
            error.problem = static_cast<io::RowProblem>(p);
            error.value = "x";
            const std::string text = ui::rowErrorText(language, error);
            CAPTURE(p);
            CHECK_FALSE(text.empty());
            CHECK(text.find("people.") == std::string::npos); // a real catalogue entry
            CHECK(text.find('{') == std::string::npos);       // every placeholder filled
        }
        for (int p = 1; p <= static_cast<int>(io::CsvProblem::NoNameColumn); ++p) {
            const std::string text = ui::csvProblemText(language, static_cast<io::CsvProblem>(p));
            CHECK_FALSE(text.empty());
            CHECK(text.find("people.") == std::string::npos);
        }
        for (const auto perspective : ui::kPerspectiveOrder) {
            CHECK(std::string(ui::perspectiveLabel(language, perspective)).find("perspective.") ==
                  std::string::npos);
        }
    }
    CHECK(std::string(ui::perspectiveLabel(ui::Language::Nb, model::Perspective::User)) ==
          "Bruker/pasient");
}
