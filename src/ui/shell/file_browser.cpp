// The file browser popup: toolbar, typed path, listing, file name, filter
// and buttons, with the new-folder and overwrite popups nested inside.
#include "ui/shell/file_browser.hpp"
#include "app/text_path.hpp"
#include "model/text.hpp"
#include "ui/widgets/icons.hpp"
#include "ui/widgets/imgui_ext.hpp"

#include "ui/shell/app_context.hpp"
#include "ui/shell/dialog.hpp"
#include "ui/widgets/buttons.hpp"
#include "ui/widgets/choice_controls.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace innspill::ui {

namespace fs = std::filesystem;

namespace {

constexpr const char* kNewFolderPopup = "###newFolder";
constexpr const char* kOverwritePopup = "###overwrite";
const ImVec4 kErrorColour(0.75f, 0.1f, 0.1f, 1.0f);

using model::trimmed;

std::string withTitle(const char* title, const char* id) {
    return std::string(title) + id;
}

const FileFilter& currentFilter(const FileBrowserState& state) {
    static const FileFilter kEverything; // immutable: not panel state
    const auto& filters = state.request.filters;
    if (filters.empty()) {
        return kEverything;
    }
    return filters[static_cast<size_t>(
        std::clamp<int>(state.filterIndex, 0, static_cast<int>(filters.size()) - 1))];
}

std::string sizeText(std::uintmax_t bytes) {
    char buffer[32];
    if (bytes < 1024) {
        std::snprintf(buffer, sizeof buffer, "%ju B", bytes);
    } else if (bytes < 1024 * 1024) {
        std::snprintf(buffer, sizeof buffer, "%.0f kB", static_cast<double>(bytes) / 1024.0);
    } else {
        std::snprintf(buffer, sizeof buffer, "%.1f MB",
                      static_cast<double>(bytes) / (1024.0 * 1024.0));
    }
    return buffer;
}

std::string timeText(std::int64_t seconds) {
    if (seconds <= 0) {
        return {};
    }
    const std::time_t time = static_cast<std::time_t>(seconds);
    std::tm local{};
    if (localtime_r(&time, &local) == nullptr) {
        return {};
    }
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M", &local);
    return buffer;
}

void refresh(FileBrowserState& state) {
    state.listing =
        app::listFolder(state.folder, currentFilter(state).extensions, state.showHidden);
    state.selected = -1;
    state.marked.clear();
}

bool isMarked(const FileBrowserState& state, const std::string& name) {
    return std::find(state.marked.begin(), state.marked.end(), name) != state.marked.end();
}

// A Save name without the filter's extension gets its first one: people
// type "rapport", the file is "rapport.innspill".
fs::path withExtension(const FileBrowserState& state, fs::path path) {
    const auto& extensions = currentFilter(state).extensions;
    if (!extensions.empty() && !app::matchesExtension(path.filename().string(), extensions)) {
        path += extensions.front();
    }
    return path;
}

void choose(FileBrowserState& state, const fs::path& path, bool overwrite) {
    state.chosen = path;
    state.chosenAll = {path};
    state.overwriteConfirmed = overwrite;
    state.error.clear();
    ImGui::CloseCurrentPopup();
}

// Open: `path` must be a file. Save: a missing file in an existing folder is
// fine, an existing file asks first. Returns true when chosen right away.
bool tryChoose(AppContext& ctx, FileBrowserState& state, fs::path path) {
    if (state.request.mode == FileBrowserMode::Folder) {
        if (app::pathKind(path) == app::PathKind::Folder) {
            browseTo(state, path); // shown; the confirm button chooses it
        } else {
            state.error = format(ctx.tr("browser.noFolder"), {{"path", path.string()}});
        }
        return false;
    }
    if (state.request.mode == FileBrowserMode::Open) {
        switch (app::pathKind(path)) {
        case app::PathKind::File:
            choose(state, path, false);
            return true;
        case app::PathKind::Folder:
            browseTo(state, path);
            return false;
        case app::PathKind::Missing:
        case app::PathKind::Other:
            break;
        }
        state.error = format(ctx.tr("browser.notFound"), {{"path", path.string()}});
        return false;
    }

    if (app::pathKind(path) == app::PathKind::Folder) {
        browseTo(state, path);
        return false;
    }
    path = withExtension(state, path);
    if (app::pathKind(path.parent_path()) != app::PathKind::Folder) {
        state.error = format(ctx.tr("browser.noFolder"), {{"path", path.parent_path().string()}});
        return false;
    }
    switch (app::pathKind(path)) {
    case app::PathKind::Missing:
        choose(state, path, false);
        return true;
    case app::PathKind::File:
        state.overwriteCandidate = path;
        state.overwriteRequested = true;
        return false;
    case app::PathKind::Folder:
        browseTo(state, path);
        return false;
    case app::PathKind::Other:
        break;
    }
    state.error = format(ctx.tr("browser.notAFile"), {{"path", path.string()}});
    return false;
}

void goUp(FileBrowserState& state) {
    if (state.folder.has_relative_path()) {
        browseTo(state, state.folder.parent_path());
    }
}

// Enter on the selected entry, or the confirm button.
void confirm(AppContext& ctx, FileBrowserState& state) {
    const auto& entries = state.listing.entries;
    const bool hasSelection =
        state.selected >= 0 && state.selected < static_cast<int>(entries.size());
    if (state.request.mode == FileBrowserMode::Folder) {
        if (hasSelection && entries[static_cast<size_t>(state.selected)].isFolder) {
            choose(state, state.folder / entries[static_cast<size_t>(state.selected)].name, false);
        } else {
            choose(state, state.folder, false);
        }
        return;
    }
    if (state.request.multiSelect && state.marked.size() > 1) {
        std::vector<fs::path> files;
        for (const auto& name : state.marked) {
            files.push_back(state.folder / name);
        }
        choose(state, files.front(), false);
        state.chosenAll = std::move(files);
        return;
    }
    if (state.request.mode == FileBrowserMode::Save) {
        const std::string name = trimmed(state.nameText);
        if (name.empty()) {
            if (hasSelection && entries[static_cast<size_t>(state.selected)].isFolder) {
                browseTo(state, state.folder / entries[static_cast<size_t>(state.selected)].name);
            } else {
                state.error = ctx.tr("browser.needName");
            }
            return;
        }
        tryChoose(ctx, state, resolveTypedPath(state.folder, name));
        return;
    }
    if (hasSelection) {
        tryChoose(ctx, state, state.folder / entries[static_cast<size_t>(state.selected)].name);
        return;
    }
    const std::string typed = trimmed(state.pathText);
    if (!typed.empty() && resolveTypedPath(state.folder, typed) != state.folder) {
        tryChoose(ctx, state, resolveTypedPath(state.folder, typed));
        return;
    }
    state.error = ctx.tr("browser.needFile");
}

// Enter in the list, or a double click: into a folder, or choose a file.
void activateSelected(AppContext& ctx, FileBrowserState& state) {
    const auto& entries = state.listing.entries;
    if (state.selected < 0 || state.selected >= static_cast<int>(entries.size())) {
        confirm(ctx, state);
        return;
    }
    const app::FileEntry& entry = entries[static_cast<size_t>(state.selected)];
    if (entry.isFolder) {
        browseTo(state, state.folder / entry.name);
    } else {
        tryChoose(ctx, state, state.folder / entry.name);
    }
}

bool iconButton(AppContext& ctx, const char* label, const char* tooltipKey, const char* recordKey) {
    const bool pressed = ImGui::Button(label);
    ctx.itemRects.record(recordKey);
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s", ctx.tr(tooltipKey));
    }
    return pressed;
}

