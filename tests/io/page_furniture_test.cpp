// Page furniture in notes extracted from PDF reports: page headers and
// footers told by their shape (a line recurring a page apart with only its
// digits changing, a lone page number), never by known words. Fixtures in
// tests/fixtures/notes, one footer shape each.
#include "io/notes/names_published.hpp"
#include "io/notes/notes_import.hpp"
#include "io/notes/notes_lines.hpp"
#include "io/notes/text_decoding.hpp"
#include "io/read_file.hpp"
#include "lang/message.hpp"
#include "model/validate.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace innspill;
using namespace innspill::io::notes;

namespace {

const std::filesystem::path kNotes = INNSPILL_FIXTURES_DIR "/notes";

std::string fixture(const char* name) {
    return io::readInputFile(kNotes / name, 1 << 20);
}

NotesImport imported(const char* name) {
    auto result = importNotesText(model::makeEvent("Test"), fixture(name));
    CHECK(model::validate(result.event).empty());
    return result;
}

std::vector<size_t> droppedLines(const std::string& text) {
    std::vector<DroppedLine> dropped;
    classifyLines(decodeText(text).text, &dropped);
    std::vector<size_t> numbers;
    for (const auto& line : dropped) {
        numbers.push_back(line.line);
    }
    return numbers;
}

std::vector<std::string> inputTexts(const NotesImport& result, const std::string& number) {
    const model::Group* group = model::findGroupByNumber(result.event, number);
    REQUIRE(group != nullptr);
    std::vector<std::string> texts;
    for (const auto& input : group->inputs) {
        texts.push_back(input.text);
        for (const auto& child : input.children) {
            texts.push_back("  " + child.text);
        }
    }
    return texts;
}

// Nothing of a header or footer in any group's title, inputs or notes.
void requireNoFurnitureInGroups(const NotesImport& result, const std::vector<std::string>& parts) {
    for (const auto& group : result.event.groups) {
        std::string all = group.title + "\n" + group.reportNote + "\n" + group.notes.text;
        for (const auto& input : group.inputs) {
            all += "\n" + input.text;
            for (const auto& child : input.children) {
                all += "\n" + child.text;
            }
        }
        for (const auto& part : parts) {
            INFO(group.number << ": " << part);
            CHECK(all.find(part) == std::string::npos);
        }
    }
}

bool warnedAt(const NotesImport& result, size_t line, const std::string& text) {
    for (const auto& warning : result.warnings) {
        if (warning.line == line &&
            lang::render(lang::Language::Nb, warning.message).find(text) != std::string::npos) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("furniture: a running title with \"side N\" and a URL line on every page") {
    const auto result = imported("footer-title-side.txt");
    CHECK(droppedLines(fixture("footer-title-side.txt")) ==
          std::vector<size_t>{18, 19, 35, 36, 50, 51});
    requireNoFurnitureInGroups(result, {"side 2", "side 3", "side 4", "arbeidoghelse.no"});
    // The input the page break cut through reads on; lines with a number stay.
    CHECK(inputTexts(result, "1.1") ==
          std::vector<std::string>{"Tverrfaglige kommunale arbeid og helsesenter for å fremme "
                                   "samtidighet i oppfølging av sykemeldte",
                                   "Tidlig individualisert kartlegging",
                                   "Tjenestesamhandling på tvers av 3 nivåer",
                                   "Legge til 2 bokser i strategien med geniale løsninger"});
    // "Trinn 1", "Trinn 2" recur with their digits changing, but a line
    // apart, not a page apart: text, kept.
    const auto unge = inputTexts(result, "1.2");
    std::string all;
    for (const auto& text : unge) {
        all += text + "\n";
    }
    CHECK(all.find("Trinn 1") != std::string::npos);
    CHECK(all.find("Trinn 2") != std::string::npos);
    CHECK(inputTexts(result, "2.1").back() == "Bærekraftsmål 1: utrydde fattigdom");
    // The title page's own title is not the footer's shape: kept.
    CHECK(result.event.about.find("Innspill fra Åpen arena 2020") != std::string::npos);
    // Every dropped line is reported with its number and its text.
    CHECK(warnedAt(result, 18, "«Innspill fra Åpen arena 2020 side 2»"));
    CHECK(warnedAt(result, 51, "«https://arbeidoghelse.no/apen-arena-2020/»"));
    CHECK(warnedAt(result, 0, "6 linjer"));
}

TEST_CASE("furniture: \"N av M\" footers and a running header without digits") {
    const auto result = imported("footer-n-av-m.txt");
    CHECK(droppedLines(fixture("footer-n-av-m.txt")) == std::vector<size_t>{1, 14, 15, 24, 25, 36});
    requireNoFurnitureInGroups(result, {" av 3", "Åpen arena – rapport"});
    CHECK(inputTexts(result, "1.2") ==
          std::vector<std::string>{"Etter- og videreutdanning",
                                   "Vi ønsker 40 nye lærlingplasser innen 2025", "Partssamarbeid",
                                   "Kompetansereformen må følges opp"});
    CHECK(inputTexts(result, "1.3") == std::vector<std::string>{"Skolehelsetjenesten styrkes"});
    CHECK(warnedAt(result, 24, "«2 av 3»"));
}

TEST_CASE("furniture: lone page numbers between groups; a line with a number is kept") {
    const auto result = imported("bare-page-numbers.txt");
    CHECK(droppedLines(fixture("bare-page-numbers.txt")) == std::vector<size_t>{12, 23, 33});
    CHECK(inputTexts(result, "3.1") ==
          std::vector<std::string>{"Oppfølging fra første dag", "Tett kontakt med hjemmet"});
    CHECK(inputTexts(result, "3.2") ==
          std::vector<std::string>{"Lederopplæring", "Åpenhet om psykisk helse"});
    std::string last;
    for (const auto& text : inputTexts(result, "3.3")) {
        last += text + "\n";
    }
    CHECK(last.find("Vi har 62 år som en viktig grense") != std::string::npos);
    CHECK(warnedAt(result, 12, "«7»"));
}

TEST_CASE("furniture: a line that happens to repeat, close together or once, is text") {
    // The same sentence twice, pages apart: with no digits it needs three
    // pages to be a header; and one "side 3" alone is just text.
    std::string text = "DAG 1, gruppesesjon 1\n1.1 Et tema\nInitiativtaker: Kari\n"
                       "Innspill til strategien:\n• Første\nSe side 3 i vedlegget\n";
    for (int i = 0; i < 8; ++i) {
        text += "• Punkt " + std::string(1, static_cast<char>('a' + i)) + "\n";
    }
    text += "Dette gjelder alle\n• Siste\n";
    for (int i = 0; i < 8; ++i) {
        text += "• Mer " + std::string(1, static_cast<char>('a' + i)) + "\n";
    }
    text += "Dette gjelder alle\n";
    CHECK(droppedLines(text).empty());
}

TEST_CASE("names published: consent recorded for initiators and facilitators, as they are read") {
    auto result = importNotesText(model::makeEvent("Test"), fixture("footer-title-side.txt"));
    for (const auto& person : result.event.people) {
        CHECK_FALSE(person.consent);
    }
    recordNamesPublished(result);
    REQUIRE(result.event.people.size() == 6);
    for (const auto& person : result.event.people) {
        INFO(person.name);
        CHECK(person.consent);
        CHECK(std::find(result.people.begin(), result.people.end(), person.id) !=
              result.people.end());
    }
    REQUIRE_FALSE(result.updated.empty());
    CHECK(lang::render(lang::Language::Nb, result.updated.back()) ==
          "samtykke registrert for 6 initiativtakere og fasilitatorer");

    // Imported again into the event it made, unchanged: consent still recorded
    // for people who did not have it (the first import ran without the flag).
    auto base = importNotesText(model::makeEvent("Test"), fixture("footer-n-av-m.txt")).event;
    auto again = importNotesText(base, fixture("footer-n-av-m.txt"));
    CHECK(again.groups.empty());
    recordNamesPublished(again);
    CHECK(again.people.size() == 4); // Kari, Ola, Per, Anne
    recordNamesPublished(again);     // twice is once
    CHECK(again.people.size() == 4);
    CHECK(again.updated.size() == 1);
}
