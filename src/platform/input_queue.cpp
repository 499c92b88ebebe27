// Handing queued input events to ImGui a frame at a time (see
// input_queue.hpp).
//
// What one ImGui 1.86 frame can tell apart: which keys and buttons are down
// at its end (and which of them were up before), the modifier flags at its
// end, the characters typed, the wheel and the mouse position. Events that
// would read differently squeezed into one frame go to the next one:
//
//  - a second change of the same key or mouse button (a press and its
//    release in one frame would never be seen);
//  - a key press after another key press, after characters or after a mouse
//    button change (the app reacts to keys in its own order, not the event
//    order: "abc⏎def" must give the editor "abc", then Enter, then "def");
//  - characters after such a key press or a button change;
//  - a modifier (Ctrl, Shift, Alt, Super) going down or up after a key
//    press, characters, a click or the wheel: those saw the modifiers as they
//    were, so Ctrl let go right after E still gives Ctrl+E, and Ctrl let go
//    before E gives a plain E;
//  - a mouse button change after another button change, after keys or
//    characters, or after the wheel; a move after a button change or the
//    wheel (a click lands where it was made); the wheel after a move;
//  - a change of window focus shares its frame with nothing.
//
// Two things may share a frame because their order cannot matter: a key
// released (other than a modifier) never means anything by itself, and the
// key press that types a character (the press GLFW reports right before the
// character, with no Ctrl, Alt or Super down; not Space) is text, not a
// command, so it may even come up again in the same frame — a run of typed
// characters goes into one frame, in order, instead of three frames per key
// (press, character, release). This keeps a slow laptop from falling behind a
// fast typist. The price: the app never sees such a letter key "pressed" when
// the whole key stroke fits in one frame; nothing in it reacts to a plain
// letter key without Ctrl or Alt.
#include "platform/input_queue.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <bitset>

namespace innspill::platform {

namespace {

constexpr std::size_t kKeyCount = sizeof(ImGuiIO::KeysDown) / sizeof(bool);
constexpr int kButtonCount = 5;
static_assert(kButtonCount <= static_cast<int>(sizeof(ImGuiIO::MouseDown) / sizeof(bool)));

bool isModifier(int key) {
    switch (key) {
    case GLFW_KEY_LEFT_CONTROL:
    case GLFW_KEY_RIGHT_CONTROL:
    case GLFW_KEY_LEFT_SHIFT:
    case GLFW_KEY_RIGHT_SHIFT:
    case GLFW_KEY_LEFT_ALT:
    case GLFW_KEY_RIGHT_ALT:
    case GLFW_KEY_LEFT_SUPER:
    case GLFW_KEY_RIGHT_SUPER:
        return true;
    default:
        return false;
    }
}

// As ImGui 1.86's GLFW backend derives them from the keys that are down.
void updateModifiers(ImGuiIO& io) {
    io.KeyCtrl = io.KeysDown[GLFW_KEY_LEFT_CONTROL] || io.KeysDown[GLFW_KEY_RIGHT_CONTROL];
    io.KeyShift = io.KeysDown[GLFW_KEY_LEFT_SHIFT] || io.KeysDown[GLFW_KEY_RIGHT_SHIFT];
    io.KeyAlt = io.KeysDown[GLFW_KEY_LEFT_ALT] || io.KeysDown[GLFW_KEY_RIGHT_ALT];
#ifdef _WIN32
    io.KeySuper = false;
#else
    io.KeySuper = io.KeysDown[GLFW_KEY_LEFT_SUPER] || io.KeysDown[GLFW_KEY_RIGHT_SUPER];
#endif
}

// ImGui marks "no mouse" with -FLT_MAX (IsMousePosValid needs a context).
bool validPosition(const ImVec2& position) {
    constexpr float kInvalid = -256000.0f;
    return position.x >= kInvalid && position.y >= kInvalid;
}

} // namespace

// What the frame being filled holds so far.
class InputQueue::Frame {
  public:
    bool empty() const { return !m_any; }
    bool focusChanged() const { return m_focus; }

    bool keyFits(int key, bool down, bool typing) const {
        const auto index = static_cast<std::size_t>(key);
        if (m_keys.test(index)) {
            // A typing key may also come up: its character is what counts.
            return !down && m_typing.test(index) && !m_released.test(index);
        }
        if (isModifier(key)) {
            return !acted();
        }
        if (!down) {
            return true;
        }
        return typing ? !m_command && m_buttons == 0 : !acted();
    }
    bool characterFits() const { return !m_command && m_buttons == 0; }
    bool buttonFits() const { return m_buttons == 0 && !m_command && !m_typed && !m_wheeled; }
    bool moveFits() const { return m_buttons == 0 && !m_wheeled; }
    bool wheelFits() const { return m_buttons == 0 && !m_moved; }

