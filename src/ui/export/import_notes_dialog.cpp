// The import-notes dialog: the text on the left, the preview on the right,
// Import and Close under them.
#include "ui/export/import_notes_dialog.hpp"

#include "app/messages.hpp"
#include "app/text_path.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/shell/dialog.hpp"
#include "ui/shell/file_actions.hpp"
#include "ui/widgets/buttons.hpp"
#include "ui/widgets/choice_controls.hpp"
#include "ui/widgets/imgui_ext.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace innspill::ui {

namespace fs = std::filesystem;

namespace {

const ImVec4 kErrorColour(0.75f, 0.1f, 0.1f, 1.0f);
const ImVec4 kWarningColour(0.62f, 0.30f, 0.0f, 1.0f);
const ImVec4 kDoneColour(0.10f, 0.45f, 0.18f, 1.0f);

bool isBlank(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

const char* encodingKey(app::SourceEncoding encoding) {
    switch (encoding) {
    case app::SourceEncoding::Utf8WithBom:
        return "notes.encoding.utf8Bom";
    case app::SourceEncoding::Windows1252:
        return "notes.encoding.windows1252";
    case app::SourceEncoding::Utf8:
        break;
    }
    return "notes.encoding.utf8";
}

// The plan against the event as it is now; empty text plans nothing.
void rebuildPlan(AppContext& ctx, ImportNotesDialogState& state) {
    state.planStale = false;
    state.plan.reset();
    state.planError.clear();
    if (ctx.session == nullptr || isBlank(state.text)) {
        return;
    }
    try {
        state.plan = app::importNotesText(ctx.session->event(), state.text);
        if (state.namesPublished) {
            app::recordNamesPublished(*state.plan);
        }
    } catch (const app::ParseError& error) {
        state.planError = app::describe(error, state.sourceName.empty()
                                                   ? app::pathFromUtf8(ctx.tr("notes.pastedName"))
                                                   : app::pathFromUtf8(state.sourceName));
    }
}

bool planChangesSomething(const app::NotesImport& plan) {
    return !plan.created.empty() || !plan.updated.empty() || !plan.groups.empty() ||
           !plan.people.empty() || plan.eventFieldsChanged || plan.programmeChanged;
}

void textEdited(ImportNotesDialogState& state) {
    state.planStale = true;
    state.editedAt = ImGui::GetTime();
    state.imported = false;
    state.fileError.clear();
    if (!state.sourceName.empty()) {
        state.sourceEdited = true;
    }
}

// A list of one-line entries, clipped so a 1,000-group import stays cheap;
// an entry too long for the pane shows whole in its tooltip.
// The import's lines in the UI's language (worded each frame: a language
// switch re-words an open dialog).
std::vector<std::string> worded(const AppContext& ctx, const std::vector<lang::Message>& lines) {
    std::vector<std::string> texts;
    texts.reserve(lines.size());
    for (const auto& line : lines) {
        texts.push_back(lang::render(ctx.language, line));
    }
    return texts;
}

void drawLines(AppContext& ctx, const char* recordPrefix, const std::vector<std::string>& lines) {
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(lines.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const std::string& line = lines[static_cast<size_t>(i)];
            ImGui::PushID(i);
            ImGui::Bullet();
            text(line);
            ctx.itemRects.record(recordPrefix, line);
            if (ImGui::IsItemHovered() &&
                ImGui::GetItemRectMax().x > ImGui::GetWindowPos().x + ImGui::GetWindowWidth()) {
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(ImGui::GetFontSize() * 36.0f);
                wrappedText(line);
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
            ImGui::PopID();
        }
    }
}

void heading(AppContext& ctx, const std::string& value) {
    ImGui::Spacing();
    FontScope bold(ctx.fonts.bold);
    text(value);
}

void drawPlan(AppContext& ctx, const app::NotesImport& plan) {
    wrappedText(format(ctx.tr("notes.counts"), {{"groups", std::to_string(plan.groupsRead)},
                                                {"inputs", std::to_string(plan.inputsRead)},
                                                {"subPoints", std::to_string(plan.subPointsRead)},
                                                {"people", std::to_string(plan.newPeople)}}));
    ctx.itemRects.record("notes.counts");
    if (!planChangesSomething(plan)) {
        ImGui::Spacing();
        disabledWrappedText(ctx.tr("notes.nothing"));
        ctx.itemRects.record("notes.nothing");
    }
    if (!plan.created.empty()) {
        heading(ctx, format(ctx.tr("notes.created"), {{"n", std::to_string(plan.created.size())}}));
        drawLines(ctx, "notes.created/", worded(ctx, plan.created));
    }
    if (!plan.updated.empty()) {
        heading(ctx, format(ctx.tr("notes.updated"), {{"n", std::to_string(plan.updated.size())}}));
        drawLines(ctx, "notes.updated/", worded(ctx, plan.updated));
    }
    if (!plan.warnings.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, kWarningColour);
        heading(ctx,
                format(ctx.tr("notes.warnings"), {{"n", std::to_string(plan.warnings.size())}}));
        ImGui::PopStyleColor();
        std::vector<std::string> lines;
        lines.reserve(plan.warnings.size());
        for (const auto& warning : plan.warnings) {
            lines.push_back(warning.line > 0
                                ? format(ctx.tr("notes.line"),
                                         {{"line", std::to_string(warning.line)},
                                          {"message", lang::render(ctx.language, warning.message)}})
                                : lang::render(ctx.language, warning.message));
        }
        drawLines(ctx, "notes.warning/", lines);
    }
}

void drawPreview(AppContext& ctx, ImportNotesDialogState& state) {
    if (state.imported) {
        ImGui::PushStyleColor(ImGuiCol_Text, kDoneColour);
        wrappedText(
            format(ctx.tr("notes.imported"), {{"created", std::to_string(state.importedCreated)},
                                              {"updated", std::to_string(state.importedUpdated)}}));
        ImGui::PopStyleColor();
        ctx.itemRects.record("notes.imported");
        ImGui::Separator();
    }
    if (!state.planError.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, kErrorColour);
        wrappedText(state.planError);
        ImGui::PopStyleColor();
        ctx.itemRects.record("notes.planError");
        return;
    }
    if (state.plan) {
        drawPlan(ctx, *state.plan);
    } else if (state.planStale && !isBlank(state.text)) {
        disabledText(ctx.tr("notes.reading"));
    } else {
        disabledWrappedText(ctx.tr("notes.empty"));
    }
}

