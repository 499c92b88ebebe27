// The people panel: filter and counts, the add / import / merge / delete
// toolbar, the register table (people_table.cpp) and the dialogs.
#include "ui/people/people_panel.hpp"

#include "app/edits_people.hpp"
#include "model/name_match.hpp"
#include "ui/people/people_table.hpp"
#include "ui/setup/setup_fields.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/widgets/empty_state.hpp"
#include "ui/widgets/icons.hpp"
#include "ui/widgets/tool_button.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>

namespace innspill::ui {

namespace {

std::vector<model::Id> selectedInRegister(const AppContext& ctx, const model::Event& event) {
    std::vector<model::Id> ids;
    for (const auto& person : event.people) {
        if (ctx.people.selected.contains(person.id)) {
            ids.push_back(person.id);
        }
    }
    return ids;
}

// Groups that name any of `people`, counted once each.
size_t groupsNaming(const model::Event& event, const std::vector<model::Id>& people) {
    size_t count = 0;
    for (const auto& group : event.groups) {
        const auto names = [&](const std::vector<model::Id>& ids) {
            return std::any_of(ids.begin(), ids.end(), [&](const model::Id& id) {
                return std::find(people.begin(), people.end(), id) != people.end();
            });
        };
        count += names(group.initiators) || names(group.facilitators) || names(group.participants);
    }
    return count;
}

void deleteNow(AppContext& ctx, const std::vector<model::Id>& ids) {
    const model::Event& event = ctx.session->event();
    const app::Change change = app::deletePeople(event, ids);
    if (change.empty()) {
        return;
    }
    const size_t count = change.people().size();
    ctx.session->apply(change);
    for (const auto& id : ids) {
        ctx.people.selected.erase(id);
    }
    ctx.people.notice = countText(ctx, count, "people.deletedOne", "people.deletedMany");
}

// Deletes at once when nobody is in a group (undo is there); asks first when
// groups would lose people.
void requestDelete(AppContext& ctx, std::vector<model::Id> ids) {
    if (ids.empty()) {
        return;
    }
    if (groupsNaming(ctx.session->event(), ids) == 0) {
        deleteNow(ctx, ids);
    } else {
        ctx.people.pendingDelete = std::move(ids);
    }
}

void drawDeleteConfirm(AppContext& ctx) {
    PeoplePanelState& state = ctx.people;
    const model::Event& event = ctx.session->event();
    std::string message;
    if (!state.pendingDelete.empty()) {
        const size_t groups = groupsNaming(event, state.pendingDelete);
        const model::Person* only = state.pendingDelete.size() == 1
                                        ? model::findPerson(event, state.pendingDelete[0])
                                        : nullptr;
        message =
            format(ctx.tr(only != nullptr ? "people.deleteAskOne" : "people.deleteAskMany"),
                   {{"name", only != nullptr ? only->name : std::string()},
                    {"n", std::to_string(state.pendingDelete.size())},
                    {"groups", countText(ctx, groups, "people.groupOne", "people.groupMany")}});
    }
    const Answer answer =
        confirmDialog(ctx, !state.pendingDelete.empty(), ctx.tr("people.deleteTitle"), message,
                      ctx.tr("people.deleteYes"));
    if (answer == Answer::Yes) {
        deleteNow(ctx, state.pendingDelete);
    }
    if (answer != Answer::None) {
        state.pendingDelete.clear();
    }
}

// "Mark as consenting": the ticked people, or everyone the filter shows
// when nobody is ticked. One undo step.
std::vector<model::Id> consentTargets(const AppContext& ctx, const model::Event& event) {
    std::vector<model::Id> ids = selectedInRegister(ctx, event);
    if (ids.empty()) {
        for (const auto& row : ctx.people.view.rows) {
            ids.push_back(row.id);
        }
    }
    return ids;
}

void drawMarkConsenting(AppContext& ctx, const model::Event& event) {
    const bool ticked = !ctx.people.selected.empty();
    const app::Change change = app::markConsenting(event, consentTargets(ctx, event));
    const size_t count = change.people().size();
    ImGui::BeginDisabled(change.empty());
    const std::string label =
        format(ctx.tr(ticked ? "people.markConsentingSelected" : "people.markConsentingShown"),
               {{"n", std::to_string(count)}}) +
        "###markConsenting";
    if (ImGui::Button(label.c_str())) {
        ctx.session->apply(change);
        ctx.people.notice =
            countText(ctx, count, "people.markedConsentingOne", "people.markedConsentingMany");
    }
    ImGui::EndDisabled();
    ctx.itemRects.record("people.markConsenting");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        ImGui::SetTooltip("%s", ctx.tr("people.markConsentingTip"));
    }
}

void addPerson(AppContext& ctx) {
    PeoplePanelState& state = ctx.people;
    const std::string name = model::tidyName(state.newName);
    if (name.empty()) {
        return;
    }
    model::Person person;
    person.name = name;
    const app::Change change = app::addPerson(ctx.session->event(), person);
    if (change.empty()) {
        return;
    }
    const model::Id id = change.people().front().after->id;
    ctx.session->apply(change);
    state.newName.clear();
    state.pinned = id;
    state.scrollToPinned = true;
    state.focusNewName = true; // ready for the next name
}

bool nameTaken(const model::Event& event, const std::string& name) {
    const std::string key = model::nameKey(name);
    return !key.empty() &&
           std::any_of(event.people.begin(), event.people.end(),
                       [&](const auto& p) { return model::nameKey(p.name) == key; });
}

// While a just-added person's row is yellow: a swatch and a word saying so.
void drawPinnedLegend(AppContext& ctx, const model::Event& event) {
    const PeoplePanelState& state = ctx.people;
    if (state.pinned.empty() || model::findPerson(event, state.pinned) == nullptr) {
        return;
    }
    ImGui::SameLine(0.0f, ImGui::GetStyle().ItemSpacing.x * 3.0f);
    const float side = ImGui::GetTextLineHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float y = at.y + (ImGui::GetFrameHeight() - side) * 0.5f;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, y), ImVec2(at.x + side, y + side),
                                              pinnedRowColour(), 2.0f);
    ImGui::GetWindowDrawList()->AddRect(ImVec2(at.x, y), ImVec2(at.x + side, y + side),
                                        ImGui::GetColorU32(ImGuiCol_Border), 2.0f);
    ImGui::Dummy(ImVec2(side, ImGui::GetFrameHeight()));
    ImGui::SameLine();
    disabledText(ctx.tr("people.pinnedLegend"));
    ctx.itemRects.record("people.pinnedLegend");
    // Also while the new-name field still has the caret (it keeps it after adding).
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem)) {
        ImGui::SetTooltip("%s", ctx.tr("people.pinnedTip"));
    }
}

