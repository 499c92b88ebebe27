// The main menu bar and its items.
#include "ui/shell/menu_bar.hpp"
#include "app/text_path.hpp"

#include "ui/export/export_dialog.hpp"
#include "ui/export/import_notes_dialog.hpp"
#include "ui/kits/hand_in_sync.hpp"
#include "ui/kits/kits_dialog.hpp"
#include "ui/kits/merge_dialog.hpp"
#include "ui/shell/about_dialog.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/shell/file_actions.hpp"
#include "ui/shell/file_safety.hpp"
#include "ui/shell/language.hpp"
#include "ui/shell/main_window.hpp"
#include "ui/shell/search_panel.hpp"
#include "ui/shell/shortcuts.hpp"
#include "ui/shell/undo_notice.hpp"

#include <imgui.h>

#include <cmath>
#include <string>

namespace innspill::ui {

namespace {

bool beginMenu(AppContext& ctx, const char* labelKey, const char* recordKey) {
    const bool open = ImGui::BeginMenu(ctx.tr(labelKey));
    ctx.itemRects.record(recordKey);
    return open;
}

bool menuItem(AppContext& ctx, const char* label, const char* shortcut, const char* recordKey,
              bool enabled = true, bool selected = false) {
    const bool clicked = ImGui::MenuItem(label, shortcut, selected, enabled);
    ctx.itemRects.record(recordKey);
    return clicked;
}

void drawRecentMenu(AppContext& ctx) {
    const bool canOpen = ctx.workspace != nullptr;
    auto& recent = ctx.settings.recentFiles;
    if (!beginMenu(ctx, "menu.file.recent", "menu.file.recent")) {
        return;
    }
    if (recent.empty()) {
        ImGui::MenuItem(ctx.tr("menu.file.recentEmpty"), nullptr, false, false);
    }
    std::string missingLabel;
    bool anyMissing = false;
    std::string chosen;
    for (size_t i = 0; i < recent.size(); ++i) {
        const std::string& file = recent[i];
        ImGui::PushID(static_cast<int>(i));
        // Only while this menu is open: ten stat() calls, not a frame cost.
        const bool present = app::pathKind(app::pathFromUtf8(file)) == app::PathKind::File;
        anyMissing = anyMissing || !present;
        if (present) {
            if (ImGui::MenuItem(file.c_str(), nullptr, false, canOpen)) {
                chosen = file;
            }
        } else {
            missingLabel = format(ctx.tr("menu.file.recentMissing"), {{"file", file}});
            ImGui::MenuItem(missingLabel.c_str(), nullptr, false, false);
        }
        ctx.itemRects.record("menu.file.recent/", file);
        ImGui::PopID();
    }
    if (!recent.empty()) {
        ImGui::Separator();
        if (anyMissing && menuItem(ctx, ctx.tr("menu.file.recentForgetMissing"), nullptr,
                                   "menu.file.recentForgetMissing")) {
            std::erase_if(recent, [](const std::string& file) {
                return app::pathKind(app::pathFromUtf8(file)) != app::PathKind::File;
            });
            ctx.settingsChanged();
        }
        if (menuItem(ctx, ctx.tr("menu.file.recentClear"), nullptr, "menu.file.recentClear")) {
            recent.clear();
            ctx.settingsChanged();
        }
    }
    ImGui::EndMenu();
    if (!chosen.empty()) {
        openPath(ctx, app::pathFromUtf8(chosen));
    }
}

void drawFileMenu(AppContext& ctx) {
    if (!beginMenu(ctx, "menu.file", "menu.file")) {
        return;
    }
    const bool canSwitch = ctx.workspace != nullptr;
    const bool hasEvent = ctx.session != nullptr;
    if (menuItem(ctx, ctx.tr("menu.file.new"), kShortcutNew, "menu.file.new", canSwitch)) {
        startNewEvent(ctx);
    }
    if (menuItem(ctx, ctx.tr("menu.file.open"), kShortcutOpen, "menu.file.open", canSwitch)) {
        startOpen(ctx);
    }
    drawRecentMenu(ctx);
    ImGui::Separator();
    if (menuItem(ctx, ctx.tr("menu.file.importNotes"), nullptr, "menu.file.importNotes",
                 hasEvent)) {
        openImportNotesDialog(ctx);
    }
    if (menuItem(ctx, ctx.tr("menu.file.importPhotos"), nullptr, "menu.file.importPhotos",
                 hasEvent)) {
        openPhotoFolderDialog(ctx);
    }
    if (menuItem(ctx, ctx.tr("menu.file.exportReport"), kShortcutExport, "menu.file.export",
                 hasEvent)) {
        openExportDialog(ctx);
    }
    ImGui::Separator();
    if (menuItem(ctx, ctx.tr("menu.file.makeKits"), nullptr, "menu.file.makeKits", hasEvent)) {
        openMakeKitsDialog(ctx);
    }
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s", ctx.tr("menu.file.makeKitsTip"));
    }
    // A badge: kits from the watched folder wait here for a person's choices.
    const size_t queued = queuedKits(ctx);
    const std::string mergeLabel =
        queued == 0 ? std::string(ctx.tr("menu.file.mergeKits"))
                    : format(ctx.tr("menu.file.mergeKitsQueued"), {{"n", std::to_string(queued)}});
    if (menuItem(ctx, mergeLabel.c_str(), nullptr, "menu.file.mergeKits", hasEvent)) {
        openMergeKitsDialog(ctx);
    }
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s", ctx.tr("menu.file.mergeKitsTip"));
    }
    if (menuItem(ctx, ctx.tr("menu.file.watchFolder"), nullptr, "menu.file.watchFolder", hasEvent,
                 ctx.handInWatch.watch != nullptr)) {
        openHandInWatch(ctx);
    }
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s", ctx.tr("menu.file.watchFolderTip"));
    }
    if (menuItem(ctx, ctx.tr("menu.file.outbox"), nullptr, "menu.file.outbox", hasEvent)) {
        openOutboxChoice(ctx);
    }
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s", ctx.tr("menu.file.outboxTip"));
    }
    if (menuItem(ctx, ctx.tr("menu.file.handIns"), nullptr, "menu.file.handIns", hasEvent)) {
        openHandInHistory(ctx);
    }
    ImGui::Separator();
    if (menuItem(ctx, ctx.tr("menu.file.saveCopy"), kShortcutSaveCopy, "menu.file.saveCopy",
                 canSwitch && hasEvent)) {
        startSaveCopy(ctx);
    }
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s", ctx.tr("menu.file.saveCopyTip"));
    }
    if (menuItem(ctx, ctx.tr("menu.file.restoreBackup"), nullptr, "menu.file.restoreBackup",
                 canSwitch && hasEvent)) {
        openRestoreDialog(ctx);
    }
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s", ctx.tr("menu.file.restoreBackupTip"));
    }
    ImGui::Separator();
    if (menuItem(ctx, ctx.tr("menu.file.close"), kShortcutClose, "menu.file.close",
                 canSwitch && hasEvent)) {
        closeEvent(ctx);
    }
    ImGui::Separator();
    if (menuItem(ctx, ctx.tr("menu.file.quit"), kShortcutQuit, "menu.file.quit")) {
        requestQuit(ctx);
    }
    ImGui::EndMenu();
}

