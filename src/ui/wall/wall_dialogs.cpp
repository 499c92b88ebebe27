// Remove, renumber and retitle dialogs of the wall.
#include "ui/wall/wall_dialogs.hpp"

#include "app/edits_wall.hpp"
#include "model/text.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/wall/wall_text.hpp"
#include "ui/widgets/buttons.hpp"
#include "ui/widgets/imgui_ext.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui_stdlib.h>

#include <string>

namespace innspill::ui {

namespace {

// Dialogs size themselves to their content; this gives wrapped text its width.
constexpr float kDialogWidthEm = 30.0f;

void dialogWidth() {
    ImGui::Dummy(ImVec2(ImGui::GetFontSize() * kDialogWidthEm, 0.0f));
}

constexpr ImGuiWindowFlags kDialogFlags =
    ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings;

bool enterPressed() {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
           ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false);
}

void openIfRequested(bool& request, const char* id) {
    if (request) {
        ImGui::OpenPopup(id);
        ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing,
                                ImVec2(0.5f, 0.5f));
        request = false;
    }
}

std::string popupTitle(AppContext& ctx, const char* key, const char* id) {
    return std::string(ctx.tr(key)) + id;
}

// Cuts a paste at the title limit; puts the cursor after the title once the
// field takes the keyboard, ready to add to it.
int retitleCallback(ImGuiInputTextCallbackData* data) {
    auto* state = static_cast<WallDialogsState*>(data->UserData);
    cutToLimit(data, model::kMaxTitleChars);
    if (data->EventFlag == ImGuiInputTextFlags_CallbackAlways && state->retitleCursorToEnd) {
        data->CursorPos = data->BufTextLen;
        data->SelectionStart = data->SelectionEnd = data->CursorPos;
        state->retitleCursorToEnd = false;
    }
    return 0;
}

