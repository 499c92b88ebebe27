// The capture editor's pure parts: UTF-8 editing, word wrap, the round clock.
#include "harness.hpp"
#include "support/sample_event.hpp"
#include "ui/capture/round_clock.hpp"
#include "ui/capture/text_edit.hpp"
#include "ui/capture/text_layout.hpp"
#include "ui/widgets/key_codes.hpp"

#include <catch2/catch.hpp>

using namespace innspill;
using ui::TextCursor;

TEST_CASE("text edit: characters, words and the length limit in UTF-8") {
    std::string text = "Bærekraft og æøå";
    CHECK(ui::previousCharacter(text, 3) == 1); // back over the two bytes of æ
    CHECK(ui::nextCharacter(text, 1) == 3);
    CHECK(ui::previousWord(text, text.size()) == text.find("æøå"));
    CHECK(ui::nextWord(text, 0) == text.find("og"));
    CHECK(ui::wordAt(text, 4) == std::pair<size_t, size_t>{0, text.find(' ')});
    CHECK(ui::clampToCharacter(text, 2) == 1);
    CHECK(ui::countCharacters(text) == 16);

    TextCursor cursor;
    cursor.collapse(text.size());
    CHECK(ui::eraseBackward(text, cursor, false));
    CHECK(text == "Bærekraft og æø");
    CHECK(ui::eraseBackward(text, cursor, true));
    CHECK(text == "Bærekraft og ");
    cursor.anchor = 0;
    cursor.caret = 3; // "Bæ" selected
    CHECK(ui::replaceSelection(text, cursor, "Å", 100));
    CHECK(text == "Årekraft og ");
    CHECK(cursor.caret == 2);
    CHECK_FALSE(ui::replaceSelection(text, cursor, "øøøøø", 14)); // room for two
    CHECK(text == "Åøørekraft og ");
    cursor.collapse(0);
    CHECK(ui::eraseForward(text, cursor, true));
    CHECK(text == "og ");

    CHECK(ui::typedCharacter('a') == "a");
    CHECK(ui::typedCharacter(0xE6) == "æ");
    CHECK(ui::typedCharacter('\n').empty());
    CHECK(ui::typedCharacter(0x7F).empty());
    CHECK(ui::typedCharacter(0xF8FF).empty());
}

TEST_CASE("text edit: typographic quotes and dashes end words, as they end search words") {
    std::string text = "Mer «samhandling» mellom skole–arbeid";
    // Ctrl+Backspace after the closing » removes the word, not the quotes.
    const size_t closing = text.find("»");
    CHECK(ui::previousWord(text, closing) == text.find("samhandling"));
    CHECK(ui::previousWord(text, text.size()) == text.find("arbeid"));
    CHECK(ui::nextWord(text, text.find("samhandling")) == text.find("mellom"));
    CHECK(ui::nextWord(text, text.find("skole")) == text.find("arbeid"));
    // A double-click on the word selects it without its quotes.
    const size_t begin = text.find("samhandling");
    CHECK(ui::wordAt(text, begin + 3) == std::pair<size_t, size_t>{begin, closing});
    TextCursor cursor;
    cursor.collapse(closing);
    CHECK(ui::eraseBackward(text, cursor, true));
    CHECK(text == "Mer «» mellom skole–arbeid");
}

