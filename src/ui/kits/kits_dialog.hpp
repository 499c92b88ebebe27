// The Make facilitator kits dialog (Fil → Lag fasilitatorkit …): one name
// per line (prefilled with the event's support facilitators), a folder
// chosen in the file browser (a USB stick is a folder), a file name per kit
// made from the event and the name, a question before overwriting, and what
// became of each kit. The kits are made by app::makeKit from the open
// event's file. Design: docs/kits-and-merge.md.
//
// Usage: openMakeKitsDialog(ctx) from the menu; drawMakeKitsDialog(ctx)
// every frame at the top level, like drawFileDialogs.
#pragma once

#include "ui/shell/file_browser.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace innspill::model {
struct Event;
}

namespace innspill::ui {

struct AppContext;

// One kit to make: who it is for and where it goes.
struct KitTarget {
    std::string facilitator;
    std::filesystem::path path;
    bool exists = false;    // a file is there already (overwritten only when the person agrees)
    bool duplicate = false; // another name gives the same file: not made
};

// What became of one kit.
struct KitOutcome {
    std::filesystem::path path;
    std::string error; // empty: made
};

struct MakeKitsDialogState {
    bool openRequested = false;
    std::string names; // one facilitator per line
    std::filesystem::path folder;
    // Why the open event cannot give kits (it is a kit itself…); checked
    // when the dialog opens.
    std::string refusal;
    bool overwriteRequested = false;
    bool tabToFolder = false;         // Tab left the names: the folder button is next
    std::vector<KitOutcome> outcomes; // the last run, until the names or folder change

    FileBrowserState browser;
    bool browsing = false;

    void forgetEvent() {
        names.clear();
        refusal.clear();
        outcomes.clear();
    }
};

// Popup names, shared with tests.
inline constexpr const char* kMakeKitsPopup = "###makeKits";
inline constexpr const char* kOverwriteKitsPopup = "###overwriteKits";

// "Åpen arena 2031 (kit Kari).innspill": a safe file name (fileNameFromTitle).
std::string kitFileName(const std::string& eventTitle, const std::string& facilitator);

// The names the dialog starts with: everyone named as a support facilitator
// in a group, in register order, one per line.
std::string facilitatorNames(const model::Event& event);

// The kits `names` (one per line; blank lines skipped) would make in `folder`.
std::vector<KitTarget> kitTargets(const std::string& eventTitle, const std::string& names,
                                  const std::filesystem::path& folder);

void openMakeKitsDialog(AppContext& ctx);
void drawMakeKitsDialog(AppContext& ctx);

// Makes every kit of the dialog (not the duplicates), overwriting existing
// files only with `overwrite`; fills state.outcomes. Returns how many were made.
size_t makeKitsNow(AppContext& ctx, bool overwrite);

} // namespace innspill::ui
