// The make-kits dialog: names, folder, the files they give, Make, and what
// became of each kit.
#include "ui/kits/kits_dialog.hpp"
#include "model/text.hpp"
#include "ui/widgets/imgui_ext.hpp"

#include "app/merge/kits.hpp"
#include "app/text_path.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/shell/dialog.hpp"
#include "ui/shell/file_actions.hpp"
#include "ui/widgets/buttons.hpp"
#include "ui/widgets/tab_order.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <set>

namespace innspill::ui {

namespace fs = std::filesystem;

namespace {

using model::trimmed;

void startChoosingFolder(AppContext& ctx, MakeKitsDialogState& state) {
    FileBrowserRequest request;
    request.mode = FileBrowserMode::Folder;
    request.titleKey = "kits.browserTitle";
    request.filters = {FileFilter{"browser.filterEvents", {".innspill"}}};
    request.folder = state.folder.empty() ? defaultFolder(ctx) : state.folder;
    request.sessionsFolder = ctx.mainWindow.files.sessionsFolder;
    openFileBrowser(state.browser, std::move(request));
    state.browsing = true;
}

void drawTargets(AppContext& ctx, const std::vector<KitTarget>& targets) {
    text(format(ctx.tr("kits.files"), {{"n", std::to_string(targets.size())}}));
    for (const auto& target : targets) {
        ImGui::PushID(target.path.string().c_str());
        ImGui::Bullet();
        text(target.path.filename().string());
        ctx.itemRects.record("kits.target/", target.facilitator);
        // On a line of its own: beside a long file name it would wrap word by word.
        ImGui::Indent();
        if (target.duplicate) {
            errorWrappedText(ctx.tr("kits.duplicate"));
        } else if (target.exists) {
            disabledWrappedText(ctx.tr("kits.exists"));
        }
        ImGui::Unindent();
        ImGui::PopID();
    }
}

void drawOutcomes(AppContext& ctx, const std::vector<KitOutcome>& outcomes) {
    const size_t made = static_cast<size_t>(std::count_if(
        outcomes.begin(), outcomes.end(), [](const KitOutcome& o) { return o.error.empty(); }));
    const std::string summary =
        format(ctx.tr("kits.done"),
               {{"made", std::to_string(made)}, {"total", std::to_string(outcomes.size())}});
    if (made == outcomes.size()) {
        doneWrappedText(summary);
    } else {
        errorWrappedText(summary);
    }
    ctx.itemRects.record("kits.done");
    for (const auto& outcome : outcomes) {
        if (outcome.error.empty()) {
            wrappedText(format(ctx.tr("kits.written"), {{"file", outcome.path.string()}}));
            ctx.itemRects.record("kits.written/", outcome.path.filename().string());
        } else {
            errorWrappedText(outcome.error);
            ctx.itemRects.record("kits.failed/", outcome.path.filename().string());
        }
    }
}

// Returns true when the person chose to overwrite.
bool drawOverwritePopup(AppContext& ctx, const std::vector<KitTarget>& targets) {
    const std::string title = std::string(ctx.tr("kits.overwriteTitle")) + kOverwriteKitsPopup;
    if (!beginDialog(title.c_str(), 32.0f)) {
        return false;
    }
    const size_t existing =
        static_cast<size_t>(std::count_if(targets.begin(), targets.end(), [](const KitTarget& t) {
            return t.exists && !t.duplicate;
        }));
    wrappedText(format(ctx.tr("kits.overwriteText"), {{"n", std::to_string(existing)}}));
    for (const auto& target : targets) {
        if (target.exists && !target.duplicate) {
            ImGui::Bullet();
            text(target.path.filename().string());
        }
    }
    ImGui::Spacing();
    const bool overwrite = dangerButton(ctx.tr("kits.overwrite"));
    ctx.itemRects.record("kits.overwrite");
    ImGui::SameLine();
    if (ImGui::IsWindowAppearing()) {
        ImGui::SetKeyboardFocusHere(); // the safe choice has the focus
    }
    const bool cancel =
        ImGui::Button(ctx.tr("button.cancel")) || ext::escapeClosesDialog(false, true);
    ctx.itemRects.record("kits.overwriteCancel");
    if (overwrite || cancel) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
    return overwrite;
}

void drawForm(AppContext& ctx, MakeKitsDialogState& state) {
    disabledWrappedText(ctx.tr("kits.intro"));
    ImGui::Spacing();
    text(ctx.tr("kits.names"));
    if (ImGui::InputTextMultiline("##names", &state.names,
                                  ImVec2(-1.0f, ImGui::GetTextLineHeight() * 7.0f))) {
        state.outcomes.clear();
    }
    ctx.itemRects.record("kits.names");
    // Tab goes on to the folder button, the next control in reading order
    // (ImGui 1.86 would keep Tab in the only text field).
    if (takeTabFromItem(true, false) > 0) {
        state.tabToFolder = true;
    }

    // The button first: a long path (a USB stick's mount point) wraps below
    // it instead of pushing it out of the dialog.
    ImGui::AlignTextToFramePadding();
    text(ctx.tr("kits.folder"));
    ImGui::SameLine();
    if (ImGui::Button(ctx.tr("kits.chooseFolder"))) {
        startChoosingFolder(ctx, state);
    }
    if (state.tabToFolder) {
        ext::giveKeyboardToLastItem();
        state.tabToFolder = false;
    }
    ctx.itemRects.record("kits.chooseFolder");
    if (state.folder.empty()) {
        disabledWrappedText(ctx.tr("kits.noFolder"));
    } else {
        wrappedText(state.folder.string());
    }
    ctx.itemRects.record("kits.folderShown");
}

} // namespace

std::string kitFileName(const std::string& eventTitle, const std::string& facilitator) {
    return fileNameFromTitle(eventTitle + " (kit " + facilitator + ")") + ".innspill";
}

std::string facilitatorNames(const model::Event& event) {
    std::set<model::Id> named;
    for (const auto& group : event.groups) {
        named.insert(group.facilitators.begin(), group.facilitators.end());
    }
    std::string names;
    std::set<std::string> seen;
    for (const auto& person : event.people) {
        if (named.count(person.id) && seen.insert(person.name).second) {
            names += person.name + "\n";
        }
    }
    return names;
}

std::vector<KitTarget> kitTargets(const std::string& eventTitle, const std::string& names,
                                  const fs::path& folder) {
    std::vector<KitTarget> targets;
    if (folder.empty()) {
        return targets;
    }
    size_t start = 0;
    while (start <= names.size()) {
        const size_t end = std::min(names.find('\n', start), names.size());
        const std::string name = trimmed(names.substr(start, end - start));
        start = end + 1;
        if (name.empty()) {
            continue;
        }
        KitTarget target{name, folder / app::pathFromUtf8(kitFileName(eventTitle, name))};
        target.exists = app::pathKind(target.path) != app::PathKind::Missing;
        targets.push_back(std::move(target));
    }
    // Two names that differ only in characters a file name cannot hold
    // would write one file twice: neither is made.
    for (auto& target : targets) {
        target.duplicate = std::count_if(targets.begin(), targets.end(), [&](const KitTarget& t) {
                               return t.path == target.path;
                           }) > 1;
    }
    return targets;
}

void openMakeKitsDialog(AppContext& ctx) {
    if (ctx.session == nullptr) {
        return;
    }
    MakeKitsDialogState& state = ctx.makeKits;
    state.openRequested = true;
    state.outcomes.clear();
    state.refusal.clear();
    if (ctx.session->path().empty()) {
        state.refusal = ctx.tr("kits.noFile");
    } else {
        try {
            if (app::kitRecordOf(*ctx.session)) {
                state.refusal = format(ctx.tr("kits.isKit"),
                                       {{"file", ctx.session->path().filename().string()}});
            }
        } catch (const app::KitError& error) {
            state.refusal = lang::render(ctx.language, error.message());
        }
    }
    if (state.names.empty()) {
        state.names = facilitatorNames(ctx.session->event());
    }
    if (state.folder.empty() && !ctx.settings.lastFolder.empty()) {
        state.folder = app::pathFromUtf8(ctx.settings.lastFolder);
    }
}

size_t makeKitsNow(AppContext& ctx, bool overwrite) {
    MakeKitsDialogState& state = ctx.makeKits;
    state.outcomes.clear();
    if (ctx.session == nullptr || !state.refusal.empty()) {
        return 0;
    }
    if (ctx.session->saveState() == app::SaveState::Failing) {
        // The kits are copied from the file, which lacks what waits to be written.
        state.outcomes.push_back({ctx.session->path(), ctx.tr("kits.unsaved")});
        return 0;
    }
    size_t made = 0;
    for (const auto& target : kitTargets(ctx.session->event().title, state.names, state.folder)) {
        KitOutcome outcome{target.path, {}};
        if (target.duplicate) {
            outcome.error =
                format(ctx.tr("kits.duplicateError"),
                       {{"name", target.facilitator}, {"file", target.path.filename().string()}});
        } else {
            try {
                app::makeKit(ctx.session->path(), target.path, target.facilitator, overwrite);
                ++made;
            } catch (const app::KitError& error) {
                outcome.error = lang::render(ctx.language, error.message());
            }
        }
        state.outcomes.push_back(std::move(outcome));
    }
    return made;
}

void drawMakeKitsDialog(AppContext& ctx) {
    MakeKitsDialogState& state = ctx.makeKits;
    if (state.openRequested) {
        state.openRequested = false;
        if (ctx.session != nullptr) {
            ImGui::OpenPopup(kMakeKitsPopup);
        }
    }
    const std::string title = std::string(ctx.tr("kits.title")) + kMakeKitsPopup;
    if (!beginDialog(title.c_str(), 40.0f)) {
        return;
    }
    if (ctx.session == nullptr) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    const bool nested = state.browsing || ImGui::IsPopupOpen(kFileBrowserPopup) ||
                        ImGui::IsPopupOpen(kOverwriteKitsPopup);
    bool close = false;
    if (!state.refusal.empty()) {
        errorWrappedText(state.refusal);
        ctx.itemRects.record("kits.refusal");
        ImGui::Spacing();
        close = ImGui::Button(ctx.tr("notes.close"));
        ctx.itemRects.record("kits.close");
    } else {
        drawForm(ctx, state);
        const auto targets = kitTargets(ctx.session->event().title, state.names, state.folder);
        if (!targets.empty()) {
            ImGui::Spacing();
            drawTargets(ctx, targets);
        }
        if (!state.outcomes.empty()) {
            ImGui::Separator();
            drawOutcomes(ctx, state.outcomes);
        }
        ImGui::Spacing();
        const bool ready = !targets.empty();
        ImGui::BeginDisabled(!ready);
        if (primaryButton(ctx.tr("kits.make"))) {
            const bool anyExists =
                std::any_of(targets.begin(), targets.end(),
                            [](const KitTarget& t) { return t.exists && !t.duplicate; });
            if (anyExists) {
                state.overwriteRequested = true;
            } else {
                makeKitsNow(ctx, false);
            }
        }
        ImGui::EndDisabled();
        ctx.itemRects.record("kits.make");
        if (!ready && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
            ImGui::SetTooltip("%s", ctx.tr("kits.makeDisabledTip"));
        }
        ImGui::SameLine();
        close = ImGui::Button(ctx.tr(state.outcomes.empty() ? "button.cancel" : "notes.close"));
        ctx.itemRects.record("kits.close");

        if (state.overwriteRequested) {
            ImGui::OpenPopup(kOverwriteKitsPopup);
            state.overwriteRequested = false;
        }
        if (drawOverwritePopup(ctx, targets)) {
            makeKitsNow(ctx, true);
        }
        // The browser is a popup of this dialog (its ID stack).
        if (drawNestedFileBrowser(ctx, state.browser, state.browsing)) {
            state.folder = state.browser.chosen;
            state.outcomes.clear();
            rememberLastFolder(ctx, state.folder);
        }
    }
    close = ext::escapeClosesDialog(nested) || close;
    if (close) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

} // namespace innspill::ui