void drawToolbar(AppContext& ctx, FileBrowserState& state) {
    ImGui::BeginDisabled(!state.folder.has_relative_path());
    if (iconButton(ctx, (std::string(icon::kUp) + "##up").c_str(), "browser.upTip", "browser.up")) {
        goUp(state);
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (iconButton(ctx, (std::string(icon::kHome) + "##home").c_str(), "browser.homeTip",
                   "browser.home")) {
        browseTo(state, app::homeFolder());
    }
    if (!state.request.sessionsFolder.empty()) {
        ImGui::SameLine();
        if (iconButton(ctx, "sessions/", "browser.sessionsTip", "browser.sessions")) {
            browseTo(state, state.request.sessionsFolder);
        }
    }
    ImGui::SameLine();
    if (iconButton(ctx, (std::string(icon::kRefresh) + "##refresh").c_str(), "browser.refreshTip",
                   "browser.refresh")) {
        refresh(state);
    }
    ImGui::SameLine();
    if (iconButton(ctx, (std::string(icon::kNewFolder) + " " + ctx.tr("browser.newFolder")).c_str(),
                   "browser.newFolderTip", "browser.newFolder")) {
        state.newFolderName.clear();
        state.newFolderError.clear();
        state.newFolderRequested = true;
    }

    ImGui::AlignTextToFramePadding();
    text(ctx.tr("browser.folder"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::InputText("##path", &state.pathText, ImGuiInputTextFlags_EnterReturnsTrue)) {
        const std::string typed = trimmed(state.pathText);
        if (!typed.empty()) {
            tryChoose(ctx, state, resolveTypedPath(state.folder, typed));
        }
    }
    ctx.itemRects.record("browser.path");
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s", ctx.tr("browser.pathTip"));
    }
}

// A click marks one file; Ctrl+click adds or removes one. Folders are never marked.
void mark(FileBrowserState& state, const app::FileEntry& entry, bool add) {
    if (!add) {
        state.marked.clear();
    }
    if (entry.isFolder) {
        return;
    }
    const auto it = std::find(state.marked.begin(), state.marked.end(), entry.name);
    if (it == state.marked.end()) {
        state.marked.push_back(entry.name);
    } else if (add) {
        state.marked.erase(it);
    }
}

void drawListing(AppContext& ctx, FileBrowserState& state, float height) {
    auto& entries = state.listing.entries;
    const FileBrowserMode mode = state.request.mode;
    if (!state.listing.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, kErrorColour);
        wrappedText(lang::render(ctx.language, state.listing.error));
        ImGui::PopStyleColor();
    }
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                       ImGuiTableFlags_BordersOuter |
                                       ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##entries", 3, kFlags, ImVec2(0.0f, height))) {
        return;
    }
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(ctx.tr("browser.name"), ImGuiTableColumnFlags_WidthStretch, 4.0f);
    ImGui::TableSetupColumn(ctx.tr("browser.size"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(ctx.tr("browser.modified"), ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableHeadersRow();

    if (entries.empty() && state.listing.error.empty()) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        disabledText(ctx.tr("browser.empty"));
    }

    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(entries.size()));
    std::string label;
    int activated = -1;
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const app::FileEntry& entry = entries[static_cast<size_t>(row)];
            ImGui::PushID(row);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            label = entry.isFolder ? entry.name + "/" : entry.name;
            const bool isSelected =
                row == state.selected || (state.request.multiSelect && isMarked(state, entry.name));
            // Picking a folder, files are shown for orientation only.
            const bool pickable = entry.isFolder || mode != FileBrowserMode::Folder;
            if (ImGui::Selectable(
                    label.c_str(), isSelected,
                    ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick |
                        (pickable ? ImGuiSelectableFlags_None : ImGuiSelectableFlags_Disabled))) {
                if (state.request.multiSelect) {
                    mark(state, entry, ImGui::GetIO().KeyCtrl);
                }
                state.selected = row;
                state.error.clear();
                if (!entry.isFolder && state.request.mode == FileBrowserMode::Save) {
                    state.nameText = entry.name;
                }
                if (ImGui::IsMouseDoubleClicked(0)) {
                    activated = row;
                }
            }
            // Keyboard navigation moves the selection with the focus.
            if (ImGui::IsItemFocused() && state.selected != row && !ImGui::IsMouseDown(0)) {
                state.selected = row;
            }
            ctx.itemRects.record("browser.entry/", entry.name);
            ImGui::TableNextColumn();
            if (!entry.isFolder) {
                disabledText(sizeText(entry.size));
            }
            ImGui::TableNextColumn();
            disabledText(timeText(entry.modified));
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
    if (activated >= 0) {
        state.selected = activated;
        activateSelected(ctx, state);
    }
}

