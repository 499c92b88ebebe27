// Saved indicator, failed-write retries and the file name at the bottom.
#include "ui/shell/status_bar.hpp"

#include "app/clock_time.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/shell/file_actions.hpp"
#include "ui/widgets/icons.hpp"
#include "ui/widgets/imgui_ext.hpp"
#include "ui/widgets/tokens.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>

#include <chrono>
#include <ctime>
#include <string>

namespace innspill::ui {

namespace {

const ImVec4 kWarningColour = tokens(Appearance::Light).danger;

void retryWhenDue(AppContext& ctx, StatusBarState& state) {
    app::EventSession* session = ctx.session;
    if (session == nullptr || session->saveState() != app::SaveState::Failing) {
        state.nextRetry = -1.0;
        return;
    }
    const double now = ImGui::GetTime();
    if (state.nextRetry < 0.0) {
        state.nextRetry = now + kRetryInterval;
    } else if (now >= state.nextRetry) {
        session->retry();
        state.nextRetry =
            session->saveState() == app::SaveState::Failing ? now + kRetryInterval : -1.0;
    }
    if (state.nextRetry >= 0.0) {
        ctx.wakeIn(state.nextRetry - now);
    }
}

void drawFailing(AppContext& ctx, StatusBarState& state) {
    app::EventSession& session = *ctx.session;
    ImGui::PushStyleColor(ImGuiCol_Text, kWarningColour);
    text(std::string(icon::kWarning) + " " + ctx.tr("statusBar.notSaved"));
    ImGui::PopStyleColor();
    ctx.itemRects.record("statusBar.notSaved");
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s", format(ctx.tr("statusBar.pendingTip"),
                                       {{"count", std::to_string(session.pendingWrites())}})
                                    .c_str());
    }
    ImGui::SameLine();
    if (ImGui::SmallButton(ctx.tr("statusBar.retryNow"))) {
        session.retry();
        state.nextRetry = -1.0;
    }
    ctx.itemRects.record("statusBar.retryNow");
    ImGui::SameLine();
    if (ImGui::SmallButton(ctx.tr("statusBar.saveCopy"))) {
        startSaveCopy(ctx);
    }
    ctx.itemRects.record("statusBar.saveCopy");
    ImGui::SameLine();
    // The reason names the file and what went wrong; it can be long.
    const std::string reason = session.lastError(ctx.language);
    disabledText(reason);
    if (ImGui::IsItemHovered() && !reason.empty()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 35.0f);
        wrappedText(reason);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

// The kit's outbox: when the last hand-in copy was written, or why not.
void drawOutbox(AppContext& ctx) {
    const std::string refused = ctx.outboxChoice.error;
    const app::OutboxKeeper* outbox = ctx.workspace ? &ctx.workspace->outbox() : nullptr;
    const lang::Message failure = outbox ? outbox->lastError() : lang::Message{};
    std::string problem = refused.empty() ? lang::render(ctx.language, failure) : refused;
    if (!problem.empty()) {
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, kWarningColour);
        text(ctx.tr("statusBar.outboxFailed"));
        ImGui::PopStyleColor();
        ctx.itemRects.record("statusBar.outboxFailed");
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 35.0f);
            wrappedText(problem);
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
        return;
    }
    if (outbox == nullptr || outbox->folder().empty()) {
        return;
    }
    ImGui::SameLine();
    const auto last = outbox->lastCopy();
    disabledText(last ? format(ctx.tr("statusBar.outboxCopied"), {{"time", app::clockTime(*last)}})
                      : std::string(ctx.tr("statusBar.outboxSet")));
    ctx.itemRects.record("statusBar.outbox");
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s", outbox->folder().string().c_str());
    }
}

// What undo or redo just did, for a few seconds.
void drawNotice(AppContext& ctx, StatusBarState& state) {
    if (state.notice.empty()) {
        return;
    }
    if (ImGui::GetTime() >= state.noticeUntil) {
        state.notice.clear();
        return;
    }
    ImGui::SameLine(0.0f, ImGui::GetStyle().ItemSpacing.x * 3.0f);
    text(state.notice);
    ctx.itemRects.record("statusBar.notice");
}

} // namespace

void drawStatusBar(AppContext& ctx) {
    StatusBarState& state = ctx.mainWindow.status;
    retryWhenDue(ctx, state);

    ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float height = ImGui::GetFrameHeight();
    constexpr ImGuiWindowFlags kFlags =
        ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_MenuBar;
    // The bar is a menu-bar strip of its own, as BeginMainMenuBar is at the top.
    const bool visible =
        ext::beginViewportSideBar("##statusBar", viewport, ImGuiDir_Down, height, kFlags);
    if (visible && ImGui::BeginMenuBar()) {
        if (ctx.session == nullptr) {
            disabledText(ctx.tr("statusBar.noEvent"));
        } else if (ctx.session->saveState() == app::SaveState::Failing) {
            drawFailing(ctx, state);
        } else {
            disabledText(std::string(icon::kSuccess) + " " + ctx.tr("statusBar.saved"));
            ctx.itemRects.record("statusBar.saved");
            if (ImGui::IsItemHovered()) {
                ImGui::SetTooltip("%s", ctx.tr("statusBar.savedTip"));
            }
            drawNotice(ctx, state);
            drawOutbox(ctx);
            const std::string path = ctx.session->path().string();
            if (!path.empty()) {
                const float width = ImGui::CalcTextSize(path.c_str()).x;
                // A menu bar's content runs to the window's edge: keep the
                // same margin on the right as the bar has on the left.
                const float right = ImGui::GetWindowContentRegionMax().x - width -
                                    ImGui::GetStyle().WindowPadding.x;
                if (right > ImGui::GetCursorPosX() + ImGui::GetStyle().ItemSpacing.x * 4.0f) {
                    ImGui::SameLine(right);
                    disabledText(path);
                }
            }
        }
        ImGui::EndMenuBar();
    }
    ImGui::End();
}

} // namespace innspill::ui
