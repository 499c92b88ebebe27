// File actions: switching the open event through the workspace, and the
// dialogs around it.
#include "ui/shell/file_actions.hpp"

#include "app/default_folders.hpp"
#include "app/text_path.hpp"
#include "model/text.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/shell/dialog.hpp"
#include "ui/widgets/buttons.hpp"
#include "ui/widgets/choice_controls.hpp"
#include "ui/widgets/imgui_ext.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace innspill::ui {

namespace fs = std::filesystem;

namespace {

const ImVec4 kErrorColour(0.75f, 0.1f, 0.1f, 1.0f);
constexpr size_t kMaxFileNameBytes = 80;
constexpr const char* kEventExtension = ".innspill";

std::vector<FileFilter> eventFilters() {
    return {FileFilter{"browser.filterEvents", {kEventExtension}},
            FileFilter{"browser.filterAll", {}}};
}

FileBrowserRequest browserRequest(FileBrowserMode mode, const char* titleKey,
                                  std::vector<FileFilter> filters) {
    FileBrowserRequest request;
    request.mode = mode;
    request.titleKey = titleKey;
    request.filters = std::move(filters);
    return request;
}

fs::path startFolder(const AppContext& ctx) {
    return defaultFolder(ctx);
}

void rememberFolder(AppContext& ctx, const fs::path& file) {
    rememberLastFolder(ctx, file.parent_path());
}

// After the workspace switched events (or closed one).
void eventSwitched(AppContext& ctx) {
    ctx.session = ctx.workspace->session();
    ctx.resetEventState();
    ctx.mainWindow.status = {};
    if (ctx.session != nullptr && !ctx.session->path().empty()) {
        app::rememberRecentFile(ctx.settings, ctx.session->path());
        rememberFolder(ctx, ctx.session->path());
        ctx.settingsChanged();
    }
    if (ctx.session != nullptr) {
        openPinnedGroup(ctx); // a facilitator's laptop goes straight to their group
    }
}

// Asks first when changes are not on disk; true when the action may go on now.
bool guard(AppContext& ctx, GuardedAction action, const fs::path& path = {}) {
    if (ctx.session == nullptr || ctx.session->saveState() != app::SaveState::Failing) {
        return true;
    }
    FileActionsState& files = ctx.mainWindow.files;
    files.pending = action;
    files.pendingPath = path;
    files.unsavedRequested = true;
    return false;
}

void openBrowser(AppContext& ctx, BrowserPurpose purpose, FileBrowserRequest request) {
    FileActionsState& files = ctx.mainWindow.files;
    request.sessionsFolder = files.sessionsFolder;
    if (request.folder.empty()) {
        request.folder = startFolder(ctx);
    }
    files.purpose = purpose;
    openFileBrowser(files.browser, std::move(request));
}

void doOpenPath(AppContext& ctx, const fs::path& path) {
    if (ctx.workspace == nullptr) {
        return;
    }
    const std::string error = lang::render(ctx.language, ctx.workspace->open(path));
    if (!error.empty()) {
        if (app::pathKind(path) == app::PathKind::Missing) {
            // A recent file that is gone stays in the list only to confuse.
            app::forgetRecentFile(ctx.settings, path.string());
            ctx.settingsChanged();
        }
        if (!offerBackupForDamaged(ctx)) {
            showError(ctx, "files.openFailed", error);
        }
        return;
    }
    eventSwitched(ctx);
}

void doNewEvent(AppContext& ctx) {
    NewEventForm& form = ctx.mainWindow.files.newEvent;
    form = NewEventForm();
    form.requested = true;
    form.path = ((startFolder(ctx).empty() ? app::homeFolder() : startFolder(ctx)) /
                 app::pathFromUtf8(fileNameFromTitle("") + kEventExtension))
                    .string();
}

void doClose(AppContext& ctx) {
    if (ctx.workspace == nullptr || ctx.session == nullptr) {
        return;
    }
    ctx.workspace->close();
    eventSwitched(ctx);
}

void run(AppContext& ctx, GuardedAction action, const fs::path& path) {
    switch (action) {
    case GuardedAction::None:
        break;
    case GuardedAction::New:
        doNewEvent(ctx);
        break;
    case GuardedAction::Open:
        openBrowser(ctx, BrowserPurpose::Open,
                    browserRequest(FileBrowserMode::Open, "browser.titleOpen", eventFilters()));
        break;
    case GuardedAction::OpenPath:
        doOpenPath(ctx, path);
        break;
    case GuardedAction::Close:
        doClose(ctx);
        break;
    case GuardedAction::Quit:
        ctx.mainWindow.files.quitConfirmed = true;
        break;
    }
}

void runPending(AppContext& ctx) {
    FileActionsState& files = ctx.mainWindow.files;
    const GuardedAction action = files.pending;
    const fs::path path = files.pendingPath;
    files.pending = GuardedAction::None;
    files.pendingPath.clear();
    run(ctx, action, path);
}

void browserChose(AppContext& ctx) {
    FileActionsState& files = ctx.mainWindow.files;
    const fs::path chosen = files.browser.chosen;
    const BrowserPurpose purpose = files.purpose;
    files.purpose = BrowserPurpose::None;
    rememberFolder(ctx, chosen);
    switch (purpose) {
    case BrowserPurpose::None:
        break;
    case BrowserPurpose::Open:
        doOpenPath(ctx, chosen);
        break;
    case BrowserPurpose::NewEventFile:
        files.newEvent.path = chosen.string();
        files.newEvent.pathEdited = true;
        files.newEvent.overwrite = files.browser.overwriteConfirmed;
        files.newEvent.requested = true; // back to the form
        break;
    case BrowserPurpose::SaveCopy: {
        if (ctx.workspace == nullptr) {
            break;
        }
        const std::string error = lang::render(
            ctx.language, ctx.workspace->saveCopyAs(chosen, files.browser.overwriteConfirmed));
        if (!error.empty()) {
            files.continueAfterCopy = false;
            files.pending = GuardedAction::None;
            showError(ctx, "files.saveCopyFailed", error);
            break;
        }
        if (files.continueAfterCopy) {
            files.continueAfterCopy = false;
            runPending(ctx);
        }
        break;
    }
    }
}

void drawErrorPopup(AppContext& ctx) {
    FileActionsState& files = ctx.mainWindow.files;
    if (files.errorRequested) {
        ImGui::OpenPopup(kErrorPopup);
        files.errorRequested = false;
    }
    const std::string title = std::string(ctx.tr(files.errorTitleKey)) + kErrorPopup;
    if (!beginDialog(title.c_str(), 30.0f)) {
        return;
    }
    wrappedText(files.errorMessage);
    ImGui::Spacing();
    if (ImGui::IsWindowAppearing()) {
        ImGui::SetKeyboardFocusHere();
    }
    if (ImGui::Button(ctx.tr("button.ok")) || ext::escapeClosesDialog(false, true) ||
        // Not on the frame it appears: the Enter that opened it (in a field
        // of the dialog before) must not close it.
        (!ImGui::IsWindowAppearing() && ext::keyPressedMap(ImGuiKey_Enter, false))) {
        ImGui::CloseCurrentPopup();
    }
    ctx.itemRects.record("files.errorOk");
    ImGui::EndPopup();
}

void drawUnsavedPopup(AppContext& ctx) {
    FileActionsState& files = ctx.mainWindow.files;
    if (files.unsavedRequested) {
        ImGui::OpenPopup(kUnsavedPopup);
        files.unsavedRequested = false;
    }
    const std::string title = std::string(ctx.tr("files.unsavedTitle")) + kUnsavedPopup;
    if (!beginDialog(title.c_str(), 34.0f)) {
        return;
    }
    if (ctx.session != nullptr) {
        if (ctx.session->pendingWrites() == 0 && ctx.session->fileMoved()) {
            wrappedText(ctx.tr("files.movedText"));
        } else {
            wrappedText(format(ctx.tr("files.unsavedText"),
                               {{"count", std::to_string(ctx.session->pendingWrites())},
                                {"file", ctx.session->path().filename().string()}}));
        }
        ImGui::Spacing();
        disabledWrappedText(ctx.session->lastError(ctx.language));
    }
    ImGui::Spacing();

    if (ImGui::IsWindowAppearing()) {
        ImGui::SetKeyboardFocusHere();
    }
    const bool saveCopy = primaryButton(ctx.tr("files.saveCopyFirst"));
    ctx.itemRects.record("files.unsaved.saveCopy");
    ImGui::SameLine();
    const bool discard = dangerButton(ctx.tr(
        files.pending == GuardedAction::Quit ? "files.discardQuit" : "files.discardContinue"));
    ctx.itemRects.record("files.unsaved.discard");
    ImGui::SameLine();
    const bool cancel =
        ImGui::Button(ctx.tr("button.cancel")) || ext::escapeClosesDialog(false, true);
    ctx.itemRects.record("files.unsaved.cancel");

    if (saveCopy || discard || cancel) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();

    if (saveCopy) {
        files.continueAfterCopy = true;
        startSaveCopy(ctx);
    } else if (discard) {
        runPending(ctx);
    } else if (cancel) {
        files.pending = GuardedAction::None;
    }
}

void drawNewEventPopup(AppContext& ctx) {
    FileActionsState& files = ctx.mainWindow.files;
    NewEventForm& form = files.newEvent;
    if (form.requested) {
        ImGui::OpenPopup(kNewEventPopup);
        form.requested = false;
    }
    const std::string title = std::string(ctx.tr("files.newTitle")) + kNewEventPopup;
    if (!beginDialog(title.c_str(), 36.0f)) {
        return;
    }
    bool create = false;

    // Labels in a column of their own width, fields beside them.
    const char* titleLabel = ctx.tr("files.newEventTitle");
    const char* fileLabel = ctx.tr("files.newEventFile");
    const float labelWidth =
        std::max(ImGui::CalcTextSize(titleLabel).x, ImGui::CalcTextSize(fileLabel).x) +
        ImGui::GetStyle().ItemSpacing.x * 2.0f;

    ImGui::AlignTextToFramePadding();
    text(titleLabel);
    const float fieldWidth = ImGui::GetContentRegionAvail().x - labelWidth;
    ImGui::SameLine(labelWidth);
    if (ImGui::IsWindowAppearing() && !form.pathEdited) {
        ImGui::SetKeyboardFocusHere();
    }
    ImGui::SetNextItemWidth(fieldWidth);
    if (ImGui::InputText("##title", &form.title, ImGuiInputTextFlags_EnterReturnsTrue)) {
        create = true;
    }
    ctx.itemRects.record("files.new.title");
    if (ImGui::IsItemEdited() && !form.pathEdited) {
        form.path = (app::pathFromUtf8(form.path).parent_path() /
                     app::pathFromUtf8(fileNameFromTitle(form.title) + kEventExtension))
                        .string();
        form.overwrite = false;
    }

    ImGui::AlignTextToFramePadding();
    text(fileLabel);
    ImGui::SameLine(labelWidth);
    const char* chooseLabel = ctx.tr("files.choose");
    ImGui::SetNextItemWidth(fieldWidth - ImGui::CalcTextSize(chooseLabel).x -
                            ImGui::GetStyle().FramePadding.x * 2.0f -
                            ImGui::GetStyle().ItemSpacing.x);
    if (ImGui::InputText("##path", &form.path)) {
        form.pathEdited = true;
        form.overwrite = false;
    }
    ctx.itemRects.record("files.new.path");
    ImGui::SameLine();
    if (ImGui::Button(chooseLabel)) {
        const fs::path current = app::pathFromUtf8(form.path);
        ImGui::CloseCurrentPopup(); // the form comes back when the browser is done
        FileBrowserRequest request =
            browserRequest(FileBrowserMode::Save, "browser.titleNew",
                           {FileFilter{"browser.filterEvents", {kEventExtension}}});
        request.confirmKey = "browser.choose";
        request.folder = current.parent_path();
        request.fileName = current.filename().string();
        openBrowser(ctx, BrowserPurpose::NewEventFile, std::move(request));
    }
    ctx.itemRects.record("files.new.choose");

    const fs::path path = resolveTypedPath(app::homeFolder(), form.path);
    const bool exists = app::pathKind(path) != app::PathKind::Missing;
    if (exists) {
        ImGui::PushStyleColor(ImGuiCol_Text, kErrorColour);
        wrappedText(format(ctx.tr("files.newExists"), {{"file", path.filename().string()}}));
        ImGui::PopStyleColor();
        checkbox(ctx.tr("files.newOverwrite"), &form.overwrite);
        ctx.itemRects.record("files.new.overwrite");
    }
    if (!form.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, kErrorColour);
        wrappedText(form.error);
        ImGui::PopStyleColor();
    }
    ImGui::Spacing();
    ImGui::BeginDisabled(exists && !form.overwrite);
    create = primaryButton(ctx.tr("files.create")) || create;
    ImGui::EndDisabled();
    ctx.itemRects.record("files.new.create");
    ImGui::SameLine();
    const bool cancel =
        ImGui::Button(ctx.tr("button.cancel")) || ext::escapeClosesDialog(false, true);
    ctx.itemRects.record("files.new.cancel");

