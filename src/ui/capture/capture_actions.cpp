// The capture screen's action planning and printing: the group's actions in
// a compact table (what, who, next step, due, resources; who picked from
// the register or typed), and "Skriv ut gruppeark" for the group or its
// whole round (the PDF is written beside the event file and opened).
#include "app/edits_votes.hpp"
#include "app/open_external.hpp"
#include "app/wall_papers.hpp"
#include "ui/capture/capture_internal.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/widgets/cell_field.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
namespace innspill::ui::capture {

namespace {

struct Column {
    app::ActionField field;
    const char* headKey;
};

constexpr Column kColumns[] = {
    {app::ActionField::What, "actions.what"},           {app::ActionField::Who, "actions.who"},
    {app::ActionField::NextStep, "actions.nextStep"},   {app::ActionField::Due, "actions.due"},
    {app::ActionField::Resources, "actions.resources"},
};

// The people a "who" is usually picked from: the group's own first, then
// the rest of the register.
std::vector<const model::Person*> candidates(const model::Event& event, const model::Group& group) {
    std::vector<const model::Person*> people;
    const auto add = [&](const model::Id& id) {
        const model::Person* person = model::findPerson(event, id);
        if (person && std::find(people.begin(), people.end(), person) == people.end()) {
            people.push_back(person);
        }
    };
    for (const auto* role : {&group.initiators, &group.facilitators, &group.participants}) {
        for (const auto& id : *role) {
            add(id);
        }
    }
    for (const auto& person : event.people) {
        add(person.id);
    }
    return people;
}

void whoCell(CaptureFrame& frame, const model::Action& action, size_t row) {
    AppContext& ctx = frame.ctx;
    // A person from the register shows by name; typing over it makes it free text.
    std::string value = model::actionWho(frame.event, action);
    const float pick = ImGui::GetFrameHeight();
    if (cell::inputText("##who", &value,
                        cell::TextOptions{nullptr, 0,
                                          ImGui::GetContentRegionAvail().x - pick -
                                              ImGui::GetStyle().ItemInnerSpacing.x})) {
        frame.defer([id = action.id, value](AppContext& c, const model::Group& g) {
            c.session->apply(app::setActionField(g, id, app::ActionField::Who, value), true);
        });
    }
    ctx.itemRects.record("capture.action/who/", std::to_string(row));
    ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
    if (ImGui::BeginCombo("##whoPick", "", ImGuiComboFlags_NoPreview)) {
        for (const model::Person* person : candidates(frame.event, frame.group)) {
            ImGui::PushID(person->id.str().c_str());
            if (ImGui::Selectable(model::displayName(*person).c_str(),
                                  model::actionPerson(frame.event, action) == person)) {
                frame.defer(
                    [id = action.id, who = person->id](AppContext& c, const model::Group& g) {
                        c.session->apply(app::setActionPerson(g, id, who));
                    });
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s", ctx.tr("actions.pickPerson"));
    }
}

void print(AppContext& ctx, const model::Group& group, bool wholeRound) {
    app::WallPaperOptions options;
    if (wholeRound) {
        options.round = group.roundId;
    } else {
        options.groupNumber = group.number;
    }
    try {
        const auto target =
            app::printWallPapers(ctx.session->event(), ctx.session->path(), options);
        const lang::Message failed = app::openExternal(target);
        ctx.capture.notice = failed.empty() ? format(ctx.tr("capture.printed"),
                                                     {{"file", target.filename().string()}})
                                            : lang::render(ctx.language, failed);
    } catch (const std::exception& error) {
        ctx.capture.notice = format(ctx.tr("capture.printFailed"), {{"reason", error.what()}});
    }
}

} // namespace

void drawPrintButtons(AppContext& ctx, const model::Group& group) {
    if (ImGui::Button(ctx.tr("capture.printSheet"))) {
        print(ctx, group, false);
    }
    ctx.itemRects.record("capture.printSheet");
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s", ctx.tr("capture.printSheetTip"));
    }
    ImGui::SameLine();
    if (ImGui::Button(ctx.tr("capture.printRound"))) {
        print(ctx, group, true);
    }
    ctx.itemRects.record("capture.printRound");
}

void drawActions(CaptureFrame& frame) {
    AppContext& ctx = frame.ctx;
    ImGui::Spacing();
    {
        FontScope bold(ctx.fonts.bold);
        text(ctx.tr("actions.heading"));
    }
    ImGui::Separator();
    const auto& actions = frame.group.actions;
    if (!actions.empty() &&
        ImGui::BeginTable("##actions", 6,
                          ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) {
        for (const auto& column : kColumns) {
            ImGui::TableSetupColumn(ctx.tr(column.headKey));
        }
        ImGui::TableSetupColumn("##remove", ImGuiTableColumnFlags_WidthFixed,
                                ImGui::GetFrameHeight());
        ImGui::TableHeadersRow();
        for (size_t row = 0; row < actions.size(); ++row) {
            const model::Action& action = actions[row];
            ImGui::PushID(action.id.str().c_str());
            ImGui::TableNextRow();
            for (const auto& column : kColumns) {
                ImGui::TableNextColumn();
                ImGui::PushID(static_cast<int>(column.field));
                if (column.field == app::ActionField::Who) {
                    whoCell(frame, action, row);
                } else {
                    std::string value = app::actionField(action, column.field);
                    if (cell::inputText("##field", &value)) {
                        frame.defer([id = action.id, field = column.field,
                                     value](AppContext& c, const model::Group& g) {
                            c.session->apply(app::setActionField(g, id, field, value), true);
                        });
                    }
                    ctx.itemRects.record(std::string("capture.action/") + column.headKey + "/",
                                         std::to_string(row));
                }
                ImGui::PopID();
            }
            ImGui::TableNextColumn();
            if (ImGui::Button("\xC3\x97")) { // ×
                frame.defer([id = action.id](AppContext& c, const model::Group& g) {
                    applyChange(c, app::removeAction(g, id));
                });
            }
            ctx.itemRects.record("capture.action/remove/", std::to_string(row));
            if (ImGui::IsItemHovered()) {
                ImGui::SetTooltip("%s", ctx.tr("actions.remove"));
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (ImGui::Button(ctx.tr("actions.add"))) {
        frame.defer(
            [](AppContext& c, const model::Group& g) { applyChange(c, app::addAction(g)); });
    }
    ctx.itemRects.record("capture.action/add");
}

} // namespace innspill::ui::capture