void drawRemove(AppContext& ctx, WallDialogsState& state) {
    openIfRequested(state.requestRemove, kRemoveTopicPopup);
    const std::string title = popupTitle(ctx, "wall.remove.heading", kRemoveTopicPopup);
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, kDialogFlags)) {
        return;
    }
    const model::Group* group = model::findGroup(*ctx.event(), state.removeGroup);
    if (group == nullptr) { // removed meanwhile (undo, another panel)
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    dialogWidth();
    wrappedText(format(ctx.tr("wall.remove.question"),
                       {{"number", group->number}, {"title", shortened(group->title, 120)}}));
    disabledWrappedText(ctx.tr("wall.remove.undoHint"));
    ImGui::Spacing();
    const bool confirm = dangerButton(ctx.tr("wall.remove.confirm")) || enterPressed();
    ctx.itemRects.record("wall.remove.confirm");
    ImGui::SameLine();
    const bool cancel =
        ImGui::Button(ctx.tr("wall.cancel")) || ext::escapeClosesDialog(false, true);
    if (confirm) {
        if (auto change = app::removeTopic(*ctx.event(), group->id)) {
            if (ctx.selection.group == group->id) {
                ctx.selection.group = model::Id();
            }
            ctx.session->apply(std::move(*change));
        }
        ImGui::CloseCurrentPopup();
    } else if (cancel) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void drawRenumber(AppContext& ctx, WallDialogsState& state) {
    openIfRequested(state.requestRenumber, kRenumberPopup);
    const std::string title = popupTitle(ctx, "wall.renumber.heading", kRenumberPopup);
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, kDialogFlags)) {
        return;
    }
    const model::Event& event = *ctx.event();
    const auto change = app::renumberRound(event, state.renumberRound);
    dialogWidth();
    const std::string heading = model::roundHeading(event, state.renumberRound);
    if (!change) {
        wrappedText(format(ctx.tr("wall.renumber.nothing"), {{"round", heading}}));
        ImGui::Spacing();
        if (ImGui::Button(ctx.tr("wall.close")) || ext::escapeClosesDialog(false, true) ||
            enterPressed()) {
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
        return;
    }
    wrappedText(format(ctx.tr("wall.renumber.question"), {{"round", heading}}));
    disabledWrappedText(ctx.tr("wall.renumber.warning"));
    ImGui::Spacing();
    // Which printed numbers change, so the organiser can fix the wall's notes.
    const float listHeight = std::min(12.0f, static_cast<float>(change->groups().size())) *
                             ImGui::GetTextLineHeightWithSpacing();
    if (ImGui::BeginChild("##changes",
                          ImVec2(ImGui::GetFontSize() * kDialogWidthEm, listHeight + 4.0f))) {
        for (const auto& delta : change->groups()) {
            text(delta.before->number + "  →  " + delta.after->number + "   " +
                 shortened(delta.after->title, 60));
        }
    }
    ImGui::EndChild();
    ImGui::Spacing();
    const bool confirm = primaryButton(ctx.tr("wall.renumber.confirm"));
    ctx.itemRects.record("wall.renumber.confirm");
    ImGui::SameLine();
    const bool cancel =
        ImGui::Button(ctx.tr("wall.cancel")) || ext::escapeClosesDialog(false, true);
    if (confirm) {
        ctx.session->apply(*change);
        ImGui::CloseCurrentPopup();
    } else if (cancel) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void drawRetitle(AppContext& ctx, WallDialogsState& state) {
    openIfRequested(state.requestRetitle, kRetitlePopup);
    const std::string title = popupTitle(ctx, "wall.retitle.heading", kRetitlePopup);
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, kDialogFlags)) {
        return;
    }
    const model::Group* group = model::findGroup(*ctx.event(), state.retitleGroup);
    if (group == nullptr) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    text(format(ctx.tr("wall.retitle.number"), {{"number", group->number}}));
    if (model::countChars(group->title) > model::kMaxTitleChars) {
        // An imported title can be a whole paragraph; a one-line field cannot
        // show it safely, and cutting it here would lose text on save.
        dialogWidth();
        disabledWrappedText(ctx.tr("wall.retitle.tooLong"));
        if (ImGui::Button(ctx.tr("wall.close")) || ext::escapeClosesDialog(false, true)) {
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
        return;
    }
    if (state.focusRetitle) {
        ImGui::SetKeyboardFocusHere();
        state.focusRetitle = false;
        state.retitleCursorToEnd = true;
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 30.0f);
    bool save =
        ImGui::InputText("##title", &state.retitleText,
                         ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackEdit |
                             ImGuiInputTextFlags_CallbackAlways,
                         retitleCallback, &state);
    ctx.itemRects.record("wall.retitle.text");
    ImGui::Spacing();
    save = primaryButton(ctx.tr("wall.retitle.save")) || save;
    ImGui::SameLine();
    const bool cancel =
        ImGui::Button(ctx.tr("wall.cancel")) || ext::escapeClosesDialog(false, true);
    if (save) {
        // A blank title is not saved (the topic keeps its old one).
        if (auto change = app::setTopicTitle(*ctx.event(), group->id, state.retitleText)) {
            ctx.session->apply(std::move(*change));
        }
        ImGui::CloseCurrentPopup();
    } else if (cancel) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

} // namespace

void askRemoveTopic(AppContext& ctx, const model::Id& groupId) {
    ctx.wall.dialogs.removeGroup = groupId;
    ctx.wall.dialogs.requestRemove = true;
}

void askRenumberRound(AppContext& ctx, const model::Id& roundId) {
    ctx.wall.dialogs.renumberRound = roundId;
    ctx.wall.dialogs.requestRenumber = true;
}

void startRetitle(AppContext& ctx, const model::Id& groupId) {
    const model::Group* group = ctx.event() ? model::findGroup(*ctx.event(), groupId) : nullptr;
    if (group == nullptr) {
        return;
    }
    ctx.wall.dialogs.retitleGroup = groupId;
    ctx.wall.dialogs.retitleText = group->title;
    ctx.wall.dialogs.requestRetitle = true;
    ctx.wall.dialogs.focusRetitle = true;
}

void drawWallDialogs(AppContext& ctx) {
    if (ctx.event() == nullptr) {
        ctx.wall.dialogs = WallDialogsState{};
        return;
    }
    // Text fields on a white dialog need their outline to be seen.
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    drawRemove(ctx, ctx.wall.dialogs);
    drawRenumber(ctx, ctx.wall.dialogs);
    drawRetitle(ctx, ctx.wall.dialogs);
    ImGui::PopStyleVar();
    drawDropMenu(ctx);
}

} // namespace innspill::ui
