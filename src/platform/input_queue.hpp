// The window's input events in the order they happened, handed to ImGui a
// frame at a time. ImGui 1.86 has no event queue (1.87's
// io.ConfigInputTrickleEventQueue): its GLFW backend writes io.KeysDown and
// io.AddInputCharacter as events arrive, so everything read in one
// glfwPollEvents batch lands in one frame and its order is lost — on a slow
// frame "abc⏎def" reached the capture editor as "abcdef" plus one Enter.
//
// The window's callbacks append here instead; before each frame applyFrame()
// moves events into io in order until the next one would mean something else
// if it shared the frame with those already applied (see input_queue.cpp),
// and keeps the rest for the next frame. The frame loop draws again at once
// while events are left.
#pragma once

#include <imgui.h>

#include <cstddef>
#include <deque>

namespace innspill::platform {

class InputQueue {
  public:
    // From the GLFW callbacks. Keys are GLFW key codes (the backend's key map
    // indexes io.KeysDown by them); key repeats change nothing and are not
    // queued.
    void key(int key, bool down);
    void character(unsigned int codepoint);
    void mouseButton(int button, bool down);
    void mouseMove(float x, float y);
    void mouseLeft(); // the pointer left the window: its position is unknown
    void wheel(float x, float y);
    void focus(bool focused);

    // Between the backend's NewFrame and ImGui::NewFrame: this frame's events
    // into io, and the mouse as of the last of them (the backend has just
    // written the live mouse state, which may be ahead of the queue).
    void applyFrame(ImGuiIO& io);

    bool empty() const { return m_events.empty(); }
    std::size_t size() const { return m_events.size(); }

  private:
    enum class Type { Key, Char, MouseButton, MouseMove, MouseLeft, Wheel, Focus };
    struct Event {
        Type type = Type::Key;
        int code = 0; // key, button, or the character's code point
        bool down = false;
        float x = 0.0f;
        float y = 0.0f;
    };
    class Frame;

    bool typingPress(std::size_t index, const ImGuiIO& io) const;
    bool applyFirst(ImGuiIO& io, Frame& frame);

    std::deque<Event> m_events;
    bool m_mouseDown[5] = {};
    bool m_mouseKnown = false;
    ImVec2 m_mouse;
};

} // namespace innspill::platform
