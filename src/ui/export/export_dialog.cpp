// The export dialog: choices on the left, the preview on the right, and the
// export's progress and result under the choices.
#include "ui/export/export_dialog.hpp"

#include "app/open_external.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/shell/dialog.hpp"
#include "ui/shell/file_actions.hpp"
#include "ui/widgets/buttons.hpp"
#include "ui/widgets/choice_controls.hpp"
#include "ui/widgets/imgui_ext.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace innspill::ui {

namespace fs = std::filesystem;
using app::ExportFormat;
using app::ExportJobState;
using app::ReportKind;

namespace {

const ImVec4 kErrorColour(0.75f, 0.1f, 0.1f, 1.0f);
const ImVec4 kWarningColour(0.62f, 0.30f, 0.0f, 1.0f);
const ImVec4 kDoneColour(0.10f, 0.45f, 0.18f, 1.0f);
// While an export runs the dialog redraws this often for its progress bar.
constexpr double kProgressFrameSeconds = 1.0 / 30.0;

const char* formatKey(ExportFormat format) {
    switch (format) {
    case ExportFormat::Pdf:
        return "export.format.pdf";
    case ExportFormat::Docx:
        return "export.format.docx";
    case ExportFormat::Html:
        return "export.format.html";
    case ExportFormat::Markdown:
        return "export.format.md";
    case ExportFormat::Xlsx:
        return "export.format.xlsx";
    case ExportFormat::Csv:
        return "export.format.csv";
    case ExportFormat::Json:
        return "export.format.json";
    }
    return "export.format.pdf";
}

const char* filterKey(ExportFormat format) {
    switch (format) {
    case ExportFormat::Pdf:
        return "export.filter.pdf";
    case ExportFormat::Docx:
        return "export.filter.docx";
    case ExportFormat::Html:
        return "export.filter.html";
    case ExportFormat::Markdown:
        return "export.filter.md";
    case ExportFormat::Xlsx:
        return "export.filter.xlsx";
    case ExportFormat::Csv:
        return "export.filter.csv";
    case ExportFormat::Json:
        return "export.filter.json";
    }
    return "export.filter.pdf";
}

app::ReportOptions optionsOf(const ExportDialogState& state) {
    app::ReportOptions options;
    options.kind = state.kind;
    options.includeAppendix = state.includeAppendix;
    return options;
}

bool previewIsCurrent(const ExportDialogState& state) {
    const ExportPreview& preview = state.preview;
    const PreviewMode mode = previewModeFor(state.format);
    if (!preview.built || preview.mode != mode) {
        return false;
    }
    switch (mode) {
    case PreviewMode::Report:
        return preview.kind == state.kind && preview.includeAppendix == state.includeAppendix;
    case PreviewMode::Table:
        return preview.includeAppendix == state.includeAppendix;
    case PreviewMode::Archive:
        return true;
    }
    return false;
}

// "2,5" in Norwegian (bokmål and nynorsk), "2.5" in English.
std::string decimal(const AppContext& ctx, double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    std::string text = buffer;
    if (ctx.language != Language::En) {
        std::replace(text.begin(), text.end(), '.', ',');
    }
    return text;
}

std::string sizeText(const AppContext& ctx, std::uintmax_t bytes) {
    if (bytes < 1024) {
        return std::to_string(bytes) + " B";
    }
    if (bytes < 1024 * 1024) {
        return std::to_string((bytes + 512) / 1024) + " kB";
    }
    return decimal(ctx, static_cast<double>(bytes) / (1024.0 * 1024.0)) + " MB";
}

void colouredWrapped(const ImVec4& colour, std::string_view value) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    wrappedText(value);
    ImGui::PopStyleColor();
}

void sectionLabel(AppContext& ctx, const char* key) {
    FontScope bold(ctx.fonts.bold);
    text(ctx.tr(key));
}

void drawFormatChoice(AppContext& ctx, ExportDialogState& state) {
    sectionLabel(ctx, "export.format");
    for (const auto& info : app::exportFormats()) {
        ImGui::PushID(info.name);
        if (radioButton(ctx.tr(formatKey(info.format)), state.format == info.format)) {
            state.format = info.format;
        }
        // The keyboard starts at the top of the form, on the chosen format.
        if (state.format == info.format) {
            ImGui::SetItemDefaultFocus();
        }
        ctx.itemRects.record("export.format/", info.name);
        ImGui::PopID();
    }
}