TEST_CASE("text layout: long text wraps at words, line breaks and the caret map back") {
    test::UiHarness harness;
    harness.frame(); // fonts and sizes
    const std::string text = "Dette er et langt innspill som må brytes over flere linjer\nNy linje";
    const ui::TextLayout layout = ui::layoutText(text, 120.0f);
    REQUIRE(layout.lines.size() > 3);
    CHECK(layout.lines.front().begin == 0);
    CHECK(layout.lines.back().next == text.size());
    for (size_t i = 0; i + 1 < layout.lines.size(); ++i) {
        CHECK(layout.lines[i].next == layout.lines[i + 1].begin);
        CHECK(layout.lines[i].end <= layout.lines[i].next);
    }
    CHECK(layout.height() == Approx(ImGui::GetFontSize() * layout.lines.size()));
    CHECK(ui::textHeight(text, 120.0f) == Approx(layout.height()));
    // "Ny linje" starts a line of its own.
    const size_t ny = text.find("Ny");
    CHECK(layout.lines[layout.lineOf(ny)].begin == ny);
    // Clicking left of a line lands at its start, right of it at its end.
    const ui::TextLine& second = layout.lines[1];
    CHECK(ui::offsetAtX(text, second, -5.0f) == second.begin);
    CHECK(ui::offsetAtX(text, second, 10000.0f) == second.end);
    CHECK(ui::offsetAt(text, layout, ImVec2(0.0f, layout.lineHeight * 1.5f)) == second.begin);
    CHECK(ui::caretX(text, second, second.begin) == 0.0f);

    // An empty text is one empty line; a trailing line break opens another.
    CHECK(ui::layoutText("", 100.0f).lines.size() == 1);
    CHECK(ui::layoutText("a\n", 100.0f).lines.size() == 2);
    // A paragraph far longer than Debian ImGui's 16,000-character draw limit lays out in lines.
    const std::string huge(40000, 'x');
    CHECK(ui::layoutText(huge, 300.0f).lines.size() > 100);
}

TEST_CASE("round clock: minutes left, before, after, other days") {
    const model::Event event = test::sampleEvent();
    const model::Id& first = event.days[0].rounds[0].id; // 2031-01-22 10:00–11:30
    const auto at = [](const char* date, int hour, int minute, int second = 0) {
        return ui::LocalTime{date, hour * 60 + minute, second};
    };
    ui::RoundClock clock = ui::roundClock(event, first, at("2031-01-22", 10, 40, 30));
    CHECK(clock.phase == ui::ClockPhase::Running);
    CHECK(clock.minutes == 50); // 49.5 minutes rounds up
    CHECK_FALSE(clock.closing);
    CHECK(clock.secondsToChange == Approx(30.0));
    CHECK(ui::clockText(ui::Language::Nb, clock) == "50 min igjen");
    CHECK(ui::clockText(ui::Language::En, clock) == "50 min left");

    clock = ui::roundClock(event, first, at("2031-01-22", 11, 26));
    CHECK(clock.closing);
    clock = ui::roundClock(event, first, at("2031-01-22", 9, 50));
    CHECK(clock.phase == ui::ClockPhase::Before);
    CHECK(ui::clockText(ui::Language::Nb, clock) == "Starter om 10 min");
    clock = ui::roundClock(event, first, at("2031-01-22", 7, 0));
    CHECK(ui::clockText(ui::Language::Nb, clock) == "Starter 10:00");
    CHECK(clock.secondsToChange == Approx(2 * 3600.0)); // wakes when the countdown begins
    clock = ui::roundClock(event, first, at("2031-01-22", 12, 0));
    CHECK(clock.phase == ui::ClockPhase::Over);
    CHECK(clock.secondsToChange < 0.0);
    CHECK(ui::clockText(ui::Language::En, clock) == "Ended 11:30");
    CHECK(ui::roundClock(event, first, at("2031-01-23", 10, 40)).phase == ui::ClockPhase::None);

    CHECK(ui::currentRound(event, at("2031-01-22", 13, 10)) == event.days[0].rounds[1].id);
    CHECK(ui::currentRound(event, at("2031-01-22", 12, 0)) == event.days[0].rounds[1].id);
    CHECK(ui::currentRound(event, at("2031-01-24", 12, 0)).empty());
}

TEST_CASE("key codes: the capture keys are GLFW's") {
    CHECK(ui::keys::digit(1) == GLFW_KEY_1);
    CHECK(ui::keys::digit(9) == GLFW_KEY_9);
    CHECK(ui::keys::letter('L') == GLFW_KEY_L);
    CHECK(ui::keys::function(6) == GLFW_KEY_F6);
}