    if (create && !(exists && !form.overwrite) && ctx.workspace != nullptr) {
        form.error = lang::render(
            ctx.language, ctx.workspace->create(path, form.title, exists && form.overwrite));
        if (form.error.empty()) {
            eventSwitched(ctx);
            ImGui::CloseCurrentPopup();
        }
    } else if (cancel) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

} // namespace

fs::path defaultFolder(const AppContext& ctx) {
    const FileActionsState& files = ctx.mainWindow.files;
    const fs::path event = ctx.session != nullptr ? ctx.session->path() : fs::path();
    const fs::path& fallback =
        files.sessionsFolder.empty() ? files.documentsFolder : files.sessionsFolder;
    return app::defaultFolder(event, app::pathFromUtf8(ctx.settings.lastFolder), fallback);
}

std::string fileNameFromTitle(const std::string& title) {
    return model::fileNameFromTitle(title, kMaxFileNameBytes, "arrangement");
}

void startNewEvent(AppContext& ctx) {
    if (ctx.workspace != nullptr && guard(ctx, GuardedAction::New)) {
        run(ctx, GuardedAction::New, {});
    }
}

void startOpen(AppContext& ctx) {
    if (ctx.workspace != nullptr && guard(ctx, GuardedAction::Open)) {
        run(ctx, GuardedAction::Open, {});
    }
}