void drawNewFolderPopup(AppContext& ctx, FileBrowserState& state) {
    if (state.newFolderRequested) {
        ImGui::OpenPopup(kNewFolderPopup);
        state.newFolderRequested = false;
    }
    const std::string title = withTitle(ctx.tr("browser.newFolderTitle"), kNewFolderPopup);
    if (!beginDialog(title.c_str(), 24.0f)) {
        return;
    }
    if (ImGui::IsWindowAppearing()) {
        ImGui::SetKeyboardFocusHere();
    }
    ImGui::SetNextItemWidth(-1.0f);
    bool create =
        ImGui::InputText("##name", &state.newFolderName, ImGuiInputTextFlags_EnterReturnsTrue);
    ctx.itemRects.record("browser.newFolderName");
    if (!state.newFolderError.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, kErrorColour);
        wrappedText(state.newFolderError);
        ImGui::PopStyleColor();
    }
    create = primaryButton(ctx.tr("browser.create")) || create;
    ctx.itemRects.record("browser.newFolderCreate");
    ImGui::SameLine();
    const bool cancel =
        ImGui::Button(ctx.tr("button.cancel")) || ext::escapeClosesDialog(false, true);
    if (create) {
        const std::string name = trimmed(state.newFolderName);
        state.newFolderError = lang::render(ctx.language, app::createFolder(state.folder, name));
        if (state.newFolderError.empty()) {
            refresh(state);
            const auto& entries = state.listing.entries;
            const auto it = std::find_if(entries.begin(), entries.end(),
                                         [&](const app::FileEntry& e) { return e.name == name; });
            state.selected = it == entries.end() ? -1 : static_cast<int>(it - entries.begin());
            ImGui::CloseCurrentPopup();
        }
    } else if (cancel) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

