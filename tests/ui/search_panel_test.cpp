// Search (Ctrl+F): Norwegian text, highlighted ranges, and the jump to the
// capture screen.
#include "capture_support.hpp"
#include "support/sample_event.hpp"
#include "ui/capture/capture_panel.hpp"
#include "ui/shell/search_panel.hpp"

#include <catch2/catch.hpp>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

using namespace innspill;
using test::CaptureScreen;
using test::kCtrl;

namespace {

// The highlighted parts of every hit, as text.
std::vector<std::string> highlighted(const app::SearchResults& results) {
    std::vector<std::string> parts;
    for (const auto& group : results.groups) {
        for (const auto& hit : group.hits) {
            for (const auto& [begin, end] : hit.matches) {
                parts.push_back(hit.text.substr(begin, end - begin));
            }
        }
    }
    return parts;
}

const app::SearchHit* findHit(const app::SearchResults& results, app::HitKind kind) {
    for (const auto& group : results.groups) {
        for (const auto& hit : group.hits) {
            if (hit.kind == kind) {
                return &hit;
            }
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("search: Ctrl+F, Norwegian words in any case, highlighted, Enter jumps there") {
    CaptureScreen screen(test::sampleEvent());
    screen.open("3.1");
    auto& ctx = screen.ctx();
    screen.press(GLFW_KEY_F, kCtrl);
    CHECK(ctx.search.open);
    REQUIRE(screen.ui().item("search.query") != nullptr);

    screen.type("ØDEG");
    const app::SearchHit* person = findHit(ctx.search.results, app::HitKind::Person);
    REQUIRE(person != nullptr);
    CHECK(person->text.starts_with("Pernille Ødegård"));
    CHECK(highlighted(ctx.search.results).front() == "Ødeg");

    // Replace the query: the prefix of a word, in capitals.
    screen.press(GLFW_KEY_A, kCtrl);
    screen.type("KARTLEGG");
    const app::SearchHit* input = findHit(ctx.search.results, app::HitKind::Input);
    REQUIRE(input != nullptr);
    CHECK(input->text == "Tidlig kartlegging & «samhandling» <alle>");
    REQUIRE(input->matches.size() == 1);
    CHECK(input->text.substr(input->matches[0].first,
                             input->matches[0].second - input->matches[0].first) == "kartlegg");
    REQUIRE(screen.ui().item("search.hit/0") != nullptr);

    // Enter on the highlighted hit: the group opens with the caret at the match.
    screen.press(GLFW_KEY_ENTER);
    CHECK_FALSE(ctx.search.open);
    CHECK(ctx.capture.group == screen.group("1.1").id);
    CHECK(ctx.capture.focus.input == *input->inputId);
    CHECK(ctx.capture.editor.cursor.caret == input->matches[0].first);
    CHECK(ctx.mainWindow.tabToSelect == ui::kCaptureTabId);
    // Typing goes on right there.
    screen.ui().frame(2);
    screen.type("grundig ");
    CHECK(screen.group("1.1").inputs[1].text ==
          "Tidlig grundig kartlegging & «samhandling» <alle>");
}

// A word right after «, “ or – is found (FTS5 separates it) and is
// highlighted too: punctuation past ASCII ends a word (model/word_chars.hpp).
TEST_CASE("search: a word after a typographic quote is highlighted") {
    CaptureScreen screen(test::sampleEvent());
    screen.press(GLFW_KEY_F, kCtrl);
    screen.type("samhand");
    const app::SearchHit* input = findHit(screen.ctx().search.results, app::HitKind::Input);
    REQUIRE(input != nullptr);
    REQUIRE(input->matches.size() == 1);
    CHECK(input->text.substr(input->matches[0].first,
                             input->matches[0].second - input->matches[0].first) == "samhand");
}

TEST_CASE("search: arrow keys choose among hits, Esc closes and keeps the query") {
    CaptureScreen screen(test::sampleEvent());
    screen.open("1.10");
    auto& ctx = screen.ctx();
    screen.press(GLFW_KEY_F, kCtrl);
    screen.type("læring");
    // «Læringssentre», "lære" does not match "læring"; the event title is no hit.
    const auto parts = highlighted(ctx.search.results);
    REQUIRE_FALSE(parts.empty());
    for (const auto& part : parts) {
        CHECK((part == "læring" || part == "Læring"));
    }
    screen.press(GLFW_KEY_DOWN);
    CHECK(ctx.search.highlighted == std::min<size_t>(1, ctx.search.results.total - 1));
    screen.press(GLFW_KEY_ESCAPE);
    CHECK_FALSE(ctx.search.open);
    screen.press(GLFW_KEY_F, kCtrl);
    CHECK(ctx.search.open);
    CHECK(ctx.search.query == "læring");
}

TEST_CASE("search: snippets keep the highlight on the matching bytes") {
    const std::string text = std::string(300, 'x') + " Helsetjenester\nfor alle og helse";
    const size_t at = text.find("Helse");
    const size_t second = text.rfind("helse");
    const auto snippet = ui::makeSnippet(text, {{at, at + 5}, {at, at + 3}, {second, second + 5}});
    REQUIRE(snippet.ranges.size() == 2);
    CHECK(snippet.text.starts_with("\xE2\x80\xA6"));
    CHECK(snippet.text.find('\n') == std::string::npos);
    CHECK(snippet.text.substr(snippet.ranges[0].first,
                              snippet.ranges[0].second - snippet.ranges[0].first) == "Helse");
    CHECK(snippet.text.substr(snippet.ranges[1].first,
                              snippet.ranges[1].second - snippet.ranges[1].first) == "helse");

    const auto cut = ui::makeSnippet(std::string(500, 'y') + "æøå", {}, 50);
    CHECK(cut.text.ends_with("\xE2\x80\xA6"));
    CHECK(cut.ranges.empty());
}