void drawKindChoice(AppContext& ctx, ExportDialogState& state) {
    sectionLabel(ctx, "export.kind");
    const bool applies = previewModeFor(state.format) == PreviewMode::Report;
    ImGui::BeginDisabled(!applies);
    if (radioButton(ctx.tr("export.kind.proceedings"), state.kind == ReportKind::Proceedings)) {
        state.kind = ReportKind::Proceedings;
    }
    ctx.itemRects.record("export.kind/proceedings");
    if (radioButton(ctx.tr("export.kind.thematic"), state.kind == ReportKind::Thematic)) {
        state.kind = ReportKind::Thematic;
    }
    ctx.itemRects.record("export.kind/thematic");
    ImGui::EndDisabled();
    if (!applies) {
        disabledWrappedText(ctx.tr("export.kind.notApplicable"));
    }
    // The challenge report is a report and, in CSV and Excel, its
    // traceability table: it applies to every format but the archive.
    ImGui::BeginDisabled(previewModeFor(state.format) == PreviewMode::Archive);
    if (radioButton(ctx.tr("export.kind.challenges"), state.kind == ReportKind::Challenges)) {
        state.kind = ReportKind::Challenges;
    }
    ctx.itemRects.record("export.kind/challenges");
    ImGui::EndDisabled();
}

// The appendix is a question with two explicit answers, never a checkbox
// one might tick in passing: "yes" puts every participant's name in the file.
void drawAppendixChoice(AppContext& ctx, ExportDialogState& state) {
    const PreviewMode mode = previewModeFor(state.format);
    if (mode == PreviewMode::Archive) {
        sectionLabel(ctx, "export.appendix.heading");
        colouredWrapped(kWarningColour, ctx.tr("export.json.names"));
        return;
    }
    {
        FontScope bold(ctx.fonts.bold);
        wrappedText(ctx.tr("export.appendix.question"));
    }
    ctx.itemRects.record("export.appendix.question");
    if (radioButton(ctx.tr("export.appendix.no"), !state.includeAppendix)) {
        state.includeAppendix = false;
    }
    ctx.itemRects.record("export.appendix/no");
    if (radioButton(ctx.tr("export.appendix.yes"), state.includeAppendix)) {
        state.includeAppendix = true;
    }
    ctx.itemRects.record("export.appendix/yes");
    if (state.includeAppendix) {
        colouredWrapped(kWarningColour,
                        ctx.tr(mode == PreviewMode::Table ? "export.appendix.tableWarning"
                                                          : "export.appendix.warning"));
    }
}

fs::path exportFolder(const AppContext& ctx, const ExportDialogState& state) {
    if (!state.lastFolder.empty() && app::pathKind(state.lastFolder) == app::PathKind::Folder) {
        return state.lastFolder;
    }
    if (!state.exportsFolder.empty() &&
        app::pathKind(state.exportsFolder) == app::PathKind::Folder) {
        return state.exportsFolder;
    }
    return defaultFolder(ctx); // the event's folder, the last used, Documents/Innspill
}

void openTargetBrowser(AppContext& ctx, ExportDialogState& state) {
    const auto& info = app::infoFor(state.format);
    FileBrowserRequest request;
    request.mode = FileBrowserMode::Save;
    request.titleKey = "export.browserTitle";
    request.confirmKey = "export.browserConfirm";
    request.filters = {FileFilter{filterKey(state.format), {info.extension}},
                       FileFilter{"browser.filterAll", {}}};
    request.folder = exportFolder(ctx, state);
    request.sessionsFolder = ctx.mainWindow.files.sessionsFolder;
    request.fileName = app::exportFileName(ctx.session->event(), state.format, optionsOf(state));
    openFileBrowser(state.browser, std::move(request));
    state.browsing = true;
}

// An indeterminate bar: a segment sweeping across while the export runs
// (rendering has no measurable fraction), with the elapsed time beside it.
void drawProgress(AppContext& ctx, const ExportDialogState& state) {
    const app::ExportJob& job = *state.job;
    const std::string file = job.outcome().target.filename().string();
    const char* key = job.step() == app::ExportStep::Writing ? "export.writing" : "export.running";
    wrappedText(
        format(ctx.tr(key), {{"file", file}, {"seconds", decimal(ctx, job.elapsedSeconds())}}));
    const float width = std::max(ImGui::GetContentRegionAvail().x, 1.0f);
    const float height = ImGui::GetFrameHeight() * 0.6f;
    const ImVec2 min = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, height));
    ctx.itemRects.record("export.progress");
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rounding = ImGui::GetStyle().FrameRounding;
    draw->AddRectFilled(min, ImVec2(min.x + width, min.y + height),
                        ImGui::GetColorU32(ImGuiCol_FrameBgActive), rounding);
    draw->AddRect(min, ImVec2(min.x + width, min.y + height), ImGui::GetColorU32(ImGuiCol_Border),
                  rounding);
    const float segment = width * 0.3f;
    const double phase = std::fmod(ImGui::GetTime() * 0.6, 1.0);
    const float start = static_cast<float>(phase) * (width + segment) - segment;
    const float left = std::max(0.0f, start);
    const float right = std::min(width, start + segment);
    if (right > left) {
        draw->AddRectFilled(ImVec2(min.x + left, min.y), ImVec2(min.x + right, min.y + height),
                            ImGui::GetColorU32(ImGuiCol_SliderGrabActive), rounding);
    }
}

