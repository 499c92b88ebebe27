// Tab order = reading order, checked the way a person checks it: put the
// caret in a form's first field, press Tab again and again, and note which
// field has the keyboard each time (the recorded item ImGui's keyboard focus
// is on). Header-only; shared by the UI tests of each form.
#pragma once

#include "harness.hpp"

#include <catch2/catch.hpp>
#include <imgui_internal.h>

#include <string>
#include <vector>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

namespace innspill::test {

// The recorded key of the item that has the keyboard (ImGui's keyboard
// focus: its nav id, or the active item); empty when it is none recorded.
inline std::string focusedItem(UiHarness& ui) {
    const ui::ItemRecorder& items = ui.ctx().itemRects;
    std::string key = items.keyOf(GImGui->NavId);
    return key.empty() ? items.keyOf(GImGui->ActiveId) : key;
}

// Clicks `first`, then presses Tab `presses` times; the focused item after
// the click and after each press.
inline std::vector<std::string> tabThrough(UiHarness& ui, const std::string& first, int presses,
                                           bool backwards = false) {
    std::vector<std::string> visited;
    REQUIRE(ui.clickItem(first));
    ui.frame(2);
    visited.push_back(focusedItem(ui));
    for (int i = 0; i < presses; ++i) {
        ImGui::GetIO().KeyShift = backwards;
        ui.pressKey(GLFW_KEY_TAB);
        ImGui::GetIO().KeyShift = false;
        ui.frame(2);
        visited.push_back(focusedItem(ui));
    }
    return visited;
}

// Every key in `keys` is recorded, and each comes after the one before in
// reading order: lower on the screen, on the same line and to the right, or
// (a form in two columns) at the top of the next column, wholly to the right.
inline void checkReadingOrder(UiHarness& ui, const std::vector<std::string>& keys) {
    for (size_t i = 0; i < keys.size(); ++i) {
        INFO("field " << i << ": \"" << keys[i] << "\"");
        REQUIRE_FALSE(keys[i].empty());
        if (i == 0) {
            continue;
        }
        const ui::ItemRect* before = ui.item(keys[i - 1]);
        const ui::ItemRect* now = ui.item(keys[i]);
        REQUIRE(before != nullptr);
        REQUIRE(now != nullptr);
        INFO("after \"" << keys[i - 1] << "\"");
        const bool sameLine = now->min.y < before->max.y && now->max.y > before->min.y;
        const bool nextColumn = now->min.x >= before->max.x - 1.0f;
        CHECK((sameLine ? now->min.x > before->min.x
                        : now->min.y >= before->max.y - 1.0f || nextColumn));
    }
}

} // namespace innspill::test