    void key(int key, bool down, bool typing) {
        const auto index = static_cast<std::size_t>(key);
        m_keys.set(index);
        m_typing.set(index, m_typing.test(index) || typing);
        m_released.set(index, m_released.test(index) || !down);
        if (down && !isModifier(key)) {
            (typing ? m_typed : m_command) = true;
        }
        m_any = true;
    }
    void character() { m_typed = m_any = true; }
    void button(int button) {
        m_buttons |= 1u << button;
        m_any = true;
    }
    void move() { m_moved = m_any = true; }
    void wheel() { m_wheeled = m_any = true; }
    void focus() { m_focus = m_any = true; }

  private:
    // Something happened that the modifiers of the moment apply to.
    bool acted() const { return m_command || m_typed || m_buttons != 0 || m_wheeled; }

    std::bitset<kKeyCount> m_keys;     // changed in this frame
    std::bitset<kKeyCount> m_typing;   // pressed in this frame to type a character
    std::bitset<kKeyCount> m_released; // released in this frame
    bool m_command = false;            // a key press that is not typing
    bool m_typed = false;              // characters, or the key presses typing them
    unsigned m_buttons = 0;            // mouse buttons changed in this frame
    bool m_moved = false;
    bool m_wheeled = false;
    bool m_focus = false;
    bool m_any = false;
};

void InputQueue::key(int key, bool down) {
    if (key >= 0 && static_cast<std::size_t>(key) < kKeyCount) {
        m_events.push_back({Type::Key, key, down});
    }
}

void InputQueue::character(unsigned int codepoint) {
    if (codepoint != 0) {
        m_events.push_back({Type::Char, static_cast<int>(codepoint)});
    }
}

void InputQueue::mouseButton(int button, bool down) {
    if (button >= 0 && button < kButtonCount) {
        m_events.push_back({Type::MouseButton, button, down});
    }
}

void InputQueue::mouseMove(float x, float y) {
    m_events.push_back({Type::MouseMove, 0, false, x, y});
}

void InputQueue::mouseLeft() {
    m_events.push_back({Type::MouseLeft});
}

void InputQueue::wheel(float x, float y) {
    m_events.push_back({Type::Wheel, 0, false, x, y});
}

void InputQueue::focus(bool focused) {
    m_events.push_back({Type::Focus, 0, focused});
}

// The press GLFW reports right before the character it types, as opposed to
// a shortcut (Ctrl+E types nothing; AltGr counts as Alt here, to be safe).
// Space types too, but ImGui's keyboard navigation presses buttons with it.
bool InputQueue::typingPress(std::size_t index, const ImGuiIO& io) const {
    const Event& press = m_events[index];
    return press.down && !isModifier(press.code) && press.code != GLFW_KEY_SPACE &&
           index + 1 < m_events.size() && m_events[index + 1].type == Type::Char && !io.KeyCtrl &&
           !io.KeyAlt && !io.KeySuper;
}

// The first queued event into io and the frame, if it fits there.
bool InputQueue::applyFirst(ImGuiIO& io, Frame& frame) {
    const Event& event = m_events.front();
    switch (event.type) {
    case Type::Key: {
        const bool typing = typingPress(0, io);
        if (!frame.keyFits(event.code, event.down, typing)) {
            return false;
        }
        frame.key(event.code, event.down, typing);
        io.KeysDown[event.code] = event.down;
        updateModifiers(io);
        break;
    }
    case Type::Char:
        if (!frame.characterFits()) {
            return false;
        }
        frame.character();
        io.AddInputCharacter(static_cast<unsigned int>(event.code));
        break;
    case Type::MouseButton:
        if (!frame.buttonFits()) {
            return false;
        }
        frame.button(event.code);
        m_mouseDown[event.code] = event.down;
        break;
    case Type::MouseMove:
    case Type::MouseLeft:
        if (!frame.moveFits()) {
            return false;
        }
        frame.move();
        m_mouseKnown = event.type == Type::MouseMove;
        m_mouse = ImVec2(event.x, event.y);
        break;
    case Type::Wheel:
        if (!frame.wheelFits()) {
            return false;
        }
        frame.wheel();
        io.MouseWheelH += event.x;
        io.MouseWheel += event.y;
        break;
    case Type::Focus:
        if (!frame.empty()) {
            return false;
        }
        frame.focus();
        io.AddFocusEvent(event.down);
        break;
    }
    m_events.pop_front();
    return true;
}

void InputQueue::applyFrame(ImGuiIO& io) {
    Frame frame;
    while (!m_events.empty() && !frame.focusChanged() && applyFirst(io, frame)) {
    }
    // The backend has just set the mouse from the live state, which may be
    // ahead of the queue: a click shorter than a frame would read as no
    // click, a click followed by a move would land where the move ended.
    for (int button = 0; button < kButtonCount; ++button) {
        io.MouseDown[button] = m_mouseDown[button];
    }
    // Where the backend knows of no mouse (outside an unfocused window) there
    // is none; where the pointer left the window the live position is better.
    if (m_mouseKnown && validPosition(io.MousePos)) {
        io.MousePos = m_mouse;
    }
}

} // namespace innspill::platform
