// The drop menu: renumber (the default) or keep the number.
#include "ui/wall/drop_menu.hpp"

#include "app/edits_wall.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/widgets/imgui_ext.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>

namespace innspill::ui {

namespace {

void move(AppContext& ctx, const DropMenuState& drop, app::MoveNumbering numbering) {
    if (const model::Event* event = ctx.event()) {
        if (auto change = app::moveTopic(*event, drop.group, drop.round, drop.room, numbering)) {
            ctx.session->apply(std::move(*change));
        }
    }
    ctx.selection.group = drop.group;
}

} // namespace

void dropTopic(AppContext& ctx, const model::Id& groupId, const model::Id& roundId,
               const std::optional<model::Id>& roomId) {
    const model::Event* event = ctx.event();
    const model::Group* group = event ? model::findGroup(*event, groupId) : nullptr;
    if (group == nullptr) {
        return;
    }
    DropMenuState& drop = ctx.wall.dialogs.drop;
    drop = DropMenuState{groupId, roundId, roomId, false};
    if (app::numberAfterMove(*event, groupId, roundId) == group->number) {
        move(ctx, drop, app::MoveNumbering::Renumber); // same round: nothing to ask
        return;
    }
    drop.request = true;
}

void drawDropMenu(AppContext& ctx) {
    DropMenuState& drop = ctx.wall.dialogs.drop;
    if (drop.request) {
        ImGui::OpenPopup(kDropMenuPopup);
        drop.request = false;
    }
    if (!ImGui::BeginPopup(kDropMenuPopup)) {
        return;
    }
    const model::Event* event = ctx.event();
    const model::Group* group = event ? model::findGroup(*event, drop.group) : nullptr;
    if (group == nullptr) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    const std::string newNumber = app::numberAfterMove(*event, drop.group, drop.round);
    if (ImGui::MenuItem(format(ctx.tr("wall.drop.renumber"), {{"number", newNumber}}).c_str())) {
        move(ctx, drop, app::MoveNumbering::Renumber);
    }
    ctx.itemRects.record("wall.drop.renumber");
    if (ImGui::MenuItem(format(ctx.tr("wall.drop.keep"), {{"number", group->number}}).c_str())) {
        move(ctx, drop, app::MoveNumbering::Keep);
    }
    ctx.itemRects.record("wall.drop.keep");
    ImGui::Separator();
    if (ImGui::MenuItem(ctx.tr("wall.cancel")) || ext::escapeClosesDialog()) {
        ImGui::CloseCurrentPopup();
    }
    ctx.itemRects.record("wall.drop.cancel");
    ImGui::EndPopup();
}

} // namespace innspill::ui
