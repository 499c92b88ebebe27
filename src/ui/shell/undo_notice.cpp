// Undo and redo with their confirmation in the status bar.
#include "ui/shell/undo_notice.hpp"

#include "ui/shell/app_context.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>

#include <string>

namespace innspill::ui {

namespace {

void notify(AppContext& ctx, const char* key, const std::string& label) {
    StatusBarState& status = ctx.mainWindow.status;
    status.notice =
        label.empty() ? std::string(ctx.tr(key)) : format(ctx.tr(key), {{"change", label}});
    status.noticeUntil = ImGui::GetTime() + kUndoNoticeSeconds;
    ctx.wakeIn(kUndoNoticeSeconds);
}

} // namespace

void undoWithNotice(AppContext& ctx) {
    if (ctx.session == nullptr || !ctx.session->canUndo()) {
        return;
    }
    const std::string label = ctx.session->undoLabel(ctx.language);
    // Undone in memory even when the write fails (it is retried; the bar says so).
    ctx.session->undo();
    notify(ctx, label.empty() ? "statusBar.undoneSomething" : "statusBar.undone", label);
}

void redoWithNotice(AppContext& ctx) {
    if (ctx.session == nullptr || !ctx.session->canRedo()) {
        return;
    }
    const std::string label = ctx.session->redoLabel(ctx.language);
    ctx.session->redo();
    notify(ctx, label.empty() ? "statusBar.redoneSomething" : "statusBar.redone", label);
}

} // namespace innspill::ui
