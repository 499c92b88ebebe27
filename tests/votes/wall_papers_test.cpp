// The news-wall papers as PDF, read back with pdftotext and pdfinfo: a sheet
// per group (A4 and A3, one group or a round, names by the name policy),
// the marketplace grid one landscape page per day, the capture forms with
// the report's labels; tagged with the event's language.
#include "voted_event.hpp"

#include "app/wall_papers.hpp"
#include "io/report/wall_papers.hpp"
#include "pdf_read.hpp"

#include <catch2/catch.hpp>

using namespace innspill;
using namespace innspill::io::report;

namespace {

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::string pdfFor(const model::Event& event, WallPaperKind kind,
                   std::optional<Paper> paper = std::nullopt,
                   std::optional<std::string> group = std::nullopt) {
    WallPaperOptions options;
    options.kind = kind;
    options.paper = paper;
    options.groupNumber = std::move(group);
    return writeWallPaperPdf(event, options);
}

} // namespace

TEST_CASE("wall papers: the groups a sheet or form is printed for") {
    const model::Event event = test::votedEvent();
    WallPaperOptions options;
    const auto all = buildWallSheets(event, options);
    // Every group but the cancelled 1.2, in programme order.
    REQUIRE(all.size() == 4);
    CHECK(all[0].number == "1.1");
    CHECK(all[1].number == "1.10");
    CHECK(all[0].where == "Peisestua · DAG 1, gruppesesjon 1 · 10:00–11:30");
    CHECK(all[0].fields[0].value == "Silje Mæland");
    // 1.10's initiators: Åse Berg consented, Jørgen Æsøy did not.
    CHECK(all[1].fields[0].value == "Åse Berg, Lærlingkontoret");
    options.round = event.days[0].rounds[1].id;
    REQUIRE(buildWallSheets(event, options).size() == 1);
    options.round.reset();
    options.groupNumber = "1.2";
    CHECK(buildWallSheets(event, options).empty()); // cancelled
    CHECK_FALSE(app::wallPaperProblem(event, options).empty());
}

TEST_CASE("wall papers: the marketplace grid, rooms across and rounds down, per day") {
    const auto days = buildWallDays(test::votedEvent());
    REQUIRE(days.size() == 2);
    CHECK(days[0].heading == "Dag 1 – 22. januar 2031");
    // Three rooms and the groups with no room (3.1 on day 2).
    CHECK(days[0].columns == std::vector<std::string>{"Peisestua", "Salen", "Biblioteket"});
    CHECK(days[1].columns.back() == "Uten rom");
    REQUIRE(days[0].rows.size() == 2);
    REQUIRE(days[0].rows[0].cells[0].size() == 1);
    CHECK(days[0].rows[0].cells[0][0].number == "1.1");
    CHECK(days[0].rows[0].cells[0][0].initiators == "Silje Mæland");
    CHECK(days[0].rows[0].time == "10:00–11:30");
}

TEST_CASE("wall papers: a sheet on A4 and on A3, one page per group, in large type") {
    REQUIRE_POPPLER();
    const model::Event event = test::votedEvent();
    const test::PdfFile a4(pdfFor(event, WallPaperKind::Sheets));
    CHECK(a4.pages() == 4);
    CHECK(a4.pageSize() == "595.28 x 841.89");
    const std::string first = test::collapse(a4.page(1));
    CHECK(has(first, "1.1"));
    CHECK(has(first, "Hvem skal koordinere læring der folk bor?"));
    CHECK(has(first, "Peisestua · DAG 1, gruppesesjon 1 · 10:00–11:30"));
    CHECK(has(first, "Initiativtaker: Silje Mæland"));
    CHECK(has(first, "Antall deltakere: 13"));
    CHECK(has(first, "Tverrfaglige læringssentre i kommunene"));
    CHECK(has(first, "for voksne"));
    CHECK_FALSE(has(test::collapse(a4.text()), "Jørgen"));
    CHECK(has(test::collapse(a4.info()), "Tagged: yes"));

    const test::PdfFile a3(pdfFor(event, WallPaperKind::Sheets, Paper::A3, "2.1"));
    CHECK(a3.pages() == 1);
    CHECK(a3.pageSize() == "841.89 x 1190.55");
    CHECK(has(test::collapse(a3.text()), "Én digital inngang"));
}

TEST_CASE("wall papers: a group with many inputs still fits its one page") {
    REQUIRE_POPPLER();
    model::Event event = test::votedEvent();
    auto& group = test::groupNumbered(event, "2.1");
    for (int i = 0; i < 80; ++i) {
        group.inputs.push_back(
            model::Input{model::Id::generate(),
                         "Et ganske langt innspill nummer " + std::to_string(i) + " om noe viktig",
                         model::InputKind::Item,
                         {},
                         {},
                         0});
    }
    const test::PdfFile pdf(pdfFor(event, WallPaperKind::Sheets, Paper::A4, "2.1"));
    CHECK(pdf.pages() == 1);
    CHECK(has(test::collapse(pdf.text()), "nummer 79 om noe viktig"));
}

TEST_CASE("wall papers: the wall poster, A3 landscape, one page per day") {
    REQUIRE_POPPLER();
    const test::PdfFile pdf(pdfFor(test::votedEvent(), WallPaperKind::Wall));
    CHECK(pdf.pages() == 2);
    CHECK(pdf.pageSize() == "1190.55 x 841.89");
    const std::string day1 = test::collapse(pdf.page(1));
    CHECK(has(day1, "Dag 1"));
    CHECK(has(day1, "Peisestua"));
    CHECK(has(day1, "Biblioteket"));
    CHECK(has(day1, "1.1 Hvem skal koordinere læring der folk bor?"));
    CHECK(has(day1, "2.1 Digitale verktøy – muligheter"));
    CHECK_FALSE(has(day1, "Avlyst tema")); // cancelled
    CHECK(has(test::collapse(pdf.page(2)), "3.1 Fordypning: koordinering"));
}

TEST_CASE("wall papers: blank capture forms with the report's labels") {
    REQUIRE_POPPLER();
    const test::PdfFile pdf(pdfFor(test::votedEvent(), WallPaperKind::Forms));
    CHECK(pdf.pages() == 4);
    const std::string first = test::collapse(pdf.page(1));
    CHECK(has(first, "1.1"));
    CHECK(has(first, "Hvem skal koordinere læring der folk bor?"));
    CHECK(has(first, "Initiativtaker:"));
    CHECK(has(first, "Støttefasilitator:"));
    CHECK(has(first, "Antall deltakere:"));
    CHECK(has(first, "Innspill til strategien:"));
    // Blank: no inputs, no names.
    CHECK_FALSE(has(first, "Tverrfaglige"));
    CHECK_FALSE(has(first, "Silje"));
}