void drawSourceLine(AppContext& ctx, ImportNotesDialogState& state) {
    if (ImGui::Button(ctx.tr("notes.chooseFile"))) {
        FileBrowserRequest request;
        request.mode = FileBrowserMode::Open;
        request.titleKey = "notes.browserTitle";
        request.filters = {FileFilter{"notes.filterText", {".txt"}},
                           FileFilter{"browser.filterAll", {}}};
        request.folder = defaultFolder(ctx);
        request.sessionsFolder = ctx.mainWindow.files.sessionsFolder;
        openFileBrowser(state.browser, std::move(request));
        state.browsing = true;
    }
    ctx.itemRects.record("notes.chooseFile");
    ImGui::SameLine();
    ImGui::BeginDisabled(state.text.empty());
    if (ImGui::Button(ctx.tr("notes.clear"))) {
        state.text.clear();
        state.textReplaced = true;
        state.sourceName.clear();
        state.sourceEdited = false;
        textEdited(state);
        state.editedAt = -1.0e9; // nothing to wait for
    }
    ImGui::EndDisabled();
    ctx.itemRects.record("notes.clear");
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    if (state.sourceName.empty()) {
        disabledText(ctx.tr("notes.source.pasted"));
    } else {
        disabledText(format(
            ctx.tr(state.sourceEdited ? "notes.source.fileEdited" : "notes.source.file"),
            {{"file", state.sourceName}, {"encoding", ctx.tr(encodingKey(state.sourceEncoding))}}));
    }
    if (!state.fileError.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, kErrorColour);
        wrappedText(state.fileError);
        ImGui::PopStyleColor();
        ctx.itemRects.record("notes.fileError");
    }
}

} // namespace

void openImportNotesDialog(AppContext& ctx) {
    if (ctx.session == nullptr) {
        return;
    }
    ImportNotesDialogState& state = ctx.importNotes;
    state.openRequested = true;
    // The event may have changed since the dialog was last open.
    state.forgetEvent();
    state.editedAt = -1.0e9;
    state.fileError.clear();
}

void loadNotesFile(AppContext& ctx, const fs::path& path) {
    ImportNotesDialogState& state = ctx.importNotes;
    app::NotesText notes = app::readNotesText(path);
    if (!notes.ok) {
        // The box keeps what it had: a refused file changes nothing.
        state.fileError = lang::render(ctx.language, notes.message);
        return;
    }
    state.text = std::move(notes.text);
    state.textReplaced = true;
    state.sourceName = path.filename().string();
    state.sourceEncoding = notes.encoding;
    state.sourceEdited = false;
    state.fileError.clear();
    state.imported = false;
    rebuildPlan(ctx, state);
}

