// A dialog (or the projector view) opened by name when the app starts (`innspill open --dialog
// NAME`), so a screenshot or a script can show it without clicking through
// the menu: the same open functions the File menu calls.
#pragma once

#include <array>
#include <string_view>

namespace innspill::ui {

struct AppContext;

// The names `--dialog` takes.
inline constexpr std::array<std::string_view, 6> kStartDialogs{
    "export", "import-notes", "kits", "merge", "about", "projector"};

// Opens the dialog called `name` (one of kStartDialogs); false for any other name.
bool openStartDialog(AppContext& ctx, std::string_view name);

} // namespace innspill::ui
