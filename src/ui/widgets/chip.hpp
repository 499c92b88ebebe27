// A chip (Designsystemet's "chip"): a short label in a rounded frame with
// its own × that removes it, as tall as a field so chips line up with the
// buttons and fields of their row: people ticked for a group, the sources
// linked to a challenge. The label may be clickable (a source shows where it
// came from); the × has its own tooltip.
#pragma once

#include <imgui.h>

#include <string_view>

namespace innspill::ui {

class ItemRecorder;

enum class ChipClick { None, Label, Remove };

// Draws the chip at the cursor. `id` keeps the ImGui ids apart; `removeTip`
// is the ×'s tooltip, `labelTip` the label's (null: none); `clickable`: the
// label reacts to the mouse. The two halves are recorded as ImGui items:
// the label first, then the ×, which is the last item on return. The label
// is drawn as given (user text: a "##" in it shows).
ChipClick chip(const char* id, const char* label, const char* removeTip,
               const char* labelTip = nullptr, bool clickable = false);

// The same, recording its halves for tests under `labelKey` and `removeKey`.
struct ChipKeys {
    ItemRecorder& recorder;
    std::string_view labelKey;
    std::string_view removeKey;
};
ChipClick chip(const char* id, const char* label, const char* removeTip, const char* labelTip,
               bool clickable, const ChipKeys& keys);

// The chip's width for `label`.
float chipWidth(const char* label);

} // namespace innspill::ui