void drawFilterLine(AppContext& ctx, const model::Event& event) {
    PeoplePanelState& state = ctx.people;
    const bool focused = ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows);
    const ImGuiIO& io = ImGui::GetIO();
    // Ctrl+F: GLFW's key code for F is 'F', which ImGui 1.86 indexes KeysDown with.
    if (focused && io.KeyCtrl && ImGui::IsKeyPressed('F', false)) {
        ImGui::SetKeyboardFocusHere();
    }
    const char* hint = ctx.tr("people.filterHint");
    ImGui::SetNextItemWidth(
        std::max(ImGui::GetFontSize() * 22.0f,
                 ImGui::CalcTextSize(hint).x + ImGui::GetStyle().FramePadding.x * 2.0f));
    ImGui::InputTextWithHint("##filter", hint, &state.filter);
    ctx.itemRects.record("people.filter");
    // After the filter field, so the rows and counts follow what was just typed.
    refreshPeopleRows(ctx);
    ImGui::SameLine();
    if (!state.filter.empty()) {
        if (toolButton(ToolButton{icon::kClose, ctx.tr("people.clearFilter")})) {
            state.filter.clear();
            refreshPeopleRows(ctx);
        }
        ctx.itemRects.record("people.clearFilter");
        ImGui::SameLine();
    }
    ImGui::AlignTextToFramePadding();
    const std::string count =
        state.filter.empty()
            ? countText(ctx, event.people.size(), "people.countOne", "people.countMany")
            : format(ctx.tr("people.countFiltered"),
                     {{"shown", std::to_string(state.view.rows.size())},
                      {"total", std::to_string(event.people.size())}});
    disabledText(count);
    drawPinnedLegend(ctx, event);
    if (state.view.duplicateNames > 0) {
        ImGui::SameLine();
        ImGui::TextColored(
            ImVec4(0.72f, 0.11f, 0.05f, 1.0f), "%s",
            format(ctx.tr("people.duplicates"), {{"n", std::to_string(state.view.duplicateNames)}})
                .c_str());
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("%s", ctx.tr("people.sameNameTooltip"));
        }
    }
}