// Returns true when the person chose to overwrite.
bool drawOverwritePopup(AppContext& ctx, FileBrowserState& state) {
    if (state.overwriteRequested) {
        ImGui::OpenPopup(kOverwritePopup);
        state.overwriteRequested = false;
    }
    const std::string title = withTitle(ctx.tr("browser.overwriteTitle"), kOverwritePopup);
    if (!beginDialog(title.c_str(), 30.0f)) {
        return false;
    }
    wrappedText(format(ctx.tr("browser.overwriteText"),
                       {{"file", state.overwriteCandidate.filename().string()},
                        {"folder", state.overwriteCandidate.parent_path().string()}}));
    ImGui::Spacing();
    const bool overwrite = dangerButton(ctx.tr("browser.overwrite"));
    ctx.itemRects.record("browser.overwrite");
    ImGui::SameLine();
    if (ImGui::IsWindowAppearing()) {
        ImGui::SetKeyboardFocusHere(); // the safe choice has the focus
    }
    const bool cancel =
        ImGui::Button(ctx.tr("button.cancel")) || ext::escapeClosesDialog(false, true);
    ctx.itemRects.record("browser.overwriteCancel");
    if (overwrite || cancel) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
    return overwrite;
}

// Keys for the browser itself, read before any of its widgets so that an
// Enter that a text field consumes this frame is not handled twice.
void handleKeys(AppContext& ctx, FileBrowserState& state, bool& cancel) {
    // Not on the frame the browser appears: the key that opened it is still down.
    if (ImGui::IsWindowAppearing() || ImGui::IsPopupOpen(kNewFolderPopup) ||
        ImGui::IsPopupOpen(kOverwritePopup)) {
        return;
    }
    if (ext::escapeClosesDialog(false, true)) { // not appearing: checked above
        cancel = true;
        return;
    }
    if (ImGui::IsAnyItemActive()) {
        return; // typing in a field: Enter and Backspace are the field's
    }
    if (ext::keyPressedMap(ImGuiKey_Backspace)) {
        goUp(state);
    } else if (ext::keyPressedMap(ImGuiKey_Enter, false) ||
               ext::keyPressedMap(ImGuiKey_KeyPadEnter, false)) {
        activateSelected(ctx, state);
    }
}