void takeOpenFailures(ExportDialogState& state) {
    std::lock_guard lock(state.openFailures->mutex);
    if (!state.openFailures->messages.empty()) {
        state.openError = state.openFailures->messages.back();
        state.openFailures->messages.clear();
    }
}

void openWithDesktop(AppContext& ctx, ExportDialogState& state, const fs::path& target) {
    std::weak_ptr<OpenFailureBox> box = state.openFailures;
    const auto wake = ctx.wakeFromAnyThread;
    // A late failure is worded in the language of the moment it was asked for.
    state.openError = lang::render(
        ctx.language, app::openExternal(target, {.program = "xdg-open",
                                                 .onFailure = [box, wake, language = ctx.language](
                                                                  const lang::Message& message) {
                                                     if (auto alive = box.lock()) {
                                                         std::lock_guard lock(alive->mutex);
                                                         alive->messages.push_back(
                                                             lang::render(language, message));
                                                         if (wake) {
                                                             wake();
                                                         }
                                                     }
                                                 }}));
}

void drawResult(AppContext& ctx, ExportDialogState& state) {
    const app::ExportJob& job = *state.job;
    const app::ExportOutcome outcome = job.outcome();
    switch (job.state()) {
    case ExportJobState::Idle:
    case ExportJobState::Running:
        return;
    case ExportJobState::Succeeded: {
        colouredWrapped(kDoneColour, format(ctx.tr("export.done"),
                                            {{"file", outcome.target.filename().string()},
                                             {"size", sizeText(ctx, outcome.bytes)},
                                             {"seconds", decimal(ctx, job.elapsedSeconds())}}));
        ctx.itemRects.record("export.done");
        disabledWrappedText(outcome.target.parent_path().string());
        if (ImGui::Button(ctx.tr("export.openFile"))) {
            openWithDesktop(ctx, state, outcome.target);
        }
        ctx.itemRects.record("export.openFile");
        ImGui::SameLine();
        if (ImGui::Button(ctx.tr("export.showFolder"))) {
            openWithDesktop(ctx, state, outcome.target.parent_path());
        }
        ctx.itemRects.record("export.showFolder");
        break;
    }
    case ExportJobState::Failed:
        colouredWrapped(kErrorColour, ctx.tr("export.failed"));
        colouredWrapped(kErrorColour, lang::render(ctx.language, outcome.message));
        ctx.itemRects.record("export.error");
        break;
    case ExportJobState::Cancelled:
        disabledWrappedText(ctx.tr("export.cancelled"));
        ctx.itemRects.record("export.cancelled");
        break;
    }
    takeOpenFailures(state);
    if (!state.openError.empty()) {
        colouredWrapped(kErrorColour, state.openError);
        ctx.itemRects.record("export.openError");
    }
}

void drawActions(AppContext& ctx, ExportDialogState& state) {
    app::ExportJob& job = *state.job;
    if (job.running()) {
        drawProgress(ctx, state);
        if (ImGui::Button(ctx.tr("export.cancel"))) {
            job.cancel();
        }
        ctx.itemRects.record("export.cancel");
        ctx.wakeIn(kProgressFrameSeconds);
        return;
    }
    // The Export button itself is in the dialog's footer, always in view.
    drawResult(ctx, state);
}

void drawChoices(AppContext& ctx, ExportDialogState& state) {
    // The light style draws an unselected radio button white on white: a
    // border shows every answer as an answer.
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    // The running export has its own copy of the choices; changing them
    // meanwhile would only make the preview disagree with the file.
    ImGui::BeginDisabled(state.job->running());
    drawFormatChoice(ctx, state);
    ImGui::Spacing();
    ImGui::Separator();
    drawKindChoice(ctx, state);
    ImGui::Spacing();
    ImGui::Separator();
    drawAppendixChoice(ctx, state);
    ImGui::EndDisabled();
    ImGui::PopStyleVar();
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    drawActions(ctx, state);
}

} // namespace

