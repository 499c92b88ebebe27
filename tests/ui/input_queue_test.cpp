// The input queue hands a batch of window events to ImGui frame by frame, in
// order, so nothing typed or clicked between two frames is merged or lost.
#include "platform/input_queue.hpp"

#include <catch2/catch.hpp>
#include <imgui.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cfloat>
#include <iterator>
#include <random>
#include <string>
#include <vector>

using innspill::platform::InputQueue;

namespace {

// What one frame showed the app.
struct Seen {
    std::string text;
    std::vector<int> pressed;  // keys that went down in this frame
    std::vector<int> released; // keys that went up
    bool ctrl = false;
    bool mouseDown = false;
    ImVec2 mouse;
};

// Frames drawn by the loop: the backend's live mouse, the queue, then what
// ImGui's NewFrame/EndFrame would see and clear.
class Frames {
  public:
    Seen next() {
        io.MousePos = ImVec2(999.0f, 999.0f); // the backend's live position
        bool before[sizeof(ImGuiIO::KeysDown) / sizeof(bool)];
        std::copy(std::begin(io.KeysDown), std::end(io.KeysDown), before);
        queue.applyFrame(io);
        Seen seen;
        for (ImWchar c : io.InputQueueCharacters) {
            seen.text += static_cast<char>(c);
        }
        io.InputQueueCharacters.resize(0);
        for (int key = 0; key < static_cast<int>(std::size(io.KeysDown)); ++key) {
            if (io.KeysDown[key] && !before[key]) {
                seen.pressed.push_back(key);
            } else if (!io.KeysDown[key] && before[key]) {
                seen.released.push_back(key);
            }
        }
        seen.ctrl = io.KeyCtrl;
        seen.mouseDown = io.MouseDown[0];
        seen.mouse = io.MousePos;
        return seen;
    }

    // Frames until the queue is empty (and a bound, should it never be).
    std::vector<Seen> drain() {
        std::vector<Seen> frames;
        for (std::size_t bound = queue.size() + 1; bound > 0; --bound) {
            frames.push_back(next());
            if (queue.empty()) {
                break;
            }
        }
        REQUIRE(queue.empty());
        return frames;
    }

    // A key stroke the way X11 delivers it: press, character, release.
    void type(char c) {
        const int key = c == ' ' ? GLFW_KEY_SPACE : GLFW_KEY_A + (c - 'a');
        queue.key(key, true);
        queue.character(static_cast<unsigned char>(c));
        queue.key(key, false);
    }
    void tap(int key) {
        queue.key(key, true);
        queue.key(key, false);
    }

