// Global keyboard shortcuts of the shell.
#include "ui/shell/shortcuts.hpp"

#include "ui/export/export_dialog.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/shell/file_actions.hpp"
#include "ui/shell/undo_notice.hpp"
#include "ui/widgets/imgui_ext.hpp"

#include <imgui.h>

// Only the key constants (ImGui 1.86 has no ImGuiKey_ for most letters; the
// GLFW backend indexes io.KeysDown by GLFW key code). ui never calls GLFW.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>

namespace innspill::ui {

namespace {

bool pressed(int key) {
    return ImGui::IsKeyPressed(key, false);
}

bool anyPressed(const std::vector<int>& keys) {
    return std::any_of(keys.begin(), keys.end(), [](int key) { return pressed(key); });
}

} // namespace

ShortcutKeys::ShortcutKeys()
    : zoomIn{GLFW_KEY_EQUAL, GLFW_KEY_KP_ADD}, zoomOut{GLFW_KEY_MINUS, GLFW_KEY_KP_SUBTRACT},
      zoomReset{GLFW_KEY_0, GLFW_KEY_KP_0} {}

void zoom(AppContext& ctx, int direction) {
    const float zoomed = app::zoomStep(ctx.settings.zoom, direction);
    if (zoomed != ctx.settings.zoom) {
        ctx.settings.zoom = zoomed;
        ctx.settingsChanged();
    }
}

void handleShortcuts(AppContext& ctx) {
    const ImGuiIO& io = ImGui::GetIO();
    if (pressed(GLFW_KEY_F5) && !io.KeyCtrl && !io.KeyAlt && ctx.session != nullptr &&
        !ext::modalOpen()) {
        ctx.wantProjector = !ctx.wantProjector; // the projector view also leaves on Escape
        return;
    }
    // Ctrl+Alt is AltGr on many European layouts ({ [ ] } @ on Norwegian):
    // typing, not a shortcut.
    if (!io.KeyCtrl || io.KeyAlt || io.KeySuper) {
        return;
    }
    if (ext::modalOpen()) {
        return; // the dialog has the keyboard
    }
    if (io.KeyShift) {
        if (pressed(GLFW_KEY_S)) {
            startSaveCopy(ctx);
        } else if (pressed(GLFW_KEY_Z) && !io.WantTextInput) {
            redoWithNotice(ctx);
        }
    } else if (pressed(GLFW_KEY_N)) {
        startNewEvent(ctx);
    } else if (pressed(GLFW_KEY_O)) {
        startOpen(ctx);
    } else if (pressed(GLFW_KEY_E)) {
        if (ctx.session != nullptr) {
            openExportDialog(ctx);
        }
    } else if (pressed(GLFW_KEY_W)) {
        closeEvent(ctx);
    } else if (pressed(GLFW_KEY_Q)) {
        requestQuit(ctx);
    } else if (pressed(GLFW_KEY_Z) && !io.WantTextInput) {
        undoWithNotice(ctx);
    } else if (pressed(GLFW_KEY_Y) && !io.WantTextInput) {
        redoWithNotice(ctx);
    }
    // Zoom also with Shift held: "+" is Shift+"=" on a US keyboard.
    if (anyPressed(ctx.keys.zoomIn)) {
        zoom(ctx, +1);
    } else if (anyPressed(ctx.keys.zoomOut)) {
        zoom(ctx, -1);
    } else if (anyPressed(ctx.keys.zoomReset)) {
        zoom(ctx, 0);
    }
}

} // namespace innspill::ui