void openExportDialog(AppContext& ctx) {
    if (ctx.session == nullptr) {
        return;
    }
    ExportDialogState& state = ctx.exportDialog;
    state.openRequested = true;
    // Every time the question is asked afresh: an internal report is never
    // made from a choice remembered from last time.
    state.includeAppendix = false;
    state.preview = ExportPreview(); // the event may have changed since
    state.openError.clear();
    if (state.job->finished()) {
        state.job->reset();
    }
}

void startExport(AppContext& ctx, const fs::path& target) {
    if (ctx.session == nullptr) {
        return;
    }
    ExportDialogState& state = ctx.exportDialog;
    app::ExportRequest request;
    request.event = ctx.session->event();
    request.format = state.format;
    request.options = optionsOf(state);
    request.target = target;
    request.eventFile = ctx.session->path(); // the photos' bytes, read by the job
    state.jobFormat = state.format;
    state.openError.clear();
    state.lastFolder = target.parent_path();
    const auto wake = ctx.wakeFromAnyThread;
    state.job->start(std::move(request), [wake] {
        if (wake) {
            wake();
        }
    });
}

void drawExportDialog(AppContext& ctx) {
    ExportDialogState& state = ctx.exportDialog;
    bool keepOpen = true;
    if (!beginEventDialog(state.openRequested, ctx.session != nullptr, kExportDialogPopup,
                          ctx.tr("export.title"), ImVec2(0.9f, 0.88f), keepOpen)) {
        return;
    }
    if (!previewIsCurrent(state)) {
        buildExportPreview(state.preview, ctx.session->event(), state.format, state.kind,
                           state.includeAppendix);
    }

    const ImGuiStyle& style = ImGui::GetStyle();
    const float footer = ImGui::GetFrameHeightWithSpacing() + style.ItemSpacing.y;
    const float bodyHeight = std::max(ImGui::GetContentRegionAvail().y - footer, 1.0f);
    const float choicesWidth =
        std::min(ImGui::GetFontSize() * 24.0f, ImGui::GetContentRegionAvail().x * 0.45f);

    // Flattened: the arrow keys go from the choices on to the dialog's buttons.
    if (ImGui::BeginChild("##choices", ImVec2(choicesWidth, bodyHeight), false,
                          ImGuiWindowFlags_NavFlattened)) {
        drawChoices(ctx, state);
    }
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginGroup();
    {
        FontScope bold(ctx.fonts.bold);
        text(ctx.tr("export.preview"));
    }
    if (ImGui::BeginChild("##previewArea",
                          ImVec2(0.0f, bodyHeight - ImGui::GetTextLineHeightWithSpacing()),
                          false)) {
        drawExportPreview(ctx, state.preview);
    }
    ImGui::EndChild();
    ImGui::EndGroup();

    // The file browser is a popup of this dialog, so it belongs to its ID
    // stack. An Escape while it is open is the browser's.
    const bool browserWasOpen = state.browsing || ImGui::IsPopupOpen(kFileBrowserPopup);
    if (drawNestedFileBrowser(ctx, state.browser, state.browsing)) {
        startExport(ctx, state.browser.chosen);
    }

    // Closing while an export runs cancels it; a finished file stays.
    const bool running = state.job->running();
    const char* closeLabel = ctx.tr(running ? "export.cancelClose" : "export.close");
    // The footer, right-aligned: the primary Export (while none runs), then Close.
    const std::string startLabel = std::string(ctx.tr("export.start")) + "###exportStart";
    const auto buttonWidth = [&](const char* label) {
        return ImGui::CalcTextSize(label, nullptr, true).x + style.FramePadding.x * 2.0f;
    };
    const float footerWidth =
        buttonWidth(closeLabel) +
        (running ? 0.0f : buttonWidth(startLabel.c_str()) + style.ItemSpacing.x);
    ImGui::SetCursorPosX(
        std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - footerWidth));
    if (!running) {
        if (primaryButton(startLabel.c_str())) {
            openTargetBrowser(ctx, state);
        }
        ctx.itemRects.record("export.start");
        ImGui::SameLine();
    }
    bool close = ImGui::Button(closeLabel) || !keepOpen;
    ctx.itemRects.record("export.close");
    if (ext::escapeClosesDialog(browserWasOpen, true)) {
        close = true;
    }
    if (close) {
        state.job->cancel();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

} // namespace innspill::ui
