// The event panel: the report's front page across the width, then "about"
// (place, dates, organisers, text) beside the report's language and words.
// Every edit is a Change built by app/edits_event, applied as it is typed.
#include "ui/setup/event_panel.hpp"

#include "app/edits_event.hpp"
#include "model/limits.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/widgets/choice_controls.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>

namespace innspill::ui {

namespace {

using app::EventField;
using app::EventList;
using app::FieldProblem;

// The about text is the report's longest piece of front matter: give it room.
constexpr int kAboutLines = 8; // the field grows with the text
constexpr float kPreviewLines = 8.0f;
// Below this width (in font sizes) the two columns stack.
constexpr float kTwoColumnsMinWidth = 56.0f;

void textRow(AppContext& ctx, const char* labelKey, const char* id, EventField field,
             const char* key) {
    formLabel(ctx.tr(labelKey));
    const model::Event& event = *ctx.event();
    editText(ctx, id, app::fieldValue(event, field), [&](const std::string& typed) {
        return app::setEventField(*ctx.event(), field, typed);
    });
    ctx.itemRects.record(key);
}

void dateRow(AppContext& ctx, const char* labelKey, const char* id, EventField field,
             const char* key) {
    formLabel(ctx.tr(labelKey));
    const std::string& value = app::fieldValue(*ctx.event(), field);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width =
        ImGui::CalcTextSize("0000-00-00").x + style.FramePadding.x * 2.0f + ImGui::GetFontSize();
    const char* problem = editChecked(
        ctx, ctx.eventPanel.drafts, CheckedField{id, key, value, ctx.tr("setup.dateHint"), width},
        [&](const std::string& typed) -> const char* {
            switch (app::checkEventField(*ctx.event(), field, typed)) {
            case FieldProblem::BadDate:
                return ctx.tr("setup.badDate");
            case FieldProblem::EndBeforeStart:
                return ctx.tr(field == EventField::StartDate ? "eventPanel.startAfterEnd"
                                                             : "eventPanel.endBeforeStart");
            case FieldProblem::BadLanguage:
            case FieldProblem::None:
                break;
            }
            return nullptr;
        },
        [&](const std::string& typed) { return app::setEventField(*ctx.event(), field, typed); });
    ctx.itemRects.record(key);
    if (problem != nullptr) {
        problemText(problem);
    } else if (const std::string words = dateWithWeekday(ctx, value); !words.empty()) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        disabledText(words);
    }
}

// One editable line per item, with ↑ ↓ Fjern, then a field to add a line.
void listRows(AppContext& ctx, EventList list, const char* labelKey, const char* keyPrefix,
              const char* hintKey, AddField& newItem) {
    ImGui::PushID(static_cast<int>(list));
    const float buttonsWidth = rowButtonsWidth(ctx) + ImGui::GetStyle().ItemSpacing.x;
    std::optional<app::Change> step; // add, move, remove: after the loop
    const std::string prefix = keyPrefix;
    const auto& items = app::listOf(*ctx.event(), list);
    for (size_t i = 0; i < items.size(); ++i) {
        formLabel(i == 0 ? ctx.tr(labelKey) : "");
        ImGui::PushID(static_cast<int>(i));
        const std::string key = prefix + std::to_string(i);
        editText(
            ctx, "##item", items[i],
            [&](const std::string& typed) {
                return app::setListItem(*ctx.event(), list, i, typed);
            },
            nullptr, -buttonsWidth);
        ctx.itemRects.record(key);
        ImGui::SameLine();
        switch (rowButtons(ctx, i > 0, i + 1 < items.size(), key + "/")) {
        case RowAction::Up:
            step = app::moveListItem(*ctx.event(), list, i, i - 1);
            break;
        case RowAction::Down:
            step = app::moveListItem(*ctx.event(), list, i, i + 1);
            break;
        case RowAction::Remove:
            step = app::removeListItem(*ctx.event(), list, i);
            break;
        case RowAction::None:
            break;
        }
        ImGui::PopID();
    }

    formLabel(items.empty() ? ctx.tr(labelKey) : "");
    if (auto added = addRow(ctx, newItem, ctx.tr(hintKey), prefix)) {
        step = app::addListItem(*ctx.event(), list, *added);
    }
    applyStep(ctx, step);
    ImGui::PopID();
}

void drawFrontPage(AppContext& ctx, float labelWidth) {
    sectionHeading(ctx, ctx.tr("eventPanel.frontPage"));
    if (!beginForm("##front", labelWidth)) {
        return;
    }
    textRow(ctx, "eventPanel.title", "##title", EventField::Title, "event.title");
    if (ctx.event()->title.empty()) {
        problemText(ctx.tr("eventPanel.titleMissing"));
    }
    textRow(ctx, "eventPanel.subtitle", "##subtitle", EventField::Subtitle, "event.subtitle");
    auto& state = ctx.eventPanel;
    listRows(ctx, EventList::GuidingQuestions, "eventPanel.guidingQuestions", "event.question/",
             "eventPanel.newQuestion", state.newQuestion);
    endForm();
}

// The report's "Om denne rapporten": place, dates and organisers, then the text.
void drawAbout(AppContext& ctx, float labelWidth) {
    sectionHeading(ctx, ctx.tr("eventPanel.about"));
    if (!beginForm("##about", labelWidth)) {
        return;
    }
    textRow(ctx, "eventPanel.place", "##place", EventField::Place, "event.place");
    dateRow(ctx, "eventPanel.startDate", "##start", EventField::StartDate, "event.startDate");
    dateRow(ctx, "eventPanel.endDate", "##end", EventField::EndDate, "event.endDate");
    auto& state = ctx.eventPanel;
    listRows(ctx, EventList::Organisers, "eventPanel.organisers", "event.organiser/",
             "eventPanel.newOrganiser", state.newOrganiser);

    formLabel(ctx.tr("eventPanel.aboutText"));
    disabledWrappedText(ctx.tr("eventPanel.aboutHint"));
    const float lineHeight = ImGui::GetTextLineHeight();
    const model::Event& event = *ctx.event();
    editMultiline(ctx, "##about", ctx.eventPanel.about, event.about, kAboutLines,
                  model::kMaxNoteChars, [&](const std::string& typed) {
                      return app::setEventField(*ctx.event(), EventField::About, typed);
                  });
    ctx.itemRects.record("event.about");

    // The text as the report will show it (the field above wraps too, but
    // in the editor's face and with the caret).
    formLabel("");
    disabledText(ctx.tr("eventPanel.aboutPreview"));
    const float previewHeight =
        lineHeight * kPreviewLines + ImGui::GetStyle().WindowPadding.y * 2.0f;
    if (ImGui::BeginChild("##aboutPreview", ImVec2(0.0f, previewHeight), true)) {
        if (onlyBlanks(event.about)) {
            disabledText(ctx.tr("eventPanel.aboutEmpty"));
        } else {
            wrappedText(event.about);
        }
    }
    ImGui::EndChild();
    endForm();
}

void drawLanguageRow(AppContext& ctx) {
    formLabel(ctx.tr("eventPanel.language"));
    const model::Event& event = *ctx.event();
    static constexpr std::pair<const char*, const char*> kLanguages[] = {
        {"nb", "setup.language.nb"}, {"nn", "setup.language.nn"}, {"en", "setup.language.en"}};
    std::optional<app::Change> step;
    bool first = true;
    for (const auto& [code, labelKey] : kLanguages) {
        if (!first) {
            ImGui::SameLine();
        }
        first = false;
        if (radioButton(ctx.tr(labelKey), event.language == code)) {
            step = app::setEventField(event, EventField::Language, code);
        }
        ctx.itemRects.record("event.language/", code);
    }
    applyStep(ctx, step);
    disabledWrappedText(ctx.tr("eventPanel.languageHint"));
}

// Whose names the public report prints; one undo step per choice.
void drawNamePolicyRow(AppContext& ctx) {
    formLabel(ctx.tr("eventPanel.namePolicy"));
    const model::Event& event = *ctx.event();
    static constexpr model::NamePolicy kPolicies[] = {
        model::NamePolicy::Everyone, model::NamePolicy::WithConsent, model::NamePolicy::Nobody};
    std::optional<app::Change> step;
    ImGui::BeginGroup();
    for (const auto policy : kPolicies) {
        const std::string label = lang::render(ctx.language, app::namePolicyName(policy));
        if (radioButton(label.c_str(), event.namePolicy == policy)) {
            step = app::setNamePolicy(event, policy);
        }
        ctx.itemRects.record("event.namePolicy/", model::toString(policy));
    }
    ImGui::EndGroup();
    applyStep(ctx, step);
    formLabel("");
    disabledWrappedText(ctx.tr("eventPanel.namePolicyHint"));
}

void drawHeadingHelp(AppContext& ctx) {
    const model::Event& event = *ctx.event();
    formLabel("");
    static constexpr std::pair<const char*, const char*> kPlaceholders[] = {
        {"{day}", "eventPanel.placeholder.day"},
        {"{round}", "eventPanel.placeholder.round"},
        {"{roundInDay}", "eventPanel.placeholder.roundInDay"},
        {"{title}", "eventPanel.placeholder.title"}};
    if (ImGui::BeginTable("##placeholders", 2,
                          ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoSavedSettings)) {
        ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("meaning", ImGuiTableColumnFlags_WidthStretch);
        for (const auto& [name, meaningKey] : kPlaceholders) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            text(name);
            ImGui::TableNextColumn();
            disabledWrappedText(ctx.tr(meaningKey));
        }
        ImGui::EndTable();
    }

