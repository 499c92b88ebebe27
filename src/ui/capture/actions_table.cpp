// The compact actions table shared by the capture screen and the Syntese tab
// (actions_table.hpp).
#include "ui/capture/actions_table.hpp"

#include "ui/shell/app_context.hpp"
#include "ui/widgets/cell_field.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace innspill::ui {

namespace {

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
    const std::vector<const model::Person*>& candidates;
    const std::string& rectKey;
    const ActionTableEdits& edits;

    // Leaving a field ends its burst of typing: the next field is a new undo step.
    void endOfTyping() const {
        if (ImGui::IsItemDeactivated() && ctx.session != nullptr) {
            ctx.session->breakMerge();
        }
    }

    void whoCell(const model::Action& action, size_t row) const {
        // A person from the register shows by name; typing over it makes it free text.
        std::string value = model::actionWho(event, action);
        const float pick = ImGui::GetFrameHeight();
        if (cell::inputText("##who", &value,
                            cell::TextOptions{nullptr, 0,
                                              ImGui::GetContentRegionAvail().x - pick -
                                                  ImGui::GetStyle().ItemInnerSpacing.x})) {
            edits.setField(action.id, app::ActionField::Who, value);
        }
        endOfTyping();
        ctx.itemRects.record(rectKey + "who/", std::to_string(row));
        ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
        if (ImGui::BeginCombo("##whoPick", "", ImGuiComboFlags_NoPreview)) {
            for (const model::Person* person : candidates) {
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

    void row(const model::Action& action, size_t index) const {
        ImGui::PushID(action.id.str().c_str());
        ImGui::TableNextRow();
        for (const auto& column : kColumns) {
            ImGui::TableNextColumn();
            ImGui::PushID(static_cast<int>(column.field));
            if (column.field == app::ActionField::Who) {
                whoCell(action, index);
            } else {
                std::string value = app::actionField(action, column.field);
                if (cell::inputText("##field", &value)) {
                    edits.setField(action.id, column.field, value);
                }
                endOfTyping();
                ctx.itemRects.record(rectKey + column.headKey + "/", std::to_string(index));
            }
            ImGui::PopID();
        }
        ImGui::TableNextColumn();
        if (ImGui::Button("\xC3\x97")) { // ×
            edits.remove(action.id);
        }
        ctx.itemRects.record(rectKey + "remove/", std::to_string(index));
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("%s", ctx.tr("actions.remove"));
        }
        ImGui::PopID();
    }
};

} // namespace

void drawActionsTable(AppContext& ctx, const model::Event& event,
                      const std::vector<model::Action>& actions,
                      const std::vector<const model::Person*>& candidates,
                      const std::string& rectKey, const ActionTableEdits& edits,
                      const char* addKey) {
    const Table table{ctx, event, candidates, rectKey, edits};
    if (!actions.empty() &&
        ImGui::BeginTable("##actions", 6,
                          ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) {
        for (const auto& column : kColumns) {
            ImGui::TableSetupColumn(ctx.tr(column.headKey), ImGuiTableColumnFlags_WidthStretch,
                                    column.weight);
        }
        ImGui::TableSetupColumn("##remove", ImGuiTableColumnFlags_WidthFixed,
                                ImGui::GetFrameHeight());
        ImGui::TableHeadersRow();
        for (size_t index = 0; index < actions.size(); ++index) {
            table.row(actions[index], index);
        }
        ImGui::EndTable();
    }
    if (ImGui::Button(ctx.tr(addKey))) {
        edits.add();
    }
    ctx.itemRects.record(rectKey + "add");
}

} // namespace innspill::ui
