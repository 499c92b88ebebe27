// The themes panel: a table of themes with their tag counts, a field to add
// one, and the pillar template. Buttons collect one step that is applied
// after the table is drawn.
#include "ui/setup/themes_panel.hpp"

#include "app/edits_themes.hpp"
#include "ui/setup/setup_fields.hpp"
#include "ui/setup/theme_colour_picker.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/widgets/theme_badge.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>

namespace innspill::ui {

namespace {

void drawThemeRow(AppContext& ctx, size_t index, size_t taggedCount,
                  std::optional<app::Change>& step) {
    const model::Event& event = *ctx.event();
    const model::Theme& theme = event.themes[index];
    const model::Id themeId = theme.id;
    const std::string keyPrefix = "themes.theme/" + themeId.str();
    ImGui::PushID(themeId.str().c_str());
    ImGui::TableNextRow();

    ImGui::TableNextColumn();
    const model::Rgb colour = model::themeColour(event.themes, index);
    themeBadgeItem("##badge", ThemeBadge{index + 1, colour, theme.name});

    ImGui::TableNextColumn();
    if (auto chosen = themeColourPicker(ctx, colour, keyPrefix + "/colour")) {
        step = app::setThemeColour(event, themeId, *chosen);
    }

    ImGui::TableNextColumn();
    editCellText(
        ctx, "##name", theme.name,
        [&](const std::string& typed) { return app::setThemeName(*ctx.event(), themeId, typed); },
        ctx.tr("themesPanel.nameHint"));
    ctx.itemRects.record(keyPrefix, "/name");

    ImGui::TableNextColumn();
    editCellText(
        ctx, "##description", theme.description,
        [&](const std::string& typed) {
            return app::setThemeDescription(*ctx.event(), themeId, typed);
        },
        ctx.tr("themesPanel.descriptionHint"));
    ctx.itemRects.record(keyPrefix, "/description");

    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    if (taggedCount == 0) {
        disabledText("0");
    } else {
        text(std::to_string(taggedCount));
    }

    ImGui::TableNextColumn();
    switch (rowButtons(ctx, index > 0, index + 1 < event.themes.size(), keyPrefix + "/")) {
    case RowAction::Up:
        step = app::moveTheme(event, themeId, index - 1);
        break;
    case RowAction::Down:
        step = app::moveTheme(event, themeId, index + 1);
        break;
    case RowAction::Remove:
        if (taggedCount > 0) {
            ctx.themesPanel.removalId = themeId;
        } else {
            step = app::removeTheme(event, themeId);
        }
        break;
    case RowAction::None:
        break;
    }
    ImGui::PopID();
}

void drawThemes(AppContext& ctx, std::optional<app::Change>& step) {
    const model::Event& event = *ctx.event();
    auto& state = ctx.themesPanel;
    if (event.themes.empty()) {
        disabledWrappedText(ctx.tr("themesPanel.none"));
    } else if (ImGui::BeginTable("##themes", 6,
                                 ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoSavedSettings |
                                     ImGuiTableFlags_RowBg)) {
        const auto counts = app::taggedInputCounts(event);
        ImGui::TableSetupColumn(ctx.tr("themesPanel.column.number"),
                                ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn(ctx.tr("themesPanel.column.colour"),
                                ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn(ctx.tr("themesPanel.column.name"),
                                ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn(ctx.tr("themesPanel.column.description"),
                                ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableSetupColumn(ctx.tr("themesPanel.column.inputs"),
                                ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed,
                                rowButtonsWidth(ctx));
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < event.themes.size(); ++i) {
            const auto it = counts.find(event.themes[i].id);
            drawThemeRow(ctx, i, it == counts.end() ? 0 : it->second, step);
        }
        ImGui::EndTable();
    }

    if (auto added = addRow(ctx, state.newTheme, ctx.tr("themesPanel.newTheme"), "themes.")) {
        step = app::addTheme(event, *added);
    }
}

void drawTemplate(AppContext& ctx, std::optional<app::Change>& step) {
    sectionHeading(ctx, ctx.tr("themesPanel.template"));
    const model::Event& event = *ctx.event();
    disabledWrappedText(ctx.tr("themesPanel.templateAbout"));
    for (const auto& pillar : model::pillarTemplate()) {
        ImGui::Bullet();
        text(pillar.name);
    }
    ImGui::Spacing();

    const size_t missing = app::missingPillars(event).size();
    ImGui::BeginDisabled(missing == 0);
    if (ImGui::Button(ctx.tr("themesPanel.useTemplate"))) {
        if (event.themes.empty()) {
            step = app::addPillarTemplate(event);
        } else {
            ctx.themesPanel.confirmTemplate = true;
        }
    }
    ImGui::EndDisabled();
    ctx.itemRects.record("themes.useTemplate");
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    if (missing == 0) {
        disabledText(ctx.tr("themesPanel.templateAllThere"));
    } else if (!event.themes.empty()) {
        disabledText(
            format(ctx.tr("themesPanel.templateAppends"), {{"n", std::to_string(missing)}}));
    }
}

// At most one question at a time: the template, or removing a tagged theme.
void drawQuestion(AppContext& ctx, std::optional<app::Change>& step) {
    auto& state = ctx.themesPanel;
    const model::Event& event = *ctx.event();
    const model::Theme* removing =
        state.removalId.empty() ? nullptr : model::findTheme(event, state.removalId);
    if (removing == nullptr) {
        state.removalId = model::Id(); // gone meanwhile (undone): nothing to ask
    }
    const size_t missing = app::missingPillars(event).size();
    if (state.confirmTemplate && missing == 0) {
        state.confirmTemplate = false;
    }
    const std::string undo = std::string("\n\n") + ctx.tr("setup.undoHint");

    const char* title = ctx.tr("setup.remove");
    const char* yes = ctx.tr("setup.remove");
    std::string message;
    if (removing != nullptr) {
        title = ctx.tr("themesPanel.removeTitle");
        message = format(ctx.tr("themesPanel.confirmRemove"),
                         {{"name", removing->name},
                          {"inputs", countText(ctx, app::taggedInputCount(event, removing->id),
                                               "setup.count.input", "setup.count.inputs")}}) +
                  undo;
    } else if (state.confirmTemplate) {
        title = ctx.tr("themesPanel.templateTitle");
        yes = ctx.tr("themesPanel.templateYes");
        message = format(ctx.tr("themesPanel.confirmTemplate"),
                         {{"themes", countText(ctx, event.themes.size(), "setup.count.theme",
                                               "setup.count.themes")},
                          {"n", std::to_string(missing)}}) +
                  undo;
    }
    const Answer answer = confirmDialog(ctx, !message.empty(), title, message, yes);
    if (answer == Answer::Yes) {
        step = removing != nullptr ? app::removeTheme(event, removing->id)
                                   : app::addPillarTemplate(event);
    }
    if (answer != Answer::None) {
        state.removalId = model::Id();
        state.confirmTemplate = false;
    }
}

} // namespace

void drawThemesPanel(AppContext& ctx) {
    if (ctx.event() == nullptr) {
        return;
    }
    ImGui::PushID("themesPanel");
    FormStyle formStyle;
    disabledWrappedText(ctx.tr("themesPanel.intro"));
    sectionHeading(ctx, ctx.tr("themesPanel.themes"));
    std::optional<app::Change> step;
    drawThemes(ctx, step);
    ImGui::Spacing();
    drawTemplate(ctx, step);
    drawQuestion(ctx, step);
    applyStep(ctx, step);
    ImGui::PopID();
}

} // namespace innspill::ui