    const auto unknown = app::unknownPlaceholders(event.labels.roundHeading);
    if (!unknown.empty()) {
        std::string names;
        for (const auto& name : unknown) {
            names += (names.empty() ? "" : ", ") + name;
        }
        problemText(format(ctx.tr("eventPanel.unknownPlaceholder"), {{"names", names}}).c_str());
    }

    formLabel(ctx.tr("eventPanel.example"));
    const auto examples = app::roundHeadingExamples(event, event.labels.roundHeading);
    ImGui::BeginGroup();
    {
        FontScope bold(ctx.fonts.bold);
        ImGui::AlignTextToFramePadding();
        for (size_t i = 0; i < examples.size(); ++i) {
            text(examples[i].empty() ? std::string(ctx.tr("eventPanel.emptyHeading"))
                                     : examples[i]);
            if (i == 0) {
                ctx.itemRects.record("event.headingExample");
            }
        }
    }
    ImGui::EndGroup();
    const bool allSame =
        examples.size() > 1 && std::all_of(examples.begin(), examples.end(),
                                           [&](const std::string& e) { return e == examples[0]; });
    if (allSame) {
        problemText(ctx.tr("eventPanel.headingsAllSame"));
    }
}

void drawReportWords(AppContext& ctx, float labelWidth) {
    sectionHeading(ctx, ctx.tr("eventPanel.reportWords"));
    if (!beginForm("##words", labelWidth)) {
        return;
    }
    drawLanguageRow(ctx);
    drawNamePolicyRow(ctx);
    textRow(ctx, "eventPanel.labelInitiator", "##initiator", EventField::LabelInitiator,
            "event.label/initiator");
    textRow(ctx, "eventPanel.labelFacilitator", "##facilitator", EventField::LabelFacilitator,
            "event.label/facilitator");
    textRow(ctx, "eventPanel.labelParticipantCount", "##count", EventField::LabelParticipantCount,
            "event.label/participantCount");
    textRow(ctx, "eventPanel.labelInputs", "##inputs", EventField::LabelInputs,
            "event.label/inputs");
    textRow(ctx, "eventPanel.labelRoundHeading", "##heading", EventField::LabelRoundHeading,
            "event.label/roundHeading");
    drawHeadingHelp(ctx);

    const model::Event& event = *ctx.event();
    if (event.labels != app::defaultLabels(event.language)) {
        formLabel("");
        const std::string key = "eventPanel.useDefaults." + event.language;
        if (ImGui::Button(ctx.tr(key.c_str()))) {
            applyStep(ctx, app::useDefaultLabels(event, event.language));
        }
        ctx.itemRects.record("event.useDefaultLabels");
    }
    endForm();
}

} // namespace