void drawEditMenu(AppContext& ctx) {
    if (!beginMenu(ctx, "menu.edit", "menu.edit")) {
        return;
    }
    app::EventSession* session = ctx.session;
    const bool canUndo = session != nullptr && session->canUndo();
    const bool canRedo = session != nullptr && session->canRedo();
    const std::string undoLabel =
        canUndo && !session->undoLabel(ctx.language).empty()
            ? format(ctx.tr("menu.edit.undoWhat"), {{"change", session->undoLabel(ctx.language)}})
            : std::string(ctx.tr("menu.edit.undo"));
    const std::string redoLabel =
        canRedo && !session->redoLabel(ctx.language).empty()
            ? format(ctx.tr("menu.edit.redoWhat"), {{"change", session->redoLabel(ctx.language)}})
            : std::string(ctx.tr("menu.edit.redo"));
    // "###" keeps each item's identity while its label follows the change.
    if (menuItem(ctx, (undoLabel + "###undo").c_str(), kShortcutUndo, "menu.edit.undo", canUndo)) {
        undoWithNotice(ctx);
    }
    if (menuItem(ctx, (redoLabel + "###redo").c_str(), kShortcutRedo, "menu.edit.redo", canRedo)) {
        redoWithNotice(ctx);
    }
    ImGui::Separator();
    if (menuItem(ctx, ctx.tr("menu.edit.search"), kShortcutSearch, "menu.edit.search",
                 session != nullptr)) {
        openSearch(ctx);
    }
    ImGui::EndMenu();
}