void drawFooter(AppContext& ctx, FileBrowserState& state, bool& cancel) {
    if (state.request.mode == FileBrowserMode::Save) {
        ImGui::AlignTextToFramePadding();
        text(ctx.tr("browser.fileName"));
        ImGui::SameLine();
        ImGui::SetNextItemWidth(-1.0f);
        if (state.focusName) {
            ImGui::SetKeyboardFocusHere();
            state.focusName = false;
        }
        if (ImGui::InputText("##fileName", &state.nameText, ImGuiInputTextFlags_EnterReturnsTrue)) {
            confirm(ctx, state);
        }
        ctx.itemRects.record("browser.fileName");
    }
    if (!state.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, kErrorColour);
        wrappedText(state.error);
        ImGui::PopStyleColor();
    }

    const auto& filters = state.request.filters;
    if (filters.size() > 1) {
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16.0f);
        if (ImGui::BeginCombo("##filter", ctx.tr(currentFilter(state).labelKey))) {
            for (size_t i = 0; i < filters.size(); ++i) {
                ImGui::PushID(static_cast<int>(i));
                if (ImGui::Selectable(ctx.tr(filters[i].labelKey),
                                      static_cast<int>(i) == state.filterIndex)) {
                    state.filterIndex = static_cast<int>(i);
                    refresh(state);
                }
                ctx.itemRects.record("browser.filter/", std::to_string(i));
                ImGui::PopID();
            }
            ImGui::EndCombo();
        }
        ctx.itemRects.record("browser.filter");
    } else if (filters.size() == 1) {
        ImGui::AlignTextToFramePadding();
        disabledText(ctx.tr(filters.front().labelKey));
    }
    ImGui::SameLine();
    if (checkbox(ctx.tr("browser.showHidden"), &state.showHidden)) {
        refresh(state);
    }
    ctx.itemRects.record("browser.showHidden");
    if (state.request.multiSelect) {
        ImGui::SameLine();
        disabledText(state.marked.size() > 1 ? format(ctx.tr("browser.marked"),
                                                      {{"n", std::to_string(state.marked.size())}})
                                             : std::string(ctx.tr("browser.multiHint")));
    }

    const char* confirmLabel =
        ctx.tr(state.request.confirmKey != nullptr             ? state.request.confirmKey
               : state.request.mode == FileBrowserMode::Save   ? "browser.save"
               : state.request.mode == FileBrowserMode::Folder ? "browser.chooseFolder"
                                                               : "browser.open");
    const char* cancelLabel = ctx.tr("button.cancel");
    const ImGuiStyle& style = ImGui::GetStyle();
    const float buttons = ImGui::CalcTextSize(confirmLabel).x + ImGui::CalcTextSize(cancelLabel).x +
                          style.FramePadding.x * 4.0f + style.ItemSpacing.x;
    ImGui::SameLine(
        std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - buttons));
    if (ImGui::Button(cancelLabel)) {
        cancel = true;
    }
    ctx.itemRects.record("browser.cancel");
    ImGui::SameLine();
    if (primaryButton(confirmLabel)) {
        confirm(ctx, state);
    }
    ctx.itemRects.record("browser.confirm");
}

} // namespace