    ImGuiIO io;
    InputQueue queue;
};

bool has(const std::vector<int>& keys, int key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

} // namespace

TEST_CASE("abc, Enter, def typed in one batch reach the app in that order") {
    Frames frames;
    for (char c : std::string("abc")) {
        frames.type(c);
    }
    frames.tap(GLFW_KEY_ENTER);
    for (char c : std::string("def")) {
        frames.type(c);
    }
    const std::vector<Seen> seen = frames.drain();

    std::string transcript;
    for (const Seen& frame : seen) {
        const bool enter = has(frame.pressed, GLFW_KEY_ENTER);
        CHECK_FALSE((enter && !frame.text.empty())); // never both in one frame
        transcript += frame.text + (enter ? "⏎" : "");
    }
    CHECK(transcript == "abc⏎def");
    // A run of typed characters shares a frame: three frames, not twenty.
    REQUIRE(seen.size() == 3);
    CHECK(seen[0].text == "abc");
    CHECK(seen[1].pressed == std::vector<int>{GLFW_KEY_ENTER});
    CHECK(seen[2].text == "def");
    CHECK_FALSE(frames.io.KeysDown[GLFW_KEY_ENTER]);
}

TEST_CASE("a key pressed and released in one batch is seen pressed exactly once") {
    Frames frames;
    frames.tap(GLFW_KEY_ENTER);
    frames.tap(GLFW_KEY_ENTER);
    const std::vector<Seen> seen = frames.drain();
    int presses = 0;
    for (const Seen& frame : seen) {
        presses += has(frame.pressed, GLFW_KEY_ENTER) ? 1 : 0;
    }
    CHECK(presses == 2); // once for each of the two strokes
    CHECK_FALSE(frames.io.KeysDown[GLFW_KEY_ENTER]);
}

TEST_CASE("Ctrl+E with Ctrl let go before E is still Ctrl+E") {
    Frames frames;
    frames.queue.key(GLFW_KEY_LEFT_CONTROL, true);
    frames.queue.key(GLFW_KEY_E, true);
    frames.queue.key(GLFW_KEY_LEFT_CONTROL, false);
    frames.queue.key(GLFW_KEY_E, false);
    const std::vector<Seen> seen = frames.drain();
    REQUIRE_FALSE(seen.empty());
    CHECK(has(seen[0].pressed, GLFW_KEY_E));
    CHECK(seen[0].ctrl);
    CHECK_FALSE(frames.io.KeyCtrl);
    CHECK_FALSE(frames.io.KeysDown[GLFW_KEY_E]);
}

TEST_CASE("Ctrl let go before E's frame, in the same batch as E, still makes Ctrl+E") {
    Frames frames;
    frames.queue.key(GLFW_KEY_LEFT_CONTROL, true);
    CHECK(frames.next().ctrl); // a frame with Ctrl down

    frames.queue.key(GLFW_KEY_E, true);
    frames.queue.key(GLFW_KEY_LEFT_CONTROL, false);
    const std::vector<Seen> seen = frames.drain();
    REQUIRE(seen.size() == 2);
    CHECK(has(seen[0].pressed, GLFW_KEY_E));
    CHECK(seen[0].ctrl);
    CHECK_FALSE(seen[1].ctrl);
    CHECK(frames.io.KeysDown[GLFW_KEY_E]); // E is still held by the person
}

TEST_CASE("Ctrl let go before E is pressed is a plain E") {
    Frames frames;
    frames.queue.key(GLFW_KEY_LEFT_CONTROL, true);
    frames.next();

    frames.queue.key(GLFW_KEY_LEFT_CONTROL, false);
    frames.type('e');
    const std::vector<Seen> seen = frames.drain();
    REQUIRE(seen.size() == 1);
    CHECK_FALSE(seen[0].ctrl);
    CHECK(seen[0].text == "e");
}

TEST_CASE("a modifier pressed after a key waits for the next frame") {
    Frames frames;
    frames.queue.key(GLFW_KEY_TAB, true);
    frames.queue.key(GLFW_KEY_LEFT_SHIFT, true);
    const std::vector<Seen> seen = frames.drain();
    REQUIRE(seen.size() == 2);
    CHECK(has(seen[0].pressed, GLFW_KEY_TAB));
    CHECK(frames.io.KeysDown[GLFW_KEY_LEFT_SHIFT]);
    CHECK(seen[1].pressed == std::vector<int>{GLFW_KEY_LEFT_SHIFT});
}

TEST_CASE("Space is a key press, not only a character") {
    Frames frames;
    frames.type(' ');
    const std::vector<Seen> seen = frames.drain();
    REQUIRE(seen.size() == 2);
    CHECK(has(seen[0].pressed, GLFW_KEY_SPACE)); // a focused button is pressed
    CHECK(seen[0].text.empty());
    CHECK(seen[1].text == " ");
}

TEST_CASE("a click in one batch clicks, where it was made") {
    Frames frames;
    frames.queue.mouseMove(10.0f, 20.0f);
    frames.queue.mouseButton(GLFW_MOUSE_BUTTON_LEFT, true);
    frames.queue.mouseButton(GLFW_MOUSE_BUTTON_LEFT, false);
    frames.queue.mouseMove(300.0f, 400.0f);
    const std::vector<Seen> seen = frames.drain();
    REQUIRE(seen.size() == 3); // down, up, then the move
    CHECK(seen[0].mouseDown);
    CHECK(seen[0].mouse.x == 10.0f);
    CHECK(seen[0].mouse.y == 20.0f);
    CHECK_FALSE(seen[1].mouseDown);
    CHECK(seen[1].mouse.x == 10.0f); // let go where it was pressed
    CHECK(seen[2].mouse.x == 300.0f);
    // Caught up, the mouse stays where the last event put it.
    CHECK_FALSE(frames.next().mouseDown);
}

TEST_CASE("typing after a click goes into the next frame") {
    Frames frames;
    frames.queue.mouseButton(GLFW_MOUSE_BUTTON_LEFT, true);
    frames.type('x');
    const std::vector<Seen> seen = frames.drain();
    REQUIRE(seen.size() == 2);
    CHECK(seen[0].mouseDown);
    CHECK(seen[0].text.empty());
    CHECK(seen[1].text == "x");
}

TEST_CASE("where the backend knows of no mouse there is none") {
    Frames frames;
    frames.queue.mouseMove(10.0f, 20.0f);
    frames.io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    frames.queue.applyFrame(frames.io);
    CHECK(frames.io.MousePos.x == -FLT_MAX);

    frames.queue.mouseLeft(); // live position from here on
    CHECK(frames.next().mouse.x == 999.0f);
}

TEST_CASE("a change of focus shares its frame with nothing") {
    Frames frames;
    frames.type('a');
    frames.queue.focus(false);
    frames.type('b');
    const std::vector<Seen> seen = frames.drain();
    REQUIRE(seen.size() == 3);
    CHECK(seen[0].text == "a");
    CHECK(seen[1].text.empty());
    CHECK(seen[2].text == "b");
}

TEST_CASE("a random burst of 1,000 events loses nothing and keeps the order") {
    std::mt19937 random(20240611);
    Frames frames;
    const std::vector<int> commands = {GLFW_KEY_ENTER, GLFW_KEY_TAB, GLFW_KEY_F2,
                                       GLFW_KEY_LEFT_CONTROL, GLFW_KEY_LEFT_SHIFT};
    std::string typed;
    int commandPresses = 0;
    int clicks = 0;
    bool down[GLFW_KEY_LAST + 1] = {};
    bool mouse = false;
    std::size_t events = 0;
    while (events < 1000) {
        const int what = static_cast<int>(random() % 10);
        if (what < 5) { // a letter, typed (Ctrl may be down: then it types nothing)
            const char c = static_cast<char>('a' + random() % 26);
            const int key = GLFW_KEY_A + (c - 'a');
            if (down[key]) {
                frames.queue.key(key, false);
                down[key] = false;
                ++events;
                continue;
            }
            frames.queue.key(key, true);
            down[key] = true;
            ++events;
            if (!down[GLFW_KEY_LEFT_CONTROL]) {
                frames.queue.character(static_cast<unsigned char>(c));
                typed += c;
                ++events;
            }
        } else if (what < 8) { // a command key goes down or up
            const int key = commands[random() % commands.size()];
            frames.queue.key(key, !down[key]);
            commandPresses += down[key] ? 0 : 1;
            down[key] = !down[key];
            ++events;
        } else if (what == 8) {
            frames.queue.mouseMove(static_cast<float>(random() % 1280),
                                   static_cast<float>(random() % 800));
            ++events;
        } else {
            frames.queue.mouseButton(GLFW_MOUSE_BUTTON_LEFT, !mouse);
            clicks += mouse ? 0 : 1;
            mouse = !mouse;
            ++events;
        }
    }
    REQUIRE(frames.queue.size() == events);

    bool mouseBefore = false;
    std::string seenText;
    int seenCommandPresses = 0;
    int seenClicks = 0;
    for (const Seen& frame : frames.drain()) {
        seenText += frame.text;
        for (int key : frame.pressed) {
            seenCommandPresses += std::count(commands.begin(), commands.end(), key) > 0 ? 1 : 0;
        }
        seenClicks += frame.mouseDown && !mouseBefore ? 1 : 0;
        mouseBefore = frame.mouseDown;
    }
    CHECK(seenText.size() == typed.size());
    CHECK(seenText == typed);
    CHECK(seenCommandPresses == commandPresses);
    CHECK(seenClicks == clicks);
    for (int key = 0; key <= GLFW_KEY_LAST; ++key) {
        CHECK(frames.io.KeysDown[key] == down[key]);
    }
}
