// The few things we need from ImGui's internals (imgui_internal.h), behind
// functions that take and return only public types. imgui_internal.h changes
// between releases without notice; keeping it to imgui_ext.cpp means moving
// past ImGui 1.86 (pinned in the top CMakeLists.txt) touches one file.
// Also the one "Escape closes the dialog" rule every dialog uses.
#pragma once

#include <imgui.h>

#include <functional>

namespace innspill::ui::ext {

// ---- Keys and the keyboard's owner -------------------------------------

// The key mapped to `key` (io.KeyMap, 1.86) went down this frame.
bool keyPressedMap(ImGuiKey key, bool repeat = true);

// Whether Escape closes the dialog (or popup) being drawn: pressed this
// frame, not on the frame the dialog appears (the key that opened it may
// still be down), nor while a popup of its own (`nestedOpen`) is open. A text
// field that has the keys lets go of them on Escape, so a field's Escape
// never closes its dialog unless `evenFromAField`.
bool escapeClosesDialog(bool nestedOpen = false, bool evenFromAField = false);

// ImGui's id of the last item drawn.
ImGuiID lastItemId();

// The item that has the keyboard or mouse (0: none), and letting it go.
ImGuiID activeId();
void clearActiveId();

// Cancels ImGui's own Tab / Shift+Tab move this frame (the caller puts the
// keyboard where reading order says; widgets/tab_order.hpp).
void cancelTabbing();

// Gives the keyboard (ImGui's navigation) to the last item drawn, as if the
// arrow keys had reached it: where Tab out of a field goes when the next
// control in reading order is a button, which ImGui 1.86 never tabs to.
void giveKeyboardToLastItem();

// Whether a modal popup is open (shortcuts of the window behind wait).
bool modalOpen();

// ---- Custom widgets (the capture screen's text editor) -----------------

// The current window's id for `label` (as ImGui::GetID, without pushing).
ImGuiID windowId(const char* label);

// Lays out an item of `min`–`max` with `id`; false when it is clipped.
// `hovered` (optional) tells whether the mouse is over it.
bool addItem(ImVec2 min, ImVec2 max, ImGuiID id, bool* hovered = nullptr);

// Lays out an item of `min`–`max` with `id` that Tab and Shift+Tab stop at,
// in its place among ImGui's own fields; true on the frame Tab lands on it
// (then the caller starts editing it).
bool addTabStop(ImVec2 min, ImVec2 max, ImGuiID id);

// Takes the keyboard for `id` in the current window: ImGui's navigation,
// tabbing and Alt-to-menu leave its keys alone; other widgets stay
// clickable (overlap allowed). `focusWindow` also focuses the window.
void takeKeyboard(ImGuiID id, bool focusWindow);

// Keeps the keyboard for `id` this frame (it has it): keeps it alive,
// clickable over, and Alt+Up away from the menu bar.
void keepKeyboard(ImGuiID id);

// Whether the current window's root window has the keyboard's focus.
bool rootWindowFocused();

// Up and Down go to the active item, not to ImGui's navigation.
void keepArrowKeys();

// Scrolls the current window so that `min`–`max` is in view.
void scrollIntoView(ImVec2 min, ImVec2 max);

// ---- Drawing and drag and drop -----------------------------------------

// ImGui's check mark (✓ drawn, so it needs no glyph in the font).
void renderCheckMark(ImDrawList* drawList, ImVec2 pos, ImU32 colour, float size);

// The keyboard's highlight around the last item (drawn over `min`–`max`)
// when it has the keyboard, as ImGui's own widgets draw it.
void renderNavHighlight(ImVec2 min, ImVec2 max);

// A drop target over `min`–`max` (no item needed); end with
// ImGui::EndDragDropTarget() when it returns true.
bool beginDropTarget(ImVec2 min, ImVec2 max, ImGuiID id);

// The text field being typed in (an ImGui InputText that has the keyboard),
// as a screen rectangle: false when none.
bool editedFieldRect(ImVec2& min, ImVec2& max);

// Draws a `thickness`-px ring of `colour` around the text field being typed
// in (WCAG 2.4.7 / 1.4.11), in its own window so popups stay on top. Called
// once a frame, after every panel; keyboard navigation's highlight (the
// style's NavHighlight, 2 px) covers the other controls.
void drawFocusRing(ImU32 colour, float thickness);

// How long the hovered item has been hovered, in seconds.
float hoveredSeconds();

// Draws `draw` (a tooltip) without it becoming ImGui's "last item": callers
// still mean the field before it (IsItemHovered, the item recorder).
void keepingLastItem(const std::function<void()>& draw);

// A bar along the bottom (or another side) of `viewport`, like a menu bar.
bool beginViewportSideBar(const char* name, ImGuiViewport* viewport, ImGuiDir dir, float size,
                          ImGuiWindowFlags flags);

// Decodes one UTF-8 character at `text` (not past `end`) into `c`; returns
// its length in bytes (invalid bytes decode as U+FFFD, one byte long).
int decodeUtf8(unsigned int* c, const char* text, const char* end);

} // namespace innspill::ui::ext