void drawViewMenu(AppContext& ctx) {
    if (!beginMenu(ctx, "menu.view", "menu.view")) {
        return;
    }
    if (ctx.session != nullptr) {
        for (const ShellTab& tab : shellTabs()) {
            ImGui::PushID(tab.id);
            if (ImGui::MenuItem(ctx.tr(tab.labelKey), nullptr, ctx.settings.tab == tab.id)) {
                showTab(ctx, tab.id);
            }
            ctx.itemRects.record("menu.view.tab/", tab.id);
            ImGui::PopID();
        }
        ImGui::Separator();
        if (menuItem(ctx, ctx.tr("menu.view.projector"), kShortcutProjector,
                     "menu.view.projector")) {
            ctx.wantProjector = true;
        }
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("%s", ctx.tr("menu.view.projectorTip"));
        }
        ImGui::Separator();
    }
    if (menuItem(ctx, ctx.tr("menu.view.zoomIn"), kShortcutZoomIn, "menu.view.zoomIn")) {
        zoom(ctx, +1);
    }
    if (menuItem(ctx, ctx.tr("menu.view.zoomOut"), kShortcutZoomOut, "menu.view.zoomOut")) {
        zoom(ctx, -1);
    }
    const std::string percent =
        std::to_string(static_cast<int>(std::lround(ctx.settings.zoom * 100.0f))) + " %";
    const std::string reset = format(ctx.tr("menu.view.zoomReset"), {{"percent", percent}});
    if (menuItem(ctx, (reset + "###zoomReset").c_str(), kShortcutZoomReset,
                 "menu.view.zoomReset")) {
        zoom(ctx, 0);
    }
    ImGui::EndMenu();
}

void drawSettingsMenu(AppContext& ctx) {
    if (!beginMenu(ctx, "menu.settings", "menu.settings")) {
        return;
    }
    if (beginMenu(ctx, "menu.settings.language", "menu.settings.language")) {
        // Each language is named in itself, so a person who cannot read the
        // current one still finds theirs.
        if (menuItem(ctx, "Norsk (bokmål)", nullptr, "menu.settings.language/nb", true,
                     ctx.language == Language::Nb)) {
            setLanguage(ctx, Language::Nb);
        }
        if (menuItem(ctx, "Norsk (nynorsk)", nullptr, "menu.settings.language/nn", true,
                     ctx.language == Language::Nn)) {
            setLanguage(ctx, Language::Nn);
        }
        if (menuItem(ctx, "English", nullptr, "menu.settings.language/en", true,
                     ctx.language == Language::En)) {
            setLanguage(ctx, Language::En);
        }
        ImGui::EndMenu();
    }
    ImGui::EndMenu();
}

void drawHelpMenu(AppContext& ctx) {
    if (!beginMenu(ctx, "menu.help", "menu.help")) {
        return;
    }
    if (menuItem(ctx, ctx.tr("menu.help.about"), nullptr, "menu.help.about")) {
        openAboutDialog(ctx);
    }
    ImGui::EndMenu();
}

} // namespace

void setLanguage(AppContext& ctx, Language language) {
    ctx.language = language;
    const std::string code(languageCode(language));
    if (ctx.settings.language != code) {
        ctx.settings.language = code;
        ctx.settingsChanged();
    }
}

void drawMenuBar(AppContext& ctx) {
    if (!ImGui::BeginMainMenuBar()) {
        return;
    }
    drawFileMenu(ctx);
    drawEditMenu(ctx);
    drawViewMenu(ctx);
    drawSettingsMenu(ctx);
    drawHelpMenu(ctx);
    ImGui::EndMainMenuBar();
}

} // namespace innspill::ui