void drawToolbar(AppContext& ctx, const model::Event& event) {
    PeoplePanelState& state = ctx.people;
    if (state.focusNewName) {
        ImGui::SetKeyboardFocusHere();
        state.focusNewName = false;
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16.0f);
    const bool enter =
        ImGui::InputTextWithHint("##newName", ctx.tr("people.newNameHint"), &state.newName,
                                 ImGuiInputTextFlags_EnterReturnsTrue);
    ctx.itemRects.record("people.newName");
    ImGui::SameLine();
    const bool canAdd = !model::tidyName(state.newName).empty();
    ImGui::BeginDisabled(!canAdd);
    const bool clicked = toolButton(ToolButton{icon::kPersonAdd, ctx.tr("people.add")});
    ImGui::EndDisabled();
    ctx.itemRects.record("people.add");
    if ((enter || clicked) && canAdd) {
        addPerson(ctx);
    }

    ImGui::SameLine(0.0f, ImGui::GetFontSize() * 1.5f);
    if (toolButton(
            ToolButton{icon::kImport, ctx.tr("people.import"), ctx.tr("people.importTip")})) {
        openPeopleImport(ctx);
    }
    ctx.itemRects.record("people.import");

    const std::vector<model::Id> selected = selectedInRegister(ctx, event);
    ImGui::SameLine(0.0f, ImGui::GetFontSize() * 1.5f);
    ImGui::BeginDisabled(selected.size() != 2);
    if (toolButton(ToolButton{icon::kPeople, ctx.tr("people.merge"), ctx.tr("people.mergeTip")})) {
        openPeopleMerge(ctx, selected[0], selected[1]);
    }
    ImGui::EndDisabled();
    ctx.itemRects.record("people.merge");
    ImGui::SameLine();
    ImGui::BeginDisabled(selected.empty());
    if (toolButton(ToolButton{icon::kDelete, ctx.tr("people.delete"), nullptr,
                              selected.empty() ? ButtonKind::Secondary : ButtonKind::Danger})) {
        requestDelete(ctx, selected);
    }
    ImGui::EndDisabled();
    ctx.itemRects.record("people.delete");
    ImGui::SameLine();
    drawMarkConsenting(ctx, event);
    if (!selected.empty()) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        disabledText(countText(ctx, selected.size(), "people.selectedOne", "people.selectedMany"));
        ImGui::SameLine();
        if (toolButton(ToolButton{icon::kClose, ctx.tr("people.clearSelection")})) {
            state.selected.clear();
        }
        ctx.itemRects.record("people.clearSelection");
    }
    if (canAdd && nameTaken(event, state.newName)) {
        problemText(ctx.tr("people.nameTaken"));
    }
}

} // namespace

void drawPeoplePanel(AppContext& ctx) {
    const model::Event* event = ctx.event();
    if (event == nullptr) {
        return;
    }
    PeoplePanelState& state = ctx.people;
    // Ticks on people who are gone (deleted, merged, undone) mean nothing.
    std::erase_if(state.selected,
                  [&](const model::Id& id) { return model::findPerson(*event, id) == nullptr; });

    drawFilterLine(ctx, *event);
    drawToolbar(ctx, *event);
    if (!state.notice.empty()) {
        disabledText(state.notice);
    }
    ImGui::Spacing();

    if (event->people.empty()) {
        if (emptyState(icon::kPeople, ctx.tr("people.empty"), ctx.tr("emptyState.importPeople"))) {
            state.import.openRequested = true;
        }
        ctx.itemRects.record("people.emptyImport");
    } else if (state.view.rows.empty()) {
        disabledWrappedText(format(ctx.tr("people.noMatch"), {{"filter", state.filter}}));
    } else {
        drawPeopleTable(
            ctx, *event,
            std::max(ImGui::GetContentRegionAvail().y, ImGui::GetFrameHeightWithSpacing() * 4.0f));
    }

    // Delete: the Delete key on ticked rows, when no text field has the keyboard.
    const bool focused = ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows);
    if (focused && !ImGui::GetIO().WantTextInput && !ImGui::IsAnyItemActive() &&
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Delete), false) &&
        !ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId)) {
        requestDelete(ctx, selectedInRegister(ctx, *event));
    }

    drawDeleteConfirm(ctx);
    if (drawPeopleMergeDialog(ctx)) {
        state.notice = ctx.tr("people.merged");
    }
    drawPeopleImportDialog(ctx);
}

} // namespace innspill::ui
