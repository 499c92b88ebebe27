// Holding a too-short key press for one frame (see short_key_presses.hpp).
#include "platform/short_key_presses.hpp"

#include <imgui.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <iterator>

namespace innspill::platform {

namespace {

bool known(const ImGuiIO& io, int key) {
    return key >= 0 && key < static_cast<int>(std::size(io.KeysDown));
}

// As ImGui's GLFW backend derives them from the keys that are down.
void updateModifiers(ImGuiIO& io) {
    io.KeyCtrl = io.KeysDown[GLFW_KEY_LEFT_CONTROL] || io.KeysDown[GLFW_KEY_RIGHT_CONTROL];
    io.KeyShift = io.KeysDown[GLFW_KEY_LEFT_SHIFT] || io.KeysDown[GLFW_KEY_RIGHT_SHIFT];
    io.KeyAlt = io.KeysDown[GLFW_KEY_LEFT_ALT] || io.KeysDown[GLFW_KEY_RIGHT_ALT];
    io.KeySuper = io.KeysDown[GLFW_KEY_LEFT_SUPER] || io.KeysDown[GLFW_KEY_RIGHT_SUPER];
}

bool contains(const std::vector<int>& keys, int key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

} // namespace

void ShortKeyPresses::note(int key, int action) {
    if (action == GLFW_PRESS) {
        m_pressInBatch = true;
    } else if (action == GLFW_RELEASE && m_pressInBatch && !contains(m_held, key)) {
        // The key itself, or a modifier let go right after the key it goes with.
        m_held.push_back(key);
    }
}

void ShortKeyPresses::holdForFrame(ImGuiIO& io) const {
    if (m_held.empty()) {
        return;
    }
    for (int key : m_held) {
        if (known(io, key)) {
            io.KeysDown[key] = true;
        }
    }
    updateModifiers(io);
}

bool ShortKeyPresses::releaseAfterFrame(ImGuiIO& io) {
    if (m_held.empty()) {
        return false;
    }
    for (int key : m_held) {
        if (known(io, key)) {
            io.KeysDown[key] = false;
        }
    }
    m_held.clear();
    updateModifiers(io);
    return true;
}

} // namespace innspill::platform