void drawEventPanel(AppContext& ctx) {
    if (ctx.event() == nullptr) {
        return;
    }
    ImGui::PushID("eventPanel");
    FormStyle formStyle;
    disabledWrappedText(ctx.tr("setup.savedAsYouType"));

    const float frontLabels = labelColumnWidth(
        ctx, {"eventPanel.title", "eventPanel.subtitle", "eventPanel.guidingQuestions"});
    const float aboutLabels =
        labelColumnWidth(ctx, {"eventPanel.place", "eventPanel.startDate", "eventPanel.endDate",
                               "eventPanel.organisers", "eventPanel.aboutText"});
    const float wordLabels = labelColumnWidth(
        ctx, {"eventPanel.language", "eventPanel.namePolicy", "eventPanel.labelInitiator",
              "eventPanel.labelFacilitator", "eventPanel.labelParticipantCount",
              "eventPanel.labelInputs", "eventPanel.labelRoundHeading", "eventPanel.example"});
    // The left column lines up with the front page above it.
    const float leftLabels = std::max(frontLabels, aboutLabels);

    // The front page across the whole width: titles and questions are long lines.
    drawFrontPage(ctx, leftLabels);
    const bool twoColumns =
        ImGui::GetContentRegionAvail().x >= kTwoColumnsMinWidth * ImGui::GetFontSize();
    if (twoColumns &&
        ImGui::BeginTable("##columns", 2,
                          ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_NoSavedSettings)) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        drawAbout(ctx, leftLabels);
        ImGui::TableNextColumn();
        drawReportWords(ctx, wordLabels);
        ImGui::EndTable();
    } else {
        const float labels = std::max(leftLabels, wordLabels);
        drawAbout(ctx, labels);
        drawReportWords(ctx, labels);
    }
    ImGui::PopID();
}

} // namespace innspill::ui