void openPath(AppContext& ctx, const fs::path& path) {
    if (ctx.workspace != nullptr && !ctx.workspace->isOpen(path) &&
        guard(ctx, GuardedAction::OpenPath, path)) {
        run(ctx, GuardedAction::OpenPath, path);
    }
}

void startSaveCopy(AppContext& ctx) {
    if (ctx.workspace == nullptr || ctx.session == nullptr) {
        return;
    }
    const fs::path current = ctx.session->path();
    std::string suggested =
        current.empty() ? fileNameFromTitle(ctx.session->event().title) : current.stem().string();
    suggested += " (kopi)";
    suggested += kEventExtension;
    FileBrowserRequest request =
        browserRequest(FileBrowserMode::Save, "browser.titleSaveCopy",
                       {FileFilter{"browser.filterEvents", {kEventExtension}}});
    request.folder = current.empty() ? fs::path() : current.parent_path();
    request.fileName = suggested;
    openBrowser(ctx, BrowserPurpose::SaveCopy, std::move(request));
}

void closeEvent(AppContext& ctx) {
    if (ctx.workspace != nullptr && ctx.session != nullptr && guard(ctx, GuardedAction::Close)) {
        run(ctx, GuardedAction::Close, {});
    }
}

void requestQuit(AppContext& ctx) {
    if (guard(ctx, GuardedAction::Quit)) {
        run(ctx, GuardedAction::Quit, {});
    }
}

