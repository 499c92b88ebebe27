// Keys that go down and up between two frames still reach the app once.
#include "platform/short_key_presses.hpp"

#include <catch2/catch.hpp>
#include <imgui.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

using innspill::platform::ShortKeyPresses;

namespace {

// What ImGui 1.86's GLFW backend does with a key event after our callback.
void backend(ImGuiIO& io, int key, int action) {
    io.KeysDown[key] = action != GLFW_RELEASE;
    io.KeyCtrl = io.KeysDown[GLFW_KEY_LEFT_CONTROL] || io.KeysDown[GLFW_KEY_RIGHT_CONTROL];
}

void event(ShortKeyPresses& presses, ImGuiIO& io, int key, int action) {
    presses.note(key, action);
    backend(io, key, action);
}

} // namespace

TEST_CASE("a key pressed and released in one batch is down for exactly one frame") {
    ImGuiIO io;
    ShortKeyPresses presses;
    presses.startBatch();
    event(presses, io, GLFW_KEY_LEFT_CONTROL, GLFW_PRESS);
    event(presses, io, GLFW_KEY_E, GLFW_PRESS);
    event(presses, io, GLFW_KEY_E, GLFW_RELEASE);
    event(presses, io, GLFW_KEY_LEFT_CONTROL, GLFW_RELEASE);
    REQUIRE_FALSE(io.KeysDown[GLFW_KEY_E]);

    presses.holdForFrame(io);
    CHECK(io.KeysDown[GLFW_KEY_E]);
    CHECK(io.KeyCtrl); // Ctrl+E, as typed

    CHECK(presses.releaseAfterFrame(io)); // another frame is needed
    CHECK_FALSE(io.KeysDown[GLFW_KEY_E]);
    CHECK_FALSE(io.KeyCtrl);
    CHECK_FALSE(presses.releaseAfterFrame(io)); // once only
}

TEST_CASE("Ctrl let go before E's frame still makes Ctrl+E") {
    ImGuiIO io;
    ShortKeyPresses presses;
    presses.startBatch();
    event(presses, io, GLFW_KEY_LEFT_CONTROL, GLFW_PRESS);
    presses.holdForFrame(io); // a frame with Ctrl down
    CHECK_FALSE(presses.releaseAfterFrame(io));

    presses.startBatch();
    event(presses, io, GLFW_KEY_E, GLFW_PRESS);
    event(presses, io, GLFW_KEY_LEFT_CONTROL, GLFW_RELEASE);
    presses.holdForFrame(io);
    CHECK(io.KeysDown[GLFW_KEY_E]);
    CHECK(io.KeyCtrl);
    CHECK(presses.releaseAfterFrame(io));
    CHECK_FALSE(io.KeyCtrl);
    CHECK(io.KeysDown[GLFW_KEY_E]); // E is still held by the person
}

TEST_CASE("Ctrl let go before E is pressed is a plain E") {
    ImGuiIO io;
    ShortKeyPresses presses;
    presses.startBatch();
    event(presses, io, GLFW_KEY_LEFT_CONTROL, GLFW_PRESS);
    presses.holdForFrame(io);
    presses.releaseAfterFrame(io);

    presses.startBatch();
    event(presses, io, GLFW_KEY_LEFT_CONTROL, GLFW_RELEASE);
    event(presses, io, GLFW_KEY_E, GLFW_PRESS);
    presses.holdForFrame(io);
    CHECK_FALSE(io.KeyCtrl);
    CHECK(io.KeysDown[GLFW_KEY_E]);
}

TEST_CASE("a key held across frames is left to the backend") {
    ImGuiIO io;
    ShortKeyPresses presses;
    presses.startBatch();
    event(presses, io, GLFW_KEY_ENTER, GLFW_PRESS);
    presses.holdForFrame(io);
    CHECK_FALSE(presses.releaseAfterFrame(io));
    CHECK(io.KeysDown[GLFW_KEY_ENTER]);

    presses.startBatch(); // the next batch: the release is an ordinary one
    event(presses, io, GLFW_KEY_ENTER, GLFW_RELEASE);
    presses.holdForFrame(io);
    CHECK_FALSE(io.KeysDown[GLFW_KEY_ENTER]);
    CHECK_FALSE(presses.releaseAfterFrame(io));
}
