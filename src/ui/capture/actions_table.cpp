// The compact actions table shared by the capture screen and the Syntese tab
// (actions_table.hpp).
#include "ui/capture/actions_table.hpp"

#include "ui/shell/app_context.hpp"
#include "ui/widgets/cell_field.hpp"
#include "ui/widgets/icons.hpp"
#include "ui/widgets/tokens.hpp"
#include "ui/widgets/tool_button.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>

namespace innspill::ui {

namespace {

// Narrower than this many ems (about 900 px at 100 %), five columns leave
// "Ansvarlig" and "Frist" a few characters: the actions become cards.
constexpr float kStackBelowEms = 60.0f;

struct Column {
    app::ActionField field;
    const char* headKey;
    float weight; // share of the width: the action itself gets the most
};

constexpr Column kColumns[] = {
    {app::ActionField::What, "actions.what", 2.2f},
    {app::ActionField::Who, "actions.who", 1.5f},
    {app::ActionField::NextStep, "actions.nextStep", 1.5f},
    {app::ActionField::Due, "actions.due", 0.8f},
    {app::ActionField::Resources, "actions.resources", 1.2f},
};

struct Table {
    AppContext& ctx;
    const model::Event& event;
    const std::function<std::vector<const model::Person*>()>& candidates;
    const std::string& rectKey;
    const ActionTableEdits& edits;

    // Leaving a field ends its burst of typing: the next field is a new undo step.
    void endOfTyping() const {
        if (ImGui::IsItemDeactivated() && ctx.session != nullptr) {
            ctx.session->breakMerge();
        }
    }

    // The "who" field and the button that picks a person, in `width`.
    void whoCell(const model::Action& action, size_t row, float width, const char* hint) const {
        // A person from the register shows by name; typing over it makes it free text.
        std::string value = model::actionWho(event, action);
        const float pick = ImGui::GetFrameHeight();
        const float inner = ImGui::GetStyle().ItemInnerSpacing.x;
        if (cell::inputText("##who", &value,
                            cell::TextOptions{hint, 0, std::max(width - pick - inner, 1.0f)})) {
            edits.setField(action.id, app::ActionField::Who, value);
        }
        endOfTyping();
        ctx.itemRects.record(rectKey + "who/", std::to_string(row));
        if (hint != nullptr && ImGui::IsItemHovered() && !value.empty()) {
            ImGui::SetTooltip("%s", hint);
        }
        ImGui::SameLine(0.0f, inner);
        if (ImGui::BeginCombo("##whoPick", "", ImGuiComboFlags_NoPreview)) {
            for (const model::Person* person : candidates()) {
                ImGui::PushID(person->id.str().c_str());
                if (ImGui::Selectable(model::displayName(*person).c_str(),
                                      model::actionPerson(event, action) == person)) {
                    edits.setPerson(action.id, person->id);
                }
                ImGui::PopID();
            }
            ImGui::EndCombo();
        }
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("%s", ctx.tr("actions.pickPerson"));
        }
    }

    // One of the text fields; `hint` (the column's name, in a card) shows
    // while it is empty and in the tooltip once it is filled.
    void textCell(const model::Action& action, const Column& column, size_t row, float width,
                  const char* hint) const {
        ImGui::PushID(static_cast<int>(column.field));
        std::string value = app::actionField(action, column.field);
        if (cell::inputText("##field", &value, cell::TextOptions{hint, 0, width})) {
            edits.setField(action.id, column.field, value);
        }
        endOfTyping();
        ctx.itemRects.record(rectKey + column.headKey + "/", std::to_string(row));
        if (hint != nullptr && ImGui::IsItemHovered() && !value.empty()) {
            ImGui::SetTooltip("%s", hint);
        }
        ImGui::PopID();
    }

    void removeButton(const model::Action& action, size_t row) const {
        if (toolButton(ToolButton{icon::kClose, ctx.tr("actions.remove")}, false)) {
            edits.remove(action.id);
        }
        ctx.itemRects.record(rectKey + "remove/", std::to_string(row));
    }

    void row(const model::Action& action, size_t index) const {
        ImGui::PushID(action.id.str().c_str());
        ImGui::TableNextRow();
        for (const auto& column : kColumns) {
            ImGui::TableNextColumn();
            if (column.field == app::ActionField::Who) {
                ImGui::PushID(static_cast<int>(column.field));
                whoCell(action, index, ImGui::GetContentRegionAvail().x, nullptr);
                ImGui::PopID();
            } else {
                textCell(action, column, index, -FLT_MIN, nullptr);
            }
        }
        ImGui::TableNextColumn();
        removeButton(action, index);
        ImGui::PopID();
    }

