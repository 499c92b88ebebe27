// Keys pressed and released between two frames. ImGui 1.86 keeps only
// "is down" per key (io.KeysDown) and has no input queue, so a key that goes
// down and up within one batch of window events — a quick Enter or Ctrl+E on
// a laptop whose frame took a moment, or keys sent by a tool — would never be
// seen as pressed; and Ctrl let go a moment after E, before a frame, turns
// Ctrl+E into a plain E. Every key released after a press in the same batch
// is therefore held down for one more frame and let go after it, so each
// press reaches the app once, with the modifiers it was typed with.
#pragma once

#include <vector>

struct ImGuiIO;

namespace innspill::platform {

class ShortKeyPresses {
  public:
    // A new batch of window events is about to be read.
    void startBatch() { m_pressInBatch = false; }

    // From the key callback, before ImGui's backend sees the event.
    // `action` is GLFW_PRESS, GLFW_RELEASE or GLFW_REPEAT.
    void note(int key, int action);

    // Before the frame: the keys released too early are down again (and the
    // modifier flags follow them).
    void holdForFrame(ImGuiIO& io) const;

    // After the frame: they are let go. True when that happened, so the
    // caller draws another frame in which the keys are up.
    bool releaseAfterFrame(ImGuiIO& io);

  private:
    bool m_pressInBatch = false;
    std::vector<int> m_held;
};

} // namespace innspill::platform
