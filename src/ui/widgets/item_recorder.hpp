// Screen rectangles of labelled items from the last frame, so headless tests
// can click what a person would click. Always compiled; when disabled (the
// app) recording is a single branch.
#pragma once

#include <imgui.h>

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

namespace innspill::ui {

struct ItemRect {
    ImVec2 min;
    ImVec2 max;
    ImGuiID id = 0; // ImGui's id of the item (which field has the keyboard: tab order tests)

    ImVec2 center() const { return ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f); }
};

class ItemRecorder {
  public:
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool enabled() const { return m_enabled; }

    // Forgets the previous frame's items; drawMainWindow calls it first thing.
    void beginFrame();

    // Records ImGui's last item under the key prefix + name, e.g.
    // record("programme.group/", "1.12"). Split in two so that callers do not
    // build a string every frame when recording is off.
    void record(std::string_view prefix, std::string_view name = {});

    const ItemRect* find(std::string_view key) const;
    // The key an item with ImGui id `id` was recorded under; empty when none.
    std::string keyOf(ImGuiID id) const;
    std::size_t countWithPrefix(std::string_view prefix) const;

  private:
    bool m_enabled = false;
    std::map<std::string, ItemRect, std::less<>> m_items;
};

} // namespace innspill::ui
