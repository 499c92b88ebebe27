// Restore from backup, the damaged-file offer and the location warning.
#include "ui/shell/file_safety.hpp"

#include "ui/shell/app_context.hpp"
#include "ui/shell/dialog.hpp"
#include "ui/shell/file_actions.hpp"
#include "ui/widgets/buttons.hpp"
#include "ui/widgets/imgui_ext.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>

#include <ctime>

namespace innspill::ui {

namespace {

const ImVec4 kWarningColour(0.70f, 0.20f, 0.05f, 1.0f);

std::string statsText(const AppContext& ctx, const app::BackupInfo& backup) {
    if (!backup.good) {
        return ctx.tr("backup.damaged");
    }
    return format(ctx.tr("backup.stats"), {{"groups", std::to_string(backup.stats.groups)},
                                           {"inputs", std::to_string(backup.stats.inputs)},
                                           {"people", std::to_string(backup.stats.people)}});
}

// After the workspace replaced the open event.
void reopened(AppContext& ctx) {
    ctx.session = ctx.workspace->session();
    ctx.resetEventState();
    ctx.mainWindow.status = {};
    if (ctx.session != nullptr) {
        app::rememberRecentFile(ctx.settings, ctx.session->path());
        ctx.settingsChanged();
    }
}

void drawRestorePopup(AppContext& ctx) {
    FileSafetyState& state = ctx.fileSafety;
    if (state.restoreRequested) {
        ImGui::OpenPopup(kRestorePopup);
        state.restoreRequested = false;
    }
    const std::string title = std::string(ctx.tr("backup.restoreTitle")) + kRestorePopup;
    if (!beginDialog(title.c_str(), 40.0f)) {
        return;
    }
    if (state.backups.empty()) {
        wrappedText(ctx.tr("backup.none"));
    } else {
        wrappedText(ctx.tr("backup.restoreText"));
        ImGui::Spacing();
        const float rows = static_cast<float>(std::min<size_t>(state.backups.size(), 12));
        if (ImGui::BeginTable("##backups", 2,
                              ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_BordersOuter,
                              ImVec2(0.0f, ImGui::GetFrameHeightWithSpacing() * (rows + 0.5f)))) {
            for (size_t i = 0; i < state.backups.size(); ++i) {
                const app::BackupInfo& backup = state.backups[i];
                ImGui::PushID(static_cast<int>(i));
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                const std::string when = app::backupTimeText(backup.time);
                if (ImGui::Selectable(when.c_str(), state.selected == static_cast<int>(i),
                                      ImGuiSelectableFlags_SpanAllColumns |
                                          (backup.good ? ImGuiSelectableFlags_None
                                                       : ImGuiSelectableFlags_Disabled))) {
                    state.selected = static_cast<int>(i);
                }
                ctx.itemRects.record("backup.row/", std::to_string(i));
                ImGui::TableNextColumn();
                disabledText(statsText(ctx, backup));
                ImGui::PopID();
            }
            ImGui::EndTable();
        }
    }
    if (ctx.session != nullptr && ctx.session->saveState() == app::SaveState::Failing) {
        ImGui::PushStyleColor(ImGuiCol_Text, kWarningColour);
        wrappedText(ctx.tr("backup.restoreUnsaved"));
        ImGui::PopStyleColor();
    }
    if (state.selected >= 0 && ctx.session != nullptr) {
        disabledWrappedText(format(ctx.tr("backup.restoreKeeps"),
                                   {{"file", ctx.session->path().filename().string()}}));
    }
    if (!state.restoreError.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, kWarningColour);
        wrappedText(state.restoreError);
        ImGui::PopStyleColor();
    }
    ImGui::Spacing();
    ImGui::BeginDisabled(state.selected < 0);
    const bool restore = primaryButton(ctx.tr("backup.restore"));
    ImGui::EndDisabled();
    ctx.itemRects.record("backup.restore");
    ImGui::SameLine();
    const bool cancel =
        ImGui::Button(ctx.tr("button.cancel")) || ext::escapeClosesDialog(false, true);
    ctx.itemRects.record("backup.cancel");

