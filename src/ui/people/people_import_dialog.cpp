// The participant import dialog: source (file or pasted text), the summary
// and per-row preview of the plan, and the import itself.
#include "ui/people/people_import_dialog.hpp"

#include "app/file_listing.hpp"
#include "model/name_match.hpp"
#include "ui/people/people_text.hpp"
#include "ui/people/people_view.hpp"
#include "ui/setup/setup_fields.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/shell/file_actions.hpp"
#include "ui/widgets/buttons.hpp"
#include "ui/widgets/choice_controls.hpp"
#include "ui/widgets/imgui_ext.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>

namespace innspill::ui {

namespace fs = std::filesystem;

namespace {

const ImVec4 kProblemColour{0.72f, 0.11f, 0.05f, 1.0f};
const ImVec4 kCreateColour{0.05f, 0.45f, 0.15f, 1.0f};

// The typed path without the blanks and quotes a copy from a file manager or
// a terminal brings along ('/home/kari/deltakere.csv').
std::string typedPath(const std::string& typed) {
    size_t start = typed.find_first_not_of(" \t");
    if (start == std::string::npos) {
        return {};
    }
    const size_t end = typed.find_last_not_of(" \t");
    std::string path = typed.substr(start, end - start + 1);
    if (path.size() >= 2 && (path.front() == '\'' || path.front() == '"') &&
        path.back() == path.front()) {
        path = path.substr(1, path.size() - 2);
    }
    return path;
}

// The preview's lines: planned people and row errors merged by line.
void buildPreview(PeopleImportState& state) {
    state.preview.clear();
    if (!state.plan) {
        return;
    }
    const auto& plan = *state.plan;
    size_t p = 0;
    size_t e = 0;
    while (p < plan.people.size() || e < plan.errors.size()) {
        const bool takeError =
            e < plan.errors.size() &&
            (p >= plan.people.size() || plan.errors[e].line < plan.people[p].line);
        if (takeError) {
            state.preview.push_back({plan.errors[e].line, -1, static_cast<int>(e)});
            ++e;
        } else {
            state.preview.push_back({plan.people[p].line, static_cast<int>(p), -1});
            ++p;
        }
    }
}

void planFrom(AppContext& ctx, app::ParticipantsCsv csv) {
    PeopleImportState& state = ctx.people.import;
    const model::Event& event = ctx.session->event();
    state.plan = app::planParticipantsImport(event, std::move(csv));
    state.planFingerprint = registerFingerprint(event);
    buildPreview(state);
}

void readFile(AppContext& ctx) {
    PeopleImportState& state = ctx.people.import;
    state.plan.reset();
    state.preview.clear();
    state.readError.clear();
    const std::string typed = typedPath(state.path);
    if (typed.empty()) {
        state.readError = ctx.tr("people.import.noPath");
        return;
    }
    const fs::path path = resolveTypedPath(defaultFolder(ctx), typed);
    const app::ReadResult read = app::readParticipantsFile(path);
    state.readFrom = path.filename().string();
    if (read.problem != app::ReadProblem::None) {
        state.readError = format(
            ctx.tr("people.import.readFailed"),
            {{"file", path.string()}, {"reason", readProblemText(ctx.language, read.problem)}});
        return;
    }
    planFrom(ctx, app::parseParticipantsCsv(read.bytes));
}

void readPasted(AppContext& ctx) {
    PeopleImportState& state = ctx.people.import;
    state.readError.clear();
    state.readFrom = ctx.tr("people.import.pastedText");
    if (model::tidyName(state.pasted).empty()) {
        state.plan.reset();
        state.preview.clear();
        return;
    }
    planFrom(ctx, app::parseParticipantsCsv(state.pasted));
}

void drawSource(AppContext& ctx) {
    PeopleImportState& state = ctx.people.import;
    if (radioButton(ctx.tr("people.import.fromFile"), state.source == ImportSource::File) &&
        state.source != ImportSource::File) {
        state.source = ImportSource::File;
        state.plan.reset();
        state.preview.clear();
        state.readError.clear();
    }
    ctx.itemRects.record("people.import.fromFile");
    ImGui::SameLine();
    if (radioButton(ctx.tr("people.import.fromPaste"), state.source == ImportSource::Paste) &&
        state.source != ImportSource::Paste) {
        state.source = ImportSource::Paste;
        readPasted(ctx);
    }
    ctx.itemRects.record("people.import.fromPaste");

    if (state.source == ImportSource::File) {
        const ImGuiStyle& style = ImGui::GetStyle();
        const float buttons = ImGui::CalcTextSize(ctx.tr("people.import.browse")).x +
                              ImGui::CalcTextSize(ctx.tr("people.import.read")).x +
                              style.FramePadding.x * 4.0f + style.ItemSpacing.x * 2.0f;
        ImGui::SetNextItemWidth(
            std::max(ImGui::GetFontSize() * 10.0f, ImGui::GetContentRegionAvail().x - buttons));
        const bool enter =
            ImGui::InputTextWithHint("##path", ctx.tr("people.import.pathHint"), &state.path,
                                     ImGuiInputTextFlags_EnterReturnsTrue);
        ctx.itemRects.record("people.import.path");
        ImGui::SameLine();
        if (ImGui::Button(ctx.tr("people.import.browse"))) {
            FileBrowserRequest request;
            request.mode = FileBrowserMode::Open;
            request.titleKey = "people.import.browseTitle";
            request.filters = {FileFilter{"people.import.filterCsv", {".csv", ".txt", ".tsv"}},
                               FileFilter{"browser.filterAll", {}}};
            request.folder = defaultFolder(ctx);
            request.sessionsFolder = ctx.mainWindow.files.sessionsFolder;
            openFileBrowser(state.browser, std::move(request));
        }
        ctx.itemRects.record("people.import.browse");
        ImGui::SameLine();
        if (ImGui::Button(ctx.tr("people.import.read")) || enter) {
            readFile(ctx);
        }
        ctx.itemRects.record("people.import.read");
        if (drawFileBrowser(ctx, state.browser)) {
            state.path = state.browser.chosen.string();
            const std::string folder = state.browser.chosen.parent_path().string();
            if (ctx.settings.lastFolder != folder) {
                ctx.settings.lastFolder = folder;
                ctx.settingsChanged();
            }
            readFile(ctx);
        }
    } else {
        disabledText(ctx.tr("people.import.pasteHint"));
        // Tabs allowed: a spreadsheet's copy separates cells with them (the
        // field then keeps the Tab key too: a click elsewhere leaves it).
        if (ImGui::InputTextMultiline("##pasted", &state.pasted,
                                      ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * 7.0f),
                                      ImGuiInputTextFlags_AllowTabInput)) {
            readPasted(ctx);
        }
        ctx.itemRects.record("people.import.pasted");
    }
}

void drawSummary(AppContext& ctx) {
    PeopleImportState& state = ctx.people.import;
    if (!state.readError.empty()) {
        problemText(state.readError.c_str());
        return;
    }
    if (!state.plan) {
        return;
    }
    const auto& plan = *state.plan;
    if (plan.csv.problem != app::CsvProblem::None) {
        problemText(format(ctx.tr("people.import.cannotRead"),
                           {{"source", state.readFrom},
                            {"reason", csvProblemText(ctx.language, plan.csv.problem)}})
                        .c_str());
        if (plan.csv.problem == app::CsvProblem::NoNameColumn && !plan.csv.ignoredColumns.empty()) {
            std::string header;
            for (const auto& column : plan.csv.ignoredColumns) {
                header += (header.empty() ? "" : ", ") + column;
            }
            disabledWrappedText(format(ctx.tr("people.import.firstRow"), {{"columns", header}}));
        }
        return;
    }
    wrappedText(format(ctx.tr("people.import.source"),
                       {{"source", state.readFrom},
                        {"encoding", encodingName(ctx.language, plan.csv.encoding)},
                        {"delimiter", delimiterName(ctx.language, plan.csv.delimiter)},
                        {"rows", std::to_string(plan.csv.dataRows)}}));
    const size_t skipped = plan.errors.size();
    ImGui::TextColored(
        kCreateColour, "%s",
        format(ctx.tr("people.import.counts"), {{"creates", std::to_string(plan.creates)},
                                                {"updates", std::to_string(plan.updates)},
                                                {"unchanged", std::to_string(plan.unchanged)}})
            .c_str());
    ctx.itemRects.record("people.import.counts");
    if (skipped > 0) {
        ImGui::SameLine();
        ImGui::TextColored(
            kProblemColour, "%s",
            countText(ctx, skipped, "people.import.skippedOne", "people.import.skippedMany")
                .c_str());
    }
    if (!plan.csv.ignoredColumns.empty()) {
        std::string columns;
        for (const auto& column : plan.csv.ignoredColumns) {
            columns += (columns.empty() ? "" : ", ") + ("«" + column + "»");
        }
        disabledWrappedText(format(ctx.tr("people.import.ignored"), {{"columns", columns}}));
    }
    disabledWrappedText(ctx.tr("people.import.emptyCells"));
}

// A changed value with what it was, e.g. "NAV Oslo  (var: NAV)".
void changedValue(AppContext& ctx, const std::string& after, const std::string* before) {
    text(after);
    if (before != nullptr && *before != after) {
        ImGui::SameLine();
        disabledText(format(ctx.tr("people.import.was"),
                            {{"value", before->empty() ? ctx.tr("value.none") : *before}}));
    }
}

void previewRow(AppContext& ctx, const ImportPreviewLine& line) {
    const auto& plan = *ctx.people.import.plan;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    char number[24];
    std::snprintf(number, sizeof number, "%zu", line.line);
    disabledText(number);
    ImGui::TableNextColumn();
    if (line.error >= 0) {
        const app::RowError& error = plan.errors[static_cast<size_t>(line.error)];
        ImGui::TextColored(kProblemColour, "%s", ctx.tr("people.import.skipped"));
        ImGui::TableNextColumn();
        // The row has nothing else to show: let the message run on over the
        // empty cells to its right instead of cutting it at the name column.
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float right = ImGui::GetWindowPos().x + ImGui::GetWindowSize().x;
        ImGui::PushClipRect(ImVec2(at.x, at.y - 1.0f),
                            ImVec2(right, at.y + ImGui::GetTextLineHeightWithSpacing()), false);
        ImGui::PushStyleColor(ImGuiCol_Text, kProblemColour);
        text(rowErrorText(ctx.language, error));
        ImGui::PopStyleColor();
        ImGui::PopClipRect();
        if (ctx.itemRects.enabled()) {
            ctx.itemRects.record("people.import.error/", std::to_string(line.line));
        }
        return;
    }
    const app::PlannedPerson& person = plan.people[static_cast<size_t>(line.planned)];
    const model::Person* before = person.before ? &*person.before : nullptr;
    switch (person.action) {
    case app::ImportAction::Create:
        ImGui::TextColored(kCreateColour, "%s", ctx.tr("people.import.create"));
        break;
    case app::ImportAction::Update:
        text(ctx.tr("people.import.update"));
        break;
    case app::ImportAction::Unchanged:
        disabledText(ctx.tr("people.import.unchanged"));
        break;
    }
    if (ctx.itemRects.enabled()) {
        ctx.itemRects.record("people.import.row/", std::to_string(line.line));
    }
    ImGui::TableNextColumn();
    text(person.after.name);
    ImGui::TableNextColumn();
    changedValue(ctx, person.after.organisation, before ? &before->organisation : nullptr);
    ImGui::TableNextColumn();
    const std::string perspectiveBefore =
        before ? perspectiveLabel(ctx.language, before->perspective) : "";
    changedValue(ctx, perspectiveLabel(ctx.language, person.after.perspective),
                 before ? &perspectiveBefore : nullptr);
    ImGui::TableNextColumn();
    const std::string consentBefore =
        before ? ctx.tr(before->consent ? "people.yes" : "people.no") : "";
    changedValue(ctx, ctx.tr(person.after.consent ? "people.yes" : "people.no"),
                 before ? &consentBefore : nullptr);
}

void drawPreview(AppContext& ctx, float height) {
    PeopleImportState& state = ctx.people.import;
    if (!state.plan || state.plan->csv.problem != app::CsvProblem::None || state.preview.empty()) {
        ImGui::Dummy(ImVec2(0.0f, height));
        return;
    }
    checkbox(ctx.tr("people.import.onlyProblems"), &state.onlyProblems);
    ctx.itemRects.record("people.import.onlyProblems");
    height -= ImGui::GetFrameHeightWithSpacing();
    std::vector<const ImportPreviewLine*> lines;
    lines.reserve(state.preview.size());
    for (const auto& line : state.preview) {
        if (!state.onlyProblems || line.error >= 0) {
            lines.push_back(&line);
        }
    }
    constexpr ImGuiTableFlags kFlags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_BordersOuter |
        ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX | ImGuiTableFlags_Resizable |
        ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoSavedSettings;
    if (!ImGui::BeginTable("##preview", 6, kFlags, ImVec2(0.0f, std::max(height, 60.0f)))) {
        return;
    }
    const float font = ImGui::GetFontSize();
    ImGui::TableSetupColumn(ctx.tr("people.import.line"), ImGuiTableColumnFlags_WidthFixed,
                            font * 3.0f);
    ImGui::TableSetupColumn(ctx.tr("people.import.result"), ImGuiTableColumnFlags_WidthFixed,
                            font * 6.0f);
    ImGui::TableSetupColumn(ctx.tr("people.column.name"), ImGuiTableColumnFlags_WidthFixed,
                            font * 13.0f);
    ImGui::TableSetupColumn(ctx.tr("people.column.organisation"), ImGuiTableColumnFlags_WidthFixed,
                            font * 16.0f);
    ImGui::TableSetupColumn(ctx.tr("people.column.perspective"), ImGuiTableColumnFlags_WidthFixed,
                            font * 11.0f);
    ImGui::TableSetupColumn(ctx.tr("people.column.consent"), ImGuiTableColumnFlags_WidthFixed,
                            font * 8.0f);
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(lines.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            ImGui::PushID(i);
            previewRow(ctx, *lines[static_cast<size_t>(i)]);
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

bool importNow(AppContext& ctx) {
    PeopleImportState& state = ctx.people.import;
    // Planned again against the register as it is now, so the change's
    // before states are exactly the model's.
    const model::Event& event = ctx.session->event();
    const app::ParticipantsImportPlan plan = app::planParticipantsImport(event, state.plan->csv);
    const app::Change change = app::participantsImportChange(plan);
    if (change.empty()) {
        return false;
    }
    ctx.session->apply(change);
    ctx.people.notice =
        format(ctx.tr("people.imported"), {{"creates", std::to_string(plan.creates)},
                                           {"updates", std::to_string(plan.updates)},
                                           {"skipped", std::to_string(plan.errors.size())}});
    state.plan.reset();
    state.preview.clear();
    state.pasted.clear();
    return true;
}

} // namespace

void openPeopleImport(AppContext& ctx) {
    PeopleImportState& state = ctx.people.import;
    state.openRequested = true;
    state.plan.reset();
    state.preview.clear();
    state.readError.clear();
    state.onlyProblems = false;
}

bool drawPeopleImportDialog(AppContext& ctx) {
    PeopleImportState& state = ctx.people.import;
    if (state.openRequested) {
        ImGui::OpenPopup(kPeopleImportPopup);
        state.openRequested = false;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(ImVec2(viewport->WorkSize.x * 0.85f, viewport->WorkSize.y * 0.85f),
                             ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    const std::string title = std::string(ctx.tr("people.import.title")) + kPeopleImportPopup;
    bool keepOpen = true;
    if (!ImGui::BeginPopupModal(title.c_str(), &keepOpen, ImGuiWindowFlags_NoSavedSettings)) {
        return false;
    }
    if (ctx.session == nullptr) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return false;
    }
    // The register changed under the dialog (an undo from the menu): plan again.
    if (state.plan && state.planFingerprint != registerFingerprint(ctx.session->event())) {
        planFrom(ctx, state.plan->csv);
    }

    // Borders: the light theme's white fields and boxes vanish on the white popup.
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    ImGui::PushTextWrapPos(0.0f);
    text(ctx.tr("people.import.intro"));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    drawSource(ctx);
    ImGui::Separator();
    drawSummary(ctx);

    const float footer = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
    drawPreview(ctx, ImGui::GetContentRegionAvail().y - footer);

    bool imported = false;
    const bool canImport = state.plan && state.plan->canImport();
    ImGui::BeginDisabled(!canImport);
    const std::string confirm =
        canImport ? format(ctx.tr("people.import.confirm"),
                           {{"n", std::to_string(state.plan->creates + state.plan->updates)}})
                  : std::string(ctx.tr("people.import.confirmNone"));
    if (primaryButton(confirm.c_str())) {
        imported = importNow(ctx);
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndDisabled();
    ctx.itemRects.record("people.import.confirm");
    ImGui::SameLine();
    const bool escape = ImGui::IsWindowFocused() && ext::escapeClosesDialog(false, true);
    if (ImGui::Button(ctx.tr("people.cancel")) || !keepOpen || escape) {
        ImGui::CloseCurrentPopup();
    }
    ctx.itemRects.record("people.import.cancel");
    ImGui::PopStyleVar();
    ImGui::EndPopup();
    return imported;
}

} // namespace innspill::ui