fs::path resolveTypedPath(const fs::path& folder, const std::string& typed) {
    fs::path path;
    if (typed == "~") {
        path = app::homeFolder();
    } else if (typed.starts_with("~/")) {
        path = app::homeFolder() / app::pathFromUtf8(typed.substr(2));
    } else {
        path = app::pathFromUtf8(typed);
        if (path.is_relative()) {
            path = folder / path;
        }
    }
    return app::absoluteFolderPath(path);
}

void browseTo(FileBrowserState& state, const fs::path& folder) {
    state.folder = app::absoluteFolderPath(folder);
    state.pathText = state.folder.string();
    state.error.clear();
    refresh(state);
}

void openFileBrowser(FileBrowserState& state, FileBrowserRequest request) {
    fs::path start = request.folder;
    if (start.empty() || app::pathKind(start) != app::PathKind::Folder) {
        start = request.sessionsFolder;
    }
    if (start.empty() || app::pathKind(start) != app::PathKind::Folder) {
        start = app::homeFolder();
    }
    const bool keepHidden = state.showHidden;
    state = FileBrowserState();
    state.showHidden = keepHidden;
    state.nameText = request.fileName;
    state.focusName = request.mode == FileBrowserMode::Save;
    state.request = std::move(request);
    state.openRequested = true;
    browseTo(state, start);
}

bool drawFileBrowser(AppContext& ctx, FileBrowserState& state) {
    if (state.openRequested) {
        ImGui::OpenPopup(kFileBrowserPopup);
        state.openRequested = false;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const ImVec2 size(
        std::max(viewport->WorkSize.x * 0.7f, std::min(viewport->WorkSize.x, 560.0f)),
        std::max(viewport->WorkSize.y * 0.75f, std::min(viewport->WorkSize.y, 400.0f)));
    ImGui::SetNextWindowSize(size, ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    const std::string title = withTitle(ctx.tr(state.request.titleKey), kFileBrowserPopup);
    bool keepOpen = true;
    if (!ImGui::BeginPopupModal(title.c_str(), &keepOpen, ImGuiWindowFlags_NoSavedSettings)) {
        return false;
    }
    // choose() fills these in on the frame something is chosen.
    state.chosen.clear();
    state.chosenAll.clear();
    state.overwriteConfirmed = false;
    bool cancel = !keepOpen;
    handleKeys(ctx, state, cancel);

    if (state.chosen.empty()) {
        drawToolbar(ctx, state);
        const ImGuiStyle& style = ImGui::GetStyle();
        const float line = ImGui::GetFrameHeightWithSpacing();
        const float footer = line * (state.request.mode == FileBrowserMode::Save ? 2.0f : 1.0f) +
                             (state.error.empty() ? 0.0f : line) + style.ItemSpacing.y;
        drawListing(ctx, state, std::max(line * 3.0f, ImGui::GetContentRegionAvail().y - footer));
        drawFooter(ctx, state, cancel);
        drawNewFolderPopup(ctx, state);
        if (drawOverwritePopup(ctx, state)) {
            choose(state, state.overwriteCandidate, true);
        }
    }
    // choose() closed the popup already; a cancel closes it here.
    const bool chosen = !state.chosen.empty();
    if (cancel && !chosen) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
    return chosen;
}

bool drawNestedFileBrowser(AppContext& ctx, FileBrowserState& state, bool& browsing) {
    if (drawFileBrowser(ctx, state)) {
        browsing = false;
        return true;
    }
    if (browsing && !state.openRequested && !ImGui::IsPopupOpen(kFileBrowserPopup)) {
        browsing = false; // cancelled
    }
    return false;
}

} // namespace innspill::ui