    // A narrow column: the action as a card, what it is on the first line
    // (with ×), who and by when under it, then the next step and resources.
    void card(const model::Action& action, size_t index) const {
        ImGui::PushID(action.id.str().c_str());
        const ImGuiStyle& style = ImGui::GetStyle();
        const float width = ImGui::GetContentRegionAvail().x;
        const float pad = space::k1;
        const float inner = std::max(width - 2.0f * pad, 1.0f);
        const float half = std::max((inner - style.ItemSpacing.x) * 0.5f, 1.0f);
        const ImVec2 start = ImGui::GetCursorScreenPos();
        ImDrawList* drawList = ImGui::GetWindowDrawList();
        drawList->ChannelsSplit(2);
        drawList->ChannelsSetCurrent(1);

        ImGui::SetCursorScreenPos(ImVec2(start.x + pad, start.y + pad));
        ImGui::BeginGroup();
        const auto hint = [&](const Column& column) { return ctx.tr(column.headKey); };
        textCell(action, kColumns[0], index,
                 std::max(inner - ImGui::GetFrameHeight() - style.ItemSpacing.x, 1.0f),
                 hint(kColumns[0]));
        ImGui::SameLine();
        removeButton(action, index);
        ImGui::PushID(static_cast<int>(app::ActionField::Who));
        whoCell(action, index, half, hint(kColumns[1]));
        ImGui::PopID();
        ImGui::SameLine();
        textCell(action, kColumns[3], index, half, hint(kColumns[3]));
        textCell(action, kColumns[2], index, half, hint(kColumns[2]));
        ImGui::SameLine();
        textCell(action, kColumns[4], index, half, hint(kColumns[4]));
        ImGui::EndGroup();
        const float bottom = ImGui::GetItemRectMax().y + pad;

        drawList->ChannelsSetCurrent(0);
        const Tokens& t = currentTokens();
        const ImVec2 end(start.x + width, bottom);
        drawList->AddRectFilled(start, end, toU32(t.surfaceSubtle), kRadiusCard);
        drawList->AddRect(start, end, toU32(t.divider), kRadiusCard, 0, kBorderWidth);
        drawList->ChannelsMerge();
        ImGui::SetCursorScreenPos(start);
        ImGui::Dummy(ImVec2(width, bottom - start.y));
        ctx.itemRects.record(rectKey + "card/", std::to_string(index));
        ImGui::PopID();
    }
};

} // namespace

void drawActionsTable(AppContext& ctx, const model::Event& event,
                      const std::vector<model::Action>& actions,
                      const std::function<std::vector<const model::Person*>()>& candidates,
                      const std::string& rectKey, const ActionTableEdits& edits,
                      const char* addKey) {
    const Table table{ctx, event, candidates, rectKey, edits};
    if (!actions.empty() && stackActions(ImGui::GetContentRegionAvail().x)) {
        for (size_t index = 0; index < actions.size(); ++index) {
            table.card(actions[index], index);
        }
    } else if (!actions.empty() && ImGui::BeginTable("##actions", 6,
                                                     ImGuiTableFlags_BordersInnerH |
                                                         ImGuiTableFlags_SizingStretchProp)) {
        for (const auto& column : kColumns) {
            ImGui::TableSetupColumn(ctx.tr(column.headKey), ImGuiTableColumnFlags_WidthStretch,
                                    column.weight);
        }
        ImGui::TableSetupColumn(
            "##remove", ImGuiTableColumnFlags_WidthFixed,
            toolButtonWidth(ToolButton{icon::kClose, ctx.tr("actions.remove")}, false));
        ImGui::TableHeadersRow();
        for (size_t index = 0; index < actions.size(); ++index) {
            table.row(actions[index], index);
        }
        ImGui::EndTable();
    }
    if (toolButton(ToolButton{icon::kAdd, ctx.tr(addKey)})) {
        edits.add();
    }
    ctx.itemRects.record(rectKey + "add");
}

bool stackActions(float width) {
    return width < ImGui::GetFontSize() * kStackBelowEms;
}

} // namespace innspill::ui