    if (restore && state.selected >= 0 && ctx.workspace != nullptr) {
        const auto& chosen = state.backups[static_cast<size_t>(state.selected)];
        state.restoreError =
            lang::render(ctx.language, ctx.workspace->restoreFromBackup(chosen.path));
        reopened(ctx);
        if (state.restoreError.empty()) {
            ImGui::CloseCurrentPopup();
        }
    } else if (cancel) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void drawDamagedPopup(AppContext& ctx) {
    FileSafetyState& state = ctx.fileSafety;
    if (state.damagedRequested) {
        ImGui::OpenPopup(kDamagedPopup);
        state.damagedRequested = false;
    }
    const std::string title = std::string(ctx.tr("backup.damagedTitle")) + kDamagedPopup;
    if (!beginDialog(title.c_str(), 36.0f)) {
        return;
    }
    if (ctx.workspace == nullptr || !ctx.workspace->damaged()) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    const app::DamagedFile& damaged = *ctx.workspace->damaged();
    wrappedText(lang::render(ctx.language, damaged.message));
    ImGui::Spacing();
    wrappedText(
        format(ctx.tr("backup.damagedOffer"), {{"time", app::backupTimeText(damaged.backup.time)},
                                               {"stats", statsText(ctx, damaged.backup)}}));
    disabledWrappedText(
        format(ctx.tr("backup.damagedKeeps"), {{"file", damaged.file.filename().string()}}));
    ImGui::Spacing();
    const bool restore = primaryButton(ctx.tr("backup.damagedRestore"));
    ctx.itemRects.record("backup.damagedRestore");
    ImGui::SameLine();
    const bool cancel =
        ImGui::Button(ctx.tr("button.cancel")) || ext::escapeClosesDialog(false, true);
    ctx.itemRects.record("backup.damagedCancel");
    if (restore || cancel) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();

    if (restore) {
        // Open already asked about unsaved changes of the event that is open.
        const std::string error = lang::render(ctx.language, ctx.workspace->recoverDamaged());
        reopened(ctx);
        if (!error.empty()) {
            showError(ctx, "files.openFailed", error);
        }
    } else if (cancel) {
        ctx.workspace->forgetDamaged();
    }
}

void drawLocationPopup(AppContext& ctx) {
    FileSafetyState& state = ctx.fileSafety;
    if (state.locationRequested) {
        ImGui::OpenPopup(kLocationPopup);
        state.locationRequested = false;
    }
    const std::string title = std::string(ctx.tr("location.title")) + kLocationPopup;
    if (!beginDialog(title.c_str(), 34.0f)) {
        return;
    }
    wrappedText(state.locationText);
    ImGui::Spacing();
    if (ImGui::Button(ctx.tr("button.ok")) || ext::escapeClosesDialog(false, true)) {
        ImGui::CloseCurrentPopup();
    }
    ctx.itemRects.record("location.ok");
    ImGui::EndPopup();
}

void checkLocation(AppContext& ctx) {
    if (ctx.session == nullptr || ctx.session->path().empty() || !ctx.checkStorage) {
        return;
    }
    FileSafetyState& state = ctx.fileSafety;
    const std::string path = ctx.session->path().string();
    if (!state.locationChecked.insert(path).second) {
        return;
    }
    const StorageWarning warning = ctx.checkStorage(ctx.session->path());
    if (warning.kind == StorageWarning::Kind::None) {
        return;
    }
    state.locationText =
        format(ctx.tr(warning.kind == StorageWarning::Kind::Network ? "location.network"
                                                                    : "location.cloud"),
               {{"file", ctx.session->path().filename().string()}, {"what", warning.what}});
    state.locationRequested = true;
}

} // namespace

void openRestoreDialog(AppContext& ctx) {
    if (ctx.workspace == nullptr || ctx.session == nullptr) {
        return;
    }
    FileSafetyState& state = ctx.fileSafety;
    state.backups = ctx.workspace->backupsOfOpenEvent();
    state.selected = -1;
    for (size_t i = 0; i < state.backups.size() && state.selected < 0; ++i) {
        if (state.backups[i].good) {
            state.selected = static_cast<int>(i);
        }
    }
    state.restoreError.clear();
    state.restoreRequested = true;
}

bool offerBackupForDamaged(AppContext& ctx) {
    if (ctx.workspace == nullptr || !ctx.workspace->damaged()) {
        return false;
    }
    ctx.fileSafety.damagedRequested = true;
    return true;
}

void keepFileSafe(AppContext& ctx) {
    if (ctx.workspace == nullptr) {
        return;
    }
    const double wait = ctx.workspace->keepBackups();
    if (wait >= 0.0) {
        ctx.wakeIn(wait);
    }
    const double outbox = ctx.workspace->keepOutbox();
    if (outbox >= 0.0) {
        ctx.wakeIn(outbox);
    }
    checkLocation(ctx);
}

void drawFileSafetyDialogs(AppContext& ctx) {
    drawRestorePopup(ctx);
    drawDamagedPopup(ctx);
    drawLocationPopup(ctx);
}

} // namespace innspill::ui