void rememberLastFolder(AppContext& ctx, const fs::path& folder) {
    if (ctx.settings.lastFolder != folder.string()) {
        ctx.settings.lastFolder = folder.string();
        ctx.settingsChanged();
    }
}

void showError(AppContext& ctx, const char* titleKey, std::string message) {
    FileActionsState& files = ctx.mainWindow.files;
    files.errorTitleKey = titleKey;
    files.errorMessage = std::move(message);
    files.errorRequested = true;
}

void drawFileDialogs(AppContext& ctx) {
    FileActionsState& files = ctx.mainWindow.files;
    drawUnsavedPopup(ctx);
    drawNewEventPopup(ctx);
    if (drawFileBrowser(ctx, files.browser)) {
        browserChose(ctx);
    } else if (files.purpose == BrowserPurpose::NewEventFile && !files.browser.openRequested &&
               !ImGui::IsPopupOpen(kFileBrowserPopup)) {
        // Cancelled choosing a file for the new event: back to its form.
        files.purpose = BrowserPurpose::None;
        files.newEvent.requested = true;
    } else if (files.purpose != BrowserPurpose::None && !files.browser.openRequested &&
               !ImGui::IsPopupOpen(kFileBrowserPopup)) {
        files.purpose = BrowserPurpose::None; // cancelled
        files.continueAfterCopy = false;
        files.pending = GuardedAction::None;
    }
    drawErrorPopup(ctx);
}

} // namespace innspill::ui