bool importNotesNow(AppContext& ctx) {
    ImportNotesDialogState& state = ctx.importNotes;
    if (ctx.session == nullptr) {
        return false;
    }
    // Never from the preview's plan: the event or the text may have changed
    // since it was made. Plan again against the event as it is now.
    rebuildPlan(ctx, state);
    if (!state.plan || !planChangesSomething(*state.plan)) {
        return false;
    }
    const model::Event& base = ctx.session->event();
    app::Change change = app::changeFor(base, *state.plan);
    const size_t created = state.plan->created.size();
    const size_t updated = state.plan->updated.size();
    // A failed write keeps the change in memory and the shell says why.
    ctx.session->apply(std::move(change));
    state.imported = true;
    state.importedCreated = created;
    state.importedUpdated = updated;
    // The preview now shows the same notes against the imported event:
    // importing them again would change nothing.
    rebuildPlan(ctx, state);
    return true;
}

void drawImportNotesDialog(AppContext& ctx) {
    ImportNotesDialogState& state = ctx.importNotes;
    bool keepOpen = true;
    if (!beginEventDialog(state.openRequested, ctx.session != nullptr, kImportNotesPopup,
                          ctx.tr("notes.title"), ImVec2(0.88f, 0.85f), keepOpen)) {
        return;
    }
    // The preview follows the text a moment after typing or pasting stops.
    if (state.planStale) {
        const double waited = ImGui::GetTime() - state.editedAt;
        if (waited >= kNotesPreviewDelaySeconds) {
            rebuildPlan(ctx, state);
        } else {
            ctx.wakeIn(kNotesPreviewDelaySeconds - waited);
        }
    }

    ImGui::PushTextWrapPos(0.0f);
    disabledWrappedText(ctx.tr("notes.intro"));
    ImGui::PopTextWrapPos();
    drawSourceLine(ctx, state);

    const ImGuiStyle& style = ImGui::GetStyle();
    const float footer = ImGui::GetFrameHeightWithSpacing() + style.ItemSpacing.y;
    const float bodyHeight = std::max(ImGui::GetContentRegionAvail().y - footer, 1.0f);
    const float half = (ImGui::GetContentRegionAvail().x - style.ItemSpacing.x) * 0.5f;

    if (ImGui::IsWindowAppearing()) {
        ImGui::SetKeyboardFocusHere();
    }
    // ImGui's text field throws away everything typed or pasted since it was
    // activated when Escape is pressed in it. Five pasted pages are not to be
    // lost to one key: Escape here only leaves the field, keeping the text.
    bool leftField = false;
    const ImGuiID field = ImGui::GetID("##notes");
    if (ext::activeId() == field && ext::keyPressedMap(ImGuiKey_Escape, false)) {
        ext::clearActiveId();
        leftField = true;
    }
    // An active field shows (and writes back) its own copy of the text:
    // release it so that text loaded from a file is what the box shows.
    if (state.textReplaced) {
        if (ext::activeId() == field) {
            ext::clearActiveId();
        }
        state.textReplaced = false;
    }
    if (ImGui::InputTextMultiline("##notes", &state.text, ImVec2(half, bodyHeight),
                                  ImGuiInputTextFlags_AllowTabInput)) {
        textEdited(state);
    }
    ctx.itemRects.record("notes.text");
    ImGui::SameLine();
    if (ImGui::BeginChild("##notesPreview", ImVec2(0.0f, bodyHeight), true,
                          ImGuiWindowFlags_HorizontalScrollbar)) {
        drawPreview(ctx, state);
    }
    ImGui::EndChild();

    // The file browser is a popup of this dialog, so it belongs to its ID
    // stack. An Escape while it is open is the browser's.
    const bool browserWasOpen = state.browsing || ImGui::IsPopupOpen(kFileBrowserPopup);
    if (drawNestedFileBrowser(ctx, state.browser, state.browsing)) {
        loadNotesFile(ctx, state.browser.chosen);
    }

    const bool ready = !state.planStale && state.plan && state.planError.empty() &&
                       planChangesSomething(*state.plan);
    ImGui::BeginDisabled(!ready);
    const bool import = primaryButton(ctx.tr("notes.import"));
    ImGui::EndDisabled();
    ctx.itemRects.record("notes.import");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled) && !ready) {
        ImGui::SetTooltip("%s", ctx.tr("notes.importDisabledTip"));
    }
    ImGui::SameLine();
    bool close =
        ImGui::Button(ctx.tr(state.imported ? "notes.close" : "button.cancel")) || !keepOpen;
    ctx.itemRects.record("notes.close");
    ImGui::SameLine(0.0f, ImGui::GetFontSize() * 1.5f);
    if (checkbox(ctx.tr("notes.namesPublished"), &state.namesPublished)) {
        state.planStale = true;
        state.editedAt = -1.0e9; // the preview follows at once
    }
    ctx.itemRects.record("notes.namesPublished");
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s", ctx.tr("notes.namesPublishedTip"));
    }
    if (ext::escapeClosesDialog(browserWasOpen || leftField)) {
        close = true;
    }
    if (import) {
        importNotesNow(ctx);
    }
    if (close) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

} // namespace innspill::ui
